/**
 * Web links inside a calendar invitation (iCalendar, RFC 5545: a `text/calendar` part or an `.ics`
 * attachment). Outlook, Thunderbird and Gmail show an invitation's description, location and URL
 * with clickable links, and a meeting link is clicked without a second thought, so invitations
 * carry phishing links past scanners that read only the mail's body.
 *
 * Read statically: lines unfolded (§3.1), then the properties a person sees or opens — DESCRIPTION,
 * LOCATION, SUMMARY, COMMENT, CONTACT (text, escapes undone, links found as in a text body), URL and
 * ATTACH (a URI each), X-ALT-DESC (an HTML description). At most 2 MiB of the file and 50 links.
 *
 * @example
 * calendarLinks(new TextEncoder().encode('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDESCRIPTION:Join: https://meet.example.net/j/1\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n'));
 * // → ['https://meet.example.net/j/1']
 */
import { decodeBytes } from '../parse/charset.js';
import { urlsFromHtml } from '../parse/urls-from-html.js';
import { urlsFromText } from '../parse/urls-from-text.js';
import type { AttachmentInfo } from '../model/message.js';

const MAX_SCAN = 2 * 1024 * 1024;
const MAX_LINKS = 50;
const TEXT_PROPS: ReadonlySet<string> = new Set(['DESCRIPTION', 'LOCATION', 'SUMMARY', 'COMMENT', 'CONTACT']);
const URI_PROPS: ReadonlySet<string> = new Set(['URL', 'ATTACH']);
const CALENDAR_TYPES: ReadonlySet<string> = new Set(['text/calendar', 'application/ics', 'text/x-vcalendar', 'application/x-ical']);

/** True for an attachment that is an iCalendar file (by type, name or its first line). */
export function isCalendar(a: Pick<AttachmentInfo, 'contentType' | 'filename' | 'bytes'>): boolean {
  if (CALENDAR_TYPES.has((a.contentType ?? '').toLowerCase())) return true;
  if (/\.(?:ics|ical|ifb|vcs)$/i.test(a.filename ?? '')) return true;
  const b = a.bytes;
  if (!b || b.length < 15) return false;
  let head = '';
  for (let i = 0; i < 15; i++) head += String.fromCharCode(b[i] as number);
  return head.toUpperCase() === 'BEGIN:VCALENDAR';
}

/** A TEXT value with its escapes undone (§3.3.11): `\n`, `\,`, `\;`, `\\`. */
function unescapeText(v: string): string {
  return v.replace(/\\([nN,;\\])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** The http(s) links of an iCalendar file, in file order, each once. */
export function calendarLinks(bytes: Uint8Array): string[] {
  const text = decodeBytes(bytes.length > MAX_SCAN ? bytes.subarray(0, MAX_SCAN) : bytes, 'utf-8');
  // Unfolding: a line break followed by one space or tab continues the line.
  const lines = text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (u: string): void => {
    const url = /^www\./i.test(u) ? `http://${u}` : u;
    if (out.length >= MAX_LINKS || seen.has(url) || !/^https?:\/\/[^\s]/i.test(url)) return;
    seen.add(url);
    out.push(url);
  };
  for (const line of lines) {
    if (out.length >= MAX_LINKS) break;
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const head = line.slice(0, colon);
    const semi = head.indexOf(';');
    const name = (semi < 0 ? head : head.slice(0, semi)).toUpperCase();
    const value = line.slice(colon + 1);
    if (URI_PROPS.has(name)) add(value.trim());
    else if (TEXT_PROPS.has(name)) for (const u of urlsFromText(unescapeText(value), MAX_LINKS).urls) add(u);
    else if (name === 'X-ALT-DESC') for (const l of urlsFromHtml(unescapeText(value), MAX_LINKS).links) add(l.href);
  }
  return out;
}
