/** Evidence and display helpers shared by the attachment checks. */
import type { Evidence } from '../model/finding.js';
import type { WalkedAttachment } from './inspect.js';

const SEP = ' › ';

/** Where an attachment sits: `forwarded.eml › invoice.pdf.exe` for one inside an attached message. */
export function attachmentEvidence(w: WalkedAttachment, opts: { inner?: string; highlight?: string } = {}): Evidence {
  const own = w.info.filename ?? '';
  const value = [...w.path, own, ...(opts.inner !== undefined ? [opts.inner] : [])].filter((s) => s !== '').join(SEP) || w.info.contentType;
  const label = w.path.length ? 'attachment (in an attached message)' : 'attachment';
  return opts.highlight ? { kind: 'attachment', label, value, highlight: opts.highlight } : { kind: 'attachment', label, value };
}

/** The displayable name for params: neutralised, or the declared type when the part has no name. */
export function displayName(w: WalkedAttachment): string {
  return w.inspection.name.display || w.info.contentType;
}

/** Upper-case extension label for sentences (`pdf` → `PDF`). */
export function extLabel(ext: string): string {
  return ext.toUpperCase();
}
