/**
 * What an HTML or SVG attachment does when opened in a browser: a credential form, scripts,
 * an automatic redirect, or "HTML smuggling" (a file assembled in the browser from an embedded
 * blob, then offered as a download). Opened from disk, such a file runs with no URL bar to
 * check, which is why phishing kits ship the login page itself as the attachment.
 *
 * Static and bounded: the first 2 MiB are scanned with anchored, length-capped patterns.
 */
import { latin1 } from '../parse/charset.js';

export type HtmlFeature = 'password-field' | 'form' | 'script' | 'redirect' | 'smuggling' | 'remote-frame';

export interface HtmlScan {
  /** Features found, in this order: password-field, form, script, redirect, smuggling, remote-frame. */
  readonly features: readonly HtmlFeature[];
}

const MAX_SCAN = 2 * 1024 * 1024;

const PATTERNS: readonly (readonly [HtmlFeature, RegExp])[] = [
  ['password-field', /<input\b[^>]{0,500}?\btype\s*=\s*["']?password/],
  ['form', /<form[\s>]|<input\b[^>]{0,500}?\btype\s*=\s*["']?(?:email|submit)/],
  ['script', /<script[\s>]|\son(?:load|error|mouseover|focus|click|submit|pageshow|begin)\s*=|\bjavascript:|<foreignobject[\s>]/],
  [
    'redirect',
    /http-equiv\s*=\s*["']?refresh|\b(?:window|document|top|self|parent)\.location(?:\.href)?\s*=|\blocation\.(?:replace|assign)\s*\(|\blocation\.href\s*=/,
  ],
  [
    'smuggling',
    /\batob\s*\(|\bnew\s+blob\s*\(|mssaveoropenblob|createobjecturl|data:application\/(?:octet-stream|x-zip|zip|x-msdownload|x-iso9660|vnd\.)|\bunescape\s*\(|fromcharcode\s*\(|\beval\s*\(|document\.write\s*\(\s*(?:unescape|atob|decodeuri)/,
  ],
  ['remote-frame', /<(?:iframe|frame|embed|object)\b[^>]{0,500}?\b(?:src|data)\s*=\s*["']?https?:/],
];

/** Scans HTML/SVG bytes for active content. Pure; linear in at most 2 MiB. */
export function scanHtml(bytes: Uint8Array): HtmlScan {
  let text = latin1(bytes, 0, Math.min(bytes.length, MAX_SCAN));
  // UTF-16 documents: drop the NULs so the ASCII patterns match.
  if (text.length > 1 && (text.charCodeAt(0) === 0xff || text.charCodeAt(1) === 0 || text.charCodeAt(0) === 0)) text = text.replace(/\0/g, '');
  text = text.toLowerCase();
  const features: HtmlFeature[] = [];
  for (const [feature, re] of PATTERNS) if (re.test(text)) features.push(feature);
  return { features };
}
