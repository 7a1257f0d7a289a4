/**
 * What every adapter produces and `analyze` consumes. Order and duplicates are preserved:
 * header fields stay in wire order (top = newest), so duplicate From headers or an injected
 * Authentication-Results below the real one stay visible to the checks.
 */
export type InputSource = 'eml' | 'outlook' | 'thunderbird' | 'raw-headers' | 'link';

export interface HeaderField {
  /** Lower-case field name. */
  readonly name: string;
  /** Unfolded value, NOT RFC 2047-decoded: parsers decode after structuring (RFC 2047 §5). */
  readonly value: string;
}

export interface AttachmentInfo {
  readonly filename: string | null;
  /** Declared media type, lower-case, without parameters (`application/pdf`). */
  readonly contentType: string;
  /** Decoded size in bytes, when known. */
  readonly size: number | null;
  /** `attachment` or `inline`, when known. */
  readonly disposition?: 'attachment' | 'inline';
  /** The first bytes (or all) of the decoded content, where the host can provide them. */
  readonly bytes?: Uint8Array;
  /** Nested attachments of a message/rfc822 part. */
  readonly nested?: readonly AttachmentInfo[];
  /** An attached message's (message/rfc822) own header fields and bodies, when the adapter parsed them. */
  readonly message?: AttachedMessage;
}

/** The header fields and text of an attached message, as `parseMimeBody` reads them. */
export interface AttachedMessage {
  readonly headers: readonly HeaderField[];
  readonly text?: string;
  readonly html?: string;
}

/** A part of the input an adapter could not provide, and why (recorded as skipped, never as passed). */
export interface Unavailable {
  readonly what: 'headers' | 'body' | 'attachments' | 'attachment-bytes';
  readonly reason: string;
}

/** A parser limit that was hit while building the input (reported as a header-anomaly finding). */
export interface LimitHit {
  readonly limit: LimitName;
  readonly value: number;
  readonly max: number;
}

export type LimitName =
  | 'header-bytes'
  | 'header-count'
  | 'mime-depth'
  | 'mime-parts'
  | 'body-bytes'
  | 'urls'
  | 'attachments'
  | 'attachment-bytes'
  | 'time';

export interface MessageInput {
  readonly source: InputSource;
  readonly headers: readonly HeaderField[];
  readonly bodies?: { readonly text?: string; readonly html?: string };
  readonly attachments?: readonly AttachmentInfo[];
  readonly unavailable?: readonly Unavailable[];
  readonly limitsHit?: readonly LimitHit[];
  /** Syntax problems met while splitting the header block (kept for header-anomaly checks). */
  readonly headerSyntax?: readonly HeaderSyntaxNote[];
}

export interface HeaderSyntaxNote {
  readonly kind: 'malformed-line' | 'space-before-colon' | 'bare-cr' | 'nul' | 'empty-name';
  /** The offending line, capped. */
  readonly line: string;
}
