/**
 * Renders a verdict into the task pane. DOM only through createElement/textContent/setAttribute:
 * every string that can come from the message (titles, details, evidence, file names, Outlook's
 * error texts) is inserted as text, never as markup (house style 3.13 #12).
 */
import { markLinks, type Evidence, type Explanation, type Locale, type MessageLink, type Severity, type Verdict, type VerdictLevel } from './core.js';
import type { SourceReport } from './host/read-item.js';
import { ui } from './i18n.js';
import { MAX_LINK_ROWS, clip, linksOpenByDefault, shownAs, splitHost } from './links.js';

export type DisplayLevel = VerdictLevel | 'unknown';

export interface ResultView {
  readonly locale: Locale;
  readonly verdict: Verdict;
  readonly explanation: Explanation;
  readonly reports: readonly SourceReport[];
  /** True when the verdict came from getAsFileAsync (the whole message). */
  readonly wholeMessage: boolean;
  /** `item.subject` as Outlook shows it, so the reader sees which mail was checked. */
  readonly subject?: string;
  /**
   * `listLinks` of the same input: every link with its real destination. Null when Outlook did
   * not provide the body (then there is nothing to list); absent, the section is not shown.
   */
  readonly links?: readonly MessageLink[] | null;
  /** The reader's own open/closed choice for the links section (kept across a language switch). */
  readonly linksOpen?: boolean;
}

/** Bidi controls could make a subject read backwards next to the verdict: show them as U+FFFD. */
export function displaySubject(subject: string): string {
  return subject.replace(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g, '\ufffd').replace(/[\r\n\t]+/g, ' ').slice(0, 300);
}

const HOST_GAPS = new Set(['needs-headers', 'needs-body', 'needs-attachments', 'needs-attachment-bytes']);

/**
 * A verdict without headers is not "safe": almost every sender check needs them. Findings from
 * the body still count, so only an otherwise-safe verdict becomes "unknown".
 */
export function displayLevel(verdict: Verdict): DisplayLevel {
  const noHeaders = verdict.skipped.some((s) => s.reason === 'needs-headers');
  return noHeaders && verdict.level === 'safe' ? 'unknown' : verdict.level;
}

type Child = Node | string | null | undefined | false;

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Readonly<Record<string, string>> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') node.className = v;
    else node.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    node.append(typeof c === 'string' ? doc.createTextNode(c) : c);
  }
  return node;
}

/** Evidence value with its highlighted part in <mark>, all as text nodes. */
export function highlighted(doc: Document, value: string, highlight: string | undefined): HTMLElement {
  const code = el(doc, 'code', { class: 'evidence-value' });
  let at = highlight ? value.indexOf(highlight) : -1;
  if (highlight && at < 0) at = value.toLowerCase().indexOf(highlight.toLowerCase());
  if (!highlight || at < 0) {
    code.textContent = value;
    return code;
  }
  code.append(
    doc.createTextNode(value.slice(0, at)),
    el(doc, 'mark', {}, value.slice(at, at + highlight.length)),
    doc.createTextNode(value.slice(at + highlight.length)),
  );
  return code;
}

function evidenceList(doc: Document, evidence: readonly Evidence[], locale: Locale): HTMLElement | null {
  if (evidence.length === 0) return null;
  const list = el(doc, 'dl', { class: 'evidence', 'aria-label': ui[locale].evidenceLabel });
  for (const e of evidence) {
    list.append(
      el(doc, 'dt', { class: `evidence-label evidence-label--${e.kind}` }, e.label),
      el(doc, 'dd', {}, highlighted(doc, e.value, e.highlight)),
    );
  }
  return list;
}

function findingsSection(doc: Document, view: ResultView): HTMLElement {
  const t = ui[view.locale];
  const items = view.explanation.items;
  const section = el(doc, 'section', { class: 'findings', 'aria-labelledby': 'findings-heading' });
  section.append(el(doc, 'h2', { id: 'findings-heading' }, t.findingsHeading(items.length)));
  if (items.length === 0) {
    section.append(el(doc, 'p', { class: 'muted' }, t.noFindings));
    return section;
  }
  const list = el(doc, 'ol', { id: 'findings', class: 'finding-list' });
  for (const item of items) {
    list.append(
      el(
        doc,
        'li',
        { class: `finding finding--${item.severity}`, 'data-check-id': item.checkId, 'data-severity': item.severity },
        el(
          doc,
          'div',
          { class: 'finding-head' },
          el(doc, 'span', { class: `severity severity--${item.severity}` }, t.severity[item.severity]),
          el(doc, 'h3', { class: 'finding-title' }, item.title),
        ),
        el(doc, 'p', { class: 'finding-detail' }, item.detail),
        item.advice ? el(doc, 'p', { class: 'finding-advice' }, el(doc, 'strong', {}, `${t.adviceLabel}: `), item.advice) : null,
        evidenceList(doc, item.evidence, view.locale),
        el(doc, 'p', { class: 'check-id' }, item.checkId),
      ),
    );
  }
  section.append(list);
  return section;
}

