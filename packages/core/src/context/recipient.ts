/**
 * Who received the message. Options win; else Delivered-To / X-Original-To (set by the receiving
 * system, so the real mailbox even for Bcc), else a single To address. The recipient's
 * organisation is its registrable domain, unless options name the organisation's domains.
 */
import { hostParts } from '../domain/registrable.js';
import { parseAddressList, type Mailbox } from '../parse/address.js';
import type { HeaderField } from '../model/message.js';
import type { AnalyzeOptions } from '../model/options.js';

export interface RecipientInfo {
  readonly address: string;
  readonly local: string;
  readonly domain: string;
  /** Registrable domain of the address ('' for single-label or bare-suffix domains: no organisation known). */
  readonly orgDomain: string;
  /** Its label left of the public suffix (`kousya` for `kousya.jp`): what lookalikes and URL labels embed. */
  readonly orgLabel: string;
  readonly via: 'options' | 'delivered-to' | 'x-original-to' | 'to';
}

function info(address: string, via: RecipientInfo['via']): RecipientInfo | null {
  const at = address.lastIndexOf('@');
  if (at <= 0) return null;
  const rest = address.slice(at + 1).toLowerCase();
  const cut = rest.search(/[>\s]/);
  const domain = cut < 0 ? rest : rest.slice(0, cut);
  if (!domain || domain.startsWith('.') || domain.endsWith('.') || /[\s@<>()[\],;:"\\]/.test(domain) || at > 64) return null;
  // Single labels and bare suffixes (`pot`, intranet names) name no organisation: the address
  // still counts, the organisation is unknown ('').
  const hp = hostParts(domain);
  return {
    address: `${address.slice(0, at)}@${domain}`,
    local: address.slice(0, at),
    domain,
    orgDomain: hp.domain ?? '',
    orgLabel: hp.domain ? (hp.domainWithoutSuffix ?? '') : '',
    via,
  };
}

export function inferRecipient(headers: readonly HeaderField[], options: AnalyzeOptions, toParsed?: readonly Mailbox[]): RecipientInfo | null {
  if (options.recipient?.address) return info(options.recipient.address.trim(), 'options');
  for (const name of ['delivered-to', 'x-original-to'] as const) {
    const h = headers.find((f) => f.name === name);
    if (h) {
      const r = info(h.value.trim().replace(/^<|>$/g, ''), name);
      if (r) return r;
    }
  }
  // `toParsed`: the To mailboxes the caller already has (any cap above one gives the same answer).
  const to = toParsed ?? headers.filter((h) => h.name === 'to').flatMap((h) => parseAddressList(h.value, 20));
  if (to.length === 1 && to[0]) return info(to[0].address, 'to');
  return null;
}
