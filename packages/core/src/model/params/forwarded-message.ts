import type { VerdictLevel } from '../verdict.js';

/** Params of the `forwarded-message` checks. */
export interface ForwardedMessageParams {
  /** The mail forwards a message that, judged on its own, is at least `caution`. */
  'forwarded-message/suspicious-original': {
    /** The original's sender as the forward shows it. */
    readonly from: string;
    readonly subject: string;
    readonly level: VerdictLevel;
    readonly score: number;
    /** The original's heaviest findings, check ids separated by commas (at most 4). */
    readonly checks: string;
  };
}
