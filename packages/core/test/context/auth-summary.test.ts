import { describe, expect, it } from 'vitest';
import { summarizeAuth } from '../../src/context/auth-summary.js';
import { parseHeaderBlock } from '../../src/parse/header-block.js';

const headers = (s: string) => parseHeaderBlock(s + '\r\n\r\n').headers;

describe('authentication trust model', () => {
  const msg = headers(
    [
      'Authentication-Results: mx.receiver.example; spf=fail smtp.mailfrom=bank.example; dkim=none; dmarc=fail header.from=bank.example',
      'Authentication-Results: mx.receiver.example; dkim=pass header.d=bank.example; dmarc=pass header.from=bank.example',
      'From: <info@bank.example>',
    ].join('\r\n'),
  );
  it('RFC 8601 §5: believes only the topmost Authentication-Results by default', () => {
    const s = summarizeAuth(msg);
    expect(s.dmarc?.result).toBe('fail');
    expect(s.trusted).toHaveLength(1);
    expect(s.ignored).toHaveLength(1);
  });
  it('RFC 8601 §5: ignores A-R whose authserv-id is not trusted', () => {
    const s = summarizeAuth(headers('Authentication-Results: evil.example; dmarc=pass header.from=bank.example'), ['mx.receiver.example']);
    expect(s.dmarc).toBeUndefined();
    expect(s.trusted).toHaveLength(0);
  });
  it('reads Microsoft stamps', () => {
    const s = summarizeAuth(
      headers('X-Forefront-Antispam-Report: CIP:192.0.2.1;CTRY:JP;LANG:ja;SCL:5;SRV:;IPV:NLI;SFV:SPM;H:x;PTR:;CAT:PHSH;SFTY:9.25;SFS:(1);DIR:INB;\r\nX-MS-Exchange-Organization-AuthAs: Anonymous'),
    );
    expect(s.microsoft).toMatchObject({ sfv: 'SPM', cat: 'PHSH', sfty: '9.25', scl: 5, authAs: 'Anonymous' });
  });
});
