/**
 * Settings and brand-list problems as codes + params (model/config-issue.ts), rendered by the en
 * and ja catalogs (explain/locales/{en,ja}/config.ts). English is the public `errors` text: the
 * table pins it, so a changed English text fails here as well as in config.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { validateBrandList } from '../../src/domain/brands.js';
import { configCatalogs, configIssueText } from '../../src/explain/config-text.js';
import type { ConfigIssue, ConfigIssueCode, ConfigIssueParams, ShownValue } from '../../src/model/config-issue.js';

const lit = (text: string): ShownValue => ({ kind: 'literal', text });

/** One sample per code; the mapped type makes a missing code a compile error. */
const SAMPLES: { readonly [C in ConfigIssueCode]: { readonly path: string; readonly params: ConfigIssueParams[C]; readonly en: string; readonly ja: string } } = {
  'config/not-an-object': { path: '(root)', params: { got: { kind: 'array' } }, en: '(root): expected an object, got an array', ja: '(root): オブジェクトを指定してください（指定された値: 配列）' },
  'config/unknown-property': { path: 'colour', params: { allowed: ['a', 'b'] }, en: 'colour: unknown property (allowed: a, b)', ja: 'colour: 不明なプロパティです（使用できるのは a, b）' },
  'config/expected-string': { path: 'organizationDomains[0]', params: { got: lit('1') }, en: 'organizationDomains[0]: expected a string, got 1', ja: 'organizationDomains[0]: 文字列を指定してください（指定された値: 1）' },
  'config/expected-array': { path: 'organizationDomains', params: { of: 'domain', got: lit('"x"') }, en: 'organizationDomains: expected an array of domain names, got "x"', ja: 'organizationDomains: ドメイン名の配列を指定してください（指定された値: "x"）' },
  'config/missing': { path: 'recipient.address', params: { expected: 'address' }, en: 'recipient.address: missing (expected an address)', ja: 'recipient.address: 指定されていません（メールアドレスを指定してください）' },
  'config/too-many': { path: 'disable', params: { what: 'entries', count: 1001, max: 1000 }, en: 'disable: too many entries (1001, at most 1000)', ja: 'disable: 項目が多すぎます（1001 件、上限は 1000 件）' },
  'config/empty-string': { path: 'allowSenders[1]', params: {}, en: 'allowSenders[1]: empty string', ja: 'allowSenders[1]: 空の文字列です' },
  'config/too-long': { path: 'allowSenders[1]', params: { max: 253 }, en: 'allowSenders[1]: longer than 253 characters', ja: 'allowSenders[1]: 253 文字を超えています' },
  'config/not-a-domain': { path: 'organizationDomains[2]', params: { value: lit('"foo"') }, en: 'organizationDomains[2]: "foo" is not a domain name', ja: 'organizationDomains[2]: "foo" はドメイン名ではありません' },
  'config/not-an-authserv-id': { path: 'trustedAuthservIds[0]', params: { value: lit('"a b"') }, en: 'trustedAuthservIds[0]: "a b" is not an authserv-id (a host name such as "mx.example.com")', ja: 'trustedAuthservIds[0]: "a b" は authserv-id（"mx.example.com" のようなホスト名）ではありません' },
  'config/not-an-address-or-domain': { path: 'allowSenders[0]', params: { value: lit('"x@"') }, en: 'allowSenders[0]: "x@" is not an address or a domain name', ja: 'allowSenders[0]: "x@" はメールアドレスでもドメイン名でもありません' },
  'config/not-an-address': { path: 'recipient.address', params: { value: lit('"nope"') }, en: 'recipient.address: "nope" is not an address', ja: 'recipient.address: "nope" はメールアドレスではありません' },
  'config/expected-check-id': { path: 'disable[0]', params: { got: lit('null') }, en: 'disable[0]: expected a check id string, got null', ja: 'disable[0]: チェック ID を文字列で指定してください（指定された値: null）' },
  'config/unknown-check-id': { path: 'disable[0]', params: { value: lit('"a/b"'), suggestion: { didYouMean: 'a/c' } }, en: 'disable[0]: unknown check id "a/b" (did you mean "a/c"?)', ja: 'disable[0]: "a/b" は不明なチェック ID です（"a/c" の間違いではありませんか）' },
  'config/weights-not-an-object': { path: 'weights', params: { got: { kind: 'array' } }, en: 'weights: expected an object of check id → number, got an array', ja: 'weights: チェック ID と数値の組のオブジェクトを指定してください（指定された値: 配列）' },
  'config/weight-out-of-range': { path: 'weights["x"]', params: { max: 100, got: lit('"a"') }, en: 'weights["x"]: expected a number from 0 to 100, got "a"', ja: 'weights["x"]: 0〜100 の数値を指定してください（指定された値: "a"）' },
  'config/recipient-not-an-object': { path: 'recipient', params: { got: lit('1') }, en: 'recipient: expected an object { "address": …, "name"?: … }, got 1', ja: 'recipient: { "address": …, "name"?: … } の形のオブジェクトを指定してください（指定された値: 1）' },
  'config/name-too-long': { path: 'recipient.name', params: { max: 200, got: lit('3') }, en: 'recipient.name: expected a string of at most 200 characters, got 3', ja: 'recipient.name: 200 文字以内の文字列を指定してください（指定された値: 3）' },
  'config/limit-out-of-range': { path: 'limits.maxUrls', params: { max: 1000000, got: lit('0') }, en: 'limits.maxUrls: expected a whole number from 1 to 1000000, got 0', ja: 'limits.maxUrls: 1〜1000000 の整数を指定してください（指定された値: 0）' },
  'config/more-errors': { path: '', params: { count: 3 }, en: '… and 3 more error(s)', ja: 'ほかに 3 件のエラーがあります' },
  'brands/not-a-list': { path: '(root)', params: { got: { kind: 'type', name: 'number' } }, en: '(root): expected an object with a "brands" array, got number', ja: '(root): "brands" 配列を持つオブジェクトを指定してください（指定された値: 数値）' },
  'brands/bad-snapshot': { path: 'snapshot', params: { got: lit('"2024"') }, en: 'snapshot: expected a date "YYYY-MM-DD", got "2024"', ja: 'snapshot: "YYYY-MM-DD" 形式の日付を指定してください（指定された値: "2024"）' },
  'brands/bad-id': { path: 'brands[0].id', params: { got: { kind: 'type', name: 'undefined' } }, en: 'brands[0].id: expected a kebab-case id like "example-bank", got undefined', ja: 'brands[0].id: "example-bank" のような小文字とハイフンの ID を指定してください（指定された値: なし）' },
  'brands/duplicate-id': { path: 'brands[2].id', params: { id: 'x', first: 0 }, en: 'brands[2].id: duplicate id "x" (first at brands[0])', ja: 'brands[2].id: ID "x" が重複しています（最初は brands[0]）' },
  'brands/bad-name': { path: 'brands[0].name', params: { got: lit('"x"') }, en: 'brands[0].name: expected an object { "en": …, "ja": … }, got "x"', ja: 'brands[0].name: { "en": …, "ja": … } の形のオブジェクトを指定してください（指定された値: "x"）' },
  'brands/empty-name': { path: 'brands[0].name.en', params: { got: lit('""') }, en: 'brands[0].name.en: expected a non-empty string, got ""', ja: 'brands[0].name.en: 空でない文字列を指定してください（指定された値: ""）' },
  'brands/bad-sector': { path: 'brands[0].sector', params: { allowed: ['bank', 'card'], got: lit('"x"') }, en: 'brands[0].sector: expected one of bank, card; got "x"', ja: 'brands[0].sector: bank, card のいずれかを指定してください（指定された値: "x"）' },
  'brands/bad-region': { path: 'brands[0].region', params: { got: lit('"eu"') }, en: 'brands[0].region: expected "jp" or "global", got "eu"', ja: 'brands[0].region: "jp" か "global" を指定してください（指定された値: "eu"）' },
  'brands/alias-too-short': { path: 'brands[0].aliases[1]', params: {}, en: 'brands[0].aliases[1]: too short after folding (at least 2 characters)', ja: 'brands[0].aliases[1]: 正規化すると短すぎます（2 文字以上必要です）' },
  'brands/latin-alias-too-short': { path: 'brands[0].aliases[1]', params: { alias: lit('"ab"') }, en: 'brands[0].aliases[1]: too short: a Latin alias needs at least 3 letters ("ab" would match ordinary words)', ja: 'brands[0].aliases[1]: 短すぎます: ラテン文字の別名は 3 文字以上必要です（"ab" では普通の単語に一致してしまいます）' },
  'brands/latin-exact-alias-too-short': { path: 'brands[0].exactAliases[0]', params: { alias: lit('"ab"') }, en: 'brands[0].exactAliases[0]: too short: a Latin exact alias needs at least 3 letters ("ab")', ja: 'brands[0].exactAliases[0]: 短すぎます: ラテン文字の完全一致の別名は 3 文字以上必要です（"ab"）' },
  'brands/only-role-words': { path: 'brands[0].exactAliases[0]', params: {}, en: 'brands[0].exactAliases[0]: names nothing once role words such as "support" or "team" are removed', ja: 'brands[0].exactAliases[0]: "support" や "team" のような役割を表す語を除くと、名前が残りません' },
  'brands/duplicate-alias': { path: 'brands[0].aliases[2]', params: { list: 'aliases', first: 1, folded: lit('"abc"') }, en: 'brands[0].aliases[2]: duplicate of aliases[1] after folding ("abc")', ja: 'brands[0].aliases[2]: 正規化すると aliases[1] と重複します（"abc"）' },
  'brands/not-a-domain': { path: 'brands[0].domains[0]', params: { value: lit('"a b"') }, en: 'brands[0].domains[0]: not a domain ("a b")', ja: 'brands[0].domains[0]: "a b" はドメイン名ではありません' },
  'brands/not-lower-case': { path: 'brands[0].domains[0]', params: { lower: lit('"example.co.jp"') }, en: 'brands[0].domains[0]: must be lower-case ("example.co.jp")', ja: 'brands[0].domains[0]: 小文字で指定してください（"example.co.jp"）' },
  'brands/public-suffix': { path: 'brands[0].domains[0]', params: { value: lit('"co.jp"') }, en: 'brands[0].domains[0]: not a registrable domain ("co.jp" is a public suffix or invalid)', ja: 'brands[0].domains[0]: 登録可能なドメインではありません（"co.jp" はパブリックサフィックスか、無効なドメインです）' },
  'brands/not-registrable': { path: 'brands[0].domains[0]', params: { value: lit('"mail.example.co.jp"'), use: lit('"example.co.jp"') }, en: 'brands[0].domains[0]: not a registrable domain: use "example.co.jp" instead of "mail.example.co.jp"', ja: 'brands[0].domains[0]: 登録可能なドメインではありません: "mail.example.co.jp" ではなく "example.co.jp" を指定してください' },
  'brands/duplicate-domain': { path: 'brands[0].sendingDomains[1]', params: { list: 'sendingDomains', first: 0 }, en: 'brands[0].sendingDomains[1]: duplicate of sendingDomains[0]', ja: 'brands[0].sendingDomains[1]: sendingDomains[0] と重複しています' },
};

