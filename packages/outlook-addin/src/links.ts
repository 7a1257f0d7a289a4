/**
 * Pure helpers for the "Links in this mail" section: what the reader sees for each link and how its
 * destination is split for display (which links the findings point at is the core's `markLinks`).
 * No DOM here; render.ts turns the result into text nodes. Every string in a `MessageLink` comes
 * from the message and is shown as text only, never as a link: the pane must not make the reader
 * one click away from it.
 */
import { hostToUnicode, type MessageLink } from './core.js';

/** Rows shown before "and N more": enough for a newsletter's buttons, short enough to scan. */
export const MAX_LINK_ROWS = 50;

/** Characters of the target URL shown in a row; the full URL is in the row's title. */
export const MAX_URL_CHARS = 120;

/** Open the section when the list is short enough to read at a glance. */
export function linksOpenByDefault(count: number): boolean {
  return count >= 1 && count <= 5;
}

/** What the reader sees where the link is: its text, an image, a form, the URL itself, or nothing. */
export type ShownAs =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'image' }
  | { readonly kind: 'form' }
  | { readonly kind: 'bare-url' }
  | { readonly kind: 'pdf'; readonly file: string }
  | { readonly kind: 'no-text' };

export function shownAs(link: MessageLink): ShownAs {
  if (link.form) return { kind: 'form' };
  if (link.text !== null) return { kind: 'text', text: link.text };
  if (link.image) return { kind: 'image' };
  if (link.source === 'attachment') return { kind: 'pdf', file: link.file ?? '' };
  if (link.source === 'text') return { kind: 'bare-url' };
  return { kind: 'no-text' };
}

/**
 * The destination host split so the registrable domain can be highlighted: `[before, domain]`
 * with `before + domain === host`, or null when the host does not end in it (then nothing is
 * highlighted). The domain is compared in the host's own form (Unicode for IDN).
 */
export function splitHost(host: string, domain: string | null): readonly [string, string] | null {
  if (!domain) return null;
  for (const d of [domain, hostToUnicode(domain)]) {
    if (d === '' || d.length > host.length) continue;
    const at = host.length - d.length;
    if (host.slice(at).toLowerCase() === d.toLowerCase() && (at === 0 || host[at - 1] === '.')) return [host.slice(0, at), host.slice(at)];
  }
  return null;
}

/** `s` cut to `max` characters (by code point) with an ellipsis. */
export function clip(s: string, max: number = MAX_URL_CHARS): string {
  const cps = Array.from(s);
  return cps.length <= max ? s : `${cps.slice(0, max - 1).join('')}…`;
}
