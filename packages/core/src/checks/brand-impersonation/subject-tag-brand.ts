/**
 * A brand named in the subject's bracket tag (`【Amazon.co.jp】`, `【三井住友カード】`, `[PayPay]`)
 * while the sender's registrable domain is not the brand's. Japanese service mail puts the
 * sender's name in such a tag; phishing copies the habit.
 *
 * Spec: none (a convention of Japanese service mail).
 * False positives: news and reviews that tag a brand in brackets; mailing-list subject tags are
 * skipped by ignoring the List-Id's tag.
 * Weight rationale: weaker than a display-name claim; suspicious only together with other evidence.
 */
import { findBrandMentions, isBrandDomain } from '../../domain/brands.js';
import { isFreemail } from '../../domain/lists.js';
import { orgDomain } from '../../domain/registrable.js';
import { defineCheck, headerEvidence, hit } from '../define-check.js';
import { brandParams } from './shared.js';

const TAG = /[【〖［\[]([^【】〖〗［］\[\]]{1,60})[】〗］\]]/g;

export const subjectTagBrand = defineCheck({
  id: 'brand-impersonation/subject-tag-brand',
  category: 'brand-impersonation',
  severity: 'warn',
  weight: 25,
  needs: ['headers'],
  run(ctx) {
    const mb = ctx.author;
    if (!mb || ctx.isAllowedSender(mb.address || mb.name)) return [];
    const domain = mb.domain ? orgDomain(mb.domain) : '';
    if (domain && !isFreemail(domain) && ctx.brands.ownersOf(domain).length > 0) return [];
    for (const m of ctx.subject.slice(0, 500).matchAll(TAG)) {
      const tag = (m[1] ?? '').trim();
      const mention = findBrandMentions(tag, ctx.brands).find((b) => !domain || !isBrandDomain(b.brand, domain));
      if (!mention) continue;
      return [hit({ tag: m[0], ...brandParams(mention.brand), domain: domain || '-' }, [headerEvidence('Subject', ctx.subject, m[0])])];
    }
    return [];
  },
});
