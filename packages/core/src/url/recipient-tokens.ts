/**
 * Finding the recipient inside a URL: the address (plain, percent-encoded or in base64), another
 * address at the recipient's domain (`mailer-daemon@kousya.jp`: kits fill in whatever address the
 * list had), the organisation's label inside a host label (`www.Kousya35698900.…`), and the domain
 * itself in a path or parameter (`?eta=kousya.jp`). Phishing kits personalise links this way so the
 * landing page can pre-fill the victim's address and brand itself with the victim's company.
 *
 * Never applied to parameters a security wrapper owns (Safe Links `data=` carries the recipient by
 * design) — the caller passes only what the sender wrote.
 */
import type { RecipientInfo } from '../context/recipient.js';
import { isFreemail } from '../domain/lists.js';
import { hostParts } from '../domain/registrable.js';
import { base64HasByte, bytesToText, decodeBase64Bytes } from './parse-url.js';

export type RecipientForm = 'address' | 'role-address' | 'base64-address' | 'local' | 'domain-label' | 'domain';
export type RecipientWhere = 'host' | 'path' | 'query' | 'fragment';

export interface RecipientToken {
  readonly form: RecipientForm;
  readonly where: RecipientWhere;
  /** What was found, as it reads decoded (`mailer-daemon@kousya.jp`, `kousya`). */
  readonly token: string;
  /** The query parameter it sits in, when known. */
  readonly param?: string;
}

/**
 * Multi-tenant services whose customers get `<company>.<service>` hosts: the recipient's label there
 * is the organisation's own tenant, not an imitation.
 */
const TENANT_HOSTS: ReadonlySet<string> = new Set([
  'sharepoint.com', 'slack.com', 'zendesk.com', 'salesforce.com', 'force.com', 'atlassian.net', 'service-now.com',
  'okta.com', 'oktapreview.com', 'webex.com', 'zoom.us', 'box.com', 'kintone.com', 'cybozu.com', 'backlog.jp',
  'backlog.com', 'freshdesk.com', 'workplace.com', 'awsapps.com', 'smartsheet.com', 'sharefile.com', 'egnyte.com',
  'bamboohr.com', 'myworkday.com', 'greenhouse.io', 'typeform.com', 'qualtrics.com', 'lightning.force.com',
  'onelogin.com', 'auth0.com', 'freshservice.com', 'desk.com', 'teamviewer.com', 'cybozu.cn', 'garoon.com',
  'desknets.com', 'hubspot.com', 'hs-sites.com', 'my.site.com', 'visualforce.com', 'office.com', 'dynamics.com',
]);

/** Local parts too generic to mean "this person" when seen in a host label. */
const ROLE_WORDS: ReadonlySet<string> = new Set([
  'info', 'admin', 'support', 'sales', 'contact', 'office', 'mail', 'webmaster', 'postmaster', 'noreply', 'no-reply',
  'service', 'help', 'hello', 'team', 'news', 'user', 'users', 'account', 'accounts', 'billing', 'security',
]);

/** Prepared recipient, computed once per message. */
export interface RecipientMatcher {
  readonly info: RecipientInfo;
  readonly domains: readonly string[];
  readonly label: string | null;
  readonly local: string | null;
  readonly address: string;
  /** A freemail recipient: other addresses at the same domain, and the domain itself, mean nothing. */
  readonly freemail: boolean;
}

export function recipientMatcher(info: RecipientInfo): RecipientMatcher {
  const domain = info.domain.toLowerCase();
  const org = info.orgDomain.toLowerCase();
  const free = isFreemail(org);
  const label = !free && info.orgLabel.length >= 4 ? info.orgLabel.toLowerCase() : null;
  const local = info.local.toLowerCase();
  return {
    info,
    domains: domain === org || !org ? [domain] : [domain, org],
    label,
    local: local.length >= 5 && !ROLE_WORDS.has(local) ? local : null,
    address: `${local}@${domain}`,
    freemail: free,
  };
}

/** Builds a RecipientInfo from a bare address (for `inspectUrl` used on its own). */
export function recipientFromAddress(address: string): RecipientInfo | null {
  const a = address.trim();
  const at = a.lastIndexOf('@');
  if (at <= 0) return null;
  const domain = a.slice(at + 1).toLowerCase();
  const hp = hostParts(domain);
  if (!hp.domain) return null;
  return { address: `${a.slice(0, at)}@${domain}`, local: a.slice(0, at), domain, orgDomain: hp.domain, orgLabel: hp.domainWithoutSuffix ?? '', via: 'options' };
}

