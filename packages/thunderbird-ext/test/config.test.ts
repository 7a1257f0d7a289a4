import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPTIONS_CATALOGS, settingsIssueText, type OptionsIssueCode, type OptionsIssueParams, type SettingsIssue } from '../src/config-texts.js';
import { checks } from '@ayashii/core';
import { configToOptions, configToText, EMPTY_CONFIG, parseConfig, parseConfigText, resolveLocale, settingsFromStorage } from '../src/config.js';
import { displayValue } from '../src/ui/evidence-text.js';
import { readZip, zipDirectory } from '../scripts/zip.mjs';

describe('settings: the CLI config shape (ayashii.config.json)', () => {
  const full = {
    organizationDomains: ['Kousya.JP', '@kousya.co.jp'],
    trustedAuthservIds: ['mx.kousya.jp'],
    extraBrands: { brands: [] },
    allowSenders: ['newsletter@vendor.example'],
    allowLinkDomains: ['vendor.example'],
    disable: [checks[0]!.id],
    weights: { [checks[0]!.id]: 10 },
  };

  it('parses the full shape, normalising domains', () => {
    const r = parseConfig(full);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.config.organizationDomains).toEqual(['kousya.jp', 'kousya.co.jp']);
    expect(r.config.disable).toEqual([checks[0]!.id]);
  });

  it('maps to AnalyzeOptions, leaving unset fields to the core defaults', () => {
    expect(configToOptions(EMPTY_CONFIG)).toEqual({});
    const o = configToOptions(parseConfig(full).config);
    expect(o).toEqual({
      organizationDomains: ['kousya.jp', 'kousya.co.jp'],
      trustedAuthservIds: ['mx.kousya.jp'],
      allowSenders: ['newsletter@vendor.example'],
      allowLinkDomains: ['vendor.example'],
      disable: [checks[0]!.id],
      weights: { [checks[0]!.id]: 10 },
    });
  });

  it('round-trips through export and import', () => {
    const c = parseConfig(full).config;
    expect(parseConfigText(configToText(c)).config).toEqual(c);
  });

  it('rejects bad input with readable errors, and never saves it', () => {
    expect(parseConfigText('{').errors[0]).toMatch(/not valid JSON/);
    expect(parseConfig([]).errors).toEqual(['expected a JSON object']);
    const r = parseConfig({ organizationDomains: 'kousya.jp', trustedAuthservIds: [1], weights: { x: 500 }, allowLinkDomains: ['not a domain'] });
    expect(r.errors).toEqual(
      expect.arrayContaining([
        'organizationDomains: expected an array of strings',
        expect.stringMatching(/^trustedAuthservIds\[0\]/),
        expect.stringMatching(/^weights\["x"\]/),
        expect.stringMatching(/^allowLinkDomains\[0\]: "not a domain"/),
      ]),
    );
    expect(parseConfig({ extraBrands: { brands: [{}] } }).errors[0]).toMatch(/^extraBrands: /);
  });

  it('tolerates unknown keys and check ids as warnings (a config written for a newer CLI)', () => {
    const r = parseConfig({ futureOption: true, disable: ['no-such/check'] });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual(['unknown key "futureOption" ignored', 'disable: unknown check id "no-such/check"']);
  });

  it('hostile input: a __proto__ weight stays data', () => {
    const r = parseConfig(JSON.parse('{"weights": {"__proto__": 5}}'));
    expect(Object.getPrototypeOf(r.config.weights)).toBe(Object.prototype);
    expect(Object.keys(r.config.weights)).toEqual(['__proto__']);
  });

  it('reads stored settings defensively: damaged config → empty, automatic mode off unless true', () => {
    expect(settingsFromStorage({})).toEqual({ autoCheck: false, config: EMPTY_CONFIG });
    expect(settingsFromStorage({ autoCheck: 'yes', config: { organizationDomains: 3 } })).toEqual({ autoCheck: false, config: EMPTY_CONFIG });
    expect(settingsFromStorage({ autoCheck: true, config: { organizationDomains: ['a.example'] } }).config.organizationDomains).toEqual(['a.example']);
  });

  it('UI language: ja, ja-JP → ja; anything else → en', () => {
    expect(resolveLocale('ja')).toBe('ja');
    expect(resolveLocale('ja-JP')).toBe('ja');
    expect(resolveLocale('en-US')).toBe('en');
    expect(resolveLocale('de')).toBe('en');
  });
});

describe('evidence display', () => {
  it('decodes RFC 2047 words in header evidence, and neutralises what they hid', () => {
    expect(displayValue({ kind: 'header', label: 'From', value: '=?UTF-8?B?T1RTVUtB44Kr44K544K/44Oe44O844K144Od44O844OI?= <no-reply@alpha-prm.jp>' })).toBe(
      'OTSUKAカスタマーサポート <no-reply@alpha-prm.jp>',
    );
    const hidden = displayValue({ kind: 'header', label: 'From', value: '=?UTF-8?Q?Pay=E2=80=AEPal?= <x@example.com>' });
    expect(hidden).not.toContain('\u202e');
    expect(displayValue({ kind: 'url', label: 'href', value: 'https://example.com/=?x?=' })).toBe('https://example.com/=?x?=');
  });
});

