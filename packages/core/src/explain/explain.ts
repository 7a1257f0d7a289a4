import type { Category, Evidence, Severity } from '../model/finding.js';
import type { CheckId } from '../model/params.js';
import type { Verdict, VerdictLevel } from '../model/verdict.js';
import { decodeEncodedWords, hasEncodedWord } from '../parse/encoded-word.js';
import { aggregate } from '../score/aggregate.js';
import { levelFor } from '../score/thresholds.js';
import { neutralize } from '../text/normalize.js';
import type { Catalog, CatalogEntry, Locale } from './catalog.js';
import { en } from './locales/en/index.js';
import { ja } from './locales/ja/index.js';

export const catalogs: Readonly<Record<Locale, Catalog>> = { en, ja };

export interface ExplainedItem {
  readonly checkId: CheckId;
  readonly category: Category;
  readonly severity: Severity;
  readonly weight: number;
  readonly title: string;
  /** One sentence with the evidence in it. Plain text: insert with `textContent`, never as HTML. */
  readonly detail: string;
  readonly advice?: string;
  /** Evidence with invisible and bidi characters made visible. */
  readonly evidence: readonly Evidence[];
}

export interface Explanation {
  readonly locale: Locale;
  readonly level: VerdictLevel;
  readonly levelLabel: string;
  readonly score: number;
  readonly summary: string;
  readonly items: readonly ExplainedItem[];
  readonly skipped: readonly { readonly checkId: CheckId; readonly text: string }[];
}

/** Renders one finding's sentence, or a neutral fallback when a catalog entry is missing. */
function render(catalog: Catalog, checkId: CheckId, params: unknown): { title: string; detail: string; advice?: string } {
  const entry = (catalog as unknown as Record<string, CatalogEntry<unknown> | undefined>)[checkId];
  if (!entry) return { title: checkId, detail: checkId };
  let detail: string;
  try {
    detail = entry.detail(params);
  } catch {
    detail = entry.title;
  }
  return entry.advice ? { title: entry.title, detail, advice: entry.advice } : { title: entry.title, detail };
}

function safeEvidence(e: Evidence): Evidence {
  // Header values are shown as a person reads them: RFC 2047 words decoded, then neutralised.
  const value = neutralize(e.kind === 'header' && hasEncodedWord(e.value) ? decodeEncodedWords(e.value) : e.value, 2000);
  const safe = e.highlight ? { ...e, value, highlight: neutralize(e.highlight, 500) } : { ...e, value };
  return e.inFile ? { ...safe, inFile: neutralize(e.inFile, 300) } : safe;
}

/** What `explain` renders besides the level, the summary and one sentence per finding. */
export interface ExplainOptions {
  readonly locale: Locale;
  /** Each item's evidence, neutralised (default true; false leaves `evidence` empty). */
  readonly evidence?: boolean;
  /** A sentence per skipped check (default true; false leaves `skipped` empty). */
  readonly skipped?: boolean;
}

const NO_EVIDENCE: readonly Evidence[] = [];

/** Where a finding's link is, when it is not in the mail's text: a sentence to append, else ''. */
function inAttachment(catalog: Catalog, locale: Locale, e: Evidence | undefined): string {
  if (e?.kind !== 'url' || e.inFile === undefined) return '';
  const s = e.inFile ? catalog.ui.inAttachment.replace('{file}', e.inFile) : catalog.ui.inUnnamedAttachment;
  return (locale === 'ja' ? '' : ' ') + s;
}

/**
 * Renders a verdict in Japanese or English: a level label, a one-line summary and one sentence per
 * finding with its evidence. This is the only place text is produced; verdicts keep ids and params.
 * A caller that shows only the sentences (the CLI's JSONL and table output) can leave out the
 * evidence and the skipped checks, which are most of the rendering work.
 *
 * @example
 * explain(verdict, { locale: 'ja' }).items[0].detail
 * // 表示名は「Amazon.co.jp」ですが、送信元ドメインは kankyou-hozen.jp で、Amazon の正規ドメインではありません。
 */
export function explain(verdict: Verdict, opts: ExplainOptions): Explanation {
  const catalog = catalogs[opts.locale] ?? en;
  const withEvidence = opts.evidence !== false;
  const items: ExplainedItem[] = verdict.findings.map((f) => {
    const r = render(catalog, f.checkId, f.params);
    const evidence = withEvidence ? f.evidence.map(safeEvidence) : NO_EVIDENCE;
    const detail = neutralize(r.detail + inAttachment(catalog, opts.locale, f.evidence[0]), 1000);
    // One literal per shape (the key order of `{ ...item, advice }`), not a spread.
    return r.advice
      ? { checkId: f.checkId, category: f.category, severity: f.severity, weight: f.weight, title: r.title, detail, evidence, advice: r.advice }
      : { checkId: f.checkId, category: f.category, severity: f.severity, weight: f.weight, title: r.title, detail, evidence };
  });
  const top = items[0]?.title ?? '';
  // A link judged on its own (`analyzeUrl`) is summed up as a link, not as a mail.
  const summaries = 'unwrap' in verdict ? catalog.ui.linkSummary : catalog.ui.summary;
  // "Nothing suggests…" above a list of findings would contradict it: a safe verdict with minor
  // findings says that they are too weak for a warning.
  let summary = verdict.level === 'safe' && items.length > 0 ? catalog.ui.safeMinor : summaries[verdict.level].replace('{top}', top);
  // The score is a pure function of the findings, so the agreement bonus can be re-derived here;
  // it is told only where it lifted the level, which is when the reader needs the reason.
  const agreement = verdict.findings.length >= 2 ? aggregate(verdict.findings) : undefined;
  if (agreement?.corroboration && levelFor(verdict.score - agreement.corroboration) !== verdict.level)
    summary += (opts.locale === 'ja' ? '' : ' ') + catalog.ui.corroborated.replace('{n}', String(agreement.agreeingCategories)).replace('{points}', String(agreement.corroboration));
  return {
    locale: opts.locale,
    level: verdict.level,
    levelLabel: catalog.ui.levels[verdict.level],
    score: verdict.score,
    summary,
    items,
    skipped:
      opts.skipped === false
        ? []
        : verdict.skipped.map((s) => ({
            checkId: s.checkId,
            text: (catalog.ui.skipReasons[s.reason] ?? s.reason) + (s.detail ? ` (${neutralize(s.detail, 200)})` : ''),
          })),
  };
}
