/**
 * The visible text of a link shows one site (`https://www.smbc-card.com/…`, `amazon.co.jp`) while
 * the link, once unwrapped, goes to another registrable domain. Comparing against the *unwrapped*
 * target is what keeps this quiet on honest mail: a gateway (Safe Links, URL Defense) or the
 * sender's ESP redirect that ends at the shown site is not a mismatch.
 *
 * Spec: field notes §2.5, §3.4 (rspamd: text URL vs href eTLD+1, wrapper-aware), §3.8
 *   (Thunderbird compares base domains), §4 (click-tracker false positives from SendGrid/Mandrill).
 * False positives: opaque click trackers (the real target is unknown) and links to the sender's own
 *   domains are excused unless the text shows a registry brand the sender does not own; different
 *   domains of one brand (`amazon.co.jp` vs `amazon.com`) are the same site.
 * Weight rationale: 25: showing one address and opening another is deception by construction;
 *   35 when the shown site is a known brand's.
 */
import { stripInvisible } from '../../text/normalize.js';
import { hostParts } from '../../domain/registrable.js';
import { isSenderInfra, isTrustedTarget, oneFinding, senderFacts, showHost, viaText, type LinkMatch } from '../../url/link-facts.js';
import type { LinkMismatchParams } from '../../model/params/link-mismatch.js';
import { defineCheck } from '../define-check.js';
import { trimEnd } from '../../text/trim.js';

type P = LinkMismatchParams['link-mismatch/text-shows-other-domain'];

/** Reserved TLDs (RFC 2606) accepted besides real ones, so documentation-style hosts parse. */
const RESERVED_TLDS: ReadonlySet<string> = new Set(['test', 'example', 'invalid']);
/** TLDs that double as file extensions. */
const FILE_LIKE_TLDS: ReadonlySet<string> = new Set(['zip', 'mov', 'md', 'py', 'sh', 'pl', 'rs', 'ai', 'ps', 'cc', 'app', 'js', 'ts', 'im', 'so', 'to', 'ly', 'mp', 'ms', 'pw', 'gz']);
const OPEN = new Set(['<', '"', "'", '「', '『', '(', '[', '（', '【']);
const CLOSE = new Set(['>', '"', "'", '」', '』', ')', ']', '）', '】', '.', ',', ';', ':', '!', '?', '。', '、']);

/**
 * The host a link text shows, when the text is a URL or a bare host name (`www.shop.example`,
 * `https://example.com/login`, `Amazon.co.jp`). Prose ("click here") gives null.
 */
export function shownHost(text: string): string | null {
  let t = stripInvisible(text).normalize('NFKC').trim();
  let a = 0;
  let b = t.length;
  while (a < b && OPEN.has(t[a] as string)) a++;
  while (b > a && CLOSE.has(t[b - 1] as string)) b--;
  t = t.slice(a, b);
  if (!t || t.length > 300) return null;
  const scheme = /^https?:\/\//i.exec(t);
  if (scheme) {
    const ws = t.search(/\s/);
    if (ws >= 0) t = t.slice(0, ws);
    t = t.slice(scheme[0].length);
  } else if (/\s/.test(t)) {
    return null;
  }
  let end = 0;
  while (end < t.length && !'/?#:'.includes(t[end] as string)) end++;
  let host = t.slice(0, end).toLowerCase();
  const at = host.lastIndexOf('@');
  if (at >= 0) return null;
  host = trimEnd(host, '.');
  if (!host.includes('.') || !/^[\p{L}\p{N}.-]+$/u.test(host)) return null;
  const hp = hostParts(host);
  if (!hp.domain || hp.isIp) return null;
  const suffix = hp.publicSuffix ?? '';
  const tld = suffix.split('.').pop() ?? '';
  // tldts marks unknown TLDs (`report.txt`) non-ICANN: keep real ICANN TLDs, private suffixes
  // (`github.io`) and the RFC 2606 names only.
  if (!hp.isIcann && !RESERVED_TLDS.has(tld) && !suffix.includes('.')) return null;
  // A bare `invoice.zip` or `README.md` is a file name, not a site.
  if (!scheme && !host.startsWith('www.') && FILE_LIKE_TLDS.has(tld)) return null;
  return host;
}

/** A host as a browser opens it (IDN labels in `xn--` form); unchanged when already ASCII or not a host. */
function asciiHost(host: string): string {
  if (/^[\x00-\x7f]*$/.test(host)) return host;
  try {
    return new URL(`http://${host}/`).hostname;
  } catch {
    return host;
  }
}

export const textShowsOtherDomain = defineCheck({
  id: 'link-mismatch/text-shows-other-domain',
  category: 'link-mismatch',
  severity: 'danger',
  weight: 25,
  needs: ['body'],
  run(ctx) {
    const sender = senderFacts(ctx);
    const matches: LinkMatch<P>[] = [];
    const seen = new Set<string>();
    for (const link of ctx.links) {
      if (link.kind !== 'anchor' || !link.text) continue;
      const i = link.inspection;
      const t = i.target;
      if (!t || !t.domain) continue;
      const shown = shownHost(link.text);
      if (!shown) continue;
      // compared in the link's own form: `www.ökoligenta.de` shown is `www.xn--koligenta-z7a.de` opened
      const shownDomain = hostParts(asciiHost(shown)).domain;
      if (!shownDomain || shownDomain === t.domain || isTrustedTarget(t.domain, ctx) || ctx.isAllowedLinkDomain(shownDomain)) continue;
      const shownOwners = ctx.brands.ownersOf(shownDomain);
      const targetOwners = ctx.brands.ownersOf(t.domain);
      if (shownOwners.some((b) => targetOwners.includes(b))) continue;
      const hidden = i.unwrap.shortener !== null || i.unwrap.opaqueTracker;
      const brandShown = shownOwners.length > 0 && !shownOwners.some((b) => sender.brands.includes(b));
      // Opaque trackers and the sender's own domains: the real target is the sender's business; only a
      // brand the sender does not own is still a lie.
      if ((hidden || isSenderInfra(t.host, t.domain, sender)) && !brandShown) continue;
      const key = `${shownDomain}\u0000${t.domain}`;
      if (seen.has(key)) continue;
      seen.add(key);
      matches.push({
        link,
        weight: brandShown ? 35 : 25,
        highlight: t.domain,
        params: { shown, actual: showHost(t), via: viaText(i), hidden, count: 1 },
      });
    }
    return oneFinding(matches, (p, count) => ({ ...p, count }));
  },
});
