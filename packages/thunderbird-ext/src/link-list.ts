/**
 * "Links in this mail": the pure half. Caps the core's `listLinks` for the popup, shapes each link
 * into a row (what the reader sees, where it really goes, the hosts on the way) and marks the rows
 * the verdict's findings point at (the core's `markLinks` decides which). No DOM and no
 * `messenger`, so it is unit-tested in Node; background.ts caps, popup.ts / ui/render.ts draw.
 *
 * Every string here comes from the message: the core has made invisible and bidi characters
 * visible, but it is still untrusted text, shown with textContent and never as a link.
 */
import { markLinks, registrableDomain, type ExplainedItem, type Explanation, type LinkMark, type MessageLink, type Severity } from '@ayashii/core';

/** At most this many links travel to the popup; the rest are counted ("and N more"). */
export const MAX_LISTED_LINKS = 50;

/** The links section is open by default for this many links or fewer (and at least one). */
export const OPEN_UP_TO = 5;

/** The first `max` links and how many there were in all. */
export function capLinks(all: readonly MessageLink[], max = MAX_LISTED_LINKS): { links: MessageLink[]; linkCount: number } {
  return { links: all.slice(0, Math.max(0, max)), linkCount: all.length };
}

/**
 * What the reader sees of a link before clicking: its anchor text, or (no text) an image, a form,
 * a link inside an attached file, an empty anchor. A link written out in the plain-text body shows
 * itself, so it gets nothing extra (`plain`).
 */
export type SeenKind = 'text' | 'image' | 'form' | 'file' | 'empty' | 'plain';

export interface LinkHost {
  /** Host for display (Unicode for IDN). */
  readonly host: string;
  /** The part of `host` to highlight: its registrable domain as it appears in `host`, or null. */
  readonly mark: string | null;
}

export interface LinkRow {
  readonly seen: SeenKind;
  /** The anchor text (`text`), the file name (`file`), else null. */
  readonly seenText: string | null;
  /** The destination host with its registrable domain, or null when the target is not http(s). */
  readonly dest: LinkHost | null;
  /** The registrable domain of the destination (ASCII, as the core gives it). */
  readonly domain: string | null;
  /** Hosts passed through on the way, outermost first. */
  readonly via: readonly LinkHost[];
  readonly shortener: string | null;
  /** The innermost URL, and the link as written in the mail. */
  readonly target: string;
  readonly href: string;
  /** Findings whose link evidence points at this link: their titles, and the highest severity. */
  readonly suspect: boolean;
  readonly severity: Severity | null;
  readonly reasons: readonly string[];
}

export interface LinkList {
  readonly rows: readonly LinkRow[];
  /** All links of the message (rows may be fewer: capped). */
  readonly total: number;
  /** Links not listed because of the cap. */
  readonly more: number;
  readonly suspectCount: number;
  /** Open the section by default: 1–OPEN_UP_TO links. */
  readonly open: boolean;
}

const NOT_MARKED: LinkMark<never> = { findings: [], severity: null };

function seenOf(l: MessageLink): { seen: SeenKind; seenText: string | null } {
  if (l.form) return { seen: 'form', seenText: null };
  if (l.text !== null) return { seen: 'text', seenText: l.text };
  if (l.image) return { seen: 'image', seenText: null };
  if (l.source === 'attachment') return { seen: 'file', seenText: l.file ?? null };
  if (l.source === 'text') return { seen: 'plain', seenText: null };
  return { seen: 'empty', seenText: null };
}

/**
 * The registrable domain as it stands in a display host: the host's last labels, as many as the
 * domain has. So an IDN host shown in Unicode (`аpple.com`) gets its Unicode domain marked although
 * the core's domain is ASCII (`xn--pple-43d.com`).
 */
export function domainInHost(host: string, domain: string | null): string | null {
  if (!domain || !host) return null;
  if (host.toLowerCase().endsWith(domain.toLowerCase())) return host.slice(host.length - domain.length);
  const n = domain.split('.').length;
  const labels = host.split('.');
  return labels.length >= n ? labels.slice(-n).join('.') : null;
}

function hostView(host: string, domain: string | null): LinkHost {
  return { host, mark: domainInHost(host, domain) };
}

function domainOf(host: string): string | null {
  try {
    return registrableDomain(host);
  } catch {
    return null;
  }
}

/** One row of the list, marked with the findings that point at the link (`markLinks`; none by default). */
export function linkRow(l: MessageLink, mark: LinkMark<Pick<ExplainedItem, 'title'>> = NOT_MARKED): LinkRow {
  const reasons = [...new Set(mark.findings.map((it) => it.title))];
  return {
    ...seenOf(l),
    dest: l.host ? hostView(l.host, l.domain) : null,
    domain: l.domain,
    via: l.via.map((h) => hostView(h, domainOf(h))),
    shortener: l.shortener,
    target: l.target,
    href: l.href,
    suspect: mark.severity !== null,
    severity: mark.severity,
    reasons,
  };
}

/** The popup's list: rows for the links sent (`links`, already capped) out of `total`. */
export function linkList(links: readonly MessageLink[], total: number, x: Pick<Explanation, 'items'>): LinkList {
  const marks = markLinks(links, x.items);
  const rows = links.map((l, i) => linkRow(l, marks[i]));
  const all = Math.max(total, rows.length);
  return {
    rows,
    total: all,
    more: all - rows.length,
    suspectCount: rows.filter((r) => r.suspect).length,
    open: all >= 1 && all <= OPEN_UP_TO,
  };
}