function linkRow(doc: Document, view: ResultView, link: MessageLink, flag: Severity | null): HTMLElement {
  const t = ui[view.locale];
  const shown = shownAs(link);
  const shownText =
    shown.kind === 'text'
      ? shown.text
      : shown.kind === 'image'
        ? t.linkShown.image
        : shown.kind === 'form'
          ? t.linkShown.form
          : shown.kind === 'bare-url'
            ? t.linkShown.bareUrl
            : shown.kind === 'pdf'
              ? t.linkShown.pdf(shown.file)
              : t.linkShown.noText;
  const attrs: Record<string, string> = { class: `link${flag ? ` link--flagged link--${flag}` : ''}`, 'data-shown': shown.kind };
  if (flag) attrs['data-flag'] = flag;
  const host = link.host;
  const split = host ? splitHost(host, link.domain) : null;
  const hostCode = host
    ? split
      ? el(doc, 'code', { class: 'link-host' }, split[0], el(doc, 'mark', {}, split[1]))
      : el(doc, 'code', { class: 'link-host' }, host)
    : el(doc, 'span', { class: 'link-host link-host--none' }, t.linkNoHost);
  const via =
    link.via.length > 0
      ? el(
          doc,
          'p',
          { class: 'link-via' },
          el(doc, 'span', { class: 'link-via-label' }, t.linkVia),
          ' ',
          ...link.via.flatMap((h, i) => [i > 0 ? ' → ' : null, el(doc, 'code', { class: 'link-via-host' }, h)]),
        )
      : null;
  return el(
    doc,
    'li',
    attrs,
    el(
      doc,
      'div',
      { class: 'link-head' },
      flag ? el(doc, 'span', { class: `severity severity--${flag} link-flag`, title: t.linkFlagged }, t.severity[flag]) : null,
      el(doc, 'span', { class: `link-shown link-shown--${shown.kind === 'text' ? 'text' : 'label'}` }, shownText),
    ),
    el(doc, 'p', { class: 'link-dest' }, el(doc, 'span', { class: 'link-arrow', title: t.linkTo, 'aria-label': t.linkTo }, '→'), ' ', hostCode),
    via,
    link.shortener ? el(doc, 'p', { class: 'link-shortener' }, t.linkShortener(link.shortener)) : null,
    el(doc, 'code', { class: 'link-url', title: link.target, 'aria-label': `${t.linkFullUrl}: ${link.target}` }, clip(link.target)),
  );
}

/**
 * Every link of the mail with where it really goes, as text: nothing here is an <a>, nothing is
 * loaded. Rows whose destination a finding names carry that finding's severity.
 */
function linksSection(doc: Document, view: ResultView): HTMLElement | null {
  if (view.links === undefined) return null;
  const t = ui[view.locale];
  const links = view.links;
  const details = el(doc, 'details', { id: 'links', class: 'panel links' });
  if (links === null) {
    details.append(el(doc, 'summary', {}, t.linksTitle), el(doc, 'p', { class: 'muted' }, t.linksBodyMissing));
    details.setAttribute('data-count', 'unknown');
    return details;
  }
  details.setAttribute('data-count', String(links.length));
  details.append(el(doc, 'summary', {}, t.linksHeading(links.length)));
  if (links.length === 0) {
    details.append(el(doc, 'p', { class: 'muted' }, t.noLinks));
    return details;
  }
  const flags = markLinks(links, view.explanation.items).map((m) => m.severity);
  const list = el(doc, 'ol', { class: 'link-list' });
  links.slice(0, MAX_LINK_ROWS).forEach((l, i) => list.append(linkRow(doc, view, l, flags[i] ?? null)));
  details.append(el(doc, 'p', { class: 'muted' }, t.linksIntro), list);
  const hidden = links.length - MAX_LINK_ROWS;
  if (hidden > 0) details.append(el(doc, 'p', { class: 'links-more', id: 'links-more' }, t.linksMore(hidden, flags.slice(MAX_LINK_ROWS).filter(Boolean).length)));
  details.open = view.linksOpen ?? linksOpenByDefault(links.length);
  return details;
}

