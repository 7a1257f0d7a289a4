/**
 * @ayashii/core — tells whether a mail lies about who sent it or where its links go, and explains
 * why in Japanese and English. Pure, synchronous, offline; runs in Node and in browsers.
 */
export { analyze } from './analyze.js';
export { analyzeUrl } from './analyze-url.js';
export { listLinks } from './list-links.js';
export type { MessageLink } from './list-links.js';
export { markLinks } from './mark-links.js';
export type { LinkMark } from './mark-links.js';
export type { UrlVerdict } from './analyze-url.js';
export { explain, catalogs } from './explain/explain.js';
export type { Explanation, ExplainedItem, ExplainOptions } from './explain/explain.js';
export type { Locale } from './explain/catalog.js';
export { fromRawHeaders } from './adapters/raw-headers.js';
export { parseConfig } from './config.js';
export type { ConfigResult } from './config.js';
export { parseAddressList } from './parse/address.js';
export type { Mailbox } from './parse/address.js';
export { fromRawMessage } from './adapters/raw-message.js';
export type { RawMessageOptions } from './adapters/raw-message.js';
export { checks } from './checks/info.js';
export type { CheckInfo } from './checks/info.js';
export { CATEGORIES } from './model/finding.js';
export type { Category, Evidence, Finding, Severity } from './model/finding.js';
export type { AttachmentInfo, HeaderField, InputSource, LimitHit, MessageInput, Unavailable } from './model/message.js';
export type { AnalyzeOptions, Limits } from './model/options.js';
export type { CheckId, CheckParams } from './model/params.js';
export { LEVELS } from './model/verdict.js';
export type { Skipped, SkipReason, Verdict, VerdictLevel } from './model/verdict.js';
export { bundledBrands, validateBrandList, mergeBrands } from './domain/brands.js';
export type { Brand, BrandList } from './domain/brands.js';
export { registrableDomain } from './domain/registrable.js';
export { unwrapUrl, inspectUrl, URL_LIMITS, MAX_UNWRAP_DEPTH } from './url/index.js';
export type { UnwrapResult, UnwrapHop, HopKind, UrlInspection, UrlSignal, ChainNode, InspectContext, IpForm, RecipientToken, RecipientForm, RecipientWhere } from './url/index.js';
export { lookalikeOf } from './domain/lookalike.js';
export type { Lookalike, LookalikeKind } from './domain/lookalike.js';
export { skeleton } from './domain/confusables.js';
export { hostToUnicode } from './domain/idn.js';
export { fromOutlookItem } from './adapters/outlook.js';
export { fromOutlookMsg, readOutlookMsg } from './adapters/msg.js';
export { isNotMailClass } from './parse/outlook-classes.js';
export { openPst, listPstMessages, isPst, PstDamage } from './adapters/pst.js';
export type { Inflate, PstFile, PstFormat, PstOpenOptions, PstListing, PstMessageRef, PstRead, PstReadOptions, PstProblem, PstSkippedFolder, ByteSource } from './adapters/pst.js';
export type { OutlookAttachmentData, OutlookItemData, OutlookItemOptions } from './adapters/outlook.js';
export { fromThunderbirdMessage } from './adapters/thunderbird.js';
export type { ThunderbirdMessageData, ThunderbirdMessagePart, ThunderbirdHeaderDictionary, ThunderbirdAdapterOptions } from './adapters/thunderbird.js';
export { decodeEncodedWords, hasEncodedWord } from './parse/encoded-word.js';
export { inspectAttachment } from './attachment/inspect.js';
export type { AttachmentInspection, ArchiveInspection, ArchiveEntryInfo } from './attachment/inspect.js';
export type { FileNameInfo } from './attachment/file-name.js';
export type { ArchiveListing, ArchiveEntry, ArchiveFormat } from './attachment/archive.js';
export type { OfficeInfo, MacroKind } from './attachment/office.js';
export type { HtmlScan, HtmlFeature } from './attachment/html.js';
export type { SniffedType } from './attachment/sniff.js';
export type { RiskClass } from './attachment/risky-extensions.js';
export { neutralize, hasInvisible, hasBidi } from './text/normalize.js';
export { configIssueText, configIssueMessage, configCatalogs } from './explain/config-text.js';
export type { ConfigCatalog } from './explain/catalog.js';
export type { BrandListResult } from './domain/brands.js';
export type {
  ConfigIssue,
  ConfigIssueCode,
  ConfigIssueParams,
  ShownValue,
  ConfigItemKind,
  CountedThing,
  ExpectedThing,
  CheckIdSuggestion,
} from './model/config-issue.js';
