/**
 * RFC 8601 Authentication-Results (and ARC-Authentication-Results, RFC 8617 §4.1.1), parsed
 * structurally: comments removed outside quoted strings, resinfo split on `;`, each method's
 * result, reason and `ptype.property=value` properties kept. Plus RFC 7208 §9.1 Received-SPF.
 * Never believe these headers wholesale: see `auth/summary.ts` for the trust model.
 */
import { asciiClass, inClass } from '../text/ascii-class.js';

export interface AuthProperty {
  /** `smtp`, `header`, `body`, `policy`… lower-case. */
  readonly ptype: string;
  /** `mailfrom`, `from`, `d`, `i`, `s`… lower-case. */
  readonly property: string;
  readonly value: string;
}

export interface AuthMethodResult {
  /** `spf`, `dkim`, `dmarc`, `arc`, `compauth`, `auth`… lower-case, without version. */
  readonly method: string;
  /** `pass`, `fail`, `softfail`, `none`, `neutral`, `temperror`, `permerror`, `bestguesspass`… lower-case. */
  readonly result: string;
  readonly reason?: string;
  readonly props: readonly AuthProperty[];
}

export interface AuthResultsHeader {
  /** The authserv-id, lower-case ('' when missing). */
  readonly authservId: string;
  readonly results: readonly AuthMethodResult[];
  /** Header position among all header fields (0 = topmost). */
  readonly index: number;
  readonly raw: string;
  /** For ARC-Authentication-Results: the instance number `i=`. */
  readonly arcInstance?: number;
}

/**
 * Removes RFC 5322 comments outside quoted strings (each comment becomes one space). The text
 * between comments is copied in runs: these headers are long (several per message, ARC included).
 */
export function stripComments(s: string): string {
  if (!s.includes('(')) return s;
  let out = '';
  let runStart = 0;
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (quoted) {
      if (c === 0x5c && i + 1 < s.length) i++;
      else if (c === 0x22) quoted = false;
      continue;
    }
    if (c === 0x22) {
      quoted = true;
      continue;
    }
    if (c !== 0x28) continue;
    out += `${s.slice(runStart, i)} `;
    // The comment, nested comments and quoted pairs included, up to its `)` (or the end).
    let depth = 1;
    for (i++; i < s.length && depth > 0; i++) {
      const d = s.charCodeAt(i);
      if (d === 0x5c) i++;
      else if (d === 0x28) depth++;
      else if (d === 0x29) depth--;
    }
    runStart = i;
    i--;
  }
  return runStart >= s.length ? out : out + s.slice(runStart);
}

function splitOutsideQuotes(s: string, sep: string): string[] {
  const out: string[] = [];
  const sepCode = sep.charCodeAt(0);
  let start = 0;
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22) quoted = !quoted;
    if (c === sepCode && !quoted) {
      out.push(s.slice(start, i));
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out;
}

const KEY_CHARS = asciiClass((c) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x2d && c <= 0x39) || c === 0x5f);
const SPACES = asciiClass((c) => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a);

/** A key character: `[A-Za-z0-9_./-]`. */
function isKeyChar(c: number): boolean {
  return inClass(KEY_CHARS, c);
}

/** Space, tab, CR or LF. */
function isSpace(c: number): boolean {
  return inClass(SPACES, c);
}

/** `key = value` pairs of a resinfo segment, values unquoted; a linear scan (no backtracking). */
function keyValues(seg: string): [string, string][] {
  const pairs: [string, string][] = [];
  let i = 0;
  const n = seg.length;
  const skipSpace = () => {
    while (i < n && isSpace(seg.charCodeAt(i))) i++;
  };
  while (i < n) {
    skipSpace();
    const start = i;
    while (i < n && isKeyChar(seg.charCodeAt(i))) i++;
    const key = seg.slice(start, i);
    skipSpace();
    if (!key || i >= n || seg.charCodeAt(i) !== 0x3d) {
      if (i === start) i++;
      continue;
    }
    i++;
    skipSpace();
    let value = '';
    if (i < n && seg.charCodeAt(i) === 0x22) {
      i++;
      while (i < n && seg[i] !== '"') {
        if (seg[i] === '\\' && i + 1 < n) i++;
        value += seg[i];
        i++;
      }
      i++;
    } else {
      const vs = i;
      while (i < n && !isSpace(seg.charCodeAt(i)) && seg.charCodeAt(i) !== 0x3b) i++;
      value = seg.slice(vs, i);
    }
    pairs.push([key.toLowerCase(), value]);
  }
  return pairs;
}

