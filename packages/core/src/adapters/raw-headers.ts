import type { MessageInput } from '../model/message.js';
import { parseHeaderBlock } from '../parse/header-block.js';

/**
 * Pasted headers, or Outlook's `item.getAllInternetHeadersAsync` string → MessageInput.
 * Body and attachments are recorded as unavailable, so their checks show as skipped.
 *
 * @example
 * const verdict = analyze(fromRawHeaders('From: "Amazon.co.jp" <x@kankyou-hozen.example>\r\n…'));
 */
export function fromRawHeaders(raw: string, options: { maxHeaderBytes?: number; maxHeaderCount?: number } = {}): MessageInput {
  // Pasted text may hold a body after a blank line; only the header block is taken.
  const hb = parseHeaderBlock(raw, options);
  return {
    source: 'raw-headers',
    headers: hb.headers,
    headerSyntax: hb.syntax,
    limitsHit: hb.limitsHit,
    unavailable: [
      { what: 'body', reason: 'headers only' },
      { what: 'attachments', reason: 'headers only' },
    ],
  };
}
