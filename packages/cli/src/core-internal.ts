/** Core helpers used by the HTML report and config loading (re-exported from the public API). */
export { decodeEncodedWords, parseAddressList, parseConfig } from '@ayashii/core';
