/**
 * HTML character references, decoded as a browser decodes them where it matters to ayashii: in
 * link targets, anchor text and the visible text the wording checks read. `caf&eacute;`,
 * `not&iacute;cia` and `Gl&uuml;ckwunsch` are how much Portuguese, French and German mail is written:
 * undecoded, those words would never match the checks' phrases.
 *
 * Covered: numeric references (with HTML's windows-1252 reading of `&#128;`–`&#159;`), HTML 4's
 * Latin-1 and Greek names with its punctuation, quotes and arrows (not its mathematical symbols),
 * and the names HTML added that hide URL syntax (`&colon;`, `&sol;`, `&period;`…). Names are case-sensitive (`&Eacute;` ≠ `&eacute;`), as
 * in HTML; the ASCII ones are also read in capitals (`&AMP;`). Without its `;`, a name is still
 * read (as browsers read the legacy ones), except before `=`, where a browser leaves an attribute's
 * `&copy=1` alone.
 */
import { windows1252C1 } from './charset.js';

/** Names of U+00A0–U+00FF, in order (HTML 4's Latin-1 set). */
const LATIN1 = (
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro ' +
  'para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil ' +
  'Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave ' +
  'Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml ' +
  'igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute ' +
  'thorn yuml'
).split(' ');

/** Greek letters of HTML 4, in code point order (capitals from U+0391, small from U+03B1; U+03A2 has none). */
const GREEK_CAPITALS = 'Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho - Sigma Tau Upsilon Phi Chi Psi Omega'.split(' ');

const OTHERS: readonly (readonly [string, string])[] = [
  ['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"],
  ['OElig', 'Œ'], ['oelig', 'œ'], ['Scaron', 'Š'], ['scaron', 'š'], ['Yuml', 'Ÿ'], ['fnof', 'ƒ'], ['circ', 'ˆ'], ['tilde', '˜'],
  ['ensp', ' '], ['emsp', ' '], ['thinsp', ' '], ['zwnj', '\u200c'], ['zwj', '\u200d'], ['lrm', '\u200e'], ['rlm', '\u200f'],
  ['ndash', '–'], ['mdash', '—'], ['lsquo', '‘'], ['rsquo', '’'], ['sbquo', '‚'], ['ldquo', '“'], ['rdquo', '”'], ['bdquo', '„'],
  ['dagger', '†'], ['Dagger', '‡'], ['bull', '•'], ['hellip', '…'], ['permil', '‰'], ['prime', '′'], ['Prime', '″'],
  ['lsaquo', '‹'], ['rsaquo', '›'], ['oline', '‾'], ['frasl', '⁄'], ['euro', '€'], ['trade', '™'], ['larr', '←'], ['uarr', '↑'],
  ['rarr', '→'], ['darr', '↓'], ['harr', '↔'], ['thetasym', 'ϑ'], ['upsih', 'ϒ'], ['piv', 'ϖ'], ['sigmaf', 'ς'],
  // HTML5 names that spell URL syntax, which phishing uses to hide a link from filters (`&hyphen;` and
  // `&dash;` are U+2010 in HTML; read as `-`, like the spaces above as a space, so that the checks match them)
  ['colon', ':'], ['sol', '/'], ['period', '.'], ['commat', '@'], ['num', '#'], ['quest', '?'], ['equals', '='], ['lpar', '('],
  ['rpar', ')'], ['tab', '\t'], ['newline', '\n'], ['percnt', '%'], ['plus', '+'], ['comma', ','], ['semi', ';'],
  ['excl', '!'], ['dollar', '$'], ['lowbar', '_'], ['hyphen', '-'], ['dash', '-'], ['bsol', '\\'],
];

const NAMED: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  LATIN1.forEach((n, i) => m.set(n, String.fromCharCode(0xa0 + i)));
  GREEK_CAPITALS.forEach((n, i) => {
    if (n === '-') return;
    m.set(n, String.fromCharCode(0x391 + i));
    m.set(n.toLowerCase(), String.fromCharCode(0x3b1 + i));
  });
  for (const [n, v] of OTHERS) m.set(n, v);
  return m;
})();

/** Bounded alternatives, no nested quantifiers: linear. */
const ENTITY = /&(?:#[xX]([0-9a-fA-F]{1,6})|#(\d{1,7})|([A-Za-z][A-Za-z0-9]{1,31}))(;?)/g;

/** The character a named reference stands for, or undefined. */
export function namedEntity(name: string): string | undefined {
  const v = NAMED.get(name);
  if (v !== undefined) return v;
  // `&AMP;`, `&NBSP;`: HTML also knows the capital spellings of the ASCII-ish names
  const lower = name.toLowerCase();
  return lower !== name && !NAMED.has(lower.charAt(0).toUpperCase() + lower.slice(1)) ? NAMED.get(lower) : undefined;
}

/** Decodes HTML character references (numeric and the named set above). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (m, hex: string | undefined, dec: string | undefined, name: string | undefined, semi: string, at: number) => {
    if (hex !== undefined || dec !== undefined) {
      const cp = hex !== undefined ? Number.parseInt(hex, 16) : Number.parseInt(dec as string, 10);
      if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
      // HTML's numeric reference rule: 0x80–0x9F name the windows-1252 characters (`&#159;` is Ÿ), as browsers read them.
      if (cp >= 0x80 && cp <= 0x9f) return windows1252C1(cp);
      return String.fromCodePoint(cp);
    }
    if (!semi && s.charCodeAt(at + m.length) === 0x3d) return m;
    return namedEntity(name as string) ?? m;
  });
}
