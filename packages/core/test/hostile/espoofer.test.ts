/**
 * The 22 espoofer cases (../shared/corpus/spoof/espoofer, third-party renderings used for
 * measurement only): each either yields the finding named here, or is shown harmless to a
 * message-level analysis by the assertion and reason given. Skips cleanly without the corpus.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromRawMessage } from '../../src/adapters/raw-message.js';
import { analyze } from '../../src/analyze.js';
import { summarizeAuth } from '../../src/context/auth-summary.js';
import { parseHeaderBlock } from '../../src/parse/header-block.js';
import { authFailure } from '../../src/checks/sender-authentication/shared.js';

const DIR = join(process.cwd(), '../shared/corpus/spoof/espoofer');
const present = existsSync(join(DIR, 'cases.json'));

/** Envelope-only attacks: they act on the SMTP dialogue, so nothing of them is in the message. */
const ENVELOPE = 'acts on MAIL FROM/HELO during SMTP; the message carries nothing of it, and the receiving server’s own Authentication-Results is the only place it could show';

const EXPECT: Record<string, { finding: string } | { harmless: string }> = {
  server_a1: { harmless: ENVELOPE },
  server_a2: { harmless: ENVELOPE },
  server_a3: { finding: 'header-anomaly/malformed-header' },
  server_a4: { finding: 'header-anomaly/malformed-header' },
  server_a5: { harmless: ENVELOPE },
  server_a6: { harmless: ENVELOPE },
  server_a7: { harmless: ENVELOPE },
  server_a8: { finding: 'header-anomaly/multiple-from' },
  server_a9: { finding: 'header-anomaly/malformed-header' },
  server_a10: { finding: 'header-anomaly/multiple-from' },
  server_a11: { finding: 'header-anomaly/malformed-header' },
  server_a12: { finding: 'header-anomaly/missing-from' },
  server_a13: { finding: 'header-anomaly/missing-from' },
  server_a14: { finding: 'header-anomaly/multiple-from' },
  server_a15: { finding: 'header-anomaly/encoded-word-trick' },
  server_a16: { finding: 'header-anomaly/obsolete-address-syntax' },
  server_a17: { finding: 'header-anomaly/multiple-from' },
  server_a18: { finding: 'header-anomaly/multiple-from' },
  server_a19: { finding: 'header-anomaly/obsolete-address-syntax' },
  client_a1: { finding: 'header-anomaly/multiple-from' },
  client_a2: { finding: 'header-anomaly/multiple-from' },
  client_a3: { finding: 'header-anomaly/sender-mismatch' },
};

describe.skipIf(!present)('espoofer cases', () => {
  const cases: { case_id: string; file: string }[] = present ? JSON.parse(readFileSync(join(DIR, 'cases.json'), 'utf8')).cases : [];
  it('covers all 22 cases', () => {
    expect(cases.map((c) => c.case_id).sort()).toEqual(Object.keys(EXPECT).sort());
  });
  for (const c of cases) {
    const e = EXPECT[c.case_id];
    it(`${c.case_id}: ${e && 'finding' in e ? e.finding : 'harmless'}`, () => {
      const v = analyze(fromRawMessage(new Uint8Array(readFileSync(join(DIR, c.file)))));
      const ids = v.findings.map((f) => f.checkId);
      if (e && 'finding' in e) expect(ids).toContain(e.finding);
      else {
        // Nothing in the message claims authentication, so nothing can be mistaken for a pass.
        expect(v.level, `${c.case_id}: ${e?.harmless}`).toBe('safe');
      }
    });
  }
});

describe('espoofer A4/A5: a receiver tricked into a wrong result does not make a pass aligned', () => {
  it("dkim=pass for d=legitimate.example'a.attack.example is not aligned with legitimate.example", () => {
    const headers = parseHeaderBlock(
      "Authentication-Results: mx.victim.example; dkim=pass header.d=legitimate.example'a.attack.example; spf=none\r\nFrom: <admin@legitimate.example>\r\n\r\n",
    ).headers;
    expect(authFailure(summarizeAuth(headers), 'legitimate.example')).toBeNull(); // no positive failure either…
    const s = summarizeAuth(headers);
    expect(s.dkim[0]?.domain).toBe("legitimate.example'a.attack.example"); // …and the signer is read as the odd domain it is
  });
  it('a comment-injected "spf=pass" inside a smtp.mailfrom value is not read as a result', () => {
    const headers = parseHeaderBlock(
      'Authentication-Results: mx.victim.example; spf=fail smtp.mailfrom="admin@legitimate.example(spf=pass)"\r\nFrom: <admin@legitimate.example>\r\n\r\n',
    ).headers;
    expect(summarizeAuth(headers).spf?.result).toBe('fail');
  });
});
