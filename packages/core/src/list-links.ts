import { buildContext } from './context/build-context.js';
import type { MessageInput } from './model/message.js';
import type { AnalyzeOptions } from './model/options.js';
import { neutralize } from './text/normalize.js';

/** One link of a message and where it really goes, for showing every link before a click. */
export interface MessageLink {
  /** The URL as found in the message (neutralised: invisible and bidi characters made visible). */
  readonly href: string;
  /** What the reader sees: the anchor's text (neutralised, at most 200 characters), or null (plain-text links, areas, forms, PDF links, image-only anchors). */
  readonly text: string | null;
  /** Where it was found: the HTML body, the text body, or an attachment (`file`: a PDF or a calendar invitation). */
  readonly source: 'html' | 'text' | 'attachment';
  readonly file?: string;
  /** The anchor shows an image (a button or banner). */
  readonly image: boolean;
  /** A form's action rather than a link. */
  readonly form: boolean;
  /** The innermost URL after security wrappers and redirectors are taken off. */
  readonly target: string;
  /** The target's host for display (Unicode for IDN), and its registrable domain; null when the target is not http(s). */
  readonly host: string | null;
  readonly domain: string | null;
  /** Hosts passed through on the way, outermost first (security gateways, redirectors, trackers). */
  readonly via: readonly string[];
  /** A URL shortener hides the real target. */
  readonly shortener: string | null;
}

/**
 * Every link of a message with its real destination, in the order found (HTML body, text body,
 * PDF attachments), as the link checks see them: unwrapped lexically, never fetched. What a
 * "links in this mail" list shows; the verdict says which of them are suspect and why.
 *
 * @example
 * for (const l of listLinks(fromRawMessage(bytes))) console.log(l.text, '→', l.domain);
 */
export function listLinks(input: MessageInput, options: AnalyzeOptions = {}): MessageLink[] {
  if (input.unavailable?.some((u) => u.what === 'body')) return [];
  const { ctx } = buildContext(input, options);
  return ctx.links.map((l) => {
    const i = l.inspection;
    const t = i.target;
    const text = l.text === null || l.text.trim() === '' ? null : neutralize(l.text.trim(), 200);
    const link: MessageLink = {
      href: neutralize(l.href, 2000),
      text,
      source: l.source,
      image: l.hasImage,
      form: l.kind === 'form',
      target: neutralize(i.unwrap.url, 2000),
      host: t ? t.unicodeHost : null,
      domain: t ? t.domain : null,
      via: i.unwrap.hops.map((h) => h.host),
      shortener: i.unwrap.shortener,
    };
    return l.file === undefined ? link : { ...link, file: l.file };
  });
}
