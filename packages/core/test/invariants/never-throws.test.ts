/**
 * Seeded fuzz (tldts' mulberry32 idea): mutate fixture messages and assert that analyze never
 * throws, stays within its time budget, and that every finding renders in en and ja.
 * AYASHII_FUZZ_RUNS raises the count (`pnpm fuzz`); CI runs a short fixed-seed budget.
 */
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fromRawMessage } from '../../src/adapters/raw-message.js';
import { fromRawHeaders } from '../../src/adapters/raw-headers.js';
import { readOutlookMsg } from '../../src/adapters/msg.js';
import { openPst, type PstMessageRef } from '../../src/adapters/pst.js';
import { PstDamage } from '../../src/parse/pst.js';
import { analyze } from '../../src/analyze.js';
import { explain } from '../../src/explain/explain.js';
import { mulberry32 } from '../attachment/builders.js';
import { allFixtures, fixtureBytes, itemSpecOfEml, msgOfEml } from '../helpers.js';
import { writePst } from '../support/pst-writer.js';

const NASTY = [
  '=?utf-8?B?PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==?=',
  '=?iso-2022-jp?B?GyRCJCobKEI=?=',
  '\u202e\u200b\u2064',
  '<@a.test:b@c.test>',
  '"a@b.test" <c@d.test>, <e@f.test>',
  '\0\r\n\t',
  '(((((((((((',
  'https://x.test/?u=http://y.test/?u=http://z.test/',
  '=?x?Q?=ZZ=?=',
  '\\',
];

function mutate(bytes: Uint8Array, rnd: () => number): Uint8Array {
  const text = new TextDecoder('latin1').decode(bytes);
  let s = text;
  const ops = 1 + Math.floor(rnd() * 4);
  for (let i = 0; i < ops; i++) {
    const pos = Math.floor(rnd() * (s.length + 1));
    switch (Math.floor(rnd() * 7)) {
      case 0:
        s = s.slice(0, pos) + NASTY[Math.floor(rnd() * NASTY.length)] + s.slice(pos);
        break;
      case 1:
        s = s.slice(0, pos);
        break;
      case 2:
        s = s.slice(0, pos) + String.fromCharCode(Math.floor(rnd() * 256)) + s.slice(pos + 1);
        break;
      case 3:
        s = s.replace(/^From:.*$/m, (m) => `${m}\r\n${m}`);
        break;
      case 4:
        s = s.slice(0, pos) + '\r\n\r\n' + s.slice(pos);
        break;
      case 5:
        s = s.replace(/boundary="?([^"\r\n;]+)"?/, 'boundary="$1x"');
        break;
      default:
        s = s.slice(0, pos) + 'X'.repeat(Math.floor(rnd() * 5000)) + s.slice(pos);
    }
  }
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

const RUNS = Number(process.env.AYASHII_FUZZ_RUNS ?? 300);
const SEED = Number(process.env.AYASHII_FUZZ_SEED ?? 20261123);

