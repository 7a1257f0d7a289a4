/** The one place the task pane imports the core from (bundled from source by build.mjs). */
export { analyze, explain, fromOutlookItem, fromRawMessage, hostToUnicode, listLinks, markLinks, LEVELS } from '@ayashii/core';
export type { Explanation, Evidence, Locale, MessageInput, MessageLink, OutlookAttachmentData, OutlookItemData, Severity, Unavailable, Verdict, VerdictLevel } from '@ayashii/core';
