/** The one place the task pane imports the core from (bundled from source by build.mjs). */
export { analyze, explain, fromOutlookItem, fromRawMessage, hostToUnicode, inspectUrl, listLinks, LEVELS } from '@ayashii/core';
export type { Explanation, ExplainedItem, Evidence, Locale, MessageInput, MessageLink, OutlookAttachmentData, OutlookItemData, Severity, Unavailable, Verdict, VerdictLevel } from '@ayashii/core';
