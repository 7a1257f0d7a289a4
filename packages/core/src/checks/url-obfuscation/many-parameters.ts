/**
 * The unwrapped destination carries more than twelve query parameters (tracking parameters such as
 * `utm_*`, `mc_*`, `_hs*`, `fbclid` not counted): kits stuff victim data and filler into links.
 *
 * Spec: field notes §2.10.
 * False positives: search and booking deep links; the sender's own links are excused.
 * Weight rationale: 3, corroborating only.
 */
import { showHost, targetSignalFinding } from '../../url/link-facts.js';
import type { UrlObfuscationParams } from '../../model/params/url-obfuscation.js';
import { defineCheck } from '../define-check.js';

type P = UrlObfuscationParams['url-obfuscation/many-parameters'];

export const manyParameters = defineCheck({
  id: 'url-obfuscation/many-parameters',
  category: 'url-obfuscation',
  severity: 'info',
  weight: 3,
  needs: ['body'],
  run(ctx) {
    return targetSignalFinding<'many-params', P>(ctx, 'many-params', (link, s, t) => ({ link, weight: 3, highlight: t.domain ?? t.host, params: { host: showHost(t), count: s.count } }));
  },
});
