/** Pure text helpers for evidence display (no DOM): unit-tested in Node, used by the popup. */
import type { Evidence } from '@ayashii/core';
import { decodeEncodedWords, hasEncodedWord, neutralize } from '@ayashii/core';

/**
 * What a header evidence line shows: RFC 2047 words decoded (nobody reads `=?UTF-8?B?…?=`), then
 * neutralised again, since a decoded word can carry invisible or bidi characters. The raw value
 * stays available as the tooltip.
 */
export function displayValue(e: Evidence): string {
  if (e.kind !== 'header' || !hasEncodedWord(e.value)) return e.value;
  try {
    return neutralize(decodeEncodedWords(e.value), 2000);
  } catch {
    return e.value;
  }
}

