/**
 * The HTML report's only script (embedded, allowed by its CSP hash). It reads the JSON data blocks
 * and builds the page with DOM calls. Every string that comes from a message (file names,
 * senders, subjects, evidence, explanations) is inserted with `textContent` or as an attribute
 * value through the DOM, never parsed as markup.
 */
import type { Category, Evidence, VerdictLevel } from '@ayashii/core';
import { CATEGORY_LABELS, UI, type Lang, type ReportData, type ReportFinding, type ReportHead, type ReportRow, type WireRow } from './data.js';
import { readableDate, showBidi } from '../mail-identity.js';
import { naturalCompare } from './natural.js';

const LEVELS: readonly VerdictLevel[] = ['safe', 'caution', 'suspicious', 'dangerous'];
const RANK: Record<string, number> = { error: -1, safe: 0, caution: 1, suspicious: 2, dangerous: 3 };
const PAGE = 500;
const SVG = 'http://www.w3.org/2000/svg';

const head = JSON.parse(document.getElementById('ayashii-data')?.textContent ?? '{}') as ReportHead;
const data: ReportData = {
  ...head,
  // The rows come in blocks (a few MB each: a browser string has a maximum length).
  rows: [...document.querySelectorAll('script.ayashii-rows')].flatMap((b) => (JSON.parse(b.textContent ?? '[]') as WireRow[]).map(wholeRow)),
};

/** A row with its findings made whole from the checks table (data.ts CheckInfo). */
function wholeRow(r: WireRow): ReportRow {
  if (r.findings.length === 0) return r as ReportRow;
  return {
    ...r,
    findings: r.findings.map((f): ReportFinding => {
      const c = head.checks?.[f.checkId];
      const advice = f.advice ?? c?.advice;
      return {
        ...f,
        category: f.category ?? c?.category ?? (f.checkId.split('/')[0] as Category),
        title: f.title ?? c?.title ?? { en: f.checkId, ja: f.checkId },
        ...(advice && (advice.en || advice.ja) ? { advice } : {}),
      };
    }),
  };
}
const app = document.getElementById('app') as HTMLElement;

type SortKey = 'level' | 'score' | 'file' | 'from' | 'subject' | 'date' | 'findings';
/** The tables above the messages: a row of one, clicked, shows only its messages. */
type PickKind = 'senders' | 'links' | 'folders' | 'subjects' | 'dates';
const state = {
  lang: data.meta.lang as Lang,
  levels: new Set<string>(['error', ...LEVELS]),
  category: '',
  text: '',
  pick: null as { readonly kind: PickKind; readonly value: string; readonly label: string } | null,
  sort: { key: 'level' as SortKey, desc: true },
  shown: PAGE,
  open: new Set<number>(),
};

/**
 * The folder all listed files share (up to and with its last `/` or `\\`), shown once above the
 * table instead of on every row; '' when they share none or there is a single file.
 */
function commonFolder(files: readonly string[]): string {
  if (files.length < 2) return '';
  let prefix = files[0] ?? '';
  for (const f of files) {
    let i = 0;
    while (i < prefix.length && i < f.length && prefix[i] === f[i]) i++;
    prefix = prefix.slice(0, i);
    if (!prefix) return '';
  }
  const cut = Math.max(prefix.lastIndexOf('/'), prefix.lastIndexOf('\\'));
  return cut > 0 ? prefix.slice(0, cut + 1) : '';
}

let folderMemo: string | null = null;
function fileFolder(): string {
  folderMemo ??= commonFolder(data.rows.map((r) => r.file));
  return folderMemo;
}

function t(key: string): string {
  return UI[state.lang][key] ?? key;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) e.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return e;
}

