import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
