import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { fromRawMessage } from '../../src/adapters/raw-message.js';
import { fromThunderbirdMessage, type ThunderbirdMessageData } from '../../src/adapters/thunderbird.js';
import type { Verdict } from '../../src/model/verdict.js';
import { fixtureBytes } from '../helpers.js';

/**
 * `messenger.messages.getFull(id, { decodeHeaders: false })` for
 * `fixtures/eml/incidents/alpha-prm-spoofed.eml`, captured from Thunderbird 153.7.0esr
 * (Debian) by the add-in's end-to-end test (packages/thunderbird-ext). Verbatim.
 */
const CAPTURED_RAW: ThunderbirdMessageData & { decryptionStatus?: string } = {
    "contentType": "message/rfc822",
    "partName": "",
    "size": 250,
    "decryptionStatus": "none",
    "rawHeaders": {
      "return-path": [
        "<bounce@mail-relay.example.net>"
      ],
      "delivered-to": [
        "taro@kousya.jp"
      ],
      "received": [
        "from mail.mail-relay.example.net (mail.mail-relay.example.net [192.0.2.10])\r\n\tby mx.kousya.jp (Postfix) with ESMTPS id 4AbCdE\r\n\tfor <taro@kousya.jp>; Mon, 23 Nov 2026 09:12:00 +0900"
      ],
      "authentication-results": [
        "mx.kousya.jp;\r\n\tspf=fail smtp.mailfrom=alpha-prm.jp;\r\n\tdkim=none;\r\n\tdmarc=fail (p=QUARANTINE dis=quarantine) header.from=alpha-prm.jp"
      ],
      "from": [
        "=?UTF-8?B?T1RTVUtB44Kr44K544K/44Oe44O844K144Od44O844OI?= <no-reply@alpha-prm.jp>"
      ],
      "to": [
        "taro@kousya.jp"
      ],
      "subject": [
        "=?ISO-2022-JP?B?GyRCIVolIiVrJVUlISVhITwlayFbJVElOSVvITwlSU0tOHo0fDhCJE4kKkNOJGkkOxsoQg==?="
      ],
      "date": [
        "Mon, 23 Nov 2026 11:30:00 +0900"
      ],
      "message-id": [
        "<spoof.20261123@alpha-prm.jp>"
      ],
      "mime-version": [
        "1.0"
      ]
    },
    "parts": [
      {
        "contentType": "text/html",
        "size": 250,
        "partName": "1",
        "body": "<html><body><p>お客様各位</p><p>アルファメールのパスワードの有効期限が切れます。</p><p><a href=\"https://url-shield.securrence.com/?p=1.0&r=kousya.jp&u=http://www.Kousya35698900.stbasil.techix.com/?vc=mailer-daemon@kousya.jp\">パスワードを更新する</a></p><p>OTSUKAカスタマーサポート</p></body></html>",
        "rawHeaders": {
          "content-type": [
            "text/html; charset=\"UTF-8\""
          ],
          "content-transfer-encoding": [
            "base64"
          ]
        }
      }
    ]
  };

/** The same capture as Thunderbird's default `getFull(id)` gives it: RFC 2047-decoded headers. */
function decodedVariant(raw: ThunderbirdMessageData): ThunderbirdMessageData {
  const headers: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(raw.rawHeaders ?? {})) headers[k] = v.map((s) => s.replace(/\r\n/g, ''));
  headers['from'] = ['OTSUKAカスタマーサポート <no-reply@alpha-prm.jp>'];
  headers['subject'] = ['【アルファメール】パスワード有効期限のお知らせ'];
  headers['content-type'] = ['message/rfc822'];
  const { rawHeaders: _drop, ...rest } = raw;
  const parts = raw.parts?.map(({ rawHeaders, ...p }) => ({ ...p, ...(rawHeaders ? { headers: rawHeaders } : {}) }));
  return parts ? { ...rest, headers, parts } : { ...rest, headers };
}

