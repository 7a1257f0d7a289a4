/** Options page: automatic mode and the ayashii.config.json settings, kept in storage.local. */
import {
  configToText,
  EMPTY_CONFIG,
  parseConfig,
  parseConfigText,
  resolveLocale,
  settingsFromStorage,
  STORAGE_KEYS,
  type AyashiiConfig,
} from './config.js';
import { settingsIssueText, type SettingsIssue } from './config-texts.js';
import { h, localizePage, t } from './ui/dom.js';

const LIST_FIELDS = ['organizationDomains', 'trustedAuthservIds', 'allowSenders', 'allowLinkDomains', 'disable'] as const;
const JSON_FIELDS = ['extraBrands', 'weights'] as const;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function fill(config: AyashiiConfig): void {
  for (const k of LIST_FIELDS) $<HTMLTextAreaElement>(k).value = config[k].join('\n');
  $<HTMLTextAreaElement>('extraBrands').value = config.extraBrands.brands.length ? JSON.stringify(config.extraBrands, null, 2) : '';
  $<HTMLTextAreaElement>('weights').value = Object.keys(config.weights).length ? JSON.stringify(config.weights, null, 2) : '';
  for (const k of [...LIST_FIELDS, ...JSON_FIELDS]) $(k).removeAttribute('aria-invalid');
}

/** Problems as lines in Thunderbird's UI language. */
function texts(issues: readonly SettingsIssue[]): string[] {
  const locale = resolveLocale(messenger.i18n.getUILanguage());
  return issues.map((i) => settingsIssueText(i, locale));
}

/** The form → a config object (not yet validated), plus JSON syntax errors. */
function readForm(): { value: Record<string, unknown>; errors: SettingsIssue[] } {
  const value: Record<string, unknown> = {};
  const errors: SettingsIssue[] = [];
  for (const k of LIST_FIELDS) {
    value[k] = $<HTMLTextAreaElement>(k)
      .value.split(/\r?\n/)
      .map((s) => s.trim())
      .filter(Boolean);
  }
  for (const k of JSON_FIELDS) {
    const text = $<HTMLTextAreaElement>(k).value.trim();
    if (!text) continue;
    try {
      value[k] = JSON.parse(text);
      $(k).removeAttribute('aria-invalid');
    } catch (e) {
      $(k).setAttribute('aria-invalid', 'true');
      errors.push({ code: 'options/not-json', path: k, params: { message: e instanceof Error ? e.message : String(e) } });
    }
  }
  return { value, errors };
}

function status(kind: 'ok' | 'error' | 'warn', head: string, lines: readonly string[] = []): void {
  const el = $('status');
  el.className = kind;
  el.dataset['kind'] = kind;
  el.replaceChildren(h('span', {}, head));
  if (lines.length) el.append(h('ul', {}, ...lines.map((l) => h('li', {}, l))));
}

async function saveConfig(value: unknown, okText: string): Promise<boolean> {
  const r = parseConfig(value);
  if (r.errors.length) {
    status('error', t('optionsNotSaved'), texts(r.errorIssues));
    return false;
  }
  await messenger.storage.local.set({ config: r.config });
  fill(r.config);
  if (r.warningIssues.length) status('warn', t('optionsWarnings'), texts(r.warningIssues));
  else status('ok', t(okText));
  return true;
}

async function load(): Promise<AyashiiConfig> {
  const s = settingsFromStorage(await messenger.storage.local.get([...STORAGE_KEYS]));
  $<HTMLInputElement>('autoCheck').checked = s.autoCheck;
  fill(s.config);
  return s.config;
}

async function main(): Promise<void> {
  localizePage();
  await load();

  $<HTMLInputElement>('autoCheck').addEventListener('change', (e) => {
    void messenger.storage.local.set({ autoCheck: (e.target as HTMLInputElement).checked });
  });

  $<HTMLFormElement>('config-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const { value, errors } = readForm();
    if (errors.length) return status('error', t('optionsNotSaved'), texts(errors));
    void saveConfig(value, 'optionsSaved');
  });

  const file = $<HTMLInputElement>('import-file');
  $('import').addEventListener('click', () => file.click());
  file.addEventListener('change', () => {
    const f = file.files?.[0];
    file.value = '';
    if (!f) return;
    void f.text().then((text) => {
      const r = parseConfigText(text);
      if (r.errorIssues.length) return status('error', t('optionsNotSaved'), texts(r.errorIssues));
      return saveConfig(r.config, 'optionsImported').then(() => undefined);
    });
  });

  $('export').addEventListener('click', () => {
    void messenger.storage.local.get([...STORAGE_KEYS]).then((stored) => {
      const blob = new Blob([configToText(settingsFromStorage(stored).config)], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const a = h('a', { href: url, download: 'ayashii.config.json' });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    });
  });

  $('reset').addEventListener('click', () => {
    void saveConfig(EMPTY_CONFIG, 'optionsSaved');
  });
}

void main().then(() => {
  document.body.dataset['ready'] = '1';
});