describe('xpi writer', () => {
  it('writes a zip that reads back byte for byte, manifest.json first, deterministic', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ayashii-zip-'));
    mkdirSync(join(dir, '_locales', 'ja'), { recursive: true });
    writeFileSync(join(dir, 'manifest.json'), '{"name":"x"}');
    writeFileSync(join(dir, '_locales', 'ja', 'messages.json'), '{"a":{"message":"このメールを確認"}}');
    writeFileSync(join(dir, 'big.js'), 'x'.repeat(10_000));
    const out = mkdtempSync(join(tmpdir(), 'ayashii-zip-out-'));
    const a = join(out, 'a.zip');
    const b = join(out, 'b.zip');
    expect(zipDirectory(dir, a)[0]).toBe('manifest.json');
    zipDirectory(dir, b);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
    const files = readZip(readFileSync(a));
    expect([...files.keys()].sort()).toEqual(['_locales/ja/messages.json', 'big.js', 'manifest.json']);
    expect(files.get('_locales/ja/messages.json')!.toString('utf8')).toContain('このメールを確認');
    expect(files.get('big.js')!.length).toBe(10_000);
    rmSync(dir, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  });
});

describe('settings problems in the UI language (options page status)', () => {
  const OWN: { readonly [C in OptionsIssueCode]: { readonly path: string; readonly params: OptionsIssueParams[C]; readonly en: string; readonly ja: string } } = {
    'options/not-json': { path: 'weights', params: { message: 'Unexpected end of JSON input' }, en: 'weights: not valid JSON: Unexpected end of JSON input', ja: 'weights: JSON として読み込めません: Unexpected end of JSON input' },
    'options/not-an-object': { path: '', params: {}, en: 'expected a JSON object', ja: 'JSON のオブジェクトを指定してください' },
    'options/unknown-key-ignored': { path: '', params: { key: 'futureOption' }, en: 'unknown key "futureOption" ignored', ja: '不明なキー "futureOption" は無視しました' },
    'options/expected-string-list': { path: 'disable', params: {}, en: 'disable: expected an array of strings', ja: 'disable: 文字列の配列を指定してください' },
    'options/too-many': { path: 'disable', params: { max: 1000 }, en: 'disable: at most 1000 entries', ja: 'disable: 項目は 1000 件までです' },
    'options/bad-item': { path: 'disable[0]', params: { max: 253 }, en: 'disable[0]: expected a non-empty string of at most 253 characters', ja: 'disable[0]: 253 文字以内の空でない文字列を指定してください' },
  };

  it('the page\'s own codes: every one in both languages, and no other in the catalogs', () => {
    expect(Object.keys(OPTIONS_CATALOGS.en).sort()).toEqual(Object.keys(OWN).sort());
    expect(Object.keys(OPTIONS_CATALOGS.ja).sort()).toEqual(Object.keys(OWN).sort());
    for (const [code, s] of Object.entries(OWN)) {
      const issue = { code, path: s.path, params: s.params } as SettingsIssue;
      expect(settingsIssueText(issue, 'en')).toBe(s.en);
      expect(settingsIssueText(issue, 'ja')).toBe(s.ja);
    }
  });

  it('issues are the English errors and warnings line for line, and read in Japanese', () => {
    const r = parseConfig({
      futureOption: true,
      organizationDomains: 'kousya.jp',
      allowLinkDomains: ['not a domain'],
      disable: ['no-such/check'],
      weights: { x: 500 },
      extraBrands: { brands: [{ id: 'Bad' }] },
    });
    expect(r.errorIssues.map((i) => settingsIssueText(i, 'en'))).toEqual(r.errors);
    expect(r.warningIssues.map((i) => settingsIssueText(i, 'en'))).toEqual(r.warnings);
    expect(r.warnings).toEqual(['unknown key "futureOption" ignored', 'disable: unknown check id "no-such/check"']);
    expect(r.warningIssues.map((i) => settingsIssueText(i, 'ja'))).toEqual(['不明なキー "futureOption" は無視しました', 'disable: "no-such/check" は不明なチェック ID です']);
    const ja = r.errorIssues.map((i) => settingsIssueText(i, 'ja'));
    expect(ja.slice(0, 3)).toEqual([
      'organizationDomains: 文字列の配列を指定してください',
      'allowLinkDomains[0]: "not a domain" はドメイン名ではありません',
      'weights["x"]: 0〜100 の数値を指定してください（指定された値: 500）',
    ]);
    expect(ja[3]).toBe('extraBrands: brands[0].id: "example-bank" のような小文字とハイフンの ID を指定してください（指定された値: "Bad"）');
    expect(r.errors[2]).toBe('weights["x"]: expected a number from 0 to 100, got 500');
  });

  it('not JSON and not an object', () => {
    const r = parseConfigText('{');
    expect(settingsIssueText(r.errorIssues[0]!, 'ja')).toMatch(/^JSON として読み込めません: /);
    expect(parseConfig([]).errorIssues.map((i) => settingsIssueText(i, 'ja'))).toEqual(['JSON のオブジェクトを指定してください']);
  });
});
