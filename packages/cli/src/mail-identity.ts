/**
 * Which mail a record is about, as a person finds it again in a mail client: who it says it is from,
 * its subject, when it was sent and its Message-ID. `archive.pst/Inbox#3412` or `box.mbox#57` names
 * a place in a file, which no mail client shows; these four do. Given with --details (table, jsonl,
 * json, csv) and in the HTML report.
 */
import type { HeaderField } from '@ayashii/core';
import { decodeEncodedWords, parseAddressList } from './core-internal.js';

export interface MailIdentity {
  /** The first From mailbox, `Name <address>`, or the address or the name alone ('' when there is none). */
  readonly from: string;
  /** The Subject, encoded-words decoded ('' when there is none). */
  readonly subject: string;
  /** The Date as ISO 8601 in the sender's own offset (`2026-11-20T09:12:00+09:00`); '' when missing or not a date. */
  readonly date: string;
  /** The Message-ID without its angle brackets ('' when there is none). */
  readonly messageId: string;
}

/** Longer values are cut (with `…`): a subject of 10,000 characters is an attack on the reader, not a title. */
const MAX_CHARS = 300;

export function mailIdentity(headers: readonly HeaderField[]): MailIdentity {
  const header = (name: string): string => headers.find((h) => h.name === name)?.value ?? '';
  const from = parseAddressList(header('from'), 5)[0];
  return {
    from: from ? clip(from.name && from.address ? `${from.name} <${from.address}>` : from.name || from.address) : '',
    subject: clip(decodeEncodedWords(header('subject'))),
    date: isoDate(header('date')),
    messageId: clip(messageIdOf(header('message-id'))),
  };
}

/** `<abc@example.com>` → `abc@example.com`; a value without brackets is kept as it is, trimmed. */
function messageIdOf(value: string): string {
  const v = value.replace(/\([^()]*\)/g, ' ').trim();
  const m = /<([^<>]*)>/.exec(v);
  return (m ? m[1]! : v).trim();
}

/**
 * Control characters never reach a report or a terminal, and bidi controls are shown, not obeyed
 * (`⟨U+202E⟩`: a subject must not read backwards, or pull the next column into itself); white space
 * runs become one space.
 */
function clip(s: string, n = MAX_CHARS): string {
  const t = showBidi(s.replace(/\s+/g, ' ').trim().replace(/[\u0000-\u001f\u007f]/g, '\uFFFD'));
  return t.length > n ? `${t.slice(0, n)}…` : t;
}

/** Bidi controls (embeddings, overrides, isolates, marks) as visible `⟨U+202E⟩` markers. */
export function showBidi(s: string): string {
  return s.replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `⟨U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Zone names, in minutes east of UTC: RFC 5322's obsolete ones (section 4.3; military letters mean
 * "unknown", -0000), and the unambiguous abbreviations mailers write in their place (`JST`, as
 * Japanese mail software long did; `CET`, `AEST` …). IST (India, Ireland, Israel) is not guessed.
 */
const ZONES: Record<string, number> = {
  ut: 0, utc: 0, gmt: 0, z: 0, edt: -240, est: -300, cdt: -300, cst: -360, mdt: -360, mst: -420, pdt: -420, pst: -480,
  jst: 540, kst: 540, hkt: 480, sgt: 480, wet: 0, west: 60, bst: 60, cet: 60, met: 60, cest: 120, mest: 120,
  eet: 120, eest: 180, msk: 180, aest: 600, aedt: 660, nzst: 720, nzdt: 780,
};

/**
 * An RFC 5322 date-time (`Thu, 20 Nov 2026 09:12:00 +0900 (JST)`) as ISO 8601 in its own offset
 * (`2026-11-20T09:12:00+09:00`), or '' when it is not one. The obsolete forms are read too (section
 * 4.3: two- and three-digit years, zone names, no seconds, comments and white space anywhere) and a
 * dash or a missing comma as mailers write them (`20-Nov-2026`, `Thu 20 Nov`), common zone names
 * (`JST`) and a three-digit offset (`+900`, `+000`); a missing zone, a military letter and `-0000`
 * are UTC, as the RFC says. No other format is guessed at: the date a
 * record shows is the one the mail states, or none.
 */
export function isoDate(value: string): string {
  // Comments go first (they may hold anything: `(Tokyo Standard Time)`).
  let v = value;
  for (let i = 0; i < 3 && v.includes('('); i++) v = v.replace(/\([^()]*\)/g, ' ');
  v = v.replace(/\s+/g, ' ').trim();
  if (v.length > 64) return '';
  const m = /^(?:[a-z]{3,9} ?,? ?)?(\d{1,2})[ -]([a-z]{3})[a-z]{0,6}\.?[ -](\d{2,4}) (\d{1,2}) ?: ?(\d{2})(?: ?: ?(\d{2}))?(?:\.\d{1,6})?(?: ?([+-])(\d{1,2}):?(\d{2})| ([a-z]{1,5}))?$/i.exec(v);
  if (!m) return '';
  const day = Number(m[1]);
  const month = MONTHS.indexOf(m[2]!.toLowerCase());
  let year = Number(m[3]);
  if (m[3]!.length === 2) year += year < 50 ? 2000 : 1900;
  else if (m[3]!.length === 3) year += 1900;
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? 0 : Math.min(Number(m[6]), 59); // a leap second is shown as :59
  if (month < 0 || day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59 || Number(m[6] ?? 0) > 60) return '';
  let offset = 0; // minutes east of UTC
  if (m[7]) {
    const oh = Number(m[8]);
    const om = Number(m[9]);
    if (oh > 23 || om > 59) return '';
    offset = (m[7] === '-' ? -1 : 1) * (oh * 60 + om);
  } else if (m[10]) {
    const z = m[10].toLowerCase();
    if (z in ZONES) offset = ZONES[z]!;
    else if (z.length !== 1 || z === 'j') return ''; // a military letter (not J) is "unknown", -0000
  }
  const sign = offset < 0 ? '-' : '+';
  const a = Math.abs(offset);
  return `${pad(year, 4)}-${pad(month + 1)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

/** `2026-11-20T09:12:00+09:00` → `2026-11-20 09:12:00 +09:00`, for people (the table, the report). */
export function readableDate(iso: string): string {
  return iso.length === 25 ? `${iso.slice(0, 10)} ${iso.slice(11, 19)} ${iso.slice(19)}` : iso;
}

function daysIn(year: number, month: number): number {
  if (month === 1) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month]!;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}
