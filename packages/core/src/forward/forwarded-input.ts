/**
 * Rebuilds the original of a message forwarded inline as a MessageInput of its own, so the same
 * checks can judge it: the From/To/Subject/Date lines of the forward block become its headers,
 * the text after the block its body (links of the forward's HTML part go with it). Nothing is
 * authenticated about it — the forwarding client wrote those lines — so authentication checks
 * skip, and the original's attachments are not known.
 */
import type { HeaderField, MessageInput } from '../model/message.js';
import { htmlToVisibleLines } from '../text/visible-text.js';
import { findForwardedBlock, looksForwarded, shownSender, type ForwardedBlock } from './forwarded-block.js';

/** Text read for a forward block and the original's body. */
const READ_MAX = 200_000;

export interface ForwardedOriginal {
  readonly block: ForwardedBlock;
  /** The mailbox as the forward shows it (`Shop <news@shop.example>`). */
  readonly from: string;
  readonly input: MessageInput;
}

/**
 * The forwarded original inside `outer`, or null when the mail is not a forward with a readable
 * block. `opening` is the start of the visible body text (what `ctx.bodyText` holds): most mail is
 * no forward, and it decides that without reading the HTML again.
 */
export function forwardedOriginal(outer: MessageInput, subject: string, opening: string): ForwardedOriginal | null {
  const b = outer.bodies;
  if (!b || !looksForwarded(subject, opening)) return null;
  const hasText = !!b.text && b.text.trim() !== '';
  const text = hasText ? (b.text as string).slice(0, READ_MAX) : b.html ? htmlToVisibleLines(b.html, READ_MAX) : '';
  if (!text) return null;
  const block = findForwardedBlock(text);
  if (!block) return null;
  const from = shownSender(block.from);
  // A name alone (clients drop the address of known contacts) gives nothing to judge the sender by.
  if (!from.includes('@')) return null;
  const headers: HeaderField[] = [
    { name: 'from', value: from },
    { name: 'subject', value: block.subject },
  ];
  if (block.to) headers.push({ name: 'to', value: block.to });
  if (block.date) headers.push({ name: 'date', value: block.date });
  const body = text.slice(block.bodyStart);
  const input: MessageInput = {
    source: outer.source,
    headers,
    bodies: b.html ? { text: body, html: b.html } : { text: body },
    unavailable: [{ what: 'attachments', reason: 'forwarded inline: the original’s attachments are not known' }],
  };
  return { block, from, input };
}
