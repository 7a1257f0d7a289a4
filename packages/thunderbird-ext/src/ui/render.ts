/**
 * Renders an Explanation: verdict badge, summary, findings with evidence, skipped checks. Shared by
 * the popup (a message) and the link window (one link, with where it goes).
 */
import { neutralize, type Evidence, type Explanation, type ExplainedItem } from '@ayashii/core';
import type { CheckLinkOk } from '../link-check.js';
import type { LinkHost, LinkList, LinkRow } from '../link-list.js';
import { h, highlighted, t, type Child } from './dom.js';
import { displayValue } from './evidence-text.js';

function evidenceRow(e: Evidence, prev: Evidence | undefined): HTMLElement {
  // Consecutive links read as a chain: wrapper → unwrapped destination.
  const chained = e.kind === 'url' && prev?.kind === 'url';
  const shown = displayValue(e);
  const value = highlighted(shown, e.highlight);
  if (shown !== e.value) value.title = e.value;
  return h(
    'li',
    { class: `ev ev-${e.kind}${chained ? ' ev-chained' : ''}`, 'data-kind': e.kind },
    h('span', { class: 'ev-label' }, chained ? `↳ ${e.label}` : e.label),
    value,
  );
}

function item(it: ExplainedItem): HTMLElement {
  const evidence = it.evidence.length
    ? h('ul', { class: 'evidence' }, ...it.evidence.map((e, i) => evidenceRow(e, it.evidence[i - 1])))
    : null;
  return h(
    'li',
    { class: `finding sev-${it.severity}`, 'data-check-id': it.checkId, 'data-severity': it.severity },
    h('div', { class: 'finding-head' }, h('span', { class: 'sev' }, t(`severity_${it.severity}`)), h('strong', { class: 'finding-title' }, it.title)),
    h('p', { class: 'detail' }, it.detail),
    evidence,
    it.advice ? h('p', { class: 'advice' }, h('span', { class: 'advice-label' }, t('popupAdvice')), it.advice) : null,
  );
}

/** The verdict header: a coloured level badge and the one-line summary. */
export function verdictHeader(x: Explanation): HTMLElement {
  return h(
    'header',
    { class: `verdict level-${x.level}` },
    h('span', { class: 'badge', 'data-level': x.level }, x.levelLabel),
    h('p', { class: 'summary' }, x.summary),
  );
}

/** The findings with their advice, or (none found) the safety note `safeNoteKey`. */
export function findingsSection(x: Explanation, safeNoteKey = 'popupSafeNote'): HTMLElement {
  if (!x.items.length) return h('p', { class: 'safe-note' }, t(safeNoteKey));
  return h(
    'section',
    { class: 'findings' },
    h('h2', {}, t('popupFindings'), h('span', { class: 'score' }, t('popupScore', String(x.score)))),
    h('ol', { class: 'finding-list' }, ...x.items.map(item)),
  );
}

/** The checks that could not run, with the reason, folded away; null when every check ran. */
export function skippedSection(x: Explanation): HTMLElement | null {
  if (!x.skipped.length) return null;
  return h(
    'details',
    { class: 'skipped' },
    h('summary', {}, t('popupSkipped', String(x.skipped.length))),
    h('ul', {}, ...x.skipped.map((s) => h('li', { 'data-check-id': s.checkId }, h('code', {}, s.checkId), ' ', s.text))),
  );
}

/** Longest target URL shown on a row's second line (the whole one is its tooltip). */
const TARGET_SHOWN = 160;

function hostCode(v: LinkHost, cls: string): HTMLElement {
  const code = highlighted(v.host, v.mark ?? undefined);
  code.classList.add(cls);
  return code;
}

/** What the reader sees of the link: its text, or a label for an image, a form, a file, an empty anchor. */
function seenPart(r: LinkRow): HTMLElement | null {
  switch (r.seen) {
    case 'text':
      return h('span', { class: 'link-seen link-seen-text' }, r.seenText ?? '');
    case 'image':
      return h('span', { class: 'link-seen link-seen-label' }, t('popupLinkImage'));
    case 'form':
      return h('span', { class: 'link-seen link-seen-label' }, t('popupLinkForm'));
    case 'file':
      return h('span', { class: 'link-seen link-seen-label' }, t('popupLinkInFile', r.seenText ?? '?'));
    case 'empty':
      return h('span', { class: 'link-seen link-seen-label' }, t('popupLinkNoText'));
    case 'plain':
      return null;
  }
}

