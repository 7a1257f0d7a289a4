import { allChecks } from './checks/index.js';
import type { AnyCheck, Need } from './checks/define-check.js';
import { buildContext } from './context/build-context.js';
import type { CheckContext } from './model/check.js';
import type { Finding } from './model/finding.js';
import type { MessageInput } from './model/message.js';
import type { AnalyzeOptions } from './model/options.js';
import type { CheckId } from './model/params.js';
import type { Skipped, SkipReason, Verdict } from './model/verdict.js';
import { aggregate } from './score/aggregate.js';

export const DEFAULT_TIME_BUDGET_MS = 2000;

const clock: () => number =
  typeof globalThis.performance?.now === 'function' ? () => globalThis.performance.now() : () => Date.now();

/** Checks run between two readings of the clock against the time budget. */
const CLOCK_EVERY = 8;

const NEED_REASON: Record<Need, SkipReason> = {
  headers: 'needs-headers',
  body: 'needs-body',
  attachments: 'needs-attachments',
  'attachment-bytes': 'needs-attachment-bytes',
  'authentication-results': 'needs-authentication-results',
  recipient: 'needs-recipient',
  'recipient-address': 'needs-recipient',
};

function unmetNeed(check: AnyCheck, missing: ReadonlySet<string>, ctx: CheckContext): SkipReason | null {
  // Most inputs lack nothing: no set lookup per need then.
  const anyMissing = missing.size > 0;
  for (const n of check.needs) {
    if (anyMissing && missing.has(n)) return NEED_REASON[n];
    if (n === 'authentication-results' && ctx.auth.trusted.length === 0) return NEED_REASON[n];
    if (n === 'recipient' && !ctx.recipient && ctx.organizationDomains.length === 0) return NEED_REASON[n];
    if (n === 'recipient-address' && !ctx.recipient) return NEED_REASON[n];
  }
  return null;
}

/**
 * For each of `allChecks` (same index), whether one of its needs depends on the message (trusted
 * authentication results, a recipient) and not only on what the input lacks: only those are asked
 * `unmetNeed` when the input lacks nothing (no loop over the needs of every other check).
 */
const MESSAGE_NEEDS: readonly boolean[] = allChecks.map((c) => c.needs.some((n) => n === 'authentication-results' || n === 'recipient' || n === 'recipient-address'));

function detailFor(input: MessageInput, reason: SkipReason): string | undefined {
  const what = reason.replace(/^needs-/, '');
  return input.unavailable?.find((u) => u.what === what)?.reason;
}

/**
 * Analyses one message: runs every check, scores the findings, and returns a verdict.
 * Synchronous, pure and deterministic for the same input and options (the time budget aside);
 * never fetches anything.
 *
 * @example
 * const verdict = analyze(fromRawMessage(bytes), { organizationDomains: ['kousya.example'] });
 * verdict.level; // 'dangerous'
 */
export function analyze(input: MessageInput, options: AnalyzeOptions = {}): Verdict {
  return analyzeAt(input, options, 0);
}

/** `depth` 1 judges a forwarded original: it is not searched for forwards of its own. */
function analyzeAt(input: MessageInput, options: AnalyzeOptions, depth: number): Verdict {
  const started = clock();
  const budget = options.limits?.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
  const { ctx, addLimit } = buildContext(input, options, depth === 0 ? (inner) => analyzeAt(inner, options, 1) : null);
  let overBudget = false;
  let sinceClock = CLOCK_EVERY - 1;
  const disabled = new Set<string>(options.disable ?? []);
  const missing = new Set<string>(input.unavailable?.map((u) => u.what));
  const findings: Finding[] = [];
  const skipped: Skipped[] = [];
  // Nothing is disabled unless the options say so: no set lookup per check then.
  const anyDisabled = disabled.size > 0;
  const anyMissing = missing.size > 0;
  for (let k = 0; k < allChecks.length; k++) {
    const check = allChecks[k] as AnyCheck;
    if (anyDisabled && disabled.has(check.id)) {
      skipped.push({ checkId: check.id, reason: 'disabled' });
      continue;
    }
    const need = anyMissing || MESSAGE_NEEDS[k] === true ? unmetNeed(check, missing, ctx) : null;
    if (need) {
      const detail = detailFor(input, need);
      skipped.push(detail ? { checkId: check.id, reason: need, detail } : { checkId: check.id, reason: need });
      continue;
    }
    // The clock is read before every eighth check (and the first): reading it ~150 times a message
    // cost more than the checks it guards in ordinary mail; a budget overrun shows a few checks late.
    if (!overBudget && ++sinceClock >= CLOCK_EVERY) {
      sinceClock = 0;
      const elapsed = clock() - started;
      if (elapsed > budget) {
        overBudget = true;
        addLimit({ limit: 'time', value: Math.round(elapsed), max: budget });
      }
    }
    if (overBudget && check.category !== 'header-anomaly') {
      skipped.push({ checkId: check.id, reason: 'time-budget' });
      continue;
    }
    let hits;
    try {
      hits = check.run(ctx);
    } catch (e) {
      skipped.push({ checkId: check.id, reason: 'error', detail: String((e as Error)?.message ?? e).slice(0, 200) });
      continue;
    }
    const override = options.weights?.[check.id as CheckId];
    for (const h of hits) {
      const base = h.weight ?? check.weight;
      const weight = override === undefined ? base : check.weight === 0 ? override : (override * base) / check.weight;
      findings.push({
        checkId: check.id,
        category: check.category,
        severity: h.severity ?? check.severity,
        weight: Math.round(weight * 10) / 10,
        params: h.params,
        evidence: h.evidence,
      } as Finding);
    }
  }
  findings.sort((a, b) => b.weight - a.weight || (a.checkId < b.checkId ? -1 : a.checkId > b.checkId ? 1 : 0));
  const { score, level } = aggregate(findings);
  return { schemaVersion: 1, level, score, findings, skipped };
}
