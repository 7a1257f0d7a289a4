import type { BrandList } from '../domain/brands.js';
import type { CheckId } from './params.js';

/**
 * Safety limits. `analyze` enforces links, attachments and time; the parsing limits (header
 * bytes/count, MIME depth/parts, body bytes, bytes per attachment) are enforced by the adapter
 * that parses the message: pass the same object to it, e.g. `fromRawMessage(bytes, limits)`.
 * Every limit hit is reported as a `header-anomaly/limit-exceeded` finding.
 */
export interface Limits {
  /** Bytes of the header block examined (default 1 MiB). */
  readonly maxHeaderBytes?: number;
  /** Header fields examined (default 2,000). */
  readonly maxHeaderCount?: number;
  /** Links examined per message (default 1,000). */
  readonly maxUrls?: number;
  /** Attachments examined per message (default 100). */
  readonly maxAttachments?: number;
  /** Bytes of body text/HTML scanned for links (default 4 MiB). */
  readonly maxBodyBytes?: number;
  /** MIME nesting depth walked (default 30). */
  readonly maxMimeDepth?: number;
  /** MIME parts walked (default 500). */
  readonly maxMimeParts?: number;
  /** Decoded bytes kept per attachment for static checks (default 8 MiB). */
  readonly maxAttachmentBytes?: number;
  /** Wall-clock budget for one `analyze` call in ms (default 2,000); checks past it are skipped. */
  readonly timeBudgetMs?: number;
}

export interface AnalyzeOptions {
  /** Authentication-Results authserv-ids to believe. Default: only the topmost Authentication-Results. */
  readonly trustedAuthservIds?: readonly string[];
  /** The recipient's organisation domains (own-organization, internal-sender logic). Default: inferred from To/Delivered-To. */
  readonly organizationDomains?: readonly string[];
  /** The recipient, for recipient-targeting. Default: inferred from Delivered-To/X-Original-To/To. */
  readonly recipient?: { readonly address: string; readonly name?: string };
  /** Brand registry. Default: the bundled `data/brands.json`. */
  readonly brands?: BrandList;
  /** Extra brands merged over the registry (same id replaces). */
  readonly extraBrands?: BrandList;
  /** Sender addresses or domains never flagged by sender checks. */
  readonly allowSenders?: readonly string[];
  /** Link domains (registrable) never flagged by link checks. */
  readonly allowLinkDomains?: readonly string[];
  readonly disable?: readonly CheckId[];
  readonly weights?: Readonly<Partial<Record<CheckId, number>>>;
  /** Fixed clock for deterministic results. */
  readonly now?: Date;
  readonly limits?: Limits;
}
