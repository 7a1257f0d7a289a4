/**
 * Typed view of `data/risky-extensions.json`: file-name extensions and declared media types by
 * risk class. Lists after Microsoft's common attachments filter and rspamd's `bad_extensions`
 * (field notes §3.10, §3.11); the weights live on the checks, not in the data.
 */
import data from '../data/risky-extensions.json';

export type RiskClass =
  | 'executable'
  | 'script'
  | 'shortcut'
  | 'installer'
  | 'disk-image'
  | 'onenote'
  | 'macro-office'
  | 'html'
  | 'archive'
  | 'document'
  | 'image'
  | 'media'
  | 'calendar';

/** Classes whose files run code when opened (double-click starts a program or a script). */
export const RUNNABLE_CLASSES: ReadonlySet<RiskClass> = new Set(['executable', 'script', 'shortcut', 'installer']);

/** What a name can claim that `attachment/type-mismatch` compares with the content. */
export const DOCUMENT_LIKE_CLASSES: ReadonlySet<RiskClass> = new Set(['document', 'image', 'media', 'calendar']);

/** Classes a disguised file pretends to be: documents, pictures, media, invitations, archives. */
export const DECOY_CLASSES: ReadonlySet<RiskClass> = new Set(['document', 'image', 'media', 'calendar', 'archive']);

const BY_EXTENSION: ReadonlyMap<string, RiskClass> = (() => {
  const m = new Map<string, RiskClass>();
  for (const [cls, list] of Object.entries(data.classes) as [RiskClass, string[]][]) {
    for (const ext of list) m.set(ext, cls);
  }
  return m;
})();

const BY_CONTENT_TYPE: ReadonlyMap<string, RiskClass> = new Map(
  Object.entries(data.contentTypes) as [string, RiskClass][],
);

/** The risk class of a lower-case extension without the dot (`exe` → `executable`), or null. */
export function classOfExtension(ext: string | null | undefined): RiskClass | null {
  if (!ext) return null;
  if (BY_EXTENSION.has(ext)) return BY_EXTENSION.get(ext) ?? null;
  // multi-volume RAR (`.r01`) and split archives (`.002`)
  if (/^r\d\d$/.test(ext) || /^\d{3}$/.test(ext)) return 'archive';
  return null;
}

/** The risk class of a declared media type (lower-case, no parameters), or null. */
export function classOfContentType(type: string | null | undefined): RiskClass | null {
  if (!type) return null;
  return BY_CONTENT_TYPE.get(type.toLowerCase()) ?? null;
}

/** Snapshot date of the bundled list. */
export const RISKY_EXTENSIONS_SNAPSHOT: string = data.snapshot;

/** Every extension of the bundled list with its class (for docs and tests). */
export function riskyExtensionEntries(): readonly (readonly [string, RiskClass])[] {
  return [...BY_EXTENSION.entries()];
}
