import { buildBrandIndex, bundledBrands, mergeBrands, type BrandIndex } from '../domain/brands.js';
import { orgDomain, registrableDomain } from '../domain/registrable.js';
import type { CheckContext } from '../model/check.js';
import type { AttachmentInfo, HeaderField, LimitHit, MessageInput } from '../model/message.js';
import type { AnalyzeOptions } from '../model/options.js';
import { parseAddressList, type Mailbox } from '../parse/address.js';
import { isWellFormedListId } from '../parse/list-id.js';
import { before } from '../text/trim.js';
import { decodeEncodedWords } from '../parse/encoded-word.js';
import { collectLinks, type LinkInfo } from '../url/links.js';
import { foldForReading, visibleText } from '../text/visible-text.js';
import { attachedOriginal, forwardedOriginal } from '../forward/forwarded-input.js';
import { isDeliveryReport } from '../checks/delivery-report.js';
import type { Verdict } from '../model/verdict.js';
import { summarizeAuth, type AuthSummary } from './auth-summary.js';
import { inferRecipient, type RecipientInfo } from './recipient.js';

export const DEFAULT_MAX_URLS = 1000;

/** Headers only list software adds: their presence makes a message list mail. */
const LIST_HEADERS: readonly string[] = ['list-id', 'list-post', 'list-unsubscribe', 'mailing-list', 'x-mailman-version', 'list-help'];
/**
 * The headers a list manager adds when it re-sends a member's mail; `List-Unsubscribe` alone is
 * not one of them: every bulk sender, phishers included, adds it to mail it sends itself.
 */
const RESENDING_LIST_HEADERS: readonly string[] = ['list-id', 'list-post', 'mailing-list', 'x-mailman-version', 'list-help'];

export interface BuiltContext {
  readonly ctx: CheckContext;
  /** Records a limit hit by the engine (the time budget). */
  readonly addLimit: (hit: LimitHit) => void;
}

/** Marks a memoised field not computed yet (a computation that throws leaves it unset, and is retried). */
const UNSET: unique symbol = Symbol('unset');

/**
 * The links of an input, collected for the options object they were collected under: they depend
 * only on the two (recipient, brands and limits come from them). Weak, so it lives as long as the
 * input does.
 */
const LINKS_BY_INPUT = new WeakMap<MessageInput, { readonly options: AnalyzeOptions; readonly result: ReturnType<typeof collectLinks> }>();
type Memo<T> = T | typeof UNSET;

/**
 * The shared, lazily computed view of a message. A class with getters on its prototype: an object
 * literal with two dozen getters and a closure per field cost ~35 µs per message to create (V8
 * defines each accessor at run time); this costs well under 1 µs. Each field is computed on first
 * use and memoised, exactly like the closures it replaces.
 */
class MessageContext implements CheckContext {
  readonly now: Date;
  readonly #byName = new Map<string, HeaderField[]>();
  readonly #nested: ((inner: MessageInput) => Verdict) | null;
  readonly #extra: LimitHit[] = [];
  readonly #allowSenders: string[];
  readonly #allowLinks: Set<string>;
  #from: Memo<Mailbox[]> = UNSET;
  #sender: Memo<Mailbox[]> = UNSET;
  #replyTo: Memo<Mailbox[]> = UNSET;
  #to: Memo<Mailbox[]> = UNSET;
  #cc: Memo<Mailbox[]> = UNSET;
  #subject: Memo<string> = UNSET;
  #brands: Memo<BrandIndex> = UNSET;
  #auth: Memo<AuthSummary> = UNSET;
  #recipient: Memo<RecipientInfo | null> = UNSET;
  #orgDomains: Memo<string[]> = UNSET;
  #links: Memo<LinkInfo[]> = UNSET;
  #attachments: Memo<readonly AttachmentInfo[]> = UNSET;
  #bodyText: Memo<string> = UNSET;
  #readingText: Memo<{ readonly subject: string; readonly body: string }> = UNSET;
  #forwarded: Memo<CheckContext['forwarded']> = UNSET;
  #isList: Memo<boolean> = UNSET;
  #isResentByList: Memo<boolean> = UNSET;

