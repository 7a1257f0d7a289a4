/**
 * The gates of the social-engineering phrase expressions (`MONEY_LURE_GATE`, `ACCOUNT_THREAT_GATE`, `DATING_LURE_GATE`, `CRYPTO_WALLET_LURE_GATE`):
 * each must match every text its expression matches, or `findPhrase` would miss a phrase. Checked
 * pattern by pattern on seeded random members of each pattern's language (a small generator for
 * the regex syntax the patterns use), embedded in seeded random text, and on the test messages:
 * the gated search gives the same result as the ungated expression.
 */
import { describe, expect, it } from 'vitest';
import { fromRawMessage } from '../../src/adapters/raw-message.js';
import { buildContext } from '../../src/context/build-context.js';
import { ACCOUNT_THREAT, ACCOUNT_THREAT_ANY, ACCOUNT_THREAT_GATE } from '../../src/checks/social-engineering/account-threat.js';
import { CRYPTO_WALLET_LURE, CRYPTO_WALLET_LURE_ANY, CRYPTO_WALLET_LURE_GATE } from '../../src/checks/social-engineering/crypto-wallet-lure.js';
import { DATING_LURE, DATING_LURE_ANY, DATING_LURE_GATE } from '../../src/checks/social-engineering/dating-lure.js';
import { MONEY_LURE, MONEY_LURE_ANY, MONEY_LURE_GATE } from '../../src/checks/social-engineering/money-lure.js';
import { anyOf, findPhrase } from '../../src/checks/social-engineering/shared.js';
import { mulberry32 } from '../attachment/builders.js';
import { allFixtures, fixtureBytes } from '../helpers.js';

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

/** Characters a negated class or `.` may produce (ASCII letters, digits, punctuation, a few others). */
const ALPHABET = [...' abcdefghijklmnopqrstuvwxyz0123456789.,$€£:-\'’éüあア万'];

/**
 * A random string of the language of `source`, for the syntax the phrase patterns use: literals,
 * escapes (`\b`, `\d`, `\w`, `\s`, `\$`…), classes with ranges, `.`, groups (capturing, `(?:`),
 * lookarounds (skipped: the caller keeps only samples the pattern really matches), alternation
 * and the quantifiers `? * + {m} {m,} {m,n}`.
 */
function sample(source: string, r: Rand): string {
  let i = 0;
  const alternation = (): string => {
    const branches: number[] = [i];
    // Find the branches of this level without generating: scan to the matching `)`.
    let depth = 0;
    let j = i;
    for (; j < source.length; j++) {
      const c = source[j];
      if (c === '\\') j++;
      else if (c === '[') {
        j++;
        while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      } else if (c === '(') depth++;
      else if (c === ')') {
        if (depth === 0) break;
        depth--;
      } else if (c === '|' && depth === 0) branches.push(j + 1);
    }
    const end = j;
    i = pick(r, branches);
    const out = sequence();
    i = end;
    return out;
  };
  const sequence = (): string => {
    let out = '';
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      const start = i;
      let atom = atomGen();
      const q = quantifier();
      if (q) {
        const [min, max] = q;
        const n = min + Math.floor(r() * (max - min + 1));
        let rep = '';
        for (let k = 0; k < n; k++) {
          const save = i;
          i = start;
          rep += atomGen();
          quantifier();
          i = save;
        }
        atom = rep;
      }
      out += atom;
    }
    return out;
  };
  const quantifier = (): [number, number] | null => {
    const c = source[i];
    if (c === '?') return (i++, [0, 1]);
    if (c === '*') return (i++, [0, 3]);
    if (c === '+') return (i++, [1, 4]);
    if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
      if (m) {
        i += m[0].length;
        const min = Number(m[1]);
        const max = m[2] === undefined ? min : m[3] === '' ? min + 3 : Math.min(Number(m[3]), min + 6);
        return [min, max];
      }
    }
    return null;
  };
  const classChars = (body: string): string[] => {
    const chars: string[] = [];
    for (let k = 0; k < body.length; k++) {
      const c = body[k] as string;
      if (c === '\\') {
        const e = body[++k] as string;
        if (e === 'd') chars.push(...'0123456789');
        else if (e === 'w') chars.push(...'abcxyz019_');
        else if (e === 's') chars.push(' ');
        else chars.push(e);
        continue;
      }
      if (body[k + 1] === '-' && k + 2 < body.length) {
        const to = body[k + 2] as string;
        for (let cp = c.codePointAt(0) as number; cp <= (to.codePointAt(0) as number); cp += Math.max(1, Math.floor(((to.codePointAt(0) as number) - cp) / 7))) chars.push(String.fromCodePoint(cp));
        chars.push(to);
        k += 2;
        continue;
      }
      chars.push(c);
    }
    return chars;
  };
  const atomGen = (): string => {
    const c = source[i] as string;
    if (c === '(') {
      i++;
      let look = false;
      if (source.startsWith('?:', i)) i += 2;
      else if (source.startsWith('?<=', i) || source.startsWith('?<!', i)) (i += 3), (look = true);
      else if (source.startsWith('?=', i) || source.startsWith('?!', i)) (i += 2), (look = true);
      const s = alternation();
      i++; // ')'
      return look ? '' : s;
    }
    if (c === '[') {
      let j = i + 1;
      const negated = source[j] === '^';
      if (negated) j++;
      let body = '';
      while (source[j] !== ']') body += source[j] === '\\' ? source[j++] + (source[j++] as string) : source[j++];
      i = j + 1;
      const set = classChars(body);
      return negated ? pick(r, ALPHABET.filter((a) => !set.includes(a))) : pick(r, set);
    }
    if (c === '.') return (i++, r() < 0.3 ? ' ' : pick(r, ALPHABET));
    if (c === '\\') {
      const e = source[i + 1] as string;
      i += 2;
      if (e === 'b' || e === 'B') return '';
      if (e === 'd') return pick(r, [...'0123456789']);
      if (e === 'w') return pick(r, [...'abz09_']);
      if (e === 's') return ' ';
      return e;
    }
    i++;
    return c;
  };
  return alternation();
}

