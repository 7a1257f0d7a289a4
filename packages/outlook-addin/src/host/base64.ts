/** Base64 ↔ bytes with browser globals only (atob/btoa, TextEncoder); no Buffer in the task pane. */

/** Decodes base64 (whitespace and missing padding tolerated, URL-safe alphabet accepted); throws on junk. */
export function base64ToBytes(b64: string): Uint8Array {
  let s = b64.replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/');
  while (s.endsWith('=')) s = s.slice(0, -1);
  if (s.length % 4 === 1) s = s.slice(0, -1); // a dangling sextet carries no whole byte
  s += '='.repeat((4 - (s.length % 4)) % 4);
  const bin = atob(s); // throws on characters outside the alphabet
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Encodes bytes as base64. */
export function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** A string (an `eml` or `iCalendar` attachment as Outlook returns it) → UTF-8 → base64. */
export function utf8ToBase64(text: string): string {
  return bytesToBase64(new TextEncoder().encode(text));
}
