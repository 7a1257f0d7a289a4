/** The one place the task pane imports the core from (bundled from source by build.mjs). */
export { analyze, explain, fromOutlookItem, fromRawMessage, LEVELS } from '@ayashii/core';
export type { Explanation, ExplainedItem, Evidence, Locale, MessageInput, OutlookAttachmentData, OutlookItemData, Unavailable, Verdict, VerdictLevel } from '@ayashii/core';
