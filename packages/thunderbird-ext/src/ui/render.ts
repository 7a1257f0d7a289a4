/** Renders an Explanation: verdict badge, summary, findings with evidence, skipped checks. */
import { neutralize, type Evidence, type Explanation, type ExplainedItem } from '@ayashii/core';
import { h, highlighted, t } from './dom.js';
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

export function renderExplanation(x: Explanation, subject: string): DocumentFragment {
  const frag = document.createDocumentFragment();
  frag.append(verdictHeader(x));
  if (subject) frag.append(h('p', { class: 'subject' }, h('span', { class: 'subject-label' }, t('popupSubject')), neutralize(subject, 300)));
  if (x.items.length) {
    frag.append(
      h('section', { class: 'findings' }, h('h2', {}, t('popupFindings'), h('span', { class: 'score' }, t('popupScore', String(x.score)))), h('ol', { class: 'finding-list' }, ...x.items.map(item))),
    );
  } else {
    frag.append(h('p', { class: 'safe-note' }, t('popupSafeNote')));
  }
  if (x.skipped.length) {
    frag.append(
      h(
        'details',
        { class: 'skipped' },
        h('summary', {}, t('popupSkipped', String(x.skipped.length))),
        h('ul', {}, ...x.skipped.map((s) => h('li', { 'data-check-id': s.checkId }, h('code', {}, s.checkId), ' ', s.text))),
      ),
    );
  }
  return frag;
}
