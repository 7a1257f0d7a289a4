/**
 * Every link of a message, extracted from HTML and text, unwrapped and inspected once and shared
 * by all link checks. Runs once per message (lazily, when a link check first asks): the same URL
 * is inspected once however often it appears, host facts are memoised per message, and the number
 * of links is bounded by `maxUrls` (a `urls` limit hit is reported beyond it).
 */
import { calendarLinks, isCalendar } from '../attachment/calendar-links.js';
import { pdfLinks } from '../attachment/pdf-links.js';
import type { RecipientInfo } from '../context/recipient.js';
import type { BrandIndex } from '../domain/brands.js';
import { hostParts } from '../domain/registrable.js';
import type { LimitHit, MessageInput } from '../model/message.js';
import { inspectAttachment, opensInBrowser } from '../attachment/inspect.js';
import { decodeBytes } from '../parse/charset.js';
import { fromRawMessage } from '../adapters/raw-message.js';
import type { AnalyzeOptions } from '../model/options.js';
import { decodeEntities, urlsFromHtml, type HtmlLink, type HtmlLinkKind } from '../parse/urls-from-html.js';
import { urlsFromText } from '../parse/urls-from-text.js';
import { htmlToVisibleText } from '../text/visible-text.js';
import { inspectParsed, prepareInspectContext, type UrlInspection } from './inspect.js';
import { parseUrl } from './parse-url.js';

export interface LinkInfo {
  /** The URL as found in the message (entity-decoded for HTML). */
  readonly href: string;
  /** Visible text of an HTML anchor (null for plain-text links, areas, forms and PDF links). */
  readonly text: string | null;
  readonly source: 'html' | 'text' | 'attachment';
  /**
   * `anchor`, `area` or `form` (`action`) for HTML (the body's, or an HTML/SVG attachment's with
   * `source: 'attachment'`); `text` for plain-text links; `pdf` for a PDF attachment's link
   * annotation; `calendar` for a link in a calendar invitation (`.ics`).
   */
  readonly kind: HtmlLinkKind | 'text' | 'pdf' | 'calendar';
  /** For `source: 'attachment'`: the attachment's file name ('' when it has none). */
  readonly file?: string;
  /** The anchor shows an image (a button or banner rather than words). */
  readonly hasImage: boolean;
  /** A form that asks for a password, card number, PIN or one-time code. */
  readonly sensitive: boolean;
  /** The unwrapped chain, the target and its signals (shared by links with the same href). */
  readonly inspection: UrlInspection;
}

export interface LinkContext {
  readonly maxUrls: number;
  readonly recipient: RecipientInfo | null;
  readonly brands: BrandIndex;
  readonly options: AnalyzeOptions;
}

/** A bare `host.tld/…` from text counts when its host ends in a suffix of the Public Suffix List. */
function bareHostIsReal(u: string): boolean {
  const slash = u.indexOf('/');
  const p = hostParts(slash < 0 ? u : u.slice(0, slash));
  return p.knownSuffix && p.domain !== null && !p.isIp;
}

/** Bytes of an HTML attachment read for links. */
const MAX_HTML_ATTACHMENT = 2 * 1024 * 1024;
/** Characters of anchor text kept to tell an address shown as an anchor's text (a few times the visible text read). */
const ANCHOR_TEXT_MAX = 20_000;

