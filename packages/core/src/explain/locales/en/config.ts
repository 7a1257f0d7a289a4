/**
 * English texts of the settings (`parseConfig`) and brand-list (`validateBrandList`) problems.
 * These are the reference and are public: `errors` is exactly these texts after the path, and
 * scripts read it, so an English text never changes.
 */
import type { ConfigCatalog } from '../../catalog.js';
import type { CheckIdSuggestion, ConfigItemKind, CountedThing, ExpectedThing, ShownValue } from '../../../model/config-issue.js';

function shown(v: ShownValue): string {
  switch (v.kind) {
    case 'literal':
      return v.text;
    case 'array':
      return 'an array';
    case 'object':
      return 'an object';
    case 'type':
      return v.name;
  }
}

const WHAT: Readonly<Record<ConfigItemKind, string>> = {
  domain: 'a domain name',
  'authserv-id': 'an authserv-id (a host name such as "mx.example.com")',
  'address-or-domain': 'an address or a domain name',
  'check-id': 'a check id',
};

/** The plural of each item kind, for "expected an array of …". */
const WHATS: Readonly<Record<ConfigItemKind, string>> = {
  domain: 'domain names',
  'authserv-id': 'authserv-ids (host names such as "mx.example.com")',
  'address-or-domain': 'addresses or domain names',
  'check-id': 'check ids',
};

const MISSING: Readonly<Record<ExpectedThing, string>> = {
  array: 'an array',
  strings: 'an array of strings',
  domains: 'an array of domains',
  address: 'an address',
};

const COUNTED: Readonly<Record<CountedThing, string>> = {
  entries: 'entries',
  brands: 'brands',
  aliases: 'aliases',
  'exact-aliases': 'exact aliases',
  domains: 'domains',
};

function hint(s: CheckIdSuggestion): string {
  if (!s) return '';
  return 'didYouMean' in s ? ` (did you mean "${s.didYouMean}"?)` : ` (ids in ${s.category}: ${s.ids.join(', ')})`;
}

export const configEn: ConfigCatalog = {
  'config/not-an-object': ({ got }) => `expected an object, got ${shown(got)}`,
  'config/unknown-property': ({ allowed }) => (allowed ? `unknown property (allowed: ${allowed.join(', ')})` : 'unknown property'),
  'config/expected-string': ({ got }) => (got ? `expected a string, got ${shown(got)}` : 'expected a string'),
  'config/expected-array': ({ of, got }) => `expected an array${of ? ` of ${WHATS[of]}` : ''}, got ${shown(got)}`,
  'config/missing': ({ expected }) => `missing (expected ${MISSING[expected]})`,
  'config/too-many': ({ what, count, max }) => `too many ${COUNTED[what]} (${count}, at most ${max})`,
  'config/empty-string': () => 'empty string',
  'config/too-long': ({ max }) => `longer than ${max} characters`,
  'config/not-a-domain': ({ value }) => `${shown(value)} is not ${WHAT.domain}`,
  'config/not-an-authserv-id': ({ value }) => `${shown(value)} is not ${WHAT['authserv-id']}`,
  'config/not-an-address-or-domain': ({ value }) => `${shown(value)} is not ${WHAT['address-or-domain']}`,
  'config/not-an-address': ({ value }) => `${shown(value)} is not an address`,
  'config/expected-check-id': ({ got }) => `expected a check id string, got ${shown(got)}`,
  'config/unknown-check-id': ({ value, suggestion }) => `unknown check id${value ? ` ${shown(value)}` : ''}${hint(suggestion)}`,
  'config/weights-not-an-object': ({ got }) => `expected an object of check id → number, got ${shown(got)}`,
  'config/weight-out-of-range': ({ max, got }) => `expected a number from 0 to ${max}, got ${shown(got)}`,
  'config/recipient-not-an-object': ({ got }) => `expected an object { "address": …, "name"?: … }, got ${shown(got)}`,
  'config/name-too-long': ({ max, got }) => `expected a string of at most ${max} characters, got ${shown(got)}`,
  'config/limit-out-of-range': ({ max, got }) => `expected a whole number from 1 to ${max}, got ${shown(got)}`,
  'config/more-errors': ({ count }) => `… and ${count} more error(s)`,
  'brands/not-a-list': ({ got }) => `expected an object with a "brands" array, got ${shown(got)}`,
  'brands/bad-snapshot': ({ got }) => `expected a date "YYYY-MM-DD", got ${shown(got)}`,
  'brands/bad-id': ({ got }) => `expected a kebab-case id like "example-bank", got ${shown(got)}`,
  'brands/duplicate-id': ({ id, first }) => `duplicate id "${id}" (first at brands[${first}])`,
  'brands/bad-name': ({ got }) => `expected an object { "en": …, "ja": … }, got ${shown(got)}`,
  'brands/empty-name': ({ got }) => `expected a non-empty string, got ${shown(got)}`,
  'brands/bad-sector': ({ allowed, got }) => `expected one of ${allowed.join(', ')}; got ${shown(got)}`,
  'brands/bad-region': ({ got }) => `expected "jp" or "global", got ${shown(got)}`,
  'brands/alias-too-short': () => 'too short after folding (at least 2 characters)',
  'brands/latin-alias-too-short': ({ alias }) => `too short: a Latin alias needs at least 3 letters (${shown(alias)} would match ordinary words)`,
  'brands/latin-exact-alias-too-short': ({ alias }) => `too short: a Latin exact alias needs at least 3 letters (${shown(alias)})`,
  'brands/only-role-words': () => 'names nothing once role words such as "support" or "team" are removed',
  'brands/duplicate-alias': ({ list, first, folded }) => `duplicate of ${list}[${first}] after folding (${shown(folded)})`,
  'brands/not-a-domain': ({ value }) => `not a domain (${shown(value)})`,
  'brands/not-lower-case': ({ lower }) => `must be lower-case (${shown(lower)})`,
  'brands/public-suffix': ({ value }) => `not a registrable domain (${shown(value)} is a public suffix or invalid)`,
  'brands/not-registrable': ({ value, use }) => `not a registrable domain: use ${shown(use)} instead of ${shown(value)}`,
  'brands/duplicate-domain': ({ list, first }) => `duplicate of ${list}[${first}]`,
};
