// The implementation at commit 249c23f (an object literal of getters over closures), kept as the reference ../context.test.ts compares the current code with.

import { buildBrandIndex, bundledBrands, mergeBrands, type BrandIndex } from '../../../src/domain/brands.js';
import { orgDomain, registrableDomain } from '../../../src/domain/registrable.js';
import type { CheckContext } from '../../../src/model/check.js';
import type { AttachmentInfo, HeaderField, LimitHit, MessageInput } from '../../../src/model/message.js';
import type { AnalyzeOptions } from '../../../src/model/options.js';
import { parseAddressList, type Mailbox } from '../../../src/parse/address.js';
import { isWellFormedListId } from '../../../src/parse/list-id.js';
import { before } from '../../../src/text/trim.js';
import { decodeEncodedWords } from '../../../src/parse/encoded-word.js';
import { collectLinks, type LinkInfo } from '../../../src/url/links.js';
import { foldForReading, visibleText } from '../../../src/text/visible-text.js';
import { attachedOriginal, forwardedOriginal } from '../../../src/forward/forwarded-input.js';
import { isDeliveryReport } from '../../../src/checks/delivery-report.js';
import type { Verdict } from '../../../src/model/verdict.js';
import { summarizeAuth, type AuthSummary } from '../../../src/context/auth-summary.js';
import { inferRecipient, type RecipientInfo } from '../../../src/context/recipient.js';

export const DEFAULT_MAX_URLS = 1000;

/** Memoises a getter's result on first use. */
/** Headers only list software adds: their presence makes a message list mail. */
const LIST_HEADERS: readonly string[] = ['list-id', 'list-post', 'list-unsubscribe', 'mailing-list', 'x-mailman-version', 'list-help'];
/**
 * The headers a list manager adds when it re-sends a member's mail; `List-Unsubscribe` alone is
 * not one of them: every bulk sender, phishers included, adds it to mail it sends itself.
 */
const RESENDING_LIST_HEADERS: readonly string[] = ['list-id', 'list-post', 'mailing-list', 'x-mailman-version', 'list-help'];

function lazy<T>(f: () => T): () => T {
  let done = false;
  let v: T;
  return () => {
    if (!done) {
      v = f();
      done = true;
    }
    return v;
  };
}

export interface BuiltContext {
  readonly ctx: CheckContext;
  /** Records a limit hit by the engine (the time budget). */
  readonly addLimit: (hit: LimitHit) => void;
}

/**
 * Builds the shared, lazily computed view of a message that every check reads. `nested` judges a
 * forwarded original (analyze passes itself at the outer level only, so forwards of forwards stop).
 */
