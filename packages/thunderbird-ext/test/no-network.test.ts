/**
 * Issue "Hostile input", No network: the static half. The manifest keeps the extension offline
 * (CSP `default-src 'none'` with no connect-src, no host permissions, nothing optional), and the
 * extension's code names no network API. The running extension is observed in
 * thunderbird.e2e.test.ts (test/e2e/netwatch.js); this file fails as soon as either guard is loosened.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const PKG = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(join(PKG, 'manifest.json'), 'utf8'));

/** `a b; c d e` → { a: ['b'], c: ['d', 'e'] } */
function directives(csp: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const part of csp.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out[name.toLowerCase()] = values;
  }
  return out;
}

/** Every way a page or worker can reach the network. */
const NETWORK_APIS = new Set(['fetch', 'XMLHttpRequest', 'WebSocket', 'WebTransport', 'EventSource', 'sendBeacon', 'importScripts', 'RTCPeerConnection', 'Worker', 'SharedWorker']);

/** Identifiers (not strings, not comments) of a script that name a network API. */
function networkIdentifiers(file: string): string[] {
  const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, file.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && NETWORK_APIS.has(node.text)) {
      const { line } = src.getLineAndCharacterOfPosition(node.getStart(src));
      found.push(`${file.slice(PKG.length + 1)}:${line + 1} ${node.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
  return found;
}

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ext))
    .map((f) => join(dir, f));
}

describe('no network: the manifest', () => {
  it("extension pages' CSP: default-src 'none', no connect-src, nothing but 'self' anywhere", () => {
    const csp = manifest.content_security_policy;
    expect(Object.keys(csp)).toEqual(['extension_pages']);
    const d = directives(csp.extension_pages);
    expect(d['default-src']).toEqual(["'none'"]);
    expect(d['connect-src']).toBeUndefined();
    expect(d['script-src']).toEqual(["'self'"]);
    for (const [name, values] of Object.entries(d)) {
      expect(values.filter((v) => v !== "'self'" && v !== "'none'"), name).toEqual([]);
    }
  });

  it('no host permissions, no optional permissions, only the four API permissions; collects no data', () => {
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect([...manifest.permissions].sort()).toEqual(['menus', 'messagesRead', 'scripting', 'storage']);
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it.skipIf(!existsSync(join(PKG, 'dist', 'extension', 'manifest.json')))('the built manifest is the same, version aside', () => {
    const built = JSON.parse(readFileSync(join(PKG, 'dist', 'extension', 'manifest.json'), 'utf8'));
    expect({ ...built, version: manifest.version }).toEqual(manifest);
  });
});

describe('no network: the code', () => {
  it('src/ names no network API (fetch, XMLHttpRequest, WebSocket, EventSource, sendBeacon, workers…)', () => {
    expect(filesUnder(join(PKG, 'src'), '.ts').flatMap(networkIdentifiers)).toEqual([]);
  });

  it.skipIf(!existsSync(join(PKG, 'dist', 'extension', 'background.js')))('nor do the built bundles, the core included', () => {
    const bundles = filesUnder(join(PKG, 'dist', 'extension'), '.js');
    expect(bundles.map((f) => f.slice(PKG.length + 1)).sort()).toEqual(
      ['background.js', 'banner.js', 'link.js', 'options.js', 'popup.js'].map((f) => join('dist', 'extension', f)),
    );
    expect(bundles.flatMap(networkIdentifiers)).toEqual([]);
  });
});

describe('the hostile fixture keeps its invisible characters', () => {
  it('From carries raw U+202E and U+200B (an editor must not strip them)', () => {
    const eml = readFileSync(join(PKG, 'test', 'fixtures', 'hostile-injection.eml'), 'utf8');
    const from = eml.split('\r\n').find((l) => l.startsWith('From: '));
    expect(from).toBe('From: "<img src=x onerror=window.__pwned=1>\u202Elapyap\u200B" <a@attack.example>');
  });
});
