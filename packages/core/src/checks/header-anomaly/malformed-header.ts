/**
 * Header lines that break RFC 5322 syntax in ways servers and clients read differently: a line
 * that is neither a field nor a continuation (a folded `From` name, a leading space before the
 * first field — espoofer A9/A11), white space before the colon (A10), NUL bytes (A3), an empty
 * field name.
 *
 * Spec: RFC 5322 §2.2 and §3.6; RFC 5321 §4.5.2 (no NUL).
 * False positives: ancient or broken mailers; the space-before-colon form is obsolete syntax some
 * old gateways still emit (weighted low).
 * Weight rationale: a parser-confusion attack surface; a caution alone.
 */
import { defineCheck, headerEvidence, hit } from '../define-check.js';

const WEIGHTS: Record<string, number> = { nul: 30, 'malformed-line': 20, 'space-before-colon': 12, 'empty-name': 15, 'bare-cr': 10 };

export const malformedHeader = defineCheck({
  id: 'header-anomaly/malformed-header',
  category: 'header-anomaly',
  severity: 'warn',
  weight: 20,
  needs: ['headers'],
  run(ctx) {
    const notes = ctx.input.headerSyntax ?? [];
    const nul = ctx.input.headers.find((h) => h.value.includes('\0'));
    const all = nul && !notes.some((n) => n.kind === 'nul') ? [{ kind: 'nul' as const, line: `${nul.name}: ${nul.value}`.slice(0, 200) }, ...notes] : notes;
    if (all.length === 0) return [];
    const worst = [...all].sort((a, b) => (WEIGHTS[b.kind] ?? 0) - (WEIGHTS[a.kind] ?? 0))[0];
    if (!worst) return [];
    return [hit({ kind: worst.kind, line: worst.line }, [headerEvidence('header', worst.line)], { weight: WEIGHTS[worst.kind] ?? 15 })];
  },
});
