import type { CheckContext } from '../model/check.js';
import type { Category, Evidence, Severity } from '../model/finding.js';
import type { CheckId, CheckParams } from '../model/params.js';

/**
 * What a check needs from the input; a check whose needs cannot be met is reported as skipped.
 * `recipient`: the recipient's organisation (its domains, configured or inferred) or address;
 * `recipient-address`: the recipient's own address (To/Delivered-To or `options.recipient`), for
 * checks that look for its local part or domain name, which organisation domains alone do not give.
 */
export type Need = 'headers' | 'body' | 'attachments' | 'attachment-bytes' | 'authentication-results' | 'recipient' | 'recipient-address';

/** One result of a check's `run`: the typed params of its sentence, the evidence, optional overrides. */
export interface Hit<P> {
  readonly params: P;
  readonly evidence: readonly Evidence[];
  /** Overrides the check's weight for this hit (e.g. stronger when a brand is involved). */
  readonly weight?: number;
  readonly severity?: Severity;
}

export interface Check<Id extends CheckId> {
  /** Permanent id `<category>/<check-name>`; the file is named after `<check-name>`. */
  readonly id: Id;
  readonly category: Category;
  readonly severity: Severity;
  readonly weight: number;
  readonly needs: readonly Need[];
  /** Pure: no I/O, no clock (use `ctx.now`), no module state. */
  run(ctx: CheckContext): readonly Hit<CheckParams[Id]>[];
}

export type AnyCheck = { [Id in CheckId]: Check<Id> }[CheckId];

/** Declares a check. Identity function that fixes the params type from the id. */
export function defineCheck<Id extends CheckId>(check: Check<Id>): Check<Id> {
  return check;
}

/** Shorthand for building a hit. */
export function hit<P>(params: P, evidence: readonly Evidence[], extra: { weight?: number; severity?: Severity } = {}): Hit<P> {
  return { params, evidence, ...extra };
}

export function headerEvidence(label: string, value: string, highlight?: string): Evidence {
  return highlight ? { kind: 'header', label, value, highlight } : { kind: 'header', label, value };
}
