/**
 * Reads the message shown in a tab and turns it into the core's MessageInput. The raw source
 * (`messages.getRaw`) is the preferred path, so header and MIME parsing are the core's own, exactly
 * as for the CLI. `messages.getFull` with raw headers is the fallback (house style 3.8).
 */
import { fromRawMessage, type MessageInput } from '@ayashii/core';
import { fromThunderbirdMessage } from '@ayashii/core';

export type ReadVia = 'getRaw' | 'getFull';

export interface DisplayedMessage {
  readonly id: number;
  readonly subject: string;
  readonly input: MessageInput;
  readonly via: ReadVia;
  /** Why the preferred path was not used, when it was not. */
  readonly fallbackReason?: string;
}

export type ReadResult =
  | { readonly ok: true; readonly message: DisplayedMessage }
  | { readonly ok: false; readonly reason: 'no-message' | 'several-messages' | 'unreadable'; readonly detail?: string };

/** `getDisplayedMessages` returns a MessageList in MV3 and an array in older versions. */
export function displayedList(value: { messages: TbMessageHeader[] } | TbMessageHeader[] | null | undefined): TbMessageHeader[] {
  if (!value) return [];
  return Array.isArray(value) ? value : Array.isArray(value.messages) ? value.messages : [];
}

async function rawBytes(id: number): Promise<Uint8Array> {
  const raw = await messenger.messages.getRaw(id, { data_format: 'File' });
  if (typeof raw === 'string') {
    // A binary string: one char per byte.
    const bytes = new Uint8Array(raw.length);
    for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i) & 0xff;
    return bytes;
  }
  return new Uint8Array(await raw.arrayBuffer());
}

async function fullMessage(id: number): Promise<MessageInput> {
  let full;
  try {
    // Thunderbird 133+: undecoded headers, so address lists are parsed before 2047-decoding.
    full = await messenger.messages.getFull(id, { decodeHeaders: false });
  } catch {
    full = await messenger.messages.getFull(id);
  }
  return fromThunderbirdMessage(full);
}

/** Reads one message by id: getRaw, else getFull. */
export async function readMessage(header: TbMessageHeader): Promise<DisplayedMessage> {
  const subject = header.subject ?? '';
  try {
    const bytes = await rawBytes(header.id);
    return { id: header.id, subject, input: fromRawMessage(bytes, { source: 'thunderbird' }), via: 'getRaw' };
  } catch (e) {
    const fallbackReason = e instanceof Error ? e.message : String(e);
    return { id: header.id, subject, input: await fullMessage(header.id), via: 'getFull', fallbackReason };
  }
}

/** Reads the single message displayed in a tab. */
export async function readDisplayedMessage(tabId: number): Promise<ReadResult> {
  const list = displayedList(await messenger.messageDisplay.getDisplayedMessages(tabId));
  if (list.length === 0) return { ok: false, reason: 'no-message' };
  if (list.length > 1) return { ok: false, reason: 'several-messages' };
  try {
    return { ok: true, message: await readMessage(list[0]!) };
  } catch (e) {
    return { ok: false, reason: 'unreadable', detail: e instanceof Error ? e.message : String(e) };
  }
}
