import type { BrandIndex } from '../domain/brands.js';
import type { AuthSummary } from '../context/auth-summary.js';
import type { RecipientInfo } from '../context/recipient.js';
import type { Mailbox } from '../parse/address.js';
import type { LinkInfo } from '../url/links.js';
import type { AttachmentInfo, HeaderField, LimitHit, MessageInput } from './message.js';
import type { AnalyzeOptions } from './options.js';
import type { Verdict } from './verdict.js';

/**
 * What a check gets: the input plus everything parsed from it once (lazily) and shared by all
 * checks. Checks read it and never change it.
 */
export interface CheckContext {
  readonly input: MessageInput;
  readonly options: AnalyzeOptions;
  readonly now: Date;
  /** All fields with that (lower-case) name, in wire order. */
  header(name: string): readonly HeaderField[];
  /** Every mailbox of every From header, in order. */
  readonly from: readonly Mailbox[];
  /** How many From header fields the message has. */
  readonly fromHeaderCount: number;
  /** The first From mailbox, the one clients show (null when none). */
  readonly author: Mailbox | null;

  readonly sender: readonly Mailbox[];
  readonly replyTo: readonly Mailbox[];
  /** Return-Path address (lower-case), or null. */
  readonly returnPath: string | null;
  readonly to: readonly Mailbox[];
  readonly cc: readonly Mailbox[];
  /** Decoded first Subject ('' when none). */
  readonly subject: string;
  readonly auth: AuthSummary;
  /** Who received the message, from options or inferred from the headers. */
  readonly recipient: RecipientInfo | null;
  /** The recipient organisation's registrable domains (options, else the recipient's). */
  readonly organizationDomains: readonly string[];
  readonly brands: BrandIndex;
  /** List-Id / List-Post / List-Unsubscribe / Mailman-style headers present. */
  readonly mailingList: boolean;
  /**
   * List-Id / List-Post / Mailman-style headers: a list manager re-sent the mail (which may break
   * DKIM and put the poster's own address in Reply-To). `List-Unsubscribe` alone does not count, nor
   * a List-Id that is not in the RFC 2919 form (made up by the sender).
   */
  readonly resentByList: boolean;
  /** Links extracted, unwrapped and inspected (computed on first use). */
  readonly links: readonly LinkInfo[];
  readonly attachments: readonly AttachmentInfo[];
  /** The original of a message forwarded inline, judged on its own (null when not a forward, or when already inside one). */
  readonly forwarded: { readonly from: string; readonly subject: string; readonly verdict: Verdict } | null;
  /** Subject and the body's visible text (`bodyText`), folded for phrase matching (`foldForReading`). */
  readonly readingText: { readonly subject: string; readonly body: string };
  /** What the reader sees of the body: the HTML without markup, else the text part; collapsed, at most 3,000 characters. */
  readonly bodyText: string;
  /** Limits hit so far (parsing, links, attachments, time budget). Read it last. */
  readonly limitsHit: readonly LimitHit[];
  /** True when the options allow-list this sender address or domain. */
  isAllowedSender(address: string): boolean;
  /** True when the options allow-list this link (registrable) domain. */
  isAllowedLinkDomain(domain: string): boolean;
}
