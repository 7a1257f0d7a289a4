/**
 * The one place the task pane imports the core from (bundled from source by build.mjs).
 * `fromOutlookItem` is imported from its file until packages/core/src/index.ts exports it;
 * then this line becomes part of the `@ayashii/core` import above it.
 */
export { analyze, explain, fromRawMessage, LEVELS } from '@ayashii/core';
export type { Explanation, ExplainedItem, Evidence, Locale, MessageInput, Unavailable, Verdict, VerdictLevel } from '@ayashii/core';
export { fromOutlookItem } from '../../core/src/adapters/outlook.js';
export type { OutlookAttachmentData, OutlookItemData } from '../../core/src/adapters/outlook.js';
