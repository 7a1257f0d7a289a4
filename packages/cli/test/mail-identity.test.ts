/**
 * Which mail a record is about (--details, the HTML report): From, Subject, Date as ISO 8601 in the
 * sender's offset, Message-ID. The date is the one the mail states, in RFC 5322's forms (current and
 * obsolete), or none: nothing else is guessed at.
 */
import { describe, expect, it } from 'vitest';
import { isoDate, mailIdentity, readableDate } from '../src/mail-identity.js';

const h = (fields: Record<string, string>) => Object.entries(fields).map(([name, value]) => ({ name, value }));

describe('isoDate', () => {
  it.each([
    ['Thu, 20 Nov 2026 09:12:00 +0900', '2026-11-20T09:12:00+09:00'],
    ['Thu, 20 Nov 2026 09:12:00 +0900 (JST)', '2026-11-20T09:12:00+09:00'],
    ['  Thu,\r\n 20 Nov 2026\t09:12:00   -0500  (EST (Eastern))', '2026-11-20T09:12:00-05:00'],
    ['20 Nov 2026 09:12 +0000', '2026-11-20T09:12:00+00:00'],
    ['Fri, 1 Jan 2027 00:00:05 +0530', '2027-01-01T00:00:05+05:30'],
    ['Thu 20 Nov 2026 09:12:00 +0900', '2026-11-20T09:12:00+09:00'],
    ['Thursday, 20 November 2026 09:12:00 +0900', '2026-11-20T09:12:00+09:00'],
    ['20-Nov-2026 09:12:00 +0900', '2026-11-20T09:12:00+09:00'],
    ['Thu, 20 Nov 2026 09:12:00 +09:00', '2026-11-20T09:12:00+09:00'],
    ['Thu, 20 Nov 2026 09:12:00.123 +0900', '2026-11-20T09:12:00+09:00'],
    // Obsolete forms (RFC 5322 section 4.3): two- and three-digit years, zone names, military letters.
    ['Mon, 9 Sep 02 17:04:03 -0700', '2002-09-09T17:04:03-07:00'],
    ['Mon, 9 Sep 99 17:04:03 -0700', '1999-09-09T17:04:03-07:00'],
    ['Mon, 9 Sep 102 17:04:03 -0700', '2002-09-09T17:04:03-07:00'],
    ['Mon, 9 Sep 2002 17:04:03 PDT', '2002-09-09T17:04:03-07:00'],
    ['Mon, 9 Sep 2002 17:04:03 EST', '2002-09-09T17:04:03-05:00'],
    ['Mon, 9 Sep 2002 17:04:03 GMT', '2002-09-09T17:04:03+00:00'],
    ['Mon, 9 Sep 2002 17:04:03 UT', '2002-09-09T17:04:03+00:00'],
    ['Mon, 9 Sep 2002 17:04:03 Z', '2002-09-09T17:04:03+00:00'],
    ['Mon, 9 Sep 2002 17:04:03 A', '2002-09-09T17:04:03+00:00'],
    ['Mon, 9 Sep 2002 17:04:03', '2002-09-09T17:04:03+00:00'],
    ['Mon, 9 Sep 2002 17 : 04 : 03 -0000', '2002-09-09T17:04:03+00:00'],
    // What mailers write instead: zone names such as JST, three-digit offsets.
    ['Thu, 9 Apr 2006 23:34:45 JST', '2006-04-09T23:34:45+09:00'],
    ['Thu, 9 Apr 2006 23:34:45 CEST', '2006-04-09T23:34:45+02:00'],
    ['Thu, 9 Apr 2006 23:34:45 AEDT', '2006-04-09T23:34:45+11:00'],
    ['Tue, 30 Nov 2021 11:06:46 +000', '2021-11-30T11:06:46+00:00'],
    ['Tue, 30 Nov 2021 11:06:46 +900', '2021-11-30T11:06:46+09:00'],
    // A leap second is shown as :59; 29 February only in a leap year.
    ['Wed, 31 Dec 2016 23:59:60 +0000', '2016-12-31T23:59:59+00:00'],
    ['Tue, 29 Feb 2028 12:00:00 +0900', '2028-02-29T12:00:00+09:00'],
    ['Sat, 29 Feb 2000 12:00:00 +0900', '2000-02-29T12:00:00+09:00'],
  ])('%j → %s', (value, iso) => {
    expect(isoDate(value)).toBe(iso);
  });

  it.each([
    '',
    'yesterday',
    '2026-11-20T09:12:00+09:00', // ISO 8601 is not a mail date: not guessed at
    '11/20/2026 09:12',
    'Thu, 32 Nov 2026 09:12:00 +0900',
    'Thu, 31 Nov 2026 09:12:00 +0900',
    'Fri, 29 Feb 2026 09:12:00 +0900',
    'Mon, 29 Feb 1900 09:12:00 +0900',
    'Thu, 20 Foo 2026 09:12:00 +0900',
    'Thu, 20 Nov 2026 24:00:00 +0900',
    'Thu, 20 Nov 2026 09:60:00 +0900',
    'Thu, 20 Nov 2026 09:12:61 +0900',
    'Thu, 20 Nov 2026 09:12:00 +2400',
    'Thu, 20 Nov 2026 09:12:00 +0960',
    'Thu, 20 Nov 2026 09:12:00 J',
    'Thu, 20 Nov 2026 09:12:00 XYZ',
    'Thu, 20 Nov 2026 09:12:00 IST',
    'Thu, 20 Nov 2026 09:12:00 +00000',
    'Tue, 029 Apr 2019 23:34:45 -0800',
    '12-06-2023',
    'Thursday, April 09, 2003 9:00 AM',
    'Thu, 20 Nov 2026 09:12:00 +0900 trailing words',
    'Thu, 20 Nov 2026',
  ])('%j is not a date', (value) => {
    expect(isoDate(value)).toBe('');
  });

  it('takes linear time on hostile values', () => {
    const hostile = [
      `1 Jan 2026 10:00${' '.repeat(200_000)}!`,
      `${'('.repeat(100_000)}1 Jan 2026 10:00 +0000${')'.repeat(100_000)}`,
      `1${' -'.repeat(100_000)}`,
      `Thu, 20 Nov 2026 09:12:00 ${'+'.repeat(200_000)}`,
    ];
    const t = performance.now();
    for (const v of hostile) expect(isoDate(v)).toBe('');
    expect(performance.now() - t).toBeLessThan(1000);
  });
});

