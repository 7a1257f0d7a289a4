/**
 * The URL module: extract a message's links, unwrap rewriters and redirectors offline, and inspect
 * where each link really goes. See README.md beside this file. Explicit named exports only.
 */
export { unwrapUrl, MAX_UNWRAP_DEPTH } from './unwrap.js';
export type { HopKind, UnwrapHop, UnwrapResult } from './unwrap.js';
export { inspectUrl, URL_LIMITS } from './inspect.js';
export type { ChainNode, InspectContext, IpForm, UrlInspection, UrlSignal } from './inspect.js';
export { collectLinks } from './links.js';
export type { LinkContext, LinkInfo } from './links.js';
export type { RecipientForm, RecipientToken, RecipientWhere } from './recipient-tokens.js';
