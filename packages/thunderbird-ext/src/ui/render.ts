/**
 * Renders an Explanation: verdict badge, summary, findings with evidence, skipped checks. Shared by
 * the popup (a message) and the link window (one link, with where it goes).
 */
import { neutralize, type Evidence, type Explanation, type ExplainedItem } from '@ayashii/core';
import type { CheckLinkOk } from '../link-check.js';
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

/** The popup: verdict, subject, findings, skipped checks. */
export function renderExplanation(x: Explanation, subject: string): DocumentFragment {
  const frag = document.createDocumentFragment();
  frag.append(verdictHeader(x));
  if (subject) frag.append(h('p', { class: 'subject' }, h('span', { class: 'subject-label' }, t('popupSubject')), neutralize(subject, 300)));
  frag.append(findingsSection(x));
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