function svg(tag: string, attrs: Record<string, string | number> = {}, text?: string): SVGElement {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

function levelLabel(level: VerdictLevel | null): string {
  return level === null ? t('error') : data.meta.levelLabels[state.lang][level];
}

function levelKey(r: ReportRow): string {
  return r.verdict ?? 'error';
}

/** A count as people read it: 1,000,000 (Japanese groups digits the same way). */
function num(n: number): string {
  return n.toLocaleString('en-US');
}

function fmt(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

// ---------------------------------------------------------------------------------------------
// Figures

function categoriesOf(r: ReportRow): Set<Category> {
  return new Set(r.findings.map((f) => f.category));
}

function categoryCounts(): [Category, number][] {
  const m = new Map<Category, number>();
  for (const r of data.rows) for (const c of categoriesOf(r)) m.set(c, (m.get(c) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

function flagged(r: ReportRow): boolean {
  return r.verdict !== null && r.verdict !== 'safe';
}

/** A row of the tables above the messages: what it counts under (`key`, as `picked` gives it), as shown (`label`). */
interface CountRow {
  key: string;
  label: string;
  flagged: number;
  all: number;
}

/** The ten keys of `kind` with the most flagged messages (then the most messages); error rows are not counted. */
function countsBy(kind: PickKind, labelOf: (r: ReportRow, key: string) => string = (_, key) => key): CountRow[] {
  const m = new Map<string, CountRow>();
  data.rows.forEach((r, i) => {
    if (r.verdict === null) return;
    for (const key of new Set(picked(kind, r, i))) {
      if (!key) continue;
      const e = m.get(key) ?? { key, label: labelOf(r, key), flagged: 0, all: 0 };
      e.all++;
      if (flagged(r)) e.flagged++;
      m.set(key, e);
    }
  });
  return [...m.values()].sort((a, b) => b.flagged - a.flagged || b.all - a.all || (a.key < b.key ? -1 : 1)).slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// Sections

function header(): HTMLElement {
  const langs = el('div', { class: 'langs', role: 'group', 'aria-label': 'Language / 言語' });
  for (const [code, name] of [['ja', '日本語'], ['en', 'English']] as const) {
    const b = el('button', { type: 'button', 'data-lang': code, 'aria-pressed': String(state.lang === code) }, name);
    b.addEventListener('click', () => {
      state.lang = code;
      render();
    });
    langs.append(b);
  }
  const meta = el('p', { class: 'meta' });
  meta.append(`${t('generated')}: ${data.meta.generated} · ayashii ${data.meta.version} · ${t('scannedPaths')}: `);
  meta.append(el('span', { class: 'paths' }, data.meta.paths.join(' ')));
  const head = el('header', {}, el('div', {}, el('h1', {}, t('title')), el('p', { class: 'lead' }, t('lead')), meta), langs);
  return head;
}

function tiles(): HTMLElement {
  const s = data.summary;
  const box = el('section', { class: 'tiles', 'aria-label': t('messages') });
  const tile = (key: string, label: string, value: number, cls = ''): void => {
    box.append(el('div', { class: `tile ${cls}`, 'data-tile': key }, el('span', { class: 'label' }, label), el('span', { class: 'value', 'data-value': String(value) }, num(value))));
  };
  tile('scanned', t('scanned'), s.scanned);
  tile('messages', t('messages'), s.messages);
  tile('errors', t('errors'), s.errors, s.errors ? 'lv-error' : '');
  if (s.notMail) tile('notMail', t('notMail'), s.notMail);
  for (const l of LEVELS) tile(l, levelLabel(l), s.levels[l], `lv-${l}`);
  return box;
}

/** Makes a part of a chart act as a button: clicked (or Enter, Space), it filters the messages below. */
function clickable(g: SVGElement, label: string, action: () => void): void {
  g.setAttribute('tabindex', '0');
  g.setAttribute('role', 'button');
  g.setAttribute('aria-label', label);
  g.classList.add('clickable');
  const go = (): void => {
    action();
    state.shown = PAGE;
    render();
    app.querySelector('.messages')?.scrollIntoView();
  };
  g.addEventListener('click', go);
  g.addEventListener('keydown', (ev) => {
    if ((ev as KeyboardEvent).key === 'Enter' || (ev as KeyboardEvent).key === ' ') {
      ev.preventDefault();
      go();
    }
  });
}

function barChart(kind: string, title: string, note: string, bars: { key: string; label: string; value: number; cls: string }[], onPick?: (key: string) => void): HTMLElement {
  const fig = el('figure', { class: 'chart', 'data-chart': kind });
  fig.append(el('figcaption', {}, title));
  if (bars.length === 0) {
    fig.append(el('p', { class: 'empty' }, t('none')));
    return fig;
  }
  const rowH = 26;
  const labelW = 210;
  const barW = 300;
  const h = bars.length * rowH + 6;
  const max = Math.max(1, ...bars.map((b) => b.value));
  // A chart whose bars are buttons is a group (an image's children are hidden from screen readers).
  const root = svg('svg', { viewBox: `0 0 ${labelW + barW + 70} ${h}`, width: '100%', role: onPick ? 'group' : 'img', 'aria-label': title });
  bars.forEach((b, i) => {
    const y = i * rowH + 4;
    const g = svg('g', { 'data-key': b.key, 'data-count': b.value, class: b.cls });
    g.append(svg('text', { x: labelW - 8, y: y + 15, 'text-anchor': 'end', class: 'axis' }, b.label));
    g.append(svg('rect', { x: labelW, y, width: Math.max(b.value > 0 ? 2 : 0, (b.value / max) * barW), height: rowH - 8, rx: 3, class: 'bar' }));
    g.append(svg('text', { x: labelW + (b.value / max) * barW + 6, y: y + 15, class: 'num' }, num(b.value)));
    const tip = svg('title', {}, `${b.label}: ${num(b.value)}`);
    g.append(tip);
    if (onPick && b.value > 0) clickable(g, `${b.label}: ${num(b.value)}`, () => onPick(b.key));
    root.append(g);
  });
  fig.append(root);
  if (note) fig.append(el('p', { class: 'note' }, note));
  return fig;
}

function charts(): HTMLElement {
  const levels = barChart(
    'levels',
    t('levelsChart'),
    '',
    LEVELS.map((l) => ({ key: l, label: levelLabel(l), value: data.summary.levels[l], cls: `lv-${l}` })),
    (key) => {
      state.levels = new Set([key]);
    },
  );
  const cats = barChart(
    'categories',
    t('categoriesChart'),
    t('categoriesNote'),
    categoryCounts()
      .slice(0, 8)
      .map(([c, n]) => ({ key: c, label: CATEGORY_LABELS[state.lang][c] ?? c, value: n, cls: 'cat' })),
    (key) => {
      state.category = key;
    },
  );
  const over = timeline();
  return el('section', { class: 'charts' }, levels, cats, ...(over ? [over] : []));
}

/** Bins of the timeline: a day, a month or a year of the reader's calendar. */
type Unit = 'day' | 'month' | 'year';

function binKey(t: number, unit: Unit): string {
  const d = new Date(t);
  const p = (n: number): string => String(n).padStart(2, '0');
  if (unit === 'year') return String(d.getFullYear());
  if (unit === 'month') return `${d.getFullYear()}-${p(d.getMonth() + 1)}`;
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Every bin from the one holding `lo` to the one holding `hi`, empty ones included. */
function binKeys(lo: number, hi: number, unit: Unit): string[] {
  const d = new Date(lo);
  d.setHours(0, 0, 0, 0);
  if (unit !== 'day') d.setDate(1);
  if (unit === 'year') d.setMonth(0);
  const last = binKey(hi, unit);
  const keys: string[] = [];
  for (;;) {
    const k = binKey(d.getTime(), unit);
    keys.push(k);
    if (k === last || keys.length > 400) return keys;
    if (unit === 'day') d.setDate(d.getDate() + 1);
    else if (unit === 'month') d.setMonth(d.getMonth() + 1);
    else d.setFullYear(d.getFullYear() + 1);
  }
}

/** What the timeline shows, worked out once (the page re-renders on every sort and language switch). */
interface Timeline {
  readonly unit: Unit;
  /** The instants the chart spans (the middle 98 % of the dates when there are many). */
  readonly lo: number;
  readonly hi: number;
  readonly keys: readonly string[];
  readonly bins: ReadonlyMap<string, Readonly<Record<VerdictLevel, number>>>;
  readonly outside: number;
  readonly undated: number;
}
let timelineMemo: Timeline | null | undefined;
function timelineData(): Timeline | null {
  if (timelineMemo !== undefined) return timelineMemo;
  timelineMemo = null;
  const dated: { t: number; level: VerdictLevel }[] = [];
  let undated = 0;
  data.rows.forEach((r, i) => {
    if (r.verdict === null) return;
    const t = instantAt(i);
    if (t === -Infinity) undated++;
    else dated.push({ t, level: r.verdict });
  });
  if (dated.length < 2) return null;
  const times = dated.map((x) => x.t).sort((a, b) => a - b);
  const lo = times[Math.floor((times.length - 1) * 0.01)] ?? 0;
  const hi = times[Math.ceil((times.length - 1) * 0.99)] ?? 0;
  const span = hi - lo;
  const unit: Unit = span > 3653 * 86_400_000 ? 'year' : span > 92 * 86_400_000 ? 'month' : 'day';
  const keys = binKeys(lo, hi, unit);
  if (keys.length < 2) return null; // all on one day: a single bar tells nothing
  const bins = new Map(keys.map((k) => [k, { safe: 0, caution: 0, suspicious: 0, dangerous: 0 } as Record<VerdictLevel, number>]));
  let outside = 0;
  for (const x of dated) {
    const bin = x.t >= lo && x.t <= hi ? bins.get(binKey(x.t, unit)) : undefined;
    if (bin) bin[x.level]++;
    else outside++;
  }
  timelineMemo = { unit, lo, hi, keys, bins, outside, undated };
  return timelineMemo;
}

/**
 * The mail by the date each states (in the reader's time zone), a bar per day — per month over more
 * than 92 days, per year over more than ten years — stacked by level. A mail may state any date
 * (1970, 2099): with many mails the chart spans the middle 98 % of their dates and says how many lie
 * outside it, and how many have no date. None when fewer than two mails have one, or all on one day.
 */
function timeline(): HTMLElement | null {
  const tl = timelineData();
  if (!tl) return null;
  const { unit, keys, bins, outside, undated } = tl;
  const fig = el('figure', { class: 'chart timeline', 'data-chart': 'timeline', 'data-unit': unit });
  fig.append(el('figcaption', {}, fmt(t('timelineTitle'), { unit: t(`per-${unit}`) })));
  const W = 1160;
  const H = 170;
  const left = 44;
  const plotW = W - left - 8;
  const plotH = H - 30;
  const slot = plotW / keys.length;
  const max = Math.max(1, ...[...bins.values()].map((b) => LEVELS.reduce((s, l) => s + b[l], 0)));
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, width: '100%', role: 'group', 'aria-label': t('timelineChart') });
  root.append(svg('text', { x: left - 6, y: 12, 'text-anchor': 'end', class: 'axis' }, num(max)), svg('text', { x: left - 6, y: plotH + 4, 'text-anchor': 'end', class: 'axis' }, '0'));
  keys.forEach((k, i) => {
    const b = bins.get(k) as Readonly<Record<VerdictLevel, number>>;
    const total = LEVELS.reduce((s, l) => s + b[l], 0);
    const flaggedHere = total - b.safe;
    const g = svg('g', { 'data-bin': k, 'data-count': total, 'data-flagged': flaggedHere });
    let y = plotH;
    // The most serious at the bottom, where the eye compares bars.
    for (const l of [...LEVELS].reverse()) {
      if (!b[l]) continue;
      const h = (b[l] / max) * (plotH - 8);
      y -= h;
      const part = svg('g', { class: `lv-${l}` });
      part.append(svg('rect', { x: left + i * slot + slot * 0.1, y, width: Math.max(1, slot * 0.8), height: h, class: 'bar' }));
      g.append(part);
    }
    const tip = `${k}: ${num(total)} — ${[...LEVELS].reverse().map((l) => `${levelLabel(l)} ${num(b[l])}`).join(', ')}`;
    g.append(svg('title', {}, tip));
    if (total > 0) {
      // The whole slot answers the click, not only the bar (a bar of one mail is a sliver).
      g.insertBefore(svg('rect', { x: left + i * slot, y: 0, width: slot, height: plotH, class: 'hit' }), g.firstChild);
      clickable(g, tip, () => {
        state.pick = { kind: 'dates', value: k, label: k };
      });
    }
    root.append(g);
  });
  // The first and the last bin named under the axis, and the middle one when there is room.
  const named = keys.length > 2 ? [0, Math.floor((keys.length - 1) / 2), keys.length - 1] : [...keys.keys()];
  for (const i of new Set(named)) {
    const anchor = i === 0 ? 'start' : i === keys.length - 1 ? 'end' : 'middle';
    const x = i === 0 ? left : i === keys.length - 1 ? left + plotW : left + (i + 0.5) * slot;
    root.append(svg('text', { x, y: H - 6, 'text-anchor': anchor, class: 'axis' }, keys[i] ?? ''));
  }
  fig.append(root);
  if (outside || undated) fig.append(el('p', { class: 'note' }, fmt(t('timelineNote'), { outside: num(outside), undated: num(undated) })));
  return fig;
}

function countTable(kind: PickKind, title: string, rows: readonly CountRow[], head = t('domain')): HTMLElement {
  const box = el('div', { class: 'domains', 'data-domains': kind });
  box.append(el('h3', {}, title));
  if (rows.length === 0) {
    box.append(el('p', { class: 'empty' }, t('none')));
    return box;
  }
  const tbody = el('tbody');
  for (const r of rows) {
    const on = state.pick?.kind === kind && state.pick.value === r.key;
    const b = el('button', { type: 'button', class: 'pick', 'aria-pressed': String(on), title: t('pickTitle') }, r.label);
    b.addEventListener('click', () => {
      state.pick = on ? null : { kind, value: r.key, label: r.label };
      state.shown = PAGE;
      render();
      if (!on) app.querySelector('.messages')?.scrollIntoView();
    });
    tbody.append(el('tr', {}, el('td', { class: 'dom' }, b), el('td', { class: 'n' }, num(r.flagged)), el('td', { class: 'n' }, num(r.all))));
  }
  box.append(el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, head), el('th', { class: 'n' }, t('flagged')), el('th', { class: 'n' }, t('all')))), tbody));
  return box;
}

function domains(): HTMLElement {
  const section = el(
    'section',
    { class: 'domain-tables' },
    countTable('senders', t('senders'), countsBy('senders')),
    countTable('links', t('links'), countsBy('links')),
  );
  // Where the flagged mail lies (Inbox or Junk, which user's mailbox), when the scan covered several folders.
  const folders = countsBy('folders');
  if (folders.length > 1) section.append(countTable('folders', t('folders'), folders, t('folder')));
  // Campaigns: the same subject on several flagged mails (to several people, or again and again).
  const subjects = countsBy('subjects', (r) => subjectLabel(r.subject)).filter((s) => s.flagged > 0);
  if (subjects.some((s) => s.flagged > 1)) section.append(countTable('subjects', t('subjects'), subjects, t('colSubject')));
  section.append(el('p', { class: 'note' }, t('flaggedNote')));
  return section;
}

/** A subject without what replies, forwards and mailing lists put in front of it (`Re: [list] Fwd: `). */
function subjectLabel(subject: string): string {
  let s = subject.trim();
  for (let i = 0; i < 8; i++) {
    const next = s.replace(/^(?:(?:re|fwd?|aw|wg|sv|vs|tr|rv|回复|回覆|转发|転送|返信) ?(?:\[\d{1,3}\])? ?[:：]|\[[^\]]{1,60}\])/i, '').trim();
    if (next === s) break;
    s = next;
  }
  return s;
}

