/**
 * The subject says "Re:" (`RE:`, `AW:`, `SV:`, `回复:`…) but the mail is no reply: it carries none of
 * the headers every mail program writes when answering (In-Reply-To, References, Outlook's
 * Thread-Index). The prefix makes a first contact look like a conversation the reader started
 * ("RE: YOUR URGENT PAYMENT NOTIFICATION", "Re: 24 Hours Left – Prevent Photos Deletion").
 *
 * Spec: RFC 5322 §3.6.4 (a reply's In-Reply-To and References); rspamd's `FAKE_REPLY` (field notes
 *   §3.6) is the same test.
 * False positives: mailing lists (skipped: list software and digests rewrite threads), replies from
 *   Japanese mobile carriers' mail (docomo, au, SoftBank), whose phones long sent no In-Reply-To
 *   (skipped), delivery reports (skipped), and some mail programs of the early 2000s (5 of 4,279 ham,
 *   all from 2002; they stay below `suspicious`).
 * Weight rationale: 10, like a random token: just below `caution` alone; it adds to the sender and
 *   link evidence. Measured: 28 phish-dev mails, 5 ham (all 2002), no Japanese phishing or bounce.
 */
import type { SocialEngineeringParams } from '../../model/params/social-engineering.js';
import { defineCheck, headerEvidence, hit } from '../define-check.js';
import { isDeliveryReport } from '../delivery-report.js';
import { isReply } from '../reply.js';

type P = SocialEngineeringParams['social-engineering/fake-reply'];

/** Reply prefixes of mail programs in many languages (rspamd's list, plus `RE`/`R`, `VS`, Chinese). */
const REPLY_PREFIX = /^[ \t]{0,8}((?:re|aw|sv|vs|antw|atb|bls|odp|res|rif|ynt|r)(?: ?\[\d{1,4}\])? {0,3}[:：]|(?:回复|回覆|答复) {0,3}[:：])/i;

/** Outlook's thread headers, which some of its replies carry without In-Reply-To. */
const THREAD_HEADERS = ['thread-index', 'thread-topic'] as const;

/** Japanese mobile carriers' mail, whose phones answered without In-Reply-To for years. */
const MOBILE_CARRIERS: readonly string[] = [
  'docomo.ne.jp', 'ezweb.ne.jp', 'au.com', 'softbank.ne.jp', 'i.softbank.jp', 'disney.ne.jp', 'ymobile.ne.jp',
  'y-mobile.ne.jp', 'emnet.ne.jp', 'willcom.com', 'pdx.ne.jp', 'vodafone.ne.jp',
];

export const fakeReply = defineCheck({
  id: 'social-engineering/fake-reply',
  category: 'social-engineering',
  severity: 'warn',
  weight: 10,
  needs: ['headers'],
  run(ctx) {
    const m = REPLY_PREFIX.exec(ctx.subject);
    if (!m) return [];
    if (isReply(ctx) || THREAD_HEADERS.some((n) => ctx.header(n).length > 0) || ctx.mailingList || isDeliveryReport(ctx)) return [];
    const from = ctx.author;
    if (from && ctx.isAllowedSender(from.address || from.name)) return [];
    const domain = from?.domain ?? '';
    if (MOBILE_CARRIERS.some((d) => domain === d || domain.endsWith(`.${d}`))) return [];
    const prefix = (m[1] as string).trim();
    return [hit<P>({ prefix }, [headerEvidence('Subject', ctx.subject, prefix)])];
  },
});
