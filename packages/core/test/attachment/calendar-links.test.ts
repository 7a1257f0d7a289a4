import { describe, expect, it } from 'vitest';
import { calendarLinks, isCalendar } from '../../src/attachment/calendar-links.js';
import { alternativeMail, analyzeText, ids } from '../helpers.js';
import { fromRawMessage } from '../../src/adapters/raw-message.js';
import { listLinks } from '../../src/list-links.js';

const enc = (s: string) => new TextEncoder().encode(s.replace(/\n/g, '\r\n'));
const ics = (event: string) => `BEGIN:VCALENDAR\nVERSION:2.0\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:1@example.com\n${event}\nEND:VEVENT\nEND:VCALENDAR\n`;

describe('calendarLinks', () => {
  it('description, location, URL and ATTACH; escapes undone; folded lines joined', () => {
    const text = ics(
      [
        'DESCRIPTION:Your payroll review is due\\nOpen https://bit.ly/3xYz and confi',
        ' rm\\, or visit www.payroll-check.example.net/x',
        'LOCATION:https://meet.example.org/j/123',
        'URL;VALUE=URI:https://events.example.org/e/9',
        'ATTACH;FMTTYPE=application/pdf:https://files.example.net/a.pdf',
        'ORGANIZER;CN=HR:mailto:hr@example.com',
      ].join('\n'),
    );
    expect(calendarLinks(enc(text))).toEqual([
      'https://bit.ly/3xYz',
      'http://www.payroll-check.example.net/x',
      'https://meet.example.org/j/123',
      'https://events.example.org/e/9',
      'https://files.example.net/a.pdf',
    ]);
  });
  it('an HTML description (X-ALT-DESC)', () => {
    expect(calendarLinks(enc(ics('X-ALT-DESC;FMTTYPE=text/html:<a href="https://sso.example.net/login">Join</a>')))).toEqual(['https://sso.example.net/login']);
  });
  it('no links, no properties, junk: nothing, never an error', () => {
    expect(calendarLinks(enc(ics('SUMMARY:Team lunch\nDTSTART:20261201T120000Z')))).toEqual([]);
    expect(calendarLinks(new Uint8Array([0xff, 0xfe, 0x00, 0x3a]))).toEqual([]);
  });
  it.each([
    [{ contentType: 'text/calendar', filename: null }, true],
    [{ contentType: 'application/octet-stream', filename: 'invite.ics' }, true],
    [{ contentType: 'application/octet-stream', filename: 'x', bytes: enc('BEGIN:VCALENDAR\n') }, true],
    [{ contentType: 'application/pdf', filename: 'a.pdf' }, false],
  ] as const)('isCalendar %o', (a, yes) => {
    expect(isCalendar(a)).toBe(yes);
  });
});

describe('links of a calendar invitation in a message', () => {
  const mail = (event: string, from = 'HR Team <hr@payroll-notice.example.net>') =>
    alternativeMail([`From: ${from}`, 'To: taro@kousya.example', 'Subject: Invitation: Payroll review'], [
      ['text/plain; charset=utf-8', 'You have been invited.'],
      ['text/calendar; charset=utf-8; method=REQUEST', ics(event).replace(/\n/g, '\r\n')],
    ]);
  it('are listed as attachment links and judged like any other', () => {
    const raw = mail('DESCRIPTION:Confirm your salary details: https://bit.ly/3xYz');
    expect(listLinks(fromRawMessage(raw)).map((l) => [l.href, l.source])).toEqual([['https://bit.ly/3xYz', 'attachment']]);
    const v = analyzeText(raw);
    expect(ids(v)).toContain('url-redirect/shortened-link');
    expect(v.findings.find((f) => f.checkId === 'url-redirect/shortened-link')?.evidence[0]?.label).toBe('calendar link');
  });
  it('legitimate twin: a meeting invitation with its video link stays below caution', () => {
    const raw = mail('DESCRIPTION:Join the meeting: https://meet.example.com/j/8841\\nAgenda: budget', 'Hanako <hanako@example.com>').replace('payroll-notice.example.net', 'example.com');
    const v = analyzeText(raw);
    expect(listLinks(fromRawMessage(raw)).map((l) => l.href)).toEqual(['https://meet.example.com/j/8841']);
    expect(v.level).toBe('safe');
  });
});