/** Local-part characters, minus those that delimit URL parameters (`=`, `&`, `/`, `?`, `#`). */
const LOCAL_CHAR = /[a-z0-9._%+\-!$'*^`{|}~]/;
const LETTER = /[a-z]/;

/** The recipient's own address, also with a subaddress tag (`taro+news@`, `taro-news@`). */
function isOwnAddress(a: string, m: RecipientMatcher): boolean {
  if (a === m.address) return true;
  const at = a.lastIndexOf('@');
  const local = a.slice(0, at);
  const own = m.info.local.toLowerCase();
  return a.slice(at + 1) === m.info.domain.toLowerCase() && local.length > own.length && local.startsWith(own) && (local[own.length] === '+' || local[own.length] === '-');
}

/** `true` when `s[i]` is absent or not a letter (a boundary for label matching). */
function boundary(s: string, i: number): boolean {
  const c = s[i];
  return c === undefined || !LETTER.test(c);
}

/** Occurrences of `@domain` in lower-case text, with the local part before each (at most 4). */
function addressesIn(text: string, m: RecipientMatcher): string[] {
  const out: string[] = [];
  for (const d of m.domains) {
    const needle = `@${d}`;
    let i = text.indexOf(needle);
    while (i >= 0 && out.length < 4) {
      const end = i + needle.length;
      const after = text[end];
      // `@kousya.jp` must end there: `@kousya.jp.example` is another domain.
      if (after === undefined || !/[a-z0-9.-]/.test(after) || (after === '.' && end + 1 === text.length)) {
        let s = i;
        while (s > 0 && s > i - 64 && LOCAL_CHAR.test(text[s - 1] ?? '')) s--;
        const local = text.slice(s, i);
        if (local) out.push(`${local}@${d}`);
      }
      i = text.indexOf(needle, i + needle.length);
    }
    if (out.length > 0) break;
  }
  return out;
}

/** The recipient's label (or, for a long personal local part, the local part) inside one host. */
export function recipientInHost(host: string, m: RecipientMatcher): RecipientToken | null {
  const hp = hostParts(host);
  if (!hp.domain || hp.domain === m.info.orgDomain.toLowerCase()) return null;
  const suffixLength = hp.publicSuffix ? hp.publicSuffix.length + 1 : 0;
  const labels = host.slice(0, Math.max(0, host.length - suffixLength)).split('.');
  const tenant = TENANT_HOSTS.has(hp.domain) || (hp.publicSuffix !== null && TENANT_HOSTS.has(hp.publicSuffix));
  for (let li = 0; li < labels.length; li++) {
    const label = labels[li] as string;
    const registrable = li === labels.length - 1;
    for (const [needle, form] of [
      [m.label, 'domain-label'],
      [m.local, 'local'],
    ] as const) {
      // A person's name as a registrable label is someone's site (`searchnetworking.com`); in front of one it is not.
      if (!needle || (form === 'local' && registrable)) continue;
      if (tenant && label === needle) continue;
      for (let i = label.indexOf(needle); i >= 0; i = label.indexOf(needle, i + 1)) {
        if (boundary(label, i - 1) && boundary(label, i + needle.length)) return { form, where: 'host', token: label };
      }
    }
  }
  return null;
}

/** Base64 runs long enough to hold an address. */
const B64_RUN = /[A-Za-z0-9+/_-]{16,}={0,2}/g;

/**
 * Base64 candidates: whole runs, and their `/`-separated pieces (`/` is both a path separator and a
 * base64 digit), in order, the first `max` of them. A plain loop (no generator, no match iterator):
 * it runs for every path, parameter and fragment of every link. Exported for tests.
 */
export function base64Candidates(text: string, max: number): string[] {
  const out: string[] = [];
  if (text.length < 16) return out; // a run has 16 characters or more
  B64_RUN.lastIndex = 0;
  for (let m = B64_RUN.exec(text); m !== null && out.length < max; m = B64_RUN.exec(text)) {
    const run = m[0];
    out.push(run);
    if (run.includes('/')) for (const piece of run.split('/')) if (piece.length >= 16 && out.length < max) out.push(piece);
  }
  return out;
}

/**
 * The recipient in a path, query or fragment (already percent-decoded, any case).
 * `params` are the query pairs to examine (wrapper-owned ones already removed by the caller).
 */
export function recipientInText(text: string, where: Exclude<RecipientWhere, 'host'>, m: RecipientMatcher, param?: string): RecipientToken | null {
  const lower = text.toLowerCase();
  const p = param !== undefined ? { param } : {};
  const found = addressesIn(lower, m);
  if (found.length > 0) {
    const exact = found.find((a) => isOwnAddress(a, m));
    if (exact) return { form: 'address', where, token: exact, ...p };
    if (!m.freemail) return { form: 'role-address', where, token: found[0] as string, ...p };
  }
  let runs = 0;
  for (const candidate of base64Candidates(text, 17)) {
    if (++runs > 16) break;
    // Only text with an `@` can hold an address, and only a 0x40 byte decodes to `@` (as UTF-8 or Latin-1).
    if (!base64HasByte(candidate, 0x40, 2048)) continue;
    const bytes = decodeBase64Bytes(candidate, 2048);
    if (!bytes) continue;
    const decoded = bytesToText(bytes).toLowerCase();
    if (!decoded.includes('@')) continue;
    const inner = addressesIn(decoded, m).filter((a) => !m.freemail || isOwnAddress(a, m));
    if (inner.length > 0) return { form: 'base64-address', where, token: inner.find((a) => isOwnAddress(a, m)) ?? (inner[0] as string), ...p };
  }
  if (m.freemail) return null;
  for (const d of m.domains) {
    for (let i = lower.indexOf(d); i >= 0; i = lower.indexOf(d, i + 1)) {
      const before = lower[i - 1];
      const after = lower[i + d.length];
      if ((before === undefined || !/[a-z0-9.@-]/.test(before)) && (after === undefined || !/[a-z0-9-]/.test(after))) {
        return { form: 'domain', where, token: d, ...p };
      }
    }
  }
  return null;
}
