/**
 * What a scan produces per message. `MessageRecord` and `ErrorRecord` are the public JSONL/JSON
 * shapes (`{ file, verdict, score, findings }` and `{ file, error }`); `detail` is extra data kept
 * only for the HTML report and never printed in the machine formats.
 */
import type { Category, CheckId, Evidence, Severity, VerdictLevel } from '@ayashii/core';

export interface FindingRecord {
  readonly checkId: CheckId;
  readonly category: Category;
  readonly severity: Severity;
  /** The explain() detail in the chosen language. */
  readonly message: string;
}

export interface Bilingual {
  readonly en: string;
  readonly ja: string;
}

/** Report-only data: both languages, evidence, and who sent the mail and where its links go. */
export interface RecordDetail {
  readonly subject: string;
  readonly from: string;
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
  detail?: RecordDetail;
}

export interface ErrorRecord {
  file: string;
  readonly error: string;
  /** `io`: the file could not be read (exit code 2); `format`: it was read but is not a message we can scan. */
  readonly kind?: 'io' | 'format';
}

export type ScanRecord = MessageRecord | ErrorRecord;

export function isError(r: ScanRecord): r is ErrorRecord {
  return 'error' in r;
}

/** The public shape of a record: what jsonl, json and csv print. */
export function publicRecord(r: ScanRecord): object {
  if (isError(r)) return { file: r.file, error: r.error };
  return { file: r.file, verdict: r.verdict, score: r.score, findings: r.findings };
}