/** After `http-equiv=…refresh`: the `url=` of its content (read on the next 400 characters). */
const META_URL = /url\s{0,20}=\s{0,20}['"]?([^'"\s>]{1,2000})/i;
/** After `location`: ` = "…"`, `.href = '…'`, `.replace("…")`, `.assign("…")`. */
const LOCATION = /^(?:\.href)?\s{0,20}=\s{0,20}["'`]([^"'`\s]{1,2000})["'`]|^\.(?:replace|assign)\(\s{0,20}["'`]([^"'`\s]{1,2000})["'`]/;

/**
 * The absolute http(s) URLs an HTML page sends the browser to by itself: a meta refresh, or a
 * script assigning the location (at most 20; each occurrence is read on a bounded slice, so the
 * scan stays linear however hostile the page).
 */
function redirectTargets(page: string): string[] {
  const out: string[] = [];
  const lower = page.toLowerCase();
  const add = (raw: string | undefined): void => {
    const url = decodeEntities((raw ?? '').trim());
    if (/^https?:\/\//i.test(url) && !out.includes(url) && out.length < 20) out.push(url);
  };
  for (let i = lower.indexOf('http-equiv'), n = 0; i >= 0 && n < 2000; i = lower.indexOf('http-equiv', i + 10), n++) {
    const tag = lower.slice(i, i + 40);
    if (tag.includes('refresh')) add(META_URL.exec(page.slice(i, i + 400))?.[1]);
  }
  for (let i = lower.indexOf('location'), n = 0; i >= 0 && n < 2000; i = lower.indexOf('location', i + 8), n++) {
    const m = LOCATION.exec(page.slice(i + 8, i + 2100));
    if (m) add(m[1] ?? m[2]);
  }
  return out;
}

/** Links whose href is not worth inspecting: in-page anchors, mail and phone links. */
function skippable(href: string): boolean {
  const h = href.slice(0, 12).toLowerCase();
  return h.startsWith('mailto:') || h.startsWith('tel:') || h.startsWith('sms:') || h.startsWith('cid:') || h.startsWith('#');
}

/**
 * Collects, unwraps and inspects the links of a message's bodies, then those of its PDF
 * attachments (`attachment/pdf-links.ts`), calendar invitations (`attachment/calendar-links.ts`)
 * and HTML/SVG attachments that the bodies do not already contain.
 *
 * @example
 * const { links } = collectLinks(input, { maxUrls: 1000, recipient: null, brands, options: {} });
 * links[0]?.inspection.target?.host;
 */
export function collectLinks(input: MessageInput, ctx: LinkContext): { links: LinkInfo[]; limitHit?: LimitHit } {
  const max = Math.max(0, ctx.maxUrls);
  const bodies = input.bodies;
  const prepared = prepareInspectContext({ recipient: ctx.recipient, brands: ctx.brands });
  const cache = new Map<string, UrlInspection>();
  const inspect = (href: string): UrlInspection => {
    let r = cache.get(href);
    if (!r) {
      r = inspectParsed(href, parseUrl(href), prepared);
      cache.set(href, r);
    }
    return r;
  };
  const links: LinkInfo[] = [];
  const seen = new Set<string>();
  let total = 0;

  // Addresses written as text are read from the text part, or from what an HTML-only mail shows
  // (`<p>https://forms.gle/…</p>`: most mail clients make it a link, and the text asks for a
  // visit), as far as the content checks read it (the same visible text, computed once).
  const hasText = bodies?.text !== undefined && bodies.text.trim() !== '';
  // The anchors' texts, one per line, as far as the visible text could show them (bounded, so a
  // page of thousands of anchors costs one short search per written address).
  let anchorTexts = '';
  if (bodies?.html) {
    const r = urlsFromHtml(bodies.html, max);
    total += r.total;
    for (const l of r.links) {
      if (l.kind !== 'form' && skippable(l.href)) continue;
      const key = `${l.kind}\u0000${l.href}\u0000${l.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const text = l.kind === 'anchor' ? l.text : null;
      if (!hasText && text && anchorTexts.length < ANCHOR_TEXT_MAX) anchorTexts += `${text}\n`;
      links.push({ href: l.href, text, source: 'html', kind: l.kind, hasImage: l.hasImage, sensitive: l.sensitive === true, inspection: inspect(l.href) });
    }
  }
  const plain = hasText ? bodies?.text : bodies?.html ? htmlToVisibleText(bodies.html) : undefined;
  if (plain) {
    const r = urlsFromText(plain, max);
    total += r.total - r.urls.length;
    for (const u of r.urls) {
      const schemeless = !/^https?:/i.test(u);
      const href = schemeless ? `http://${u}` : u;
      // A bare `host.tld/path` is a link only under a real top-level domain (not `README.md/`-like names).
      if (schemeless && !/^www\./i.test(u) && !bareHostIsReal(u)) continue;
      // The text alternative of an HTML mail repeats its links (and text repeats itself): keep one.
      if (cache.has(href) || (schemeless && cache.has(`https://${u}`))) continue;
      // An address shown as an anchor's text goes where the anchor goes, not to itself.
      if (anchorTexts.includes(u)) continue;
      total++;
      if (links.length >= max) continue;
      links.push({ href, text: null, source: 'text', kind: 'text', hasImage: false, sensitive: false, inspection: inspect(href) });
    }
  }
  for (const a of input.attachments ?? []) {
    if (!a.bytes || a.bytes.length < 8) continue;
    if (opensInBrowser(inspectAttachment(a))) {
      // An HTML or SVG file opens in the browser from disk: its links and forms are clicked there.
      const bytes = a.bytes.length > MAX_HTML_ATTACHMENT ? a.bytes.subarray(0, MAX_HTML_ATTACHMENT) : a.bytes;
      // A web archive (.mht) is a MIME message whose HTML part is the page.
      const page = /\.mht(?:ml)?$/i.test(a.filename ?? '') ? (fromRawMessage(bytes).bodies?.html ?? '') : decodeBytes(bytes);
      const r = urlsFromHtml(page, max);
      // Where the page sends the browser by itself: a meta refresh or a script assigning the location.
      const redirects = redirectTargets(page).map((href): HtmlLink => ({ href, text: '', kind: 'area', hasImage: false }));
      for (const l of [...redirects, ...r.links]) {
        if ((l.kind !== 'form' && skippable(l.href)) || cache.has(l.href)) continue;
        total++;
        if (links.length >= max) continue;
        const text = l.kind === 'anchor' ? l.text : null;
        links.push({ href: l.href, text, source: 'attachment', kind: l.kind, file: a.filename ?? '', hasImage: l.hasImage, sensitive: l.sensitive === true, inspection: inspect(l.href) });
      }
      continue;
    }
    const calendar = isCalendar(a);
    const kind = calendar ? 'calendar' : 'pdf';
    for (const href of calendar ? calendarLinks(a.bytes) : pdfLinks(a.bytes)) {
      if (cache.has(href)) continue;
      total++;
      if (links.length >= max) continue;
      links.push({ href, text: null, source: 'attachment', kind, file: a.filename ?? '', hasImage: false, sensitive: false, inspection: inspect(href) });
    }
  }
  return total > max ? { links, limitHit: { limit: 'urls', value: total, max } } : { links };
}
