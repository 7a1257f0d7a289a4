/**
 * A reply, as mail programs mark one: an In-Reply-To or References header (RFC 5322 §3.6.4). A
 * reply quotes other people, so the brand checks that read the letterhead of the text leave it
 * alone, and `social-engineering/fake-reply` reports a "Re:" subject without these headers.
 */
import type { CheckContext } from '../model/check.js';

export function isReply(ctx: CheckContext): boolean {
  return ctx.header('in-reply-to').length > 0 || ctx.header('references').length > 0;
}