const rows = Object.entries(SAMPLES).map(([code, s]) => ({ issue: { code, path: s.path, params: s.params } as ConfigIssue, en: s.en, ja: s.ja }));

describe('configIssueText: every code in English and Japanese', () => {
  it('the table, the en catalog and the ja catalog name the same codes', () => {
    const codes = Object.keys(SAMPLES).sort();
    expect(Object.keys(configCatalogs.en).sort()).toEqual(codes);
    expect(Object.keys(configCatalogs.ja).sort()).toEqual(codes);
  });

  it.each(rows)('$issue.code', ({ issue, en, ja }) => {
    expect(configIssueText(issue, 'en')).toBe(en);
    expect(configIssueText(issue, 'ja')).toBe(ja);
  });

  it('Japanese texts contain no English sentence left over', () => {
    for (const { issue } of rows) expect(configIssueText(issue, 'ja')).not.toMatch(/\b(?:expected|got|unknown|missing|too many|longer than)\b/);
  });
});

/** `parseConfig`'s issues, checked to be its errors line for line. */
function issuesOf(value: unknown): ConfigIssue[] {
  const r = parseConfig(value);
  if (r.ok) throw new Error('expected errors');
  expect(r.issues.map((i) => configIssueText(i, 'en'))).toEqual(r.errors);
  return r.issues;
}

