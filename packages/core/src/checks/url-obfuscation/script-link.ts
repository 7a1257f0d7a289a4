/**
 * A link or form uses `javascript:`, `vbscript:` or a non-image `data:` URL: it runs code or opens
 * an embedded document (a whole fake sign-in page can live in a `data:text/html` link).
 *
 * Spec: HTML Living Standard §7.6 (javascript: URLs); field notes §1B (Thunderbird, MAIV flag these).
 * False positives: `javascript:void(0)` placeholders left by editors do nothing and are skipped;
 *   `data:image/*` (not SVG) is an image, not a document.
 * Weight rationale: 20 for `data:` documents and `vbscript:` (a whole page or a script smuggled in
 *   a link); 8 for `javascript:`, which old newsletters used for pop-up helpers.
 */
import { linkEvidence } from '../../url/link-facts.js';
import type { UrlObfuscationParams } from '../../model/params/url-obfuscation.js';
import { defineCheck, hit } from '../define-check.js';

type P = UrlObfuscationParams['url-obfuscation/script-link'];

export const scriptLink = defineCheck({
  id: 'url-obfuscation/script-link',
  category: 'url-obfuscation',
  severity: 'danger',
  weight: 20,
  needs: ['body'],
  run(ctx) {
    const found = ctx.links.filter((l) => l.inspection.signals.some((s) => s.kind === 'script-scheme' && !s.noop));
    if (found.length === 0) return [];
    // A document or VBScript is worse than a javascript: pop-up helper; lead with it.
    const first = found.find((l) => l.inspection.scheme !== 'javascript') ?? (found[0] as (typeof found)[number]);
    const scheme = first.inspection.scheme;
    const cited = [first, ...found.filter((l) => l !== first)].slice(0, 3);
    return [hit<P>({ scheme }, cited.map((l) => linkEvidence(l, `${l.inspection.scheme}:`)), { weight: scheme === 'javascript' ? 8 : 20 })];
  },
});
