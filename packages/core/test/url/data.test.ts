/** The URL data files follow their schemas' rules (checked by hand: the core has no schema library). */
import { getPublicSuffix } from 'tldts';
import { describe, expect, it } from 'vitest';
import freeHosting from '../../src/data/free-hosting.json' with { type: 'json' };
import shorteners from '../../src/data/shorteners.json' with { type: 'json' };
import tlds from '../../src/data/suspicious-tlds.json' with { type: 'json' };
import wrappers from '../../src/data/url-wrappers.json' with { type: 'json' };
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const HOST_PATTERN = /^(\*\.)?[a-z0-9.-]+(\.\*)?$/;
const unique = (xs: readonly string[]) => new Set(xs).size === xs.length;

describe('url data files', () => {
  it('every wrapper id has a decoder file and valid host patterns', () => {
    const files = readdirSync(fileURLToPath(new URL('../../src/url/unwrap/', import.meta.url)));
    for (const w of wrappers.wrappers) {
      expect(w.hosts.every((h) => HOST_PATTERN.test(h)), w.id).toBe(true);
      const inOwnFile = files.includes(`${w.id}.ts`);
      const inShared = ['facebook', 'youtube', 'linkedin', 'slack', 'bing'].includes(w.id) && files.includes('public-redirectors.ts');
      expect(inOwnFile || inShared, w.id).toBe(true);
    }
    expect(unique(wrappers.wrappers.map((w) => w.id))).toBe(true);
    expect(wrappers.trackers.every((h) => HOST_PATTERN.test(h))).toBe(true);
  });
  it('shorteners, TLDs and hosting lists are lower-case and unique', () => {
    const hosts = shorteners.shorteners.map((s) => s.host);
    expect(unique(hosts)).toBe(true);
    expect(hosts.every((h) => /^[a-z0-9.-]+$/.test(h))).toBe(true);
    expect(unique(tlds.tlds)).toBe(true);
    expect(tlds.tlds.every((t) => /^[a-z0-9-]+(?:\.[a-z0-9-]+)?$/.test(t))).toBe(true);
    // a two-label entry is a namespace sold like a TLD: a public suffix of the list's private section
    for (const t of tlds.tlds.filter((x) => x.includes('.'))) expect(getPublicSuffix(`x.${t}`, { allowPrivateDomains: true }), t).toBe(t);
    expect(unique(freeHosting.hosts)).toBe(true);
    expect(freeHosting.hosts.every((h) => /^(\*\.)?[a-z0-9.-]+$/.test(h))).toBe(true);
    // object storage is a subset of the free-hosting list, so its pages are free hosting too
    expect(unique(freeHosting.objectStorage)).toBe(true);
    expect(freeHosting.objectStorage.filter((h) => !freeHosting.hosts.includes(h))).toEqual([]);
  });
});