describe('parseConfig: issues next to the unchanged errors', () => {
  it('a bad config: the same English errors as before, with matching codes, paths and params', () => {
    const r = parseConfig({
      organizationDomains: ['kousya.example', 'x', 'foo'],
      disable: ['sender-authentication/dmarc-fial'],
      weights: { 'sender-authentication/dmarc-fail': 'a' },
      colour: true,
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      'colour: unknown property (allowed: organizationDomains, trustedAuthservIds, recipient, extraBrands, allowSenders, allowLinkDomains, disable, weights, limits)',
      'organizationDomains[1]: "x" is not a domain name',
      'organizationDomains[2]: "foo" is not a domain name',
      'disable[0]: unknown check id "sender-authentication/dmarc-fial" (did you mean "sender-authentication/dmarc-fail"?)',
      'weights["sender-authentication/dmarc-fail"]: expected a number from 0 to 100, got "a"',
    ]);
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['config/unknown-property', 'colour'],
      ['config/not-a-domain', 'organizationDomains[1]'],
      ['config/not-a-domain', 'organizationDomains[2]'],
      ['config/unknown-check-id', 'disable[0]'],
      ['config/weight-out-of-range', 'weights["sender-authentication/dmarc-fail"]'],
    ]);
    expect(r.issues[3]?.params).toEqual({ value: lit('"sender-authentication/dmarc-fial"'), suggestion: { didYouMean: 'sender-authentication/dmarc-fail' } });
    expect(r.issues.slice(1).map((i) => configIssueText(i, 'ja'))).toEqual([
      'organizationDomains[1]: "x" はドメイン名ではありません',
      'organizationDomains[2]: "foo" はドメイン名ではありません',
      'disable[0]: "sender-authentication/dmarc-fial" は不明なチェック ID です（"sender-authentication/dmarc-fail" の間違いではありませんか）',
      'weights["sender-authentication/dmarc-fail"]: 0〜100 の数値を指定してください（指定された値: "a"）',
    ]);
  });

  it('the result serialises as before: issues are not enumerable', () => {
    const r = parseConfig({ colour: 1 });
    expect(Object.keys(r)).toEqual(['ok', 'errors']);
    expect(JSON.stringify(r)).not.toContain('issues');
  });

  it.each([
    [{ recipient: { name: 1 } }, ['config/missing', 'config/name-too-long']],
    [{ limits: { maxUrls: 0, maxFoo: 1 } }, ['config/limit-out-of-range', 'config/unknown-property']],
    [{ disable: 'x', weights: [] }, ['config/expected-array', 'config/weights-not-an-object']],
    [{ trustedAuthservIds: ['a b', 1, ''], allowSenders: ['x@'] }, ['config/not-an-authserv-id', 'config/expected-string', 'config/empty-string', 'config/not-an-address-or-domain']],
    [{ disable: [null, 'nope/x'], weights: { x: 1 } }, ['config/expected-check-id', 'config/unknown-check-id', 'config/unknown-check-id']],
    [{ organizationDomains: new Array(1001).fill('a.jp') }, ['config/too-many']],
    [{ organizationDomains: new Array(60).fill(1) }, [...new Array<string>(50).fill('config/expected-string'), 'config/more-errors']],
  ])('%j → codes', (value, codes) => {
    expect(issuesOf(value).map((i) => i.code)).toEqual(codes);
  });

  it('extraBrands issues keep their brand codes under the extraBrands path', () => {
    const issues = issuesOf({ extraBrands: { brands: [{ id: 'Bad' }], x: 1 } });
    expect(issues[0]).toEqual({ code: 'config/unknown-property', path: 'extraBrands.x', params: {} });
    expect(issues[1]).toEqual({ code: 'brands/bad-id', path: 'extraBrands.brands[0].id', params: { got: lit('"Bad"') } });
    expect(configIssueText(issuesOf({ extraBrands: 1 })[0]!, 'ja')).toBe('extraBrands: "brands" 配列を持つオブジェクトを指定してください（指定された値: 数値）');
  });
});

describe('validateBrandList: issues', () => {
  it('every error line has its issue', () => {
    const r = validateBrandList({
      brands: [
        { id: 'a', name: { en: 'A', ja: 'A' }, sector: 'bank', region: 'jp', aliases: ['ab', 'ア'], exactAliases: ['support'], domains: ['Example.co.jp', 'co.jp', 'mail.example.co.jp'] },
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => configIssueText(i, 'en'))).toEqual(r.errors);
    expect(r.issues.map((i) => i.code)).toEqual([
      'brands/latin-alias-too-short',
      'brands/alias-too-short',
      'brands/only-role-words',
      'brands/not-lower-case',
      'brands/public-suffix',
      'brands/not-registrable',
    ]);
  });
});