describe('seeded fuzz over analyze', () => {
  it(`${RUNS} mutated fixtures: never throws, within budget, every finding renders (seed ${SEED})`, () => {
    const rnd = mulberry32(SEED);
    const files = allFixtures();
    for (let i = 0; i < RUNS; i++) {
      const rel = files[Math.floor(rnd() * files.length)]!;
      const bytes = mutate(fixtureBytes(rel), rnd);
      const t0 = performance.now();
      let v;
      try {
        v = analyze(fromRawMessage(bytes));
        analyze(fromRawHeaders(new TextDecoder('latin1').decode(bytes)));
      } catch (e) {
        throw new Error(`run ${i} (${rel}) threw: ${(e as Error).stack}`);
      }
      expect(performance.now() - t0, `run ${i} ${rel}`).toBeLessThan(2500);
      expect(v.score).toBeGreaterThanOrEqual(0);
      expect(v.score).toBeLessThanOrEqual(100);
      for (const locale of ['en', 'ja'] as const) {
        const e = explain(v, { locale });
        for (const item of e.items) {
          expect(item.title, `${locale} ${item.checkId}`).not.toBe(item.checkId);
          expect(item.detail.length).toBeGreaterThan(0);
        }
      }
    }
    // `pnpm fuzz` runs 20,000 cases: allow about 10 ms each (the per-case budget above still holds).
  }, Math.max(30_000, RUNS * 10));
  it(`${Math.ceil(RUNS / 3)} damaged .msg files (fixtures written as Outlook saves them): never throws, within budget (seed ${SEED})`, () => {
    const rnd = mulberry32(SEED + 1);
    const files = allFixtures();
    let read = 0;
    for (let i = 0; i < Math.ceil(RUNS / 3); i++) {
      const rel = files[Math.floor(rnd() * files.length)]!;
      const b = msgOfEml(fixtureBytes(rel)).slice();
      // Sector numbers, sizes and names: 0xFF…, small numbers or anything, at a few places; or cut.
      for (let k = 0, n = 1 + Math.floor(rnd() * 12); k < n; k++) b[Math.floor(rnd() * b.length)] = [0xff, 0xfe, 0, 1, 2, Math.floor(rnd() * 256)][Math.floor(rnd() * 6)]!;
      const bytes = rnd() < 0.2 ? b.subarray(0, Math.floor(rnd() * b.length)) : b;
      const t0 = performance.now();
      try {
        const r = readOutlookMsg(bytes);
        if (r) {
          read++;
          const v = analyze(r.input);
          for (const locale of ['en', 'ja'] as const) explain(v, { locale });
        }
      } catch (e) {
        throw new Error(`run ${i} (${rel}) threw: ${(e as Error).stack}`);
      }
      expect(performance.now() - t0, `run ${i} ${rel}`).toBeLessThan(2500);
    }
    expect(read).toBeGreaterThan(0);
  }, Math.max(30_000, RUNS * 10));

  it(`${Math.ceil(RUNS / 6)} damaged Outlook data files (fixtures stored as Outlook keeps them): listing throws only PstDamage, reading never throws, within budget (seed ${SEED})`, () => {
    const rnd = mulberry32(SEED + 2);
    const files = allFixtures();
    let read = 0;
    for (let i = 0; i < Math.ceil(RUNS / 6); i++) {
      const picked = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => files[Math.floor(rnd() * files.length)]!);
      const r = rnd();
      // ANSI, Unicode, or the 4 KiB-page format of Outlook 2013's offline stores with compressed blocks.
      const format = r < 0.3 ? 'ansi' : r < 0.55 ? '4k' : 'unicode';
      const crypt = (['none', 'permute', 'cyclic'] as const)[Math.floor(rnd() * 3)]!;
      const b = writePst([{ name: 'Inbox', messages: picked.map((rel) => itemSpecOfEml(fixtureBytes(rel))) }], format === '4k' ? { format, crypt, deflate: (x) => new Uint8Array(deflateSync(x)), trim: true } : { format, crypt }).slice();
      // Offsets, ids, counts and sizes: 0xFF…, small numbers or anything, at a few places (past the header, and in
      // the 4 KiB format past the empty space before its first allocation map); or cut.
      const from = format === '4k' ? 0x22000 : 564;
      for (let k = 0, n = 1 + Math.floor(rnd() * 12); k < n; k++) b[from + Math.floor(rnd() * (b.length - from))] = [0xff, 0xfe, 0, 1, 2, Math.floor(rnd() * 256)][Math.floor(rnd() * 6)]!;
      const bytes = rnd() < 0.2 ? b.subarray(0, Math.floor(rnd() * b.length)) : b;
      const t0 = performance.now();
      try {
        const pst = openPst(bytes);
        if (!('problem' in pst)) {
          let refs: PstMessageRef[] = [];
          try {
            refs = pst.messages().messages;
          } catch (e) {
            if (!(e instanceof PstDamage)) throw e;
          }
          for (const ref of refs) {
            const r = pst.read(ref.nid);
            if ('input' in r) {
              read++;
              const v = analyze(r.input);
              for (const locale of ['en', 'ja'] as const) explain(v, { locale });
            }
          }
        }
      } catch (e) {
        throw new Error(`run ${i} (${picked.join(', ')}) threw: ${(e as Error).stack}`);
      }
      expect(performance.now() - t0, `run ${i}`).toBeLessThan(2500);
    }
    expect(read).toBeGreaterThan(0);
  }, Math.max(30_000, RUNS * 10));

  it('1 MB of headers stays within the budget', () => {
    const big = 'From: <a@example.com>\r\n' + Array.from({ length: 20000 }, (_, i) => `X-H${i}: ${'v'.repeat(40)}`).join('\r\n') + '\r\n\r\nbody';
    const t0 = performance.now();
    const v = analyze(fromRawMessage(big));
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(v.findings.map((f) => f.checkId)).toContain('header-anomaly/limit-exceeded');
  });
});
