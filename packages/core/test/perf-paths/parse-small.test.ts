/**
 * Small parsing fast paths against the implementations they replaced (./reference): address lists
 * (white space collapsed only when there is something to collapse), MIME parameters (the RFC 2231
 * section pattern tried on names with `*` only) and the authentication summary (Microsoft's stamp
 * headers found in the same pass as Authentication-Results), on seeded random input and on every
 * test message.
 */
import { describe, expect, it } from 'vitest';
import { fromRawMessage } from '../../src/adapters/raw-message.js';
import { summarizeAuth } from '../../src/context/auth-summary.js';
import type { HeaderField } from '../../src/model/message.js';
import { parseAddressList } from '../../src/parse/address.js';
import { parseContentType, parseParams } from '../../src/parse/mime.js';
import { mulberry32 } from '../attachment/builders.js';
import { allFixtures, fixtureBytes } from '../helpers.js';
import { parseAddressList as refParseAddressList } from './reference/address.js';
import { summarizeAuth as refSummarizeAuth } from './reference/auth-summary.js';
import { parseContentType as refParseContentType, parseParams as refParseParams } from './reference/mime.js';

function soup(next: () => number, pieces: readonly string[], max: number): string {
  let out = '';
  const n = Math.floor(next() * max);
  for (let k = 0; k < n; k++) out += pieces[Math.floor(next() * pieces.length)];
  return out;
}

const ADDRESS_PIECES = [
  'a@example.com', ' ', '  ', '\t', '\r\n ', '\n', ',', ';', ':', '<', '>', '"', '\\', '(', ')', 'Support Team', 'Üser', '=?UTF-8?B?5pel5pys?=',
  '=?utf-8?q?H=C3=B6rst=2C_Kenny?=', '@', 'x.test', '[1.2.3.4]', 'Group:', '\u3000', '\u00a0', 'name', '.', 'b@Example.ORG.', '<@relay:user@host>',
];
const PARAM_PIECES = [
  'text/html', 'multipart/mixed', ';', ' ', 'charset=utf-8', 'charset="iso-2022-jp"', 'boundary="--=_x"', 'name=a.pdf', 'filename*=UTF-8\'\'%E6%97%A5.pdf',
  'filename*0*=UTF-8\'\'a', 'filename*1=b.doc', 'NAME*="x"', 'title*2*=%41', '*=v', 'a*b=c', '"', '\\', '=', 'name="=?UTF-8?B?5pel5pys?="', 'attachment', 'inline',
];
const HEADER_NAMES = ['authentication-results', 'received-spf', 'x-forefront-antispam-report', 'x-ms-exchange-organization-authas', 'x-ms-exchange-organization-scl', 'from', 'x-other'];
const HEADER_VALUES = [
  'mx.google.com; spf=pass smtp.mailfrom=example.com; dkim=fail header.d=example.com header.s=s1; dmarc=fail (p=REJECT) header.from=example.com',
  'spf=fail (sender IP is 1.2.3.4) smtp.mailfrom=x.test; dkim=none; dmarc=none action=none header.from=y.test;compauth=fail reason=001',
  'CIP:1.2.3.4;CTRY:;LANG:en;SCL:5;SRV:;IPV:NLI;SFV:SPM;H:x;PTR:;CAT:PHSH;SFS:(1);DIR:INB;SFTY:9.25;', 'Anonymous', ' 9 ', '-1', 'Pass (protection.outlook.com: domain of x.test designates 1.2.3.4 as permitted sender)',
  'none', '', 'arc=pass',
];

describe('small parsing fast paths = the previous implementations', () => {
  it('parseAddressList on seeded address soup', () => {
    const next = mulberry32(51);
    for (let round = 0; round < 6000; round++) {
      const value = soup(next, ADDRESS_PIECES, 16);
      const max = next() < 0.2 ? 2 : 50;
      expect(parseAddressList(value, max), JSON.stringify(value)).toEqual(refParseAddressList(value, max));
    }
  });

  it('parseParams and parseContentType on seeded parameter soup', () => {
    const next = mulberry32(52);
    for (let round = 0; round < 6000; round++) {
      const value = soup(next, PARAM_PIECES, 12);
      expect(parseParams(value), JSON.stringify(value)).toEqual(refParseParams(value));
      expect(parseContentType(value), JSON.stringify(value)).toEqual(refParseContentType(value));
    }
  });

  it('summarizeAuth on seeded header lists, with and without trusted authserv-ids', () => {
    const next = mulberry32(53);
    for (let round = 0; round < 3000; round++) {
      const headers: HeaderField[] = [];
      const n = Math.floor(next() * 8);
      for (let k = 0; k < n; k++) headers.push({ name: HEADER_NAMES[Math.floor(next() * HEADER_NAMES.length)] as string, value: HEADER_VALUES[Math.floor(next() * HEADER_VALUES.length)] as string });
      const ids = next() < 0.3 ? ['mx.google.com'] : undefined;
      expect(summarizeAuth(headers, ids), JSON.stringify(headers)).toEqual(refSummarizeAuth(headers, ids));
    }
  });

  it('on every test message', () => {
    for (const rel of allFixtures()) {
      const input = fromRawMessage(fixtureBytes(rel));
      expect(summarizeAuth(input.headers), rel).toEqual(refSummarizeAuth(input.headers));
      for (const h of input.headers) {
        if (['from', 'to', 'cc', 'reply-to', 'sender'].includes(h.name)) expect(parseAddressList(h.value), rel).toEqual(refParseAddressList(h.value));
        if (h.name === 'content-type' || h.name === 'content-disposition') expect(parseParams(h.value), rel).toEqual(refParseParams(h.value));
      }
    }
  });
});