const CONTEXT = ['', ' ', 'hello ', ' world', '. ', 'dear customer, ', ' thank you.', 'お客様、', '。', '\n', '12 ', ' 3', '$', 'x'];

function gateCase(name: string, patterns: readonly RegExp[], gate: RegExp, seed: number): void {
  it(`${name}: the gate matches wherever a pattern does (seeded members of each pattern)`, () => {
    const r = mulberry32(seed);
    patterns.forEach((p, k) => {
      let matched = 0;
      for (let n = 0; n < 600; n++) {
        const text = pick(r, CONTEXT) + sample(p.source, r) + pick(r, CONTEXT);
        if (!p.test(text)) continue;
        matched++;
        expect(gate.test(text), `pattern ${k} /${p.source.slice(0, 50)}…/ on ${JSON.stringify(text)}`).toBe(true);
      }
      // The generator really produces members of the language (no vacuous pass).
      expect(matched, `pattern ${k}`).toBeGreaterThan(100);
    });
  });
}

describe('phrase gates', () => {
  gateCase('money-lure', MONEY_LURE, MONEY_LURE_GATE, 71);
  gateCase('account-threat', ACCOUNT_THREAT, ACCOUNT_THREAT_GATE, 72);
  gateCase('dating-lure', DATING_LURE, DATING_LURE_GATE, 73);
  gateCase('crypto-wallet-lure', CRYPTO_WALLET_LURE, CRYPTO_WALLET_LURE_GATE, 74);

  it('gated expressions give the ungated result on seeded mixed text', () => {
    const r = mulberry32(73);
    const all = [...MONEY_LURE, ...ACCOUNT_THREAT, ...DATING_LURE, ...CRYPTO_WALLET_LURE];
    const refs: [RegExp, RegExp, RegExp][] = [
      [MONEY_LURE_ANY, anyOf(MONEY_LURE), MONEY_LURE_GATE],
      [ACCOUNT_THREAT_ANY, anyOf(ACCOUNT_THREAT), ACCOUNT_THREAT_GATE],
      [DATING_LURE_ANY, anyOf(DATING_LURE), DATING_LURE_GATE],
      [CRYPTO_WALLET_LURE_ANY, anyOf(CRYPTO_WALLET_LURE), CRYPTO_WALLET_LURE_GATE],
    ];
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const parts = Math.floor(r() * 4);
      for (let k = 0; k < parts; k++) text += pick(r, CONTEXT) + (r() < 0.5 ? sample(pick(r, all).source, r) : pick(r, ['your account', 'you have', 'claim', '$ 1', 'free', 'アカウント', 'winner!']));
      for (const [gatedRe, ref, gate] of refs) {
        const want = ref.exec(text);
        const got = gate.test(text) ? gatedRe.exec(text) : null;
        expect(got?.index, JSON.stringify(text)).toBe(want?.index);
        expect(got?.[0], JSON.stringify(text)).toBe(want?.[0]);
      }
    }
  });

  it('findPhrase with the gated expressions = with fresh ungated ones, on every test message', () => {
    const refMoney = anyOf(MONEY_LURE);
    const refThreat = anyOf(ACCOUNT_THREAT);
    const refDating = anyOf(DATING_LURE);
    const refCrypto = anyOf(CRYPTO_WALLET_LURE);
    for (const rel of allFixtures()) {
      const { ctx } = buildContext(fromRawMessage(fixtureBytes(rel)), {});
      expect(findPhrase(ctx, MONEY_LURE_ANY), rel).toEqual(findPhrase(ctx, refMoney));
      expect(findPhrase(ctx, ACCOUNT_THREAT_ANY), rel).toEqual(findPhrase(ctx, refThreat));
      expect(findPhrase(ctx, DATING_LURE_ANY), rel).toEqual(findPhrase(ctx, refDating));
      expect(findPhrase(ctx, CRYPTO_WALLET_LURE_ANY), rel).toEqual(findPhrase(ctx, refCrypto));
    }
  });
});