/** Subjects that differ only in case, width, white space or numbers (`Invoice 4821`, `Invoice 9932`) count as one. */
function subjectKey(subject: string): string {
  return subjectLabel(subject).normalize('NFKC').toLowerCase().replace(/\d+/g, '0').replace(/\s+/g, ' ');
}

/** What row `i` (`r`) counts under in the table or chart of `kind`. */
function picked(kind: PickKind, r: ReportRow, i: number): readonly string[] {
  if (kind === 'subjects') return [subjectKey(r.subject)];
  if (kind === 'dates') {
    // The bar of the timeline the mail is counted in (none for a date outside the range it shows).
    const tl = timelineData();
    const at = instantAt(i);
    return tl && at >= tl.lo && at <= tl.hi ? [binKey(at, tl.unit)] : [];
  }
  return kind === 'senders' ? [r.senderDomain] : kind === 'links' ? r.linkDomains : [folderOf(r.file)];
}

/**
 * The mail folder a row's message lies in, below the folder the files share: an mbox file or an
 * Outlook data file's folder for their messages (`archive.pst/Inbox#3` → `archive.pst/Inbox`), a
 * Maildir folder for its `cur/` and `new/` (`Maildir/.Junk/cur/1700…` → `Maildir/.Junk`), otherwise
 * the file's directory (`.` for the shared folder itself).
 */
