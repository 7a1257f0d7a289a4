import type { Finding } from './finding.js';
import type { CheckId } from './params.js';

export type VerdictLevel = 'safe' | 'caution' | 'suspicious' | 'dangerous';
export const LEVELS: readonly VerdictLevel[] = ['safe', 'caution', 'suspicious', 'dangerous'];

export type SkipReason =
  | 'needs-headers'
  | 'needs-body'
  | 'needs-attachments'
  | 'needs-attachment-bytes'
  | 'needs-recipient'
  | 'needs-authentication-results'
  | 'disabled'
  | 'time-budget'
  | 'error';

export interface Skipped {
  readonly checkId: CheckId;
  readonly reason: SkipReason;
  /** Free detail from the host (e.g. "Mailbox 1.14 not supported"), shown as is. */
  readonly detail?: string;
}

export interface Verdict {
  /** Bumped on any change of shape. */
  readonly schemaVersion: 1;
  readonly level: VerdictLevel;
  /** 0..100, a pure function of the findings. */
  readonly score: number;
  /** Sorted: weight desc, then checkId. */
  readonly findings: readonly Finding[];
  readonly skipped: readonly Skipped[];
}
