import type { MessageLink } from './list-links.js';
import type { Evidence, Finding, Severity } from './model/finding.js';
import { neutralize } from './text/normalize.js';
import { inspectUrl } from './url/inspect.js';

/** Which findings point at one link of `listLinks`. */
export interface LinkMark<F> {
  /** The findings whose link evidence points at the link, in the order given. Empty: the link is not suspect. */
  readonly findings: readonly F[];
  /** The highest severity among them; null when no finding points at the link. */
  readonly severity: Severity | null;
}

/** What a piece of URL evidence points at: a link as written, its unwrapped target, its registrable domain. */
interface Pointer {
  readonly href: string;
  readonly target: string | null;
  readonly domain: string | null;
}

const RANK: Readonly<Record<Severity, number>> = { info: 0, warn: 1, danger: 2 };

/** An absolute URL (`https:`, `javascript:`…), not free text such as a link's text. */
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

function pointerOf(e: Evidence, links: readonly MessageLink[]): Pointer | null {
  if (e.kind !== 'url') return null;
  // Raw (verdict) and neutralised (explanation) evidence both compare with the neutralised href.
  const href = neutralize(e.value, 2000);
  const same = links.find((l) => l.href === href);
  if (same) return { href, target: same.target, domain: same.domain };
  // Link text (invisible characters in it) is not a link: it points at nothing.
  if (!HAS_SCHEME.test(e.value)) return null;
  const i = inspectUrl(e.value);
  return { href, target: neutralize(i.unwrap.url, 2000), domain: i.target?.domain ?? null };
}

function pointsAt(p: Pointer, l: MessageLink): boolean {
  return l.href === p.href || l.target === p.target || (l.domain !== null && l.domain === p.domain);
}

/**
 * The "suspect link" rule: for each link of `listLinks`, the findings whose link evidence points
 * at it and their highest severity. URL evidence points at the link with the same href, at every
 * link with the same unwrapped target (so a Safe Links–wrapped URL names the link it wraps, and
 * the other way round), and at every link to the same registrable domain (the finding is about
 * where the link goes, so each way there is suspect). A gateway a link only passes through marks
 * nothing, and findings without URL evidence (headers, text, attachments, a link's text) mark no
 * link. Pure and lexical, like `listLinks`: nothing is fetched.
 *
 * Takes the verdict's findings, or an explanation's items (which keep their order and evidence),
 * so a UI gets back the items it shows.
 *
 * @example
 * const links = listLinks(input);
 * const marks = markLinks(links, analyze(input).findings);
 * links.forEach((l, i) => console.log(l.domain, marks[i].severity ?? 'ok'));
 */
export function markLinks<F extends Pick<Finding, 'severity' | 'evidence'>>(links: readonly MessageLink[], findings: readonly F[]): LinkMark<F>[] {
  const marks = links.map(() => ({ findings: [] as F[], severity: null as Severity | null }));
  for (const f of findings) {
    const pointers = f.evidence.map((e) => pointerOf(e, links)).filter((p) => p !== null);
    if (pointers.length === 0) continue;
    links.forEach((l, i) => {
      const m = marks[i];
      if (!m || !pointers.some((p) => pointsAt(p, l))) return;
      m.findings.push(f);
      if (m.severity === null || RANK[f.severity] > RANK[m.severity]) m.severity = f.severity;
    });
  }
  return marks;
}