describe('mailIdentity', () => {
  it('gives the first From mailbox, the decoded subject, the date and the Message-ID without brackets', () => {
    const id = mailIdentity(
      h({
        from: '"=?UTF-8?B?44Ki44Oe44K+44Oz?=" <account@shipping-notice.example>, other@example.com',
        subject: '=?UTF-8?B?44GU5rOo5paH44Gu56K66KqN?=',
        date: 'Thu, 20 Nov 2026 09:12:00 +0900 (JST)',
        'message-id': ' <abc.123@shipping-notice.example> (comment)',
      }),
    );
    expect(id).toEqual({ from: 'アマゾン <account@shipping-notice.example>', subject: 'ご注文の確認', date: '2026-11-20T09:12:00+09:00', messageId: 'abc.123@shipping-notice.example' });
  });

  it('gives empty strings for what the mail does not have, and never throws', () => {
    expect(mailIdentity([])).toEqual({ from: '', subject: '', date: '', messageId: '' });
    expect(mailIdentity(h({ from: 'bare@example.com', date: 'not a date', 'message-id': 'no-brackets@example.com' }))).toEqual({
      from: 'bare@example.com',
      subject: '',
      date: '',
      messageId: 'no-brackets@example.com',
    });
  });

  it('gives a name without an address as the name alone', () => {
    expect(mailIdentity(h({ from: '"UCカード" <>' })).from).toBe('UCカード');
    expect(mailIdentity(h({ from: 'Support Team' })).from).toBe('Support Team');
  });

  it('takes the first header of each name (the topmost, as the analysis does)', () => {
    expect(mailIdentity(h({ subject: 'first' }).concat(h({ subject: 'second' }))).subject).toBe('first');
  });

  it('keeps control characters out and cuts long values at 300 characters', () => {
    const id = mailIdentity(h({ subject: `a\u001b[31mb\u0007c\r\n d ${'x'.repeat(1000)}`, 'message-id': `<${'y'.repeat(1000)}@example.com>` }));
    expect(id.subject).not.toMatch(/[\u0000-\u001f]/);
    expect(id.subject.startsWith('a\uFFFD[31mb\uFFFDc d ')).toBe(true);
    expect(id.subject).toHaveLength(301);
    expect(id.subject.endsWith('…')).toBe(true);
    expect(id.messageId).toHaveLength(301);
  });
});

describe('bidi controls', () => {
  it('are shown, not obeyed, in the subject and the sender', () => {
    const id = mailIdentity(h({ from: '"Support\u202e" <a@example.com>', subject: 'Invoice \u202egnp.exe\u202c and \u2067isolated\u2069 \u200f' }));
    expect(id.subject).toBe('Invoice ⟨U+202E⟩gnp.exe⟨U+202C⟩ and ⟨U+2067⟩isolated⟨U+2069⟩ ⟨U+200F⟩');
    expect(id.from).toBe('Support⟨U+202E⟩ <a@example.com>');
    // Right-to-left text itself is left alone.
    expect(mailIdentity(h({ subject: 'שלום مرحبا' })).subject).toBe('שלום مرحبا');
  });
});

describe('readableDate', () => {
  it('puts spaces where people read them, and leaves anything else alone', () => {
    expect(readableDate('2026-11-20T09:12:00+09:00')).toBe('2026-11-20 09:12:00 +09:00');
    expect(readableDate('')).toBe('');
  });
});