function skippedSection(doc: Document, view: ResultView): HTMLElement | null {
  const skipped = view.explanation.skipped;
  if (skipped.length === 0) return null;
  const t = ui[view.locale];
  // One line per reason, with the check ids under it: 30 identical lines help nobody.
  const byText = new Map<string, string[]>();
  for (const s of skipped) byText.set(s.text, [...(byText.get(s.text) ?? []), s.checkId]);
  const list = el(doc, 'ul', { class: 'skipped-list' });
  for (const [text, ids] of byText) {
    list.append(
      el(
        doc,
        'li',
        { 'data-check-ids': ids.join(' ') },
        el(doc, 'span', { class: 'skip-reason' }, text),
        el(doc, 'details', { class: 'skip-ids' }, el(doc, 'summary', {}, t.showCheckIds(ids.length)), el(doc, 'code', {}, ids.join(', '))),
      ),
    );
  }
  const hostGaps = view.verdict.skipped.some((s) => HOST_GAPS.has(s.reason));
  const details = el(doc, 'details', { id: 'skipped', class: 'panel' }, el(doc, 'summary', {}, t.skippedHeading(skipped.length)), list);
  if (hostGaps) details.open = true;
  return details;
}

function sourcesSection(doc: Document, view: ResultView): HTMLElement {
  const t = ui[view.locale];
  const list = el(doc, 'ul', { class: 'source-list' });
  for (const r of view.reports) {
    list.append(
      el(
        doc,
        'li',
        { class: `source source--${r.status}`, 'data-source': r.source, 'data-status': r.status },
        el(doc, 'span', { class: 'source-name' }, t.sourceNames[r.source]),
        el(doc, 'span', { class: `source-status source-status--${r.status}` }, t.sourceStatus[r.status]),
        r.count !== undefined && t.sourceCount[r.source] ? el(doc, 'span', { class: 'source-count' }, (t.sourceCount[r.source] as (n: number) => string)(r.count)) : null,
        r.detail ? el(doc, 'span', { class: 'source-detail' }, r.detail) : null,
      ),
    );
  }
  const failed = view.reports.some((r) => r.status === 'failed' || r.status === 'timeout');
  const details = el(doc, 'details', { id: 'sources', class: 'panel' }, el(doc, 'summary', {}, t.sourcesHeading), el(doc, 'p', { class: 'muted' }, t.usedSource(view.wholeMessage)), list);
  if (failed) details.open = true;
  return details;
}

/** Replaces the content of `root` with the verdict. */
export function renderResult(root: HTMLElement, view: ResultView): void {
  const doc = root.ownerDocument;
  const t = ui[view.locale];
  const level = displayLevel(view.verdict);
  const label = level === 'unknown' ? t.notDeterminedLabel : view.explanation.levelLabel;
  const noHeaders = view.verdict.skipped.some((s) => s.reason === 'needs-headers');
  // Without headers the core's summary ("nothing suggests…") would speak for checks that never ran.
  const summary = level === 'unknown' ? t.notDeterminedSummary : noHeaders ? t.headersMissingSummary(label) : view.explanation.summary;
  const gaps = view.verdict.skipped.filter((s) => HOST_GAPS.has(s.reason)).length;

  const parts: (HTMLElement | null)[] = [
    el(
      doc,
      'div',
      { class: `verdict verdict--${level}`, id: 'verdict', 'data-level': level, role: 'status' },
      el(doc, 'span', { class: `badge badge--${level}`, id: 'badge' }, label),
      level === 'unknown' ? null : el(doc, 'span', { class: 'score', id: 'score' }, `${t.scoreLabel} ${view.verdict.score}/100`),
    ),
    el(doc, 'p', { class: 'summary', id: 'summary' }, summary),
    view.subject ? el(doc, 'p', { class: 'subject', id: 'subject' }, el(doc, 'span', { class: 'subject-label' }, t.subjectLabel), displaySubject(view.subject)) : null,
    gaps > 0 && level !== 'unknown' ? el(doc, 'p', { class: 'notice', id: 'partial' }, t.partialNotice(gaps)) : null,
    // With nothing checked, "no findings" would read as an all-clear.
    level === 'unknown' && view.explanation.items.length === 0 ? null : findingsSection(doc, view),
    linksSection(doc, view),
    skippedSection(doc, view),
    sourcesSection(doc, view),
  ];
  root.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
  root.setAttribute('data-level', level);
  root.setAttribute('data-source', view.wholeMessage ? 'whole-message' : 'pieces');
  root.hidden = false;
}

/** An unexpected failure: says the mail was not evaluated (never a verdict). */
export function renderFailure(root: HTMLElement, locale: Locale, detail: string): void {
  const doc = root.ownerDocument;
  const t = ui[locale];
  root.replaceChildren(
    el(doc, 'div', { class: 'verdict verdict--unknown', id: 'verdict', 'data-level': 'error', role: 'alert' }, el(doc, 'span', { class: 'badge badge--unknown', id: 'badge' }, t.notDeterminedLabel)),
    el(doc, 'p', { class: 'summary', id: 'summary' }, t.failed),
    el(doc, 'p', { class: 'muted' }, el(doc, 'code', {}, detail)),
  );
  root.setAttribute('data-level', 'error');
  root.hidden = false;
}
