/**
 * What a scan produces per message. `MessageRecord` is the public JSONL/JSON shape
 * (`{ file, verdict, score, findings }`); an `ErrorRecord` is printed as `{ file, error, code }`,
 * its text rendered in the output's language (`publicRecord`). With --details a message record also
 * has `summary`, which mail it is (`from`, `subject`, `date`, `messageId`) and each finding `title`,
 * `advice` and `evidence`. `detail` is extra data kept only for the HTML report and never printed
 * in the machine formats.
 */
import type { Category, CheckId, Evidence, Locale, MessageLink, Severity, VerdictLevel } from '@ayashii/core';
import { errorText } from './error-texts.js';
import type { ScanError } from './errors.js';
import type { MailIdentity } from './mail-identity.js';

export interface FindingRecord {
  readonly checkId: CheckId;
  readonly category: Category;
  readonly severity: Severity;
  /** The explain() detail in the chosen language. */
  readonly message: string;
  /** With --details: the finding's title, what to do, and the evidence it rests on. */
  readonly title?: string;
  readonly advice?: string;
  readonly evidence?: readonly Evidence[];
}

export interface Bilingual {
  readonly en: string;
  readonly ja: string;
}

/** Report-only data: both languages, evidence, and who sent the mail and where its links go. */
export interface RecordDetail {
  readonly subject: string;
  readonly from: string;
  /** ISO 8601 in the sender's offset, or '' (mail-identity.ts). */
  readonly date: string;
  readonly messageId: string;
  readonly senderDomain: string;
  readonly linkDomains: readonly string[];
  readonly summary: Bilingual;
  readonly findings: readonly {
    readonly checkId: CheckId;
    readonly category: Category;
    readonly severity: Severity;
    readonly weight: number;
    readonly title: Bilingual;
    readonly detail: Bilingual;
    readonly advice?: Bilingual;
    readonly evidence: readonly Evidence[];
  }[];
}

export interface MessageRecord {
  file: string;
  readonly verdict: VerdictLevel;
  readonly score: number;
  readonly findings: readonly FindingRecord[];
  /** With --details: one sentence on the whole message, in the chosen language. */
  readonly summary?: string;
  /** With --details: which mail it is (From, Subject, Date, Message-ID), printed beside the summary. */
  mail?: MailIdentity;
  /** With --links: every link (at most 100) and where it really goes. */
  links?: readonly MessageLink[];
  detail?: RecordDetail;
}

export interface ErrorRecord {
  file: string;
  /** The code says whether the file could not be read (exit code 2) or is not a message we can scan (errors.ts). */
  readonly error: ScanError;
}

export type ScanRecord = MessageRecord | ErrorRecord;

export function isError(r: ScanRecord): r is ErrorRecord {
  return 'error' in r;
}

/** The public shape of a record: what jsonl and json print. */
export function publicRecord(r: ScanRecord, lang: Locale): object {
  if (isError(r)) return { file: r.file, error: errorText(r.error, lang), code: r.error.code };
  // --details: which mail it is (from, subject, date, messageId, in that order) and the summary, before the findings.
  const base = { file: r.file, verdict: r.verdict, score: r.score, ...r.mail, ...(r.summary === undefined ? {} : { summary: r.summary }), findings: r.findings };
  return r.links === undefined ? base : { ...base, links: r.links };
}