function linkRowElement(r: LinkRow): HTMLElement {
  const seen = seenPart(r);
  const flag = r.suspect
    ? h('span', { class: `link-flag sev-${r.severity ?? 'warn'}`, title: r.reasons.join('\n') }, t('popupLinkSuspect'))
    : null;
  const dest = r.dest ? hostCode(r.dest, 'link-host') : h('code', { class: 'ev-value link-host link-nohost' }, neutralize(r.target, 60));
  const via: Child[] = [];
  r.via.forEach((hop, i) => {
    if (i > 0) via.push(h('span', { class: 'arrow' }, ' → '));
    via.push(hostCode(hop, 'link-via-host'));
  });
  const target = r.target.length > TARGET_SHOWN ? `${r.target.slice(0, TARGET_SHOWN)}…` : r.target;
  const targetLine = h('div', { class: 'link-target' }, target);
  targetLine.title = r.href === r.target ? r.target : `${r.href}\n→ ${r.target}`;
  return h(
    'li',
    { class: `link-row${r.suspect ? ' link-suspect' : ''}`, 'data-suspect': r.suspect ? '1' : '0', 'data-seen': r.seen },
    h('div', { class: 'link-main' }, flag, seen, seen ? h('span', { class: 'arrow' }, ' → ') : null, dest),
    via.length ? h('div', { class: 'link-via' }, h('span', { class: 'link-via-label' }, t('linkVia')), ...via) : null,
    r.shortener ? h('p', { class: 'link-note' }, t('linkShortener', r.shortener)) : null,
    targetLine,
  );
}

/**
 * "Links in this mail (N)": one row per link, what the reader sees → where it really goes, folded
 * away for long lists. Text only: nothing here is a link, nothing is loaded. Null without links.
 */
export function linksSection(list: LinkList): HTMLElement | null {
  if (!list.total) return null;
  const section = h(
    'details',
    { class: 'links', 'data-total': String(list.total), 'data-suspect-count': String(list.suspectCount) },
    h(
      'summary',
      {},
      h('span', { class: 'links-title' }, t('popupLinks', String(list.total))),
      list.suspectCount ? h('span', { class: 'links-suspect-count' }, t('popupLinksSuspect', String(list.suspectCount))) : null,
    ),
    h('ol', { class: 'link-list' }, ...list.rows.map(linkRowElement)),
    list.more ? h('p', { class: 'links-more' }, t('popupLinksMore', String(list.more))) : null,
    h('p', { class: 'links-note' }, t('popupLinksNote')),
  );
  if (list.open) section.setAttribute('open', '');
  return section;
}

/** The popup: verdict, subject, findings, the mail's links, skipped checks. */
export function renderExplanation(x: Explanation, subject: string, links?: LinkList): DocumentFragment {
  const frag = document.createDocumentFragment();
  frag.append(verdictHeader(x));
  if (subject) frag.append(h('p', { class: 'subject' }, h('span', { class: 'subject-label' }, t('popupSubject')), neutralize(subject, 300)));
  frag.append(findingsSection(x));
  const list = links ? linksSection(links) : null;
  if (list) frag.append(list);
  const skipped = skippedSection(x);
  if (skipped) frag.append(skipped);
  return frag;
}

function chainRow(role: string, label: string, ...values: Child[]): HTMLElement {
  return h('li', { class: `chain-row chain-${role}`, 'data-role': role }, h('span', { class: 'chain-label' }, label), h('span', { class: 'chain-values' }, ...values));
}

/**
 * Where a link goes: the link as written, the wrappers it passes through and the target, with the
 * target's registrable domain marked. Text only: no element here links anywhere.
 */
export function linkChain(r: CheckLinkOk): HTMLElement {
  const rows: HTMLElement[] = [chainRow('link', t('linkAsWritten'), h('code', { class: 'ev-value' }, r.url))];
  if (r.via.length) {
    const hops: Child[] = [];
    r.via.forEach((hop, i) => {
      if (i > 0) hops.push(h('span', { class: 'arrow' }, ' → '));
      const code = highlighted(hop.host, hop.domain ?? undefined);
      if (hop.vendor) code.title = hop.vendor;
      hops.push(code);
    });
    rows.push(chainRow('via', t('linkVia'), ...hops));
  }
  rows.push(chainRow('target', t('linkTarget'), highlighted(r.target, r.targetDomain ?? undefined)));
  const note = r.shortener ? t('linkShortener', r.shortener) : r.partial ? t('linkPartial') : null;
  return h(
    'section',
    { class: 'link-chain' },
    h('ul', { class: 'chain' }, ...rows),
    note ? h('p', { class: 'chain-note' }, note) : null,
    r.recipient ? h('p', { class: 'recipient' }, h('span', { class: 'subject-label' }, t('linkRecipient')), r.recipient) : null,
  );
}

/** The link window: verdict, where the link goes, findings, skipped checks. */
export function renderLinkResult(r: CheckLinkOk): DocumentFragment {
  const frag = document.createDocumentFragment();
  frag.append(verdictHeader(r.explanation), linkChain(r), findingsSection(r.explanation, 'linkSafeNote'));
  const skipped = skippedSection(r.explanation);
  if (skipped) frag.append(skipped);
  return frag;
}
