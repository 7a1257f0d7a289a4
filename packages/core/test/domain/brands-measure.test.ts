/**
 * Measurement (not a regression test): how many From display names in the local corpus name a
 * brand. Skipped unless `AYASHII_MEASURE=1`, because the corpus lives outside the repository
 * (`/work/shared/corpus`, or `AYASHII_CORPUS`) and its phishing mail must never be copied in.
 *
 *   AYASHII_MEASURE=1 npx vitest run packages/core/test/domain/brands-measure.test.ts
 *
 * Prints: phish-dev names matched (now, and the baseline measured before exact aliases, CamelCase
 * splitting, confusable skeletons and the crypto brands were added), the 40 most frequent
 * unmatched phish-dev names (to find missing brands or aliases), and every ham name that matches
 * a brand, flagged when the sender's domain is not the brand's (a display-name-brand false
 * positive unless the check's own exceptions apply).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromRawMessage } from '../../src/adapters/raw-message.js';
import { buildBrandIndex, bundledBrands, findBrandMentions, isBrandDomain } from '../../src/domain/brands.js';
import { isFreemail } from '../../src/domain/lists.js';
import { orgDomain } from '../../src/domain/registrable.js';
import { parseAddressList } from '../../src/parse/address.js';
import { stripListVia } from '../../src/checks/brand-impersonation/shared.js';

const CORPUS = process.env['AYASHII_CORPUS'] ?? '/work/shared/corpus';
const enabled = process.env['AYASHII_MEASURE'] === '1' && existsSync(CORPUS);

/**
 * Baseline on 2026-11-23 (commit before this change), same corpus and extraction: phish-dev
 * names with a display name, and how many of them matched a brand.
 */
const BASELINE = { phishNamed: 1931, phishMatched: 531, hamMatched: 6 };

function emlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...emlFiles(p));
    else if (e.endsWith('.eml')) out.push(p);
  }
  return out.sort();
}

interface Sender {
  readonly file: string;
  readonly name: string;
  readonly domain: string;
}

function firstFrom(file: string): Sender | null {
  const msg = fromRawMessage(new Uint8Array(readFileSync(file)));
  const from = msg.headers.find((h) => h.name === 'from');
  if (!from) return null;
  const mb = parseAddressList(from.value)[0];
  if (!mb || !mb.name.trim()) return null;
  return { file, name: stripListVia(mb.name), domain: mb.domain ? orgDomain(mb.domain) : '' };
}

describe.skipIf(!enabled)('brand mentions in the corpus (AYASHII_MEASURE=1)', () => {
  const index = buildBrandIndex(bundledBrands);

  it('measures phish-dev recall', () => {
    const senders = emlFiles(join(CORPUS, 'phish-dev')).map(firstFrom).filter((s): s is Sender => s !== null);
    let matched = 0;
    const unmatched = new Map<string, number>();
    const byBrand = new Map<string, number>();
    for (const s of senders) {
      const m = findBrandMentions(s.name, index);
      if (m.length > 0) {
        matched++;
        for (const x of m) byBrand.set(x.brand.id, (byBrand.get(x.brand.id) ?? 0) + 1);
      } else {
        unmatched.set(s.name, (unmatched.get(s.name) ?? 0) + 1);
      }
    }
    const top = [...unmatched].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, Number(process.env['AYASHII_MEASURE_TOP'] ?? 40));
    const brands = [...byBrand].sort((a, b) => b[1] - a[1]).map(([id, n]) => `${id} ${n}`);
    console.log(
      [
        `phish-dev: ${senders.length} display names; matched ${matched} (baseline ${BASELINE.phishMatched} of ${BASELINE.phishNamed})`,
        `brands: ${brands.join(', ')}`,
        'most frequent unmatched:',
        ...top.map(([name, n]) => `  ${String(n).padStart(3)}  ${JSON.stringify(name)}`),
      ].join('\n'),
    );
    expect(senders.length).toBeGreaterThan(0);
  });

  it('lists every ham display name that names a brand', () => {
    const senders = emlFiles(join(CORPUS, 'ham')).map(firstFrom).filter((s): s is Sender => s !== null);
    const lines: string[] = [];
    let foreign = 0;
    for (const s of senders) {
      for (const m of findBrandMentions(s.name, index)) {
        const own = s.domain !== '' && isBrandDomain(m.brand, s.domain);
        // display-name-brand also stays quiet when another registry brand owns the (non-free) domain.
        const partner = !own && s.domain !== '' && !isFreemail(s.domain) && index.ownersOf(s.domain).length > 0;
        if (!own) foreign++;
        lines.push(`  ${own ? 'ok     ' : partner ? 'partner' : 'FOREIGN'} ${m.brand.id} ← ${JSON.stringify(s.name)} @${s.domain} (${s.file.slice(CORPUS.length + 1)})`);
      }
    }
    console.log([`ham: ${senders.length} display names; ${lines.length} brand mentions (baseline ${BASELINE.hamMatched}), ${foreign} not from the brand's domain`, ...lines].join('\n'));
    expect(senders.length).toBeGreaterThan(0);
  });
});
