/**
 * The problems {@link parseConfig} and {@link validateBrandList} report, as codes and params: the
 * same house style as findings, rendered in English or Japanese by `configIssueText`
 * (explain/config-text.ts, catalogs in explain/locales/{en,ja}/config.ts). The English rendering is
 * exactly the `errors` strings, so scripts that read `errors` see no change.
 *
 * `config/*` codes are the settings file's own rules, and also the generic ones (`expected-string`,
 * `too-long`, …) the brand list shares; `brands/*` codes are the brand list's own rules.
 */

/**
 * An offending value as the message shows it: a literal (a JSON string cut at 60 characters, or a
 * number, boolean or `null` as written), an array or an object, or only the kind of value
 * (`number`, `undefined`: the brand list names the type rather than the value).
 */
export type ShownValue =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'array' }
  | { readonly kind: 'object' }
  | { readonly kind: 'type'; readonly name: string };

/** What a list of strings in the settings holds (decides the wording of its messages). */
export type ConfigItemKind = 'domain' | 'authserv-id' | 'address-or-domain' | 'check-id';

/** What there are too many of. */
export type CountedThing = 'entries' | 'brands' | 'aliases' | 'exact-aliases' | 'domains';

/** What a missing key should have held. */
export type ExpectedThing = 'array' | 'strings' | 'domains' | 'address';

/** A hint after an unknown check id: the nearest id, or the ids of the category it names. */
export type CheckIdSuggestion =
  | { readonly didYouMean: string }
  | { readonly category: string; readonly ids: readonly string[] }
  | null;

/** Every code with its params. */
export interface ConfigIssueParams {
  'config/not-an-object': { readonly got: ShownValue };
  'config/unknown-property': { readonly allowed?: readonly string[] };
  'config/expected-string': { readonly got?: ShownValue };
  'config/expected-array': { readonly of?: ConfigItemKind; readonly got: ShownValue };
  'config/missing': { readonly expected: ExpectedThing };
  'config/too-many': { readonly what: CountedThing; readonly count: number; readonly max: number };
  'config/empty-string': Record<string, never>;
  'config/too-long': { readonly max: number };
  'config/not-a-domain': { readonly value: ShownValue };
  'config/not-an-authserv-id': { readonly value: ShownValue };
  'config/not-an-address-or-domain': { readonly value: ShownValue };
  'config/not-an-address': { readonly value: ShownValue };
  'config/expected-check-id': { readonly got: ShownValue };
  /** `value`: the id, when the path does not already name it (`disable[0]`, not `weights.x`). */
  'config/unknown-check-id': { readonly value?: ShownValue; readonly suggestion: CheckIdSuggestion };
  'config/weights-not-an-object': { readonly got: ShownValue };
  'config/weight-out-of-range': { readonly max: number; readonly got: ShownValue };
  'config/recipient-not-an-object': { readonly got: ShownValue };
  'config/name-too-long': { readonly max: number; readonly got: ShownValue };
  'config/limit-out-of-range': { readonly max: number; readonly got: ShownValue };
  /** The list was cut (at 50 problems); `count` more were found. */
  'config/more-errors': { readonly count: number };
  'brands/not-a-list': { readonly got: ShownValue };
  'brands/bad-snapshot': { readonly got: ShownValue };
  'brands/bad-id': { readonly got: ShownValue };
  'brands/duplicate-id': { readonly id: string; readonly first: number };
  'brands/bad-name': { readonly got: ShownValue };
  'brands/empty-name': { readonly got: ShownValue };
  'brands/bad-sector': { readonly allowed: readonly string[]; readonly got: ShownValue };
  'brands/bad-region': { readonly got: ShownValue };
  'brands/alias-too-short': Record<string, never>;
  'brands/latin-alias-too-short': { readonly alias: ShownValue };
  'brands/latin-exact-alias-too-short': { readonly alias: ShownValue };
  'brands/only-role-words': Record<string, never>;
  'brands/duplicate-alias': { readonly list: 'aliases' | 'exactAliases'; readonly first: number; readonly folded: ShownValue };
  'brands/not-a-domain': { readonly value: ShownValue };
  'brands/not-lower-case': { readonly lower: ShownValue };
  'brands/public-suffix': { readonly value: ShownValue };
  'brands/not-registrable': { readonly value: ShownValue; readonly use: ShownValue };
  'brands/duplicate-domain': { readonly list: 'domains' | 'sendingDomains'; readonly first: number };
}

export type ConfigIssueCode = keyof ConfigIssueParams;

/**
 * One problem: where (`organizationDomains[2]`, `weights["x"]`, `(root)`; empty for the
 * "… and N more" line), what (`code`) and the values its text shows (`params`).
 *
 * @example
 * { code: 'config/not-a-domain', path: 'organizationDomains[2]', params: { value: { kind: 'literal', text: '"foo"' } } }
 */
export type ConfigIssue = {
  readonly [C in ConfigIssueCode]: { readonly code: C; readonly path: string; readonly params: ConfigIssueParams[C] };
}[ConfigIssueCode];

