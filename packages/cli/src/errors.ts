/**
 * Error texts of the main thread and of the analysis. Kept apart from scan-message.ts so that the
 * command's bundle (dist/ayashii.mjs) does not take in the analysis for them.
 */

function sizeText(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(n / 1024)} KiB`;
}

export function tooLarge(size: number, max: number): string {
  return `message too large (${sizeText(size)}, the limit is ${sizeText(max)}; see --max-message-size)`;
}

/** `cannot read: EACCES (permission denied)`. */
export function ioError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const code = err?.code;
  const known: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'is a directory',
    ELOOP: 'too many symbolic links',
    EIO: 'input/output error',
    ENAMETOOLONG: 'file name too long',
  };
  if (code && known[code]) return `cannot read: ${code} (${known[code]})`;
  return `cannot read: ${String(err?.message ?? e).slice(0, 200)}`;
}
