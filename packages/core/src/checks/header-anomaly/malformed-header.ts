/**
 * Header lines that break RFC 5322 syntax in ways servers and clients read differently: a line
 * that is neither a field nor a continuation (a folded `From` name, a leading space before the
 * first field — espoofer A9/A11), white space before the colon (A10), NUL bytes (A3), an empty
 * field name.
 *
 * Spec: RFC 5322 §2.2 and §3.6; RFC 5321 §4.5.2 (no NUL).
 * False positives: ancient or broken mailers; the space-before-colon form is obsolete syntax some
 * old gateways still emit (weighted low).
 * Weight rationale: a parser-confusion attack surface; a caution alone. A NUL byte, which SMTP
 * forbids and no mail program writes, is only ever put there to make a verifier and a reader see
 * different values (espoofer A3 cuts a DKIM selector with it): 35, suspicious alone. When the broken line is
 * itself a From or Sender field (` From: <first@attack.example>`, or `From` folded onto
 * ` : <first@…>`), the mail carries a second, hidden sender that some programs show and others
 * skip — the multiple-From spoof in disguise, weighed like `multiple-from` (40).
 *
 * Kind `dkim-tag`: a DKIM-Signature whose signing domain (`d=`) or selector (`s=`) holds characters
 * no domain name has (`d=legitimate.com'a.attack.com`, espoofer A4). A verifier that copies the
 * value into Authentication-Results may cut it at the quote and report the mail as signed by
 * `legitimate.com`. Measured: 0 of 7,160 real mails (ham, phish-dev, ja, bounce) have such a tag;
 * 35, suspicious alone, like the NUL byte it is a sibling of.
 */
import type { HeaderAnomalyParams } from '../../model/params/header-anomaly.js';
import type { HeaderSyntaxNote } from '../../model/message.js';
import { defineCheck, headerEvidence, hit } from '../define-check.js';

type Kind = HeaderAnomalyParams['header-anomaly/malformed-header']['kind'];

const WEIGHTS: Record<Kind, number> = { 'hidden-from': 40, nul: 35, 'dkim-tag': 35, 'malformed-line': 20, 'space-before-colon': 12, 'empty-name': 15, 'bare-cr': 10 };

/** A From/Sender field in a broken line: the line itself, or a bare field name and its indented continuation. */
const FROM_FIELD = /^\s*(?:from|sender|resent-from)\s*:/i;

function hiddenFrom(notes: readonly HeaderSyntaxNote[]): string | null {
  for (let i = 0; i < notes.length; i++) {
    const n = notes[i] as HeaderSyntaxNote;
    if (n.kind !== 'malformed-line') continue;
    if (FROM_FIELD.test(n.line)) return n.line.trim();
    const next = notes[i + 1];
    if (/^\s*(?:from|sender|resent-from)\s*$/i.test(n.line) && next?.kind === 'malformed-line' && /^[ \t]/.test(next.line)) {
      const joined = `${n.line.trim()} ${next.line.trim()}`;
      if (FROM_FIELD.test(joined)) return joined;
    }
  }
  return null;
}

/** The first DKIM-Signature `d=` or `s=` value that is not a plain domain name or label run, as `DKIM-Signature: d=…`. */
export function injectedDkimTag(headers: readonly { name: string; value: string }[]): string | null {
  let seen = 0;
  for (const h of headers) {
    if (h.name !== 'dkim-signature' || ++seen > 8) continue;
    for (const part of h.value.split(';')) {
      const eq = part.indexOf('=');
      if (eq < 0) continue;
      const tag = part.slice(0, eq).trim();
      if (tag !== 'd' && tag !== 's') continue;
      const value = part.slice(eq + 1).trim();
      if (value && !/^[A-Za-z0-9._-]+$/.test(value)) return `DKIM-Signature: ${tag}=${value}`.slice(0, 200);
    }
  }
  return null;
}

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
    const dkim = nul ? null : injectedDkimTag(ctx.input.headers);
    if (all.length === 0 && !dkim) return [];
    const hidden = hiddenFrom(all);
    if (hidden) return [hit({ kind: 'hidden-from' as const, line: hidden }, [headerEvidence('header', hidden)], { weight: WEIGHTS['hidden-from'] })];
    const candidates: { kind: Kind; line: string }[] = dkim ? [...all, { kind: 'dkim-tag', line: dkim }] : [...all];
    const worst = candidates.sort((a, b) => WEIGHTS[b.kind] - WEIGHTS[a.kind])[0];
    if (!worst) return [];
    return [hit({ kind: worst.kind, line: worst.line }, [headerEvidence('header', worst.line)], { weight: WEIGHTS[worst.kind] })];
  },
});
