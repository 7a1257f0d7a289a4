/**
 * Japanese texts of the settings (`parseConfig`) and brand-list (`validateBrandList`) problems.
 * Paths, keys and values stay as written in the file (`weights["x"]`, `"foo"`), so the reader
 * can find them; the rest reads like the other Japanese reports (です/ます).
 */
import type { ConfigCatalog } from '../../catalog.js';
import type { CheckIdSuggestion, ConfigItemKind, CountedThing, ExpectedThing, ShownValue } from '../../../model/config-issue.js';

const TYPE_NAMES: Readonly<Record<string, string>> = {
  number: '数値',
  boolean: '真偽値',
  string: '文字列',
  object: 'オブジェクト',
  undefined: 'なし',
};

function shown(v: ShownValue): string {
  switch (v.kind) {
    case 'literal':
      return v.text;
    case 'array':
      return '配列';
    case 'object':
      return 'オブジェクト';
    case 'type':
      return TYPE_NAMES[v.name] ?? v.name;
  }
}

/** `（指定された値: "a"）` */
const got = (v: ShownValue): string => `（指定された値: ${shown(v)}）`;

const WHAT: Readonly<Record<ConfigItemKind, string>> = {
  domain: 'ドメイン名',
  'authserv-id': 'authserv-id（"mx.example.com" のようなホスト名）',
  'address-or-domain': 'メールアドレスまたはドメイン名',
  'check-id': 'チェック ID',
};

const MISSING: Readonly<Record<ExpectedThing, string>> = {
  array: '配列',
  strings: '文字列の配列',
  domains: 'ドメインの配列',
  address: 'メールアドレス',
};

const COUNTED: Readonly<Record<CountedThing, string>> = {
  entries: '項目',
  brands: 'ブランド',
  aliases: '別名',
  'exact-aliases': '完全一致の別名',
  domains: 'ドメイン',
};

function hint(s: CheckIdSuggestion): string {
  if (!s) return '';
  return 'didYouMean' in s ? `（"${s.didYouMean}" の間違いではありませんか）` : `（${s.category} のチェック ID: ${s.ids.join(', ')}）`;
}

const NOT_REGISTRABLE = '登録可能なドメインではありません';

export const configJa: ConfigCatalog = {
  'config/not-an-object': (p) => `オブジェクトを指定してください${got(p.got)}`,
  'config/unknown-property': ({ allowed }) => (allowed ? `不明なプロパティです（使用できるのは ${allowed.join(', ')}）` : '不明なプロパティです'),
  'config/expected-string': (p) => `文字列を指定してください${p.got ? got(p.got) : ''}`,
  'config/expected-array': (p) => `${p.of ? `${WHAT[p.of]}の` : ''}配列を指定してください${got(p.got)}`,
  'config/missing': ({ expected }) => `指定されていません（${MISSING[expected]}を指定してください）`,
  'config/too-many': ({ what, count, max }) => `${COUNTED[what]}が多すぎます（${count} 件、上限は ${max} 件）`,
  'config/empty-string': () => '空の文字列です',
  'config/too-long': ({ max }) => `${max} 文字を超えています`,
  'config/not-a-domain': ({ value }) => `${shown(value)} はドメイン名ではありません`,
  'config/not-an-authserv-id': ({ value }) => `${shown(value)} は ${WHAT['authserv-id']}ではありません`,
  'config/not-an-address-or-domain': ({ value }) => `${shown(value)} はメールアドレスでもドメイン名でもありません`,
  'config/not-an-address': ({ value }) => `${shown(value)} はメールアドレスではありません`,
  'config/expected-check-id': (p) => `チェック ID を文字列で指定してください${got(p.got)}`,
  'config/unknown-check-id': ({ value, suggestion }) => `${value ? `${shown(value)} は` : ''}不明なチェック ID です${hint(suggestion)}`,
  'config/weights-not-an-object': (p) => `チェック ID と数値の組のオブジェクトを指定してください${got(p.got)}`,
  'config/weight-out-of-range': (p) => `0〜${p.max} の数値を指定してください${got(p.got)}`,
  'config/recipient-not-an-object': (p) => `{ "address": …, "name"?: … } の形のオブジェクトを指定してください${got(p.got)}`,
  'config/name-too-long': (p) => `${p.max} 文字以内の文字列を指定してください${got(p.got)}`,
  'config/limit-out-of-range': (p) => `1〜${p.max} の整数を指定してください${got(p.got)}`,
  'config/more-errors': ({ count }) => `ほかに ${count} 件のエラーがあります`,
  'brands/not-a-list': (p) => `"brands" 配列を持つオブジェクトを指定してください${got(p.got)}`,
  'brands/bad-snapshot': (p) => `"YYYY-MM-DD" 形式の日付を指定してください${got(p.got)}`,
  'brands/bad-id': (p) => `"example-bank" のような小文字とハイフンの ID を指定してください${got(p.got)}`,
  'brands/duplicate-id': ({ id, first }) => `ID "${id}" が重複しています（最初は brands[${first}]）`,
  'brands/bad-name': (p) => `{ "en": …, "ja": … } の形のオブジェクトを指定してください${got(p.got)}`,
  'brands/empty-name': (p) => `空でない文字列を指定してください${got(p.got)}`,
  'brands/bad-sector': (p) => `${p.allowed.join(', ')} のいずれかを指定してください${got(p.got)}`,
  'brands/bad-region': (p) => `"jp" か "global" を指定してください${got(p.got)}`,
  'brands/alias-too-short': () => '正規化すると短すぎます（2 文字以上必要です）',
  'brands/latin-alias-too-short': ({ alias }) => `短すぎます: ラテン文字の別名は 3 文字以上必要です（${shown(alias)} では普通の単語に一致してしまいます）`,
  'brands/latin-exact-alias-too-short': ({ alias }) => `短すぎます: ラテン文字の完全一致の別名は 3 文字以上必要です（${shown(alias)}）`,
  'brands/only-role-words': () => '"support" や "team" のような役割を表す語を除くと、名前が残りません',
  'brands/duplicate-alias': ({ list, first, folded }) => `正規化すると ${list}[${first}] と重複します（${shown(folded)}）`,
  'brands/not-a-domain': ({ value }) => `${shown(value)} はドメイン名ではありません`,
  'brands/not-lower-case': ({ lower }) => `小文字で指定してください（${shown(lower)}）`,
  'brands/public-suffix': ({ value }) => `${NOT_REGISTRABLE}（${shown(value)} はパブリックサフィックスか、無効なドメインです）`,
  'brands/not-registrable': ({ value, use }) => `${NOT_REGISTRABLE}: ${shown(value)} ではなく ${shown(use)} を指定してください`,
  'brands/duplicate-domain': ({ list, first }) => `${list}[${first}] と重複しています`,
};
