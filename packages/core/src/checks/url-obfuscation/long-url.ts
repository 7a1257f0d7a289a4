/**
 * The unwrapped destination is longer than 1,024 characters: long enough that the part a person
 * can see in a status bar says nothing about where it goes.
 *
 * Spec: field notes §3.5 (rspamd `URL_VERY_LONG` at 2,048 on the raw URL; we measure the target
 *   after unwrapping, so wrappers and trackers do not count).
 * False positives: e-commerce deep links with many filters; hence the smallest weight.
 * Weight rationale: 3, corroborating only.
 */
import { showHost, targetSignalFinding } from '../../url/link-facts.js';
import type { UrlObfuscationParams } from '../../model/params/url-obfuscation.js';
import { defineCheck } from '../define-check.js';

type P = UrlObfuscationParams['url-obfuscation/long-url'];

export const longUrl = defineCheck({
  id: 'url-obfuscation/long-url',
  category: 'url-obfuscation',
  severity: 'info',
  weight: 3,
  needs: ['body'],
  run(ctx) {
    return targetSignalFinding<'long-url', P>(ctx, 'long-url', (link, s, t) => ({ link, weight: 3, highlight: t.domain ?? t.host, params: { host: showHost(t), length: s.length } }));
  },
});