  constructor(
    readonly input: MessageInput,
    readonly options: AnalyzeOptions,
    nested: ((inner: MessageInput) => Verdict) | null,
  ) {
    const byName = this.#byName;
    for (const h of input.headers) {
      const list = byName.get(h.name);
      if (list) list.push(h);
      else byName.set(h.name, [h]);
    }
    this.#nested = nested;
    this.#allowSenders = (options.allowSenders ?? []).map((s) => s.toLowerCase());
    this.#allowLinks = new Set((options.allowLinkDomains ?? []).map((d) => orgDomain(d)));
    this.now = options.now ?? new Date(0);
  }

  addLimit(hit: LimitHit): void {
    this.#extra.push(hit);
  }

  header(name: string): readonly HeaderField[] {
    return this.#byName.get(name.toLowerCase()) ?? [];
  }

  #mailboxes(name: string, max = 50): Mailbox[] {
    return this.header(name).flatMap((h) => parseAddressList(h.value, max));
  }

  get from(): readonly Mailbox[] {
    return this.#fromList();
  }

  // Read by several checks each: parsed once per message (the arrays are never modified).
  #fromList(): Mailbox[] {
    if (this.#from === UNSET) this.#from = this.#mailboxes('from');
    return this.#from;
  }

  get fromHeaderCount(): number {
    return this.header('from').length;
  }

  get author(): Mailbox | null {
    return this.#fromList()[0] ?? null;
  }

  get sender(): readonly Mailbox[] {
    if (this.#sender === UNSET) this.#sender = this.#mailboxes('sender');
    return this.#sender;
  }

  get replyTo(): readonly Mailbox[] {
    if (this.#replyTo === UNSET) this.#replyTo = this.#mailboxes('reply-to');
    return this.#replyTo;
  }

  get returnPath(): string | null {
    const v = this.header('return-path')[0]?.value;
    if (!v) return null;
    const lt = v.lastIndexOf('<');
    const a = before(lt >= 0 ? v.slice(lt + 1) : v, '>').trim().toLowerCase();
    return a.includes('@') ? a : null;
  }

  get to(): readonly Mailbox[] {
    return this.#toList();
  }

  #toList(): Mailbox[] {
    if (this.#to === UNSET) this.#to = this.#mailboxes('to');
    return this.#to;
  }

  get cc(): readonly Mailbox[] {
    if (this.#cc === UNSET) this.#cc = this.#mailboxes('cc');
    return this.#cc;
  }

  get subject(): string {
    if (this.#subject === UNSET) this.#subject = decodeEncodedWords(this.header('subject')[0]?.value ?? '').replace(/[\r\n\t ]+/g, ' ').trim();
    return this.#subject;
  }

  get brands(): BrandIndex {
    if (this.#brands === UNSET) {
      const options = this.options;
      const base = options.brands ?? bundledBrands;
      this.#brands = buildBrandIndex(options.extraBrands ? mergeBrands(base, options.extraBrands) : base);
    }
    return this.#brands;
  }

  get auth(): AuthSummary {
    if (this.#auth === UNSET) this.#auth = summarizeAuth(this.input.headers, this.options.trustedAuthservIds);
    return this.#auth;
  }

  get recipient(): RecipientInfo | null {
    if (this.#recipient === UNSET) this.#recipient = inferRecipient(this.input.headers, this.options, this.#toList());
    return this.#recipient;
  }

  get organizationDomains(): readonly string[] {
    if (this.#orgDomains === UNSET) {
      const options = this.options;
      if (options.organizationDomains?.length) this.#orgDomains = [...new Set(options.organizationDomains.map((d) => orgDomain(d)))];
      else {
        const r = this.recipient;
        this.#orgDomains = r?.orgDomain ? [r.orgDomain] : [];
      }
    }
    return this.#orgDomains;
  }

  get mailingList(): boolean {
    if (this.#isList === UNSET) this.#isList = LIST_HEADERS.some((n) => this.header(n).length > 0);
    return this.#isList;
  }

  get resentByList(): boolean {
    if (this.#isResentByList === UNSET) {
      // A List-Id that no list manager would write (header-anomaly/malformed-list-id) was made up by the sender.
      const ids = this.header('list-id');
      this.#isResentByList = RESENDING_LIST_HEADERS.some((n) => this.header(n).length > 0) && (ids.length === 0 || ids.some((h) => isWellFormedListId(h.value)));
    }
    return this.#isResentByList;
  }

  get links(): readonly LinkInfo[] {
    if (this.#links === UNSET) {
      const options = this.options;
      // `listLinks` after `analyze` on the same input and options (the report, `scan --links`)
      // reuses the collection instead of extracting, unwrapping and inspecting every link again.
      const known = LINKS_BY_INPUT.get(this.input);
      let r: ReturnType<typeof collectLinks>;
      if (known && known.options === options) r = known.result;
      else {
        const maxUrls = options.limits?.maxUrls ?? DEFAULT_MAX_URLS;
        r = collectLinks(this.input, { maxUrls, recipient: this.recipient, brands: this.brands, options });
        LINKS_BY_INPUT.set(this.input, { options, result: r });
      }
      if (r.limitHit) this.#extra.push(r.limitHit);
      this.#links = r.links;
    }
    return this.#links;
  }

  get bodyText(): string {
    return this.#visibleText();
  }

  #visibleText(): string {
    if (this.#bodyText === UNSET) this.#bodyText = visibleText(this.input.bodies);
    return this.#bodyText;
  }

  get readingText(): { readonly subject: string; readonly body: string } {
    if (this.#readingText === UNSET) this.#readingText = { subject: foldForReading(this.subject), body: foldForReading(this.#visibleText()) };
    return this.#readingText;
  }

  get forwarded(): CheckContext['forwarded'] {
    if (this.#forwarded === UNSET) {
      const nested = this.#nested;
      if (!nested) this.#forwarded = null;
      else {
        // A bounce returns the reader's own message attached: that is no forward.
        const o = forwardedOriginal(this.input, this.subject, this.#visibleText()) ?? (isDeliveryReport(this) ? null : attachedOriginal(this.input));
        this.#forwarded = o ? { from: o.from, subject: o.block.subject, verdict: nested(o.input) } : null;
      }
    }
    return this.#forwarded;
  }

  get attachments(): readonly AttachmentInfo[] {
    if (this.#attachments === UNSET) {
      const list = this.input.attachments ?? [];
      const max = this.options.limits?.maxAttachments ?? 100;
      if (list.length > max) {
        this.#extra.push({ limit: 'attachments', value: list.length, max });
        this.#attachments = list.slice(0, max);
      } else this.#attachments = list;
    }
    return this.#attachments;
  }

  get limitsHit(): readonly LimitHit[] {
    return [...(this.input.limitsHit ?? []), ...this.#extra];
  }

  isAllowedSender(address: string): boolean {
    const allowSenders = this.#allowSenders;
    if (allowSenders.length === 0) return false;
    const a = address.toLowerCase();
    const dom = a.slice(a.lastIndexOf('@') + 1);
    const reg = registrableDomain(dom) ?? dom;
    return allowSenders.some((s) => s === a || s === dom || s === reg);
  }

  isAllowedLinkDomain(domain: string): boolean {
    const allowLinks = this.#allowLinks;
    // No allow-list (the usual case): no organisational domain to compute (`orgDomain` is pure).
    if (allowLinks.size === 0) return false;
    return allowLinks.has(orgDomain(domain));
  }
}

/**
 * Builds the shared, lazily computed view of a message that every check reads. `nested` judges a
 * forwarded original (analyze passes itself at the outer level only, so forwards of forwards stop).
 */
export function buildContext(input: MessageInput, options: AnalyzeOptions, nested: ((inner: MessageInput) => Verdict) | null = null): BuiltContext {
  const ctx = new MessageContext(input, options, nested);
  return { ctx, addLimit: (h) => ctx.addLimit(h) };
}
