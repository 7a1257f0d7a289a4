/**
 * One tag of a DKIM-Signature header (RFC 6376 §3.2, §3.5): its value up to the next `;`, with the
 * folding white space a value may contain removed (`a=rsa-\r\n sha1` → `rsa-sha1`). Tag names are
 * case-sensitive in the RFC; senders write them in lower case, and so are they matched here. At
 * most 300 characters of the value are read (a domain fits; `b=` and `bh=` are never asked for).
 *
 * @example
 * dkimTag('v=1; a=rsa-sha256; d=example.com; s=k1', 'd'); // → 'example.com'
 */
const TAGS: Readonly<Record<string, RegExp>> = {
  a: /(?:^|;)\s*a\s*=\s*([^;]{0,300})/,
  d: /(?:^|;)\s*d\s*=\s*([^;]{0,300})/,
};

export function dkimTag(value: string, tag: 'a' | 'd'): string | null {
  const m = TAGS[tag]?.exec(value);
  return m ? (m[1] as string).replace(/\s+/g, '') : null;
}
