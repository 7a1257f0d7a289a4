/**
 * `ayashii url`: one link judged on its own (`analyzeUrl`), as a record for the table and the
 * JSON outputs. Runs in the analysis bundle (dist/ayashii-analysis.cjs), which holds the core.
 */
import { analyzeUrl, explain, type AnalyzeOptions, type CheckId, type Locale, type Severity, type VerdictLevel } from '@ayashii/core';

export interface UrlHopRecord {
  /** Lower-case host of this hop. */
  readonly host: string;
  /** `safelinks`, `urldefense`, … or `generic` (any parameter holding a URL). */
  readonly wrapper: string;
  readonly vendor?: string;
  /** Where the next URL was found: a parameter name, `path` or `fragment`. */
  readonly param: string;
}

export interface UrlRecord {
  /** The link as given. */
  readonly url: string;
  readonly verdict: VerdictLevel;
  readonly score: number;
  /** Where it leads after every wrapper and redirector is taken off. */
  readonly target: string;
  /** The hops taken off, outermost first (empty for a direct link). */
  readonly via: readonly UrlHopRecord[];
  /** The target is a URL shortener's: its real destination is hidden. */
  readonly shortener: string | null;
  /** Only the destination host is known (Mimecast), or the depth limit stopped the unwrapping. */
  readonly partial: boolean;
  readonly truncated: boolean;
  /** One sentence on the link, in the chosen language. */
  readonly summary: string;
  readonly findings: readonly {
    readonly checkId: CheckId;
    readonly severity: Severity;
    readonly weight: number;
    readonly title: string;
    readonly message: string;
    readonly advice?: string;
  }[];
  /** Checks that could not judge the link (no recipient given), with the reason. */
  readonly skipped: readonly { readonly checkId: CheckId; readonly reason: string }[];
}

export function urlRecord(url: string, options: AnalyzeOptions, lang: Locale): UrlRecord {
  const v = analyzeUrl(url, options);
  const e = explain(v, { locale: lang, evidence: false });
  return {
    url: v.url,
    verdict: v.level,
    score: v.score,
    target: v.unwrap.url,
    via: v.unwrap.hops.map((h) => (h.vendor ? { host: h.host, wrapper: h.wrapper, vendor: h.vendor, param: h.param } : { host: h.host, wrapper: h.wrapper, param: h.param })),
    shortener: v.unwrap.shortener,
    partial: v.unwrap.partial,
    truncated: v.unwrap.truncated,
    summary: e.summary,
    findings: e.items.map((i) =>
      i.advice
        ? { checkId: i.checkId, severity: i.severity, weight: i.weight, title: i.title, message: i.detail, advice: i.advice }
        : { checkId: i.checkId, severity: i.severity, weight: i.weight, title: i.title, message: i.detail },
    ),
    skipped: e.skipped.map((s) => ({ checkId: s.checkId, reason: s.text })),
  };
}