function parseResinfo(seg: string): AuthMethodResult | null {
  const pairs = keyValues(seg);
  if (pairs.length === 0) return null;
  const first = pairs[0];
  if (!first) return null;
  const method = first[0].split('/')[0] ?? '';
  const result = first[1].toLowerCase();
  let reason: string | undefined;
  const props: AuthProperty[] = [];
  for (const [k, v] of pairs.slice(1)) {
    if (k === 'reason') {
      reason = v;
      continue;
    }
    const dot = k.indexOf('.');
    if (dot > 0) props.push({ ptype: k.slice(0, dot), property: k.slice(dot + 1), value: v });
    else props.push({ ptype: '', property: k, value: v });
  }
  return reason === undefined ? { method, result, props } : { method, result, reason, props };
}

/** Parses one Authentication-Results value. `arc` parses the ARC form (`i=N; authserv-id; …`). */
export function parseAuthenticationResults(value: string, index = 0, arc = false): AuthResultsHeader {
  const clean = stripComments(value).replace(/[\r\n]+/g, ' ');
  const segs = splitOutsideQuotes(clean, ';');
  let arcInstance: number | undefined;
  if (arc) {
    const m = /^\s*i\s*=\s*(\d+)\s*$/i.exec(segs[0] ?? '');
    if (m) {
      arcInstance = Number(m[1]);
      segs.shift();
    }
  }
  const head = (segs.shift() ?? '').trim();
  const firstToken = head.split(/\s+/)[0] ?? '';
  // An authserv-id is a token or quoted string, never `method=result`: Microsoft 365 writes none
  // (`Authentication-Results: spf=fail (sender IP is …) smtp.mailfrom=…; dkim=…`), so the first
  // segment is then a result, not the id.
  const authservId = firstToken.includes('=') ? '' : firstToken.toLowerCase();
  const results: AuthMethodResult[] = [];
  // Some servers put the first resinfo on the authserv-id segment without a `;` (non-conforming).
  const headRest = head.slice(authservId.length);
  if (/=/.test(headRest)) {
    const r = parseResinfo(headRest);
    if (r) results.push(r);
  }
  for (const seg of segs) {
    if (!seg.trim() || /^\s*none\s*$/i.test(seg)) continue;
    const r = parseResinfo(seg);
    if (r) results.push(r);
  }
  const base = { authservId, results, index, raw: value };
  return arcInstance === undefined ? base : { ...base, arcInstance };
}

export interface ReceivedSpf {
  readonly result: string;
  readonly index: number;
  readonly envelopeFrom?: string;
  readonly raw: string;
}

/** RFC 7208 §9.1: `Received-SPF: pass (comment) client-ip=…; envelope-from=…`. */
export function parseReceivedSpf(value: string, index = 0): ReceivedSpf {
  const result = (/^\s*([a-zA-Z]+)/.exec(value)?.[1] ?? '').toLowerCase();
  const env = /envelope-from\s*=\s*"?([^";\s]+)"?/i.exec(stripComments(value))?.[1];
  return env ? { result, index, envelopeFrom: env, raw: value } : { result, index, raw: value };
}

/** First property value of a method result (`prop(r, 'header', 'd')`). */
export function prop(r: AuthMethodResult, ptype: string, property: string): string | undefined {
  return r.props.find((p) => p.ptype === ptype && p.property === property)?.value;
}