function folderOf(file: string): string {
  const rel = file.slice(fileFolder().length);
  const item = /#\d+$/.exec(rel);
  if (item) return rel.slice(0, item.index);
  const cut = Math.max(rel.lastIndexOf('/'), rel.lastIndexOf('\\'));
  const dir = cut >= 0 ? rel.slice(0, cut) : '';
  return dir.replace(/(?:^|[/\\])(?:cur|new)$/, '') || '.';
}

// ---------------------------------------------------------------------------------------------
// The message table

function matches(r: ReportRow, i: number): boolean {
  if (!state.levels.has(levelKey(r))) return false;
  // A row picked in a table above: exactly the messages it counts (error rows are not counted there).
  if (state.pick && (r.verdict === null || !picked(state.pick.kind, r, i).includes(state.pick.value))) return false;
  if (state.category && !r.findings.some((f) => f.category === state.category)) return false;
  if (state.text) {
    const q = state.text.toLowerCase();
    const hay = [r.file, r.from, r.subject, r.messageId ?? '', r.senderDomain, r.error?.text[state.lang] ?? '', r.error?.code ?? '', ...r.findings.map((f) => `${f.checkId} ${f.detail[state.lang]} ${f.title[state.lang]}`)];
    if (!hay.some((h) => h.toLowerCase().includes(q))) return false;
  }
  return true;
}