export function buildContext(input: MessageInput, options: AnalyzeOptions, nested: ((inner: MessageInput) => Verdict) | null = null): BuiltContext {
  const byName = new Map<string, HeaderField[]>();
  for (const h of input.headers) {
    const list = byName.get(h.name);
    if (list) list.push(h);
    else byName.set(h.name, [h]);
  }
  const header = (name: string): readonly HeaderField[] => byName.get(name.toLowerCase()) ?? [];
  const mailboxes = (name: string, max = 50): Mailbox[] => header(name).flatMap((h) => parseAddressList(h.value, max));
  const extra: LimitHit[] = [];

  const from = lazy(() => mailboxes('from'));
  // Read by several checks each: parsed once per message (the arrays are never modified).
  const sender = lazy(() => mailboxes('sender'));
  const replyTo = lazy(() => mailboxes('reply-to'));
  const to = lazy(() => mailboxes('to'));
  const cc = lazy(() => mailboxes('cc'));
  const subject = lazy((): string => decodeEncodedWords(header('subject')[0]?.value ?? '').replace(/[\r\n\t ]+/g, ' ').trim());
  const brands = lazy((): BrandIndex => {
    const base = options.brands ?? bundledBrands;
    return buildBrandIndex(options.extraBrands ? mergeBrands(base, options.extraBrands) : base);
  });
  const auth = lazy((): AuthSummary => summarizeAuth(input.headers, options.trustedAuthservIds));
  const recipient = lazy((): RecipientInfo | null => inferRecipient(input.headers, options, to()));
  const orgDomains = lazy((): string[] => {
    if (options.organizationDomains?.length) return [...new Set(options.organizationDomains.map((d) => orgDomain(d)))];
    const r = recipient();
    return r?.orgDomain ? [r.orgDomain] : [];
  });
  const links = lazy((): LinkInfo[] => {
    const maxUrls = options.limits?.maxUrls ?? DEFAULT_MAX_URLS;
    const r = collectLinks(input, { maxUrls, recipient: recipient(), brands: brands(), options });
    if (r.limitHit) extra.push(r.limitHit);
    return r.links;
  });
  const attachments = lazy((): readonly AttachmentInfo[] => {
    const list = input.attachments ?? [];
    const max = options.limits?.maxAttachments ?? 100;
    if (list.length > max) {
      extra.push({ limit: 'attachments', value: list.length, max });
      return list.slice(0, max);
    }
    return list;
  });
  const bodyText = lazy((): string => visibleText(input.bodies));
  const readingText = lazy(() => ({ subject: foldForReading(ctx.subject), body: foldForReading(bodyText()) }));
  const forwarded = lazy((): CheckContext['forwarded'] => {
    if (!nested) return null;
    const o = forwardedOriginal(input, ctx.subject, bodyText()) ?? (isDeliveryReport(ctx) ? null : attachedOriginal(input));
    return o ? { from: o.from, subject: o.block.subject, verdict: nested(o.input) } : null;
  });
  const isList = lazy((): boolean => LIST_HEADERS.some((n) => header(n).length > 0));
  const isResentByList = lazy(
    (): boolean => RESENDING_LIST_HEADERS.some((n) => header(n).length > 0) && (header('list-id').length === 0 || header('list-id').some((h) => isWellFormedListId(h.value))),
  );
  const allowSenders = (options.allowSenders ?? []).map((s) => s.toLowerCase());
  const allowLinks = new Set((options.allowLinkDomains ?? []).map((d) => orgDomain(d)));

  const ctx: CheckContext = {
    input,
    options,
    now: options.now ?? new Date(0),
    header,
    get from() {
      return from();
    },
    get fromHeaderCount() {
      return header('from').length;
    },
    get author() {
      return from()[0] ?? null;
    },

    get sender() {
      return sender();
    },
    get replyTo() {
      return replyTo();
    },
    get returnPath() {
      const v = header('return-path')[0]?.value;
      if (!v) return null;
      const lt = v.lastIndexOf('<');
      const a = before(lt >= 0 ? v.slice(lt + 1) : v, '>').trim().toLowerCase();
      return a.includes('@') ? a : null;
    },
    get to() {
      return to();
    },
    get cc() {
      return cc();
    },
    get subject() {
      return subject();
    },
    get auth() {
      return auth();
    },
    get recipient() {
      return recipient();
    },
    get organizationDomains() {
      return orgDomains();
    },
    get brands() {
      return brands();
    },
    get mailingList() {
      return isList();
    },
    get resentByList() {
      return isResentByList();
    },
    get links() {
      return links();
    },
    get bodyText() {
      return bodyText();
    },
    get readingText() {
      return readingText();
    },
    get forwarded() {
      return forwarded();
    },
    get attachments() {
      return attachments();
    },
    get limitsHit() {
      return [...(input.limitsHit ?? []), ...extra];
    },
    isAllowedSender(address: string) {
      if (allowSenders.length === 0) return false;
      const a = address.toLowerCase();
      const dom = a.slice(a.lastIndexOf('@') + 1);
      const reg = registrableDomain(dom) ?? dom;
      return allowSenders.some((s) => s === a || s === dom || s === reg);
    },
    isAllowedLinkDomain(domain: string) {
      return allowLinks.has(orgDomain(domain));
    },
  };
  return { ctx, addLimit: (h) => extra.push(h) };
}
