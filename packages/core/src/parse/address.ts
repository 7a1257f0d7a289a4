/**
 * RFC 5322 §3.4 address lists, parsed BEFORE any RFC 2047 decoding (decoding first corrupts the
 * structure: `=?UTF-8?Q?H=C3=B6rst=2C_Kenny?= <…>` must stay one mailbox). Display names are
 * decoded after structuring. Tolerant: groups, comments, obsolete routes, unquoted dots, junk.
 */
import { decodeEncodedWords, hasEncodedWord } from './encoded-word.js';

export interface Mailbox {
  /** Decoded display name with white space collapsed ('' when none). */
  readonly name: string;
  /** The display name as it stood on the wire (quotes removed, encoded-words kept). */
  readonly rawName: string;
  /** `local@domain`, the domain lower-cased ('' when no address could be found). */
  readonly address: string;
  readonly local: string;
  /** Lower-case domain ('' when none). */
  readonly domain: string;
  /** The source text of this mailbox. */
  readonly raw: string;
  /** The display name used RFC 2047 encoded-words. */
  readonly nameEncoded: boolean;
  /** Comments found around the address (`x@y (Name)`), decoded. */
  readonly comments: readonly string[];
  /** The address itself contained encoded-words (never legitimate; a Mailsploit-style trick). */
  readonly addressEncoded: boolean;
  /** An obsolete source route (`<@relay:user@host>`) was present. */
  readonly route: boolean;
  /** Text after the closing `>` (`<a@x>b@y`): parsers disagree on which address counts. */
  readonly trailing: string;
  /** The name held an unquoted comma, so it was first read as a separate, address-less entry. */
  readonly unquotedComma?: boolean;
}

interface Token {
  readonly t: 'atom' | 'qs' | 'comment' | 'special';
  readonly v: string;
  /** Source offsets [s, e) of the token. */
  readonly s: number;
  readonly e: number;
}

/** Characters that end an atom: ` \t\r\n"(<>,:;@` (by char code; others are 0 or undefined). */
const ATOM_END: Uint8Array = (() => {
  const t = new Uint8Array(128);
  for (const ch of ' \t\r\n"(<>,:;@') t[ch.charCodeAt(0)] = 1;
  return t;
})();

function tokenize(s: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s[i] as string;
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
      i++;
      continue;
    }
    const start = i;
    if (c === '"') {
      let v = '';
      i++;
      while (i < n && s[i] !== '"') {
        // A run without quotes or backslashes is taken whole.
        let j = i;
        while (j < n && s.charCodeAt(j) !== 0x22 && s.charCodeAt(j) !== 0x5c) j++;
        if (j > i) {
          v += s.slice(i, j);
          i = j;
          continue;
        }
        if (s[i] === '\\' && i + 1 < n) i++;
        v += s[i];
        i++;
      }
      i++;
      out.push({ t: 'qs', v, s: start, e: Math.min(i, n) });
      continue;
    }
    if (c === '(') {
      let depth = 1;
      let v = '';
      i++;
      while (i < n && depth > 0) {
        const d = s[i] as string;
        if (d === '\\' && i + 1 < n) {
          v += s[i + 1];
          i += 2;
          continue;
        }
        if (d === '(') depth++;
        else if (d === ')') {
          depth--;
          if (depth === 0) break;
        }
        v += d;
        i++;
      }
      i++;
      out.push({ t: 'comment', v, s: start, e: Math.min(i, n) });
      continue;
    }
    if ('<>,:;@'.includes(c)) {
      out.push({ t: 'special', v: c, s: start, e: start + 1 });
      i++;
      continue;
    }
    while (i < n && !ATOM_END[s.charCodeAt(i)]) i++;
    out.push({ t: 'atom', v: s.slice(start, i), s: start, e: i });
  }
  return out;
}

function splitAddress(addr: string): { local: string; domain: string } {
  const at = addr.lastIndexOf('@');
  if (at < 0) return { local: addr, domain: '' };
  return { local: addr.slice(0, at), domain: addr.slice(at + 1).toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '') };
}

/** A tab, CR or LF, or two spaces in a row: what `collapse` has to replace. */
const COLLAPSIBLE = /[\t\r\n]| {2}/;

function collapse(s: string): string {
  // Most names and addresses have single spaces only: the replacement would copy them unchanged.
  return COLLAPSIBLE.test(s) ? s.replace(/[ \t\r\n]+/g, ' ').trim() : s.trim();
}

function wordsText(tokens: readonly Token[]): string {
  // Adjacent words are separated by one space; quoted strings keep their inner text.
  let out = '';
  let first = true;
  for (const t of tokens) {
    if (t.t === 'comment') continue;
    out = first ? t.v : `${out} ${t.v}`;
    first = false;
  }
  return out;
}

/** A special token other than `@` (`<`, `>`, `:`, `,`…): dropped from names and addresses. */
function isPunctuation(t: Token): boolean {
  return t.t === 'special' && t.v !== '@';
}

