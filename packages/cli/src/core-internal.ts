/** Core helpers used by the HTML report and config loading (re-exported from the public API). */
export { configIssueText, decodeEncodedWords, parseAddressList, parseConfig } from '@ayashii/core';