/** By the chosen column; equal rows stay in the scan's order (path by path, an mbox's messages #1, #2 …). */
function compare(a: { r: ReportRow; i: number }, b: { r: ReportRow; i: number }): number {
  const k = state.sort.key;
  const x = a.r;
  const y = b.r;
  let d = 0;
  if (k === 'level') d = (RANK[levelKey(x)] ?? 0) - (RANK[levelKey(y)] ?? 0) || x.score - y.score;
  else if (k === 'score') d = x.score - y.score;
  else if (k === 'findings') d = x.findings.length - y.findings.length;
  else if (k === 'file') d = naturalCompare(x.file, y.file);
  else if (k === 'date') {
    const p = instantAt(a.i);
    const q = instantAt(b.i);
    d = p < q ? -1 : p > q ? 1 : 0;
  } else {
    const p = k === 'from' ? x.from : x.subject;
    const q = k === 'from' ? y.from : y.subject;
    d = p < q ? -1 : p > q ? 1 : 0;
  }
  if (state.sort.desc) d = -d;
  return d || a.i - b.i;
}

/** Each row's `instant`, worked out once: sorting a million rows compares ~20 million pairs. */
let instants: Float64Array | null = null;
function instantAt(i: number): number {
  instants ??= Float64Array.from(data.rows, instant);
  return instants[i] ?? -Infinity;
}

