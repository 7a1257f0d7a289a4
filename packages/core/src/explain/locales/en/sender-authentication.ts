import type { CatalogPart } from '../../catalog.js';
import type { SenderAuthenticationParams } from '../../../model/params/sender-authentication.js';

/** "The receiving server (mx.example.org)", or without the id when the header names none (Microsoft 365). */
const server = (id: string): string => (id && id !== '-' ? `The receiving server (${id})` : 'The receiving server');
const serverLower = (id: string): string => `t${server(id).slice(1)}`;

const MS_KIND = {
  phish: 'classified it as phishing',
  spoof: 'found that the sender was spoofed',
  impersonation: 'found that the sender impersonates someone',
  spam: 'classified it as spam',
  malware: 'found malware',
  'first-contact': 'notes you do not often get mail from this sender',
  lookalike: 'found that the address contains unexpected letters or numbers',
} as const;

const COMPAUTH = {
  explicit: 'the sender domain publishes a DMARC policy and the message failed it',
  implicit: 'the message could not be verified as coming from the sender domain',
  admin: 'an administrator blocked this sender for spoofing',
  'intra-org': 'it claims to come from inside your organisation but could not be verified',
  other: 'the sender could not be verified',
} as const;

/** What the domain owner's published DMARC policy asks receivers to do, for the reader. */
const DMARC_POLICY: Readonly<Record<string, string>> = {
  reject: ' The domain\'s owner asks receiving servers to refuse mail that fails this check (policy "reject").',
  quarantine: ' The domain\'s owner asks receiving servers to treat mail that fails this check as spam (policy "quarantine").',
  none: ' The domain\'s owner only monitors such failures (policy "none").',
};

export const senderAuthenticationEn = {
  'sender-authentication/brand-domain-spoofed': {
    title: "It uses the brand's real domain, but the brand did not send it",
    detail: ({ brand, domain, failed, authservId }) =>
      failed === 'none'
        ? `The mail uses ${brand}'s real domain ${domain}, but according to ${serverLower(authservId)} nothing authenticates it: no signature of ${domain} and no SPF pass for it. Mail really sent by ${brand} normally carries its signature; nothing shows that ${brand} sent this one.`
        : `The mail claims to be ${brand} and uses ${brand}'s real domain ${domain}, but ${serverLower(authservId)} reports ${failed}: it was not sent by ${brand}.`,
    advice: 'This is spoofing of a genuine address. Do not click, reply or open attachments.',
  },
  'sender-authentication/dmarc-fail': {
    title: 'The sender domain failed DMARC',
    detail: ({ domain, policy, authservId }) =>
      `${server(authservId)} reports dmarc=fail for ${domain === '-' ? "the sender's domain" : domain}${DMARC_POLICY[policy] === undefined && policy ? ` (published policy: ${policy})` : ''}: the From address is not authenticated.${DMARC_POLICY[policy] ?? ''}`,
  },
  'sender-authentication/earlier-dmarc-fail': {
    title: 'The sender failed DMARC where the mail started',
    detail: ({ domain, firstHop, authservId }) =>
      `${server(authservId)} reports dmarc=pass for ${domain}, but the first server on the way${firstHop === '-' ? '' : ` (${firstHop})`} recorded dmarc=fail: the mail did not come from ${domain}'s own servers. It passes only because it was sent on through a service ${domain} allows, such as a Microsoft 365 tenant. Honest forwarding never turns a failure into a pass.`,
    advice: 'Treat the sender as unverified, even though your mail program may show it as authenticated.',
  },
  'sender-authentication/dkim-sha1': {
    title: 'It is signed with a method retired in 2018',
    detail: ({ domains }) =>
      `The mail's only DKIM signature${domains.includes(',') ? 's' : ''}${domains === '-' ? '' : ` (${domains})`} use${domains.includes(',') ? '' : 's'} RSA-SHA1, which the standard (RFC 8301) retired in 2018: receiving servers must not accept it as valid. Mail services and list programs sign with SHA-256; SHA-1 alone is the mark of home-made bulk-mail software.`,
    advice: 'Nothing shows who really sent this mail. Be careful with its links and requests.',
  },
  'sender-authentication/spf-fail': {
    title: 'The sending server is not allowed to send for this domain',
    detail: ({ domain, result, authservId }) =>
      `${server(authservId)} reports spf=${result} for ${domain === '-' ? "the sender's domain" : domain}: the server that delivered it is not on the domain's list of senders.`,
  },
  'sender-authentication/dkim-fail': {
    title: 'The digital signature is broken',
    detail: ({ domains, authservId }) =>
      `${server(authservId)} reports that the DKIM signature of ${domains} failed: the mail was changed after signing, or the signature is forged.`,
  },
  'sender-authentication/dkim-unaligned': {
    title: 'Signed by another domain than the sender',
    detail: ({ fromDomain, signers }) => `The mail is signed by ${signers}, not by the sender domain ${fromDomain} (Outlook shows this as "via").`,
  },
  'sender-authentication/compauth-fail': {
    title: 'Microsoft could not verify the sender',
    detail: ({ kind, reason }) => `Microsoft 365 reports compauth=fail (reason ${reason}): ${COMPAUTH[kind]}.`,
  },
  'sender-authentication/spam-filter-verdict': {
    title: 'A spam filter already flagged this mail',
    detail: () => 'A spam filter this mail passed through (the receiving server or a mailing list) marked it as spam.',
    advice: 'Treat it as unsolicited mail: do not follow its links or reply to it.',
  },
  'sender-authentication/fake-trust-banner': {
    title: 'The mail vouches for its own sender',
    detail: ({ claim }) => `The text says "${claim}". Only your mail system can tell whether a sender was verified, and it never writes that inside the message.`,
    advice: 'A sentence like this is written by the sender to look like a security check. Judge the mail by its real sender address instead.',
  },
  'sender-authentication/microsoft-verdict': {
    title: "Microsoft's filter flagged this mail",
    detail: ({ code, kind }) =>
      code.startsWith('SCL:')
        ? `Microsoft 365's filter rated this mail as spam: spam confidence level ${code.slice(4)} on its scale of 0 to 9 (${code}).`
        : `Microsoft 365's filter ${MS_KIND[kind]} (${code}).`,
  },
} satisfies CatalogPart<SenderAuthenticationParams>;
