/**
 * Task pane wiring only (house style 3.1 #2): read the item, build the input, analyze, render.
 */
import { analyze, explain, fromOutlookItem, fromRawMessage, listLinks, type Locale, type MessageLink, type Verdict } from './core.js';
import { installTextDecoderFix } from './host/text-decoder-fix.js';
import { readItem, type MessageReadLike, type RequirementsLike, type SourceReport } from './host/read-item.js';
import { localeFor, ui } from './i18n.js';
import { renderFailure, renderResult } from './render.js';

interface LastRun {
  readonly subject: string;
  readonly verdict: Verdict;
  /** `listLinks` of the same input; null when the body was not available. */
  readonly links: readonly MessageLink[] | null;
  readonly reports: readonly SourceReport[];
  readonly wholeMessage: boolean;
}

const state: { locale: Locale; last: LastRun | null; linksOpen: boolean | undefined; runs: number; busy: boolean; ready: boolean } = {
  locale: 'en',
  last: null,
  // The reader's choice for the links section, kept across a language switch, reset per check.
  linksOpen: undefined,
  runs: 0,
  busy: false,
  ready: false,
};

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

function applyChrome(): void {
  const t = ui[state.locale];
  document.documentElement.lang = state.locale;
  $('app-name').textContent = t.appName;
  $('tagline').textContent = t.tagline;
  $('intro').textContent = t.intro;
  $('privacy').textContent = t.privacy;
  const lang = $<HTMLButtonElement>('lang');
  lang.textContent = t.switchLanguage;
  lang.setAttribute('aria-label', t.switchLanguageLabel);
  lang.lang = state.locale === 'ja' ? 'en' : 'ja';
  const check = $<HTMLButtonElement>('check');
  check.textContent = state.busy ? t.checking : state.runs > 0 ? t.checkAgain : t.check;
  check.disabled = state.busy || !state.ready;
  // After a verdict the verdict is the main thing on screen; the button steps back.
  check.classList.toggle('secondary', state.runs > 0);
  // Once a verdict is on screen the introduction only pushes it down.
  $('intro').hidden = state.last !== null;
}

function showResult(): void {
  const result = $('result');
  if (!state.last) return;
  const { verdict, links, reports, wholeMessage, subject } = state.last;
  const explanation = explain(verdict, { locale: state.locale });
  renderResult(result, { locale: state.locale, verdict, explanation, links, reports, wholeMessage, subject, ...(state.linksOpen === undefined ? {} : { linksOpen: state.linksOpen }) });
  const details = document.getElementById('links') as HTMLDetailsElement | null;
  details?.addEventListener('toggle', () => {
    state.linksOpen = details.open;
  });
  result.setAttribute('data-run', String(state.runs));
}

function showMessage(text: string): void {
  const msg = $('message');
  msg.textContent = text;
  msg.hidden = text === '';
}

function currentItem(): MessageReadLike | null {
  const item = Office.context?.mailbox?.item as unknown as MessageReadLike | null | undefined;
  return item ?? null;
}

async function check(): Promise<void> {
  const item = currentItem();
  if (!item) {
    showMessage(ui[state.locale].noItem);
    return;
  }
  if (state.busy) return;
  state.busy = true;
  applyChrome();
  $('result').setAttribute('aria-busy', 'true');
  try {
    const requirements = Office.context?.requirements as RequirementsLike | undefined;
    const read = await readItem(item, requirements);
    const input = read.raw ? fromRawMessage(read.raw, { source: 'outlook' }) : fromOutlookItem(read.item ?? { internetHeaders: '' });
    const subject = typeof (item as { subject?: unknown }).subject === 'string' ? String((item as { subject: string }).subject) : '';
    // The link list comes from the same input as the verdict (analyze runs without options).
    const links = input.unavailable?.some((u) => u.what === 'body') ? null : listLinks(input);
    state.last = { verdict: analyze(input), links, reports: read.reports, wholeMessage: Boolean(read.raw), subject };
    state.linksOpen = undefined;
    state.runs++;
    showMessage('');
    showResult();
  } catch (e) {
    state.runs++;
    state.last = null;
    renderFailure($('result'), state.locale, String((e as Error)?.message ?? e).slice(0, 300));
    $('result').setAttribute('data-run', String(state.runs));
  } finally {
    state.busy = false;
    $('result').removeAttribute('aria-busy');
    applyChrome();
  }
}

function toggleLanguage(): void {
  state.locale = state.locale === 'ja' ? 'en' : 'ja';
  applyChrome();
  if (state.last) showResult();
}

function start(): void {
  installTextDecoderFix();
  $('check').addEventListener('click', () => void check());
  $('lang').addEventListener('click', toggleLanguage);
  if (typeof TextDecoder === 'undefined' || typeof Promise === 'undefined') {
    applyChrome();
    showMessage(ui[state.locale].oldEngine);
    return;
  }
  if (typeof Office === 'undefined') {
    applyChrome();
    showMessage('office.js did not load.');
    return;
  }
  Office.onReady(() => {
    state.locale = localeFor(Office.context?.displayLanguage);
    state.ready = true;
    applyChrome();
    const mailbox = Office.context?.mailbox;
    if (!mailbox || !mailbox.item) {
      showMessage(ui[state.locale].noItem);
      return;
    }
    // A pinned pane stays open while the user moves to another message: check the new one.
    try {
      // Office.EventType.ItemChanged is 'olkItemSelectedChanged' (Mailbox 1.5).
      const itemChanged = (Office.EventType?.ItemChanged ?? 'olkItemSelectedChanged') as Office.EventType;
      mailbox.addHandlerAsync?.(itemChanged, () => {
        state.last = null;
        $('result').hidden = true;
        if (currentItem()) void check();
        else showMessage(ui[state.locale].noItem);
      });
    } catch {
      // Older hosts without ItemChanged: the button still works.
    }
    // The user opened the pane with "Check this mail": check at once.
    void check();
  });
}

start();
