/**
 * Test helpers: fixture bytes go in as Uint8Array (house style 3.3), and every
 * `fixtures/eml/<category>/<check-name>/{hit,miss}--*.eml` becomes a test case.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyze.js';
import { fromRawMessage } from '../src/adapters/raw-message.js';
import type { AnalyzeOptions } from '../src/model/options.js';
import type { Verdict } from '../src/model/verdict.js';
import { writeMsg, type MsgAttachment, type MsgSpec } from './support/msg-writer.js';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

export function fixtureBytes(rel: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, rel)));
}

/** Analyses a fixture .eml (path relative to test/fixtures). */
export function analyzeFixture(rel: string, options: AnalyzeOptions = {}): Verdict {
  return analyze(fromRawMessage(fixtureBytes(rel)), options);
}

/**
 * A multipart/alternative message (CRLF): `headers`, then one part per `[content type, body]`
 * (`text/plain; charset=utf-8`, `text/calendar; method=REQUEST`…).
 */
export function alternativeMail(headers: readonly string[], parts: readonly (readonly [string, string])[]): string {
  return [
    ...headers,
    'MIME-Version: 1.0',
    'Content-Type: multipart/alternative; boundary="b"',
    '',
    ...parts.flatMap(([type, body]) => ['--b', `Content-Type: ${type}`, '', body]),
    '--b--',
    '',
  ].join('\r\n');
}

/** A message from `news@shop.example` with a plain-text and an HTML body (multipart/alternative), as bytes. */
export function linksMail(html: string, text = ''): Uint8Array {
  return new TextEncoder().encode(
    alternativeMail(['From: Shop <news@shop.example>', 'To: taro@kousya.example', 'Subject: links'], [
      ['text/plain; charset=utf-8', text],
      ['text/html; charset=utf-8', html],
    ]),
  );
}

/** Analyses an inline message written in a test (LF or CRLF). */
export function analyzeText(eml: string, options: AnalyzeOptions = {}): Verdict {
  return analyze(fromRawMessage(eml), options);
}

export interface FixtureCase {
  readonly name: string;
  readonly rel: string;
  readonly expect: 'hit' | 'miss';
}

/** Lists `eml/<checkId>/{hit,miss}--*.eml` for a check id `<category>/<check-name>`. */
export function fixtureCases(checkId: string): FixtureCase[] {
  const dir = join(FIXTURES, 'eml', checkId);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.eml') && (f.startsWith('hit--') || f.startsWith('miss--')))
    .sort()
    .map((f) => ({ name: f, rel: join('eml', checkId, f), expect: f.startsWith('hit--') ? 'hit' : 'miss' }));
}

/** All fixture .eml files below test/fixtures/eml, relative paths. */
export function allFixtures(): string[] {
  const out: string[] = [];
  const walk = (d: string, rel: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name), join(rel, e.name));
      else if (e.name.endsWith('.eml')) out.push(join(rel, e.name));
    }
  };
  walk(join(FIXTURES, 'eml'), 'eml');
  return out.sort();
}

/** The HTML body of every fixture that has one, with the fixture's relative path (for oracle tests). */
export function fixtureHtmls(): [rel: string, html: string][] {
  const out: [string, string][] = [];
  for (const rel of allFixtures()) {
    const html = fromRawMessage(fixtureBytes(rel)).bodies?.html;
    if (html) out.push([rel, html]);
  }
  return out;
}

/**
 * The fixture half of a check's test file: every `hit--*.eml` must yield ≥1 finding with the id,
 * every `miss--*.eml` none. Call inside a describe block of the check's test file.
 */
export function fixtureTests(checkId: string, options: AnalyzeOptions = {}, it: (name: string, fn: () => void) => void): void {
  for (const c of fixtureCases(checkId)) {
    it(`fixture ${c.name}`, () => {
      const v = analyzeFixture(c.rel, options);
      const ids = v.findings.map((f) => f.checkId);
      if (c.expect === 'hit' && !ids.includes(checkId as never)) throw new Error(`${c.name}: expected ${checkId}, got [${ids.join(', ')}]`);
      if (c.expect === 'miss' && ids.includes(checkId as never)) throw new Error(`${c.name}: unexpected ${checkId}`);
    });
  }
}

/** Builds a small message from header lines and an optional body (CRLF). */
export function eml(headers: readonly string[], body = 'Hello.\r\n'): string {
  return headers.join('\r\n') + '\r\n\r\n' + body;
}

/** The ids found in a verdict. */
export function ids(v: Verdict): string[] {
  return v.findings.map((f) => f.checkId);
}

/** The header block of a message's bytes as a string, as Outlook gives it (getAllInternetHeadersAsync, a .msg's transport headers). */
export function headerString(bytes: Uint8Array): string {
  let end = bytes.length;
  for (let i = 0; i + 1 < bytes.length; i++) {
    if (bytes[i] === 0x0a && (bytes[i + 1] === 0x0a || (bytes[i + 1] === 0x0d && bytes[i + 2] === 0x0a))) {
      end = i + 1;
      break;
    }
  }
  const head = bytes.subarray(0, end);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(head);
  } catch {
    return new TextDecoder('latin1').decode(head);
  }
}

/** A message's bytes written as Outlook saves a received mail in a `.msg`: transport headers, bodies, attachments. */
export function msgOfEml(bytes: Uint8Array): Uint8Array {
  return writeMsg(itemSpecOfEml(bytes));
}

/** What Outlook keeps of a received mail (in a `.msg` or a `.pst`): transport headers, bodies, attachments. */
export function itemSpecOfEml(bytes: Uint8Array): MsgSpec {
  const parsed = fromRawMessage(bytes);
  const attachments: MsgAttachment[] = (parsed.attachments ?? []).map((a, i) => ({
    ...(a.filename ? { longFilename: a.filename } : {}),
    mimeTag: a.contentType,
    ...(a.disposition === 'inline' ? { contentId: `part${i}@example.com` } : {}),
    data: a.bytes ?? new Uint8Array(0),
  }));
  const spec: MsgSpec = {
    transportHeaders: headerString(bytes),
    body: parsed.bodies?.text ?? '',
    ...(parsed.bodies?.html !== undefined ? { html: new TextEncoder().encode(parsed.bodies.html), internetCpid: 65001 } : {}),
    attachments,
  };
  return spec;
}