const HEADER_CATEGORIES = new Set([
  'sender-display-name',
  'brand-impersonation',
  'sender-authentication',
  'reply-path',
  'lookalike-domain',
  'own-organization',
  'recipient-targeting',
  'header-anomaly',
]);
const headerFindings = (v: Verdict) =>
  v.findings.filter((f) => HEADER_CATEGORIES.has(f.category)).map((f) => ({ checkId: f.checkId, params: f.params }));
const allIds = (v: Verdict) => v.findings.map((f) => f.checkId);

describe('fromThunderbirdMessage (messages.getFull → MessageInput)', () => {
  const viaRaw = analyze(fromRawMessage(fixtureBytes('eml/incidents/alpha-prm-spoofed.eml')));

  it('parity: a real getFull capture gives the same header findings as the .eml through fromRawMessage', () => {
    const viaFull = analyze(fromThunderbirdMessage(CAPTURED_RAW));
    expect(headerFindings(viaFull)).toEqual(headerFindings(viaRaw));
    expect(headerFindings(viaRaw).length).toBeGreaterThan(0);
  });

  it('parity: with the decoded body part, link findings and the level agree too', () => {
    const viaFull = analyze(fromThunderbirdMessage(CAPTURED_RAW));
    expect(allIds(viaFull)).toEqual(allIds(viaRaw));
    expect(viaFull.level).toBe(viaRaw.level);
  });

  it('marks the input as coming from Thunderbird and keeps raw header values, unfolded', () => {
    const input = fromThunderbirdMessage(CAPTURED_RAW);
    expect(input.source).toBe('thunderbird');
    const from = input.headers.filter((h) => h.name === 'from');
    expect(from).toEqual([{ name: 'from', value: '=?UTF-8?B?T1RTVUtB44Kr44K544K/44Oe44O844K144Od44O844OI?= <no-reply@alpha-prm.jp>' }]);
    const ar = input.headers.find((h) => h.name === 'authentication-results');
    expect(ar?.value).not.toMatch(/[\r\n]/);
    expect(ar?.value).toContain('dmarc=fail');
  });

  it('house style 3.8: prefers rawHeaders over RFC 2047-decoded headers when both are present', () => {
    // comm-central's warning: decoding before parsing turns one mailbox into two.
    const data: ThunderbirdMessageData = {
      contentType: 'message/rfc822',
      headers: { from: ['Hörst, Kenny <k@example.com>'] },
      rawHeaders: { from: ['=?UTF-8?Q?H=C3=B6rst=2C_Kenny?= <k@example.com>'] },
      parts: [{ contentType: 'text/plain', body: 'Hello.' }],
    };
    const input = fromThunderbirdMessage(data);
    expect(input.headers).toEqual([{ name: 'from', value: '=?UTF-8?Q?H=C3=B6rst=2C_Kenny?= <k@example.com>' }]);
    expect(analyze(input).findings.map((f) => f.checkId)).not.toContain('header-anomaly/multiple-from');
  });

  it('falls back to decoded headers (getFull default) and still finds the spoof', () => {
    const v = analyze(fromThunderbirdMessage(decodedVariant(CAPTURED_RAW)));
    expect(v.level).toBe(viaRaw.level);
    expect(allIds(v)).toContain('sender-authentication/dmarc-fail');
  });

  it('walks nested parts: first text/plain and text/html are the bodies, named parts are attachments', () => {
    const input = fromThunderbirdMessage({
      contentType: 'message/rfc822',
      rawHeaders: { from: ['a@example.com'], subject: ['x'] },
      parts: [
        {
          contentType: 'multipart/mixed',
          parts: [
            {
              contentType: 'multipart/alternative',
              parts: [
                { contentType: 'text/plain', body: 'plain https://example.com/' },
                { contentType: 'text/html', body: '<a href="https://example.org/">x</a>' },
              ],
            },
            { contentType: 'application/pdf', name: 'invoice.pdf', size: 1234, partName: '1.2' },
            { contentType: 'text/plain', name: 'notes.txt', size: 10, body: 'not the body' },
            {
              contentType: 'message/rfc822',
              name: 'fwd.eml',
              size: 99,
              rawHeaders: { from: ['"Prize Desk" <desk@sweeps.example.net>'], subject: ['You won'] },
              parts: [
                { contentType: 'text/plain', body: 'Claim at https://sweeps.example.net/' },
                { contentType: 'application/x-msdownload', name: 'setup.exe', size: 5 },
              ],
            },
          ],
        },
      ],
    });
    expect(input.bodies).toEqual({ text: 'plain https://example.com/', html: '<a href="https://example.org/">x</a>' });
    expect(input.attachments).toEqual([
      { filename: 'invoice.pdf', contentType: 'application/pdf', size: 1234 },
      { filename: 'notes.txt', contentType: 'text/plain', size: 10 },
      {
        filename: 'fwd.eml',
        contentType: 'message/rfc822',
        size: 99,
        disposition: 'attachment',
        nested: [{ filename: 'setup.exe', contentType: 'application/x-msdownload', size: 5 }],
        // the attached message's own header fields and text, judged as a forward (forwarded-message)
        message: {
          headers: [
            { name: 'from', value: '"Prize Desk" <desk@sweeps.example.net>' },
            { name: 'subject', value: 'You won' },
          ],
          text: 'Claim at https://sweeps.example.net/',
        },
      },
    ]);
    // getFull carries no attachment content: byte-level checks are skipped, not passed.
    expect(input.unavailable).toContainEqual({ what: 'attachment-bytes', reason: 'Thunderbird getFull gives no attachment content' });
  });

  it('records body and attachments as unavailable when getFull returned no parts', () => {
    const input = fromThunderbirdMessage({ rawHeaders: { from: ['a@example.com'] } });
    const what = input.unavailable?.map((u) => u.what);
    expect(what).toEqual(expect.arrayContaining(['body', 'attachments', 'attachment-bytes']));
    const v = analyze(input);
    expect(v.skipped.some((s) => s.reason === 'needs-body')).toBe(true);
  });

  it('hostile input: ignores non-array values and bad names, caps header count and parts', () => {
    const rawHeaders = JSON.parse('{"__proto__": ["x"], "from": ["a@example.com"], "bad name": ["y"], "subject": "not-an-array"}');
    const input = fromThunderbirdMessage({ rawHeaders });
    expect(input.headers.map((h) => h.name)).toEqual(['__proto__', 'from']);
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();

    const many = fromThunderbirdMessage({ rawHeaders: { received: Array.from({ length: 50 }, (_, i) => `r${i}`) } }, { maxHeaderCount: 10 });
    expect(many.headers).toHaveLength(10);
    expect(many.limitsHit).toContainEqual({ limit: 'header-count', value: 50, max: 10 });

    let deep: ThunderbirdMessageData = { contentType: 'text/plain', body: 'deep' };
    for (let i = 0; i < 60; i++) deep = { contentType: 'multipart/mixed', parts: [deep] };
    const d = fromThunderbirdMessage({ rawHeaders: { from: ['a@example.com'] }, ...deep }, { maxDepth: 20 });
    expect(d.limitsHit?.some((l) => l.limit === 'mime-depth')).toBe(true);
    expect(() => analyze(d)).not.toThrow();
  });
});

describe('raw header byte strings', () => {
  it('decodes 8-bit UTF-8 given as a byte string (one char per byte), as getFull rawHeaders do', () => {
    const utf8 = new TextEncoder().encode('"メルカ\u2064リ" <a@example.net>');
    const byteString = String.fromCharCode(...utf8);
    const m = fromThunderbirdMessage({ rawHeaders: { from: [byteString] } });
    expect(m.headers[0]?.value).toBe('"メルカ\u2064リ" <a@example.net>');
  });
});
