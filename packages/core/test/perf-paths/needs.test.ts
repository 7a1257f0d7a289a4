/**
 * `analyze` asks `unmetNeed` only of checks with a need that depends on the message when the input
 * lacks nothing; the checks it skips for a need must be those the previous rule (every need of
 * every check, in order) skips, with the same reason: on every test message, with and without a
 * recipient, organisation domains and trusted authentication servers, and with parts unavailable.
 */
import { describe, expect, it } from 'vitest';
import { fromRawMessage } from '../../src/adapters/raw-message.js';
import { analyze } from '../../src/analyze.js';
import { allChecks } from '../../src/checks/index.js';
import { buildContext } from '../../src/context/build-context.js';
import type { MessageInput, Unavailable } from '../../src/model/message.js';
import type { AnalyzeOptions } from '../../src/model/options.js';
import { allFixtures, fixtureBytes } from '../helpers.js';

const REASON: Record<string, string> = {
  headers: 'needs-headers',
  body: 'needs-body',
  attachments: 'needs-attachments',
  'attachment-bytes': 'needs-attachment-bytes',
  'authentication-results': 'needs-authentication-results',
  recipient: 'needs-recipient',
  'recipient-address': 'needs-recipient',
};

/** The previous rule: the first unmet need of each check, in the order of its needs. */
function referenceSkips(input: MessageInput, options: AnalyzeOptions): [string, string][] {
  const { ctx } = buildContext(input, options, null);
  const missing = new Set<string>(input.unavailable?.map((u) => u.what));
  const out: [string, string][] = [];
  for (const check of allChecks) {
    for (const n of check.needs) {
      if (missing.has(n) || (n === 'authentication-results' && ctx.auth.trusted.length === 0) || (n === 'recipient' && !ctx.recipient && ctx.organizationDomains.length === 0) || (n === 'recipient-address' && !ctx.recipient)) {
        out.push([check.id, REASON[n] as string]);
        break;
      }
    }
  }
  return out;
}

const OPTIONS: readonly AnalyzeOptions[] = [
  { limits: { timeBudgetMs: 1e9 } },
  { limits: { timeBudgetMs: 1e9 }, organizationDomains: ['example.com'], trustedAuthservIds: ['mx.google.com'] },
  { limits: { timeBudgetMs: 1e9 }, recipient: { address: 'user@example.com' } },
];
const UNAVAILABLE: readonly (readonly Unavailable[] | undefined)[] = [undefined, [{ what: 'body', reason: 'x' }], [{ what: 'attachment-bytes', reason: 'y' }, { what: 'headers', reason: 'z' }]];

describe('skips for unmet needs = the previous rule', () => {
  it('on every test message, with options and unavailable parts', () => {
    for (const rel of allFixtures()) {
      const base = fromRawMessage(fixtureBytes(rel));
      for (const unavailable of UNAVAILABLE) {
        const input: MessageInput = unavailable ? { ...base, unavailable } : base;
        for (const options of OPTIONS) {
          const got = analyze(input, options).skipped.filter((s) => s.reason.startsWith('needs-')).map((s) => [s.checkId, s.reason]);
          expect(got, rel).toEqual(referenceSkips(input, options));
        }
      }
    }
  });
});