// Plain loops rather than filter/map/findIndex chains: a scan runs this for every address of every
// From, To, Cc and Reply-To, mostly before V8 has optimised it.
function buildMailbox(tokens: readonly Token[], raw: string): Mailbox | null {
  const n = tokens.length;
  if (n === 0) return null;
  const comments: string[] = [];
  let lt = -1;
  for (let k = 0; k < n; k++) {
    const t = tokens[k] as Token;
    if (t.t === 'comment') comments.push(collapse(decodeEncodedWords(t.v)));
    else if (lt < 0 && t.t === 'special' && t.v === '<') lt = k;
  }
  let nameTokens: Token[] = [];
  let addrTokens: Token[] = [];
  let route = false;
  let trailing = '';
  if (lt >= 0) {
    for (let k = 0; k < lt; k++) {
      const t = tokens[k] as Token;
      if (!isPunctuation(t)) nameTokens.push(t);
    }
    let gt = n;
    for (let k = lt + 1; k < n; k++) {
      const t = tokens[k] as Token;
      if (t.t === 'special' && t.v === '>') {
        gt = k;
        break;
      }
    }
    // The route (`<@relay:user@host>`) ends at the first `:` inside the brackets.
    let from = lt + 1;
    for (let k = lt + 1; k < gt; k++) {
      const t = tokens[k] as Token;
      if (t.t === 'special' && t.v === ':') {
        route = true;
        from = k + 1;
        break;
      }
    }
    for (let k = from; k < gt; k++) addrTokens.push(tokens[k] as Token);
    for (let k = gt + 1; k < n; k++) {
      const t = tokens[k] as Token;
      if (t.t !== 'comment') trailing += t.v;
    }
  } else {
    for (const t of tokens) if (t.t !== 'comment') addrTokens.push(t);
  }
  let addrText = '';
  for (const t of addrTokens) {
    if (t.t === 'comment' || isPunctuation(t)) continue;
    addrText += t.t === 'qs' ? `"${t.v}"` : t.v;
  }
  let address = addrText.includes('@') ? addrText : '';
  const addressEncoded = hasEncodedWord(addrText);
  if (!address && lt < 0) {
    // No address at all: everything was a name (`From: Support Team`).
    nameTokens = addrTokens;
  }
  const rawName = collapse(wordsText(nameTokens));
  const nameEncoded = hasEncodedWord(rawName);
  let name = collapse(nameEncoded ? decodeEncodedWords(rawName) : rawName);
  if (!name && comments.length > 0 && address) name = comments.join(' ');
  const { local, domain } = splitAddress(address);
  address = address ? `${local}@${domain}` : '';
  return { name, rawName, address, local, domain, raw: collapse(raw), nameEncoded, comments, addressEncoded, route, trailing };
}

/** Parses an address-list header value (From, To, Cc, Reply-To, Sender…). Never throws. */
export function parseAddressList(value: string, max = 200): Mailbox[] {
  const tokens = tokenize(value);
  const out: Mailbox[] = [];
  let cur: Token[] = [];
  let angle = false;
  const emit = () => {
    const first = cur[0];
    const last = cur[cur.length - 1];
    const mb = buildMailbox(cur, first && last ? value.slice(first.s, last.e) : '');
    if (mb && (mb.address || mb.name)) out.push(mb);
    cur = [];
  };
  for (const tok of tokens) {
    if (out.length >= max) break;
    if (tok.t === 'special') {
      if (tok.v === '<') angle = true;
      if (tok.v === '>') angle = false;
      if (!angle && tok.v === ',') {
        emit();
        continue;
      }
      if (!angle && tok.v === ':') {
        // group display name: drop what came before
        cur = [];
        continue;
      }
      if (!angle && tok.v === ';') {
        emit();
        continue;
      }
    }
    cur.push(tok);
  }
  emit();
  return mergeNameOnly(out);
}

/**
 * `Microsoft account team ,_<no-reply@x.test>`: an unquoted comma splits a display name into an
 * address-less entry plus a mailbox. Mail clients show it as one sender, so it is merged into the
 * next mailbox's name and marked; a lone address-less entry at the end is kept as it is.
 */
function mergeNameOnly(list: Mailbox[]): Mailbox[] {
  const out: Mailbox[] = [];
  let pending = null as Mailbox | null;
  for (const mb of list) {
    const prev: Mailbox | null = pending;
    if (!mb.address && !mb.raw.includes('<')) {
      pending = prev ? { ...prev, name: `${prev.name}, ${mb.name}`, rawName: `${prev.rawName}, ${mb.rawName}` } : mb;
      continue;
    }
    if (pending) {
      out.push({
        ...mb,
        name: collapse(`${pending.name}, ${mb.name}`.replace(/^,\s*|,\s*$/g, '')),
        rawName: collapse(`${pending.rawName}, ${mb.rawName}`),
        nameEncoded: mb.nameEncoded || pending.nameEncoded,
        raw: collapse(`${pending.raw}, ${mb.raw}`),
        unquotedComma: true,
      });
      pending = null;
    } else out.push(mb);
  }
  if (pending) out.push(pending);
  return out;
}
