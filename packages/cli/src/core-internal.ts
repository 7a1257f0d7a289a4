/**
 * Core helpers that the public API does not export yet, used by the HTML report only (the sender
 * shown in a row, the decoded subject). Kept in this one file so that switching to public exports
 * is a one-line change: the core should export `parseAddressList` and `decodeEncodedWords`.
 */
export { parseAddressList } from '../../core/src/parse/address.js';
export { decodeEncodedWords } from '../../core/src/parse/encoded-word.js';
/** `@ayashii/core` exports this once index.ts has the line `export { parseConfig } from './config.js';`. */
export { parseConfig } from '../../core/src/config.js';
