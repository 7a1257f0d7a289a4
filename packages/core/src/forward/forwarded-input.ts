/**
 * Rebuilds the original of a message forwarded inline as a MessageInput of its own, so the same
 * checks can judge it: the From/To/Subject/Date lines of the forward block become its headers,
 * the text after the block its body (links of the forward's HTML part go with it). Nothing is
 * authenticated about it — the forwarding client wrote those lines — so authentication checks
 * skip, and the original's attachments are not known.
 */
import type { HeaderField, MessageInput } from '../model/message.js';
import { parseAddressList } from '../parse/address.js';
import { decodeEncodedWords } from '../parse/encoded-word.js';
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

/**
 * Header fields of an attached message that are the sender's own writing, and so are judged as
 * such: what the receiving servers stamped on the original (Authentication-Results, Received,
 * spam verdicts) is left out, because inside an attachment anyone could have written it.
 */
const ATTACHED_FIELDS: ReadonlySet<string> = new Set(['from', 'sender', 'reply-to', 'to', 'cc', 'subject', 'date', 'message-id', 'mime-version', 'content-type']);

/**
 * The first message attached to `outer` (message/rfc822, "forward as attachment", or an Outlook
 * item attached as a `.msg` file), as a MessageInput of its own, when the mail has no inline
 * forward: the reader opens it with one click, and its links and sender are what the forward is
 * about. Null when there is none or it has no From.
 */
export function attachedOriginal(outer: MessageInput): ForwardedOriginal | null {
  const a = outer.attachments?.find((x) => x.message);
  const m = a?.message;
  if (!a || !m) return null;
  const headers = m.headers.filter((h) => ATTACHED_FIELDS.has(h.name));
  const field = (n: string): string => decodeEncodedWords(headers.find((h) => h.name === n)?.value ?? '').trim();
  const mb = parseAddressList(headers.find((h) => h.name === 'from')?.value ?? '', 1)[0];
  if (!mb?.address) return null;
  const from = mb.name ? `${mb.name} <${mb.address}>` : mb.address;
  const bodies = m.html !== undefined ? (m.text !== undefined ? { text: m.text, html: m.html } : { html: m.html }) : m.text !== undefined ? { text: m.text } : undefined;
  const input: MessageInput = bodies
    ? { source: outer.source, headers, bodies, attachments: a.nested ?? [] }
    : { source: outer.source, headers, attachments: a.nested ?? [] };
  return { block: { from, subject: field('subject'), date: field('date'), to: field('to'), bodyStart: 0 }, from, input };
}
