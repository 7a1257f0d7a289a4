/** Params of the `attachment` checks: check id → the typed inputs of its en/ja sentence. */

/** What kind of program a runnable attachment is. */
export type RunnableKind = 'executable' | 'script' | 'shortcut' | 'installer';

/** What a disguised file really is (risk classes the checks warn about). */
export type DisguisedKind = RunnableKind | 'html' | 'disk-image' | 'onenote';

/** Active content found in an HTML/SVG attachment. */
export type HtmlFeatureName = 'password-field' | 'form' | 'script' | 'redirect' | 'smuggling' | 'remote-frame';

export interface AttachmentParams {
  /** `name`: the attachment's file name, made displayable (invisibles shown as ⟨U+XXXX⟩). */
  'attachment/executable-file': { name: string; ext: string; kind: RunnableKind; via: 'name' | 'declared-type' | 'content' };
  'attachment/double-extension': { name: string; shown: string; real: string; kind: DisguisedKind; padded: boolean };
  'attachment/bidi-filename': { name: string; shownAs: string | null; real: string; controls: string };
  'attachment/encrypted-archive': { name: string; format: 'zip' | 'rar' | '7z' | 'office'; namesHidden: boolean; entries: string };
  'attachment/archive-in-archive': { name: string; inner: string };
  'attachment/risky-file-in-archive': { name: string; inner: string; kind: DisguisedKind | 'macro-office'; count: number; total: number };
  'attachment/macro-enabled-office': { name: string; ext: string };
  'attachment/vba-macro': { name: string; kind: 'vba' | 'xlm' | 'basic' };
  'attachment/html-attachment': { name: string; kind: 'html' | 'svg' | 'mht' };
  'attachment/html-form-or-script': { name: string; features: readonly HtmlFeatureName[] };
  'attachment/disk-image': { name: string; ext: string };
  /** The first empty attachment's name, and how many of the mail's attachments are empty. */
  'attachment/empty-attachment': { name: string; count: number };
  'attachment/onenote-file': { name: string; embeddedFiles: number | null };
  /** `claimed`: the extension (or declared type) the name shows; `actual`: the format the bytes are. */
  'attachment/type-mismatch': { name: string; claimed: string; actual: string; actualKind: DisguisedKind | 'archive' };
  'attachment/recipient-in-filename': { name: string; token: string; what: 'address' | 'local-part' | 'organization' };
}