/** When the mail was sent, as a number to sort by; a mail without a date sorts as the oldest. */
function instant(r: ReportRow): number {
  const t = r.date ? Date.parse(r.date) : NaN;
  return Number.isNaN(t) ? -Infinity : t;
}

/** The date column: the reader's own time zone, as a mail client lists mail (`2026-11-20 09:12`); the sender's own offset is in the title and in the opened row. */
function listedDate(i: number): string {
  const t = instantAt(i);
  if (t === -Infinity) return '';
  const d = new Date(t);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

function evidenceList(ev: readonly Evidence[]): HTMLElement {
  const ul = el('ul', { class: 'evidence' });
  for (const e of ev) {
    const li = el('li', {}, el('span', { class: 'ev-label' }, `${e.label}: `));
    const code = el('code', {});
    const i = e.highlight ? e.value.indexOf(e.highlight) : -1;
    if (e.highlight && i >= 0) {
      code.append(e.value.slice(0, i), el('mark', {}, e.highlight), e.value.slice(i + e.highlight.length));
    } else code.textContent = e.value;
    li.append(code);
    ul.append(li);
  }
  return ul;
}

function detailRow(r: ReportRow, cols: number): HTMLTableRowElement {
  const cell = el('td', { colspan: String(cols) });
  if (r.error) cell.append(el('p', { class: 'err' }, r.error.text[state.lang]), el('p', { class: 'cat' }, r.error.code));
  else {
    // Which mail it is, to find it again in a mail client: the whole subject, when it was sent, its Message-ID.
    const mail = el('dl', { class: 'mail' });
    for (const [label, value] of [[t('colFrom'), r.from], [t('colSubject'), r.subject], [t('date'), r.date ?? ''], [t('messageId'), r.messageId ?? '']] as const) {
      if (value) mail.append(el('dt', {}, label), el('dd', {}, label === t('date') ? readableDate(value) : value));
    }
    if (mail.childNodes.length) cell.append(mail);
    if (r.summary) cell.append(el('p', { class: 'summary' }, r.summary[state.lang]));
    if (r.findings.length === 0) cell.append(el('p', {}, t('noFindings')));
    const ol = el('ol', { class: 'findings' });
    for (const f of r.findings) {
      const li = el('li', { class: `sev-${f.severity}`, 'data-check': f.checkId });
      li.append(el('div', { class: 'f-title' }, el('strong', {}, f.title[state.lang]), ' ', el('span', { class: 'cat' }, `${CATEGORY_LABELS[state.lang][f.category] ?? f.category} · ${f.checkId} · ${f.weight}`)));
      li.append(el('p', { class: 'f-detail' }, f.detail[state.lang]));
      if (f.advice) li.append(el('p', { class: 'f-advice' }, `${t('advice')}: ${f.advice[state.lang]}`));
      if (f.evidence.length) {
        li.append(el('div', { class: 'ev-head' }, t('evidence')));
        li.append(evidenceList(f.evidence));
      }
      ol.append(li);
    }
    cell.append(ol);
  }
  return el('tr', { class: 'detail' }, cell);
}

function messageTable(): HTMLElement {
  const section = el('section', { class: 'messages' });
  section.append(el('h2', {}, t('table')));

  const controls = el('div', { class: 'controls' });
  const lv = el('fieldset', {}, el('legend', {}, t('filterLevels')));
  for (const key of ['error', ...LEVELS]) {
    const id = `f-${key}`;
    const cb = el('input', { type: 'checkbox', id, 'data-filter-level': key });
    cb.checked = state.levels.has(key);
    cb.addEventListener('change', () => {
      if (cb.checked) state.levels.add(key);
      else state.levels.delete(key);
      state.shown = PAGE;
      renderTable();
    });
    lv.append(el('label', { for: id, class: `lv-${key}` }, cb, ` ${key === 'error' ? t('error') : levelLabel(key as VerdictLevel)}`));
  }
  const sel = el('select', { 'data-filter': 'category', 'aria-label': t('filterCategory') });
  sel.append(el('option', { value: '' }, t('anyCategory')));
  for (const [c, n] of categoryCounts()) {
    const o = el('option', { value: c }, `${CATEGORY_LABELS[state.lang][c] ?? c} (${num(n)})`);
    if (state.category === c) o.selected = true;
    sel.append(o);
  }
  sel.addEventListener('change', () => {
    state.category = sel.value;
    state.shown = PAGE;
    renderTable();
  });
  const search = el('input', { type: 'search', 'data-filter': 'text', placeholder: t('searchPlaceholder'), 'aria-label': t('search') });
  search.value = state.text;
  search.addEventListener('input', () => {
    state.text = search.value.trim();
    state.shown = PAGE;
    renderTable();
  });
  controls.append(lv, el('label', {}, `${t('filterCategory')} `, sel), el('label', { class: 'search' }, `${t('search')} `, search));
  if (state.pick) {
    const clear = el('button', { type: 'button', class: 'unpick', 'aria-label': t('unpick') }, '×');
    clear.addEventListener('click', () => {
      state.pick = null;
      state.shown = PAGE;
      render();
    });
    const label = { senders: t('pickSender'), links: t('pickLink'), folders: t('folder'), subjects: t('colSubject'), dates: t('date') }[state.pick.kind];
    controls.append(el('span', { class: 'picked', 'data-picked': state.pick.kind }, `${label}: `, el('strong', {}, state.pick.label), ' ', clear));
  }
  section.append(controls);

  section.append(el('p', { class: 'count', 'aria-live': 'polite' }));
  if (fileFolder()) section.append(el('p', { class: 'note files-under' }, fmt(t('filesUnder'), { dir: fileFolder() })));
  const table = el('table', { class: 'msgs' });
  const tr = el('tr');
  const cols: [SortKey, string, string][] = [
    ['level', t('colLevel'), ''],
    ['score', t('colScore'), 'n'],
    ['file', t('colFile'), ''],
    ['from', t('colFrom'), ''],
    ['subject', t('colSubject'), ''],
    ['date', t('date'), ''],
    ['findings', t('colFindings'), 'n'],
  ];
  for (const [key, label, cls] of cols) {
    const active = state.sort.key === key;
    const th = el('th', { scope: 'col', class: cls, 'aria-sort': active ? (state.sort.desc ? 'descending' : 'ascending') : 'none' });
    const b = el('button', { type: 'button', 'data-sort': key }, label, active ? (state.sort.desc ? ' ▼' : ' ▲') : '');
    b.addEventListener('click', () => {
      if (state.sort.key === key) state.sort.desc = !state.sort.desc;
      else state.sort = { key, desc: key === 'level' || key === 'score' || key === 'findings' || key === 'date' };
      render();
    });
    th.append(b);
    tr.append(th);
  }
  table.append(el('thead', {}, tr), el('tbody'));
  section.append(table);
  const more = el('button', { type: 'button', class: 'more' }, t('more'));
  more.addEventListener('click', () => {
    state.shown += PAGE;
    renderTable();
  });
  section.append(more);
  return section;
}

function renderTable(): void {
  const tbody = app.querySelector('table.msgs tbody') as HTMLTableSectionElement;
  const count = app.querySelector('.messages .count') as HTMLElement;
  const more = app.querySelector('.messages .more') as HTMLButtonElement;
  const rows = data.rows.map((r, i) => ({ r, i })).filter(({ r, i }) => matches(r, i));
  rows.sort(compare);
  tbody.replaceChildren();
  const shown = rows.slice(0, state.shown);
  for (const { r, i } of shown) {
    const key = levelKey(r);
    const row = el('tr', { class: `msg lv-${key}`, tabindex: '0', 'aria-expanded': String(state.open.has(i)), 'data-row': String(i), title: t('expand') });
    row.append(
      el('td', { class: 'level' }, el('span', { class: `badge lv-${key}` }, levelLabel(r.verdict))),
      el('td', { class: 'n' }, r.verdict === null ? '–' : String(r.score)),
      el('td', { class: 'file', title: showBidi(r.file) }, showBidi(r.file.slice(fileFolder().length))),
      el('td', { class: 'from' }, r.from),
      el('td', { class: 'subject' }, r.subject),
      el('td', { class: 'date', title: r.date ? readableDate(r.date) : '' }, listedDate(i)),
      el('td', { class: 'n' }, r.verdict === null ? '–' : String(r.findings.length)),
    );
    const toggle = (): void => {
      if (state.open.has(i)) state.open.delete(i);
      else state.open.add(i);
      renderTable();
      (tbody.querySelector(`tr[data-row="${i}"]`) as HTMLElement | null)?.focus();
    };
    row.addEventListener('click', toggle);
    row.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter' || ev.key === ' ') {
        ev.preventDefault();
        toggle();
      }
    });
    tbody.append(row);
    if (state.open.has(i)) tbody.append(detailRow(r, 7));
  }
  count.textContent = fmt(t('showing'), { n: num(shown.length), m: num(rows.length) });
  more.hidden = shown.length >= rows.length;
}

function render(): void {
  document.documentElement.lang = state.lang;
  document.title = t('title');
  const parts: Node[] = [header(), tiles()];
  if (data.meta.interrupted) parts.push(el('p', { class: 'note', 'data-note': 'interrupted' }, t('interrupted')));
  if (data.meta.minLevel !== 'safe') parts.push(el('p', { class: 'note' }, fmt(t('filteredOut'), { level: levelLabel(data.meta.minLevel) })));
  parts.push(charts(), domains(), messageTable());
  app.replaceChildren(...parts);
  renderTable();
}

render();
document.body.setAttribute('data-ready', 'true');
