/**
 * Builders for synthetic binary attachments (ZIP, RAR 4/5, 7z, OLE2/CFB, PE, LNK, ISO, VHDX,
 * OneNote, gzip, tar) and for .eml messages carrying them. Everything is written from the format
 * specifications for these tests; no real sample is used. Only Uint8Array/TextEncoder (house style 3.3).
 */

const enc = new TextEncoder();

export function bytes(...parts: (Uint8Array | number[] | string)[]): Uint8Array {
  const arrs = parts.map((p) => (typeof p === 'string' ? latin1(p) : p instanceof Uint8Array ? p : Uint8Array.from(p)));
  const out = new Uint8Array(arrs.reduce((n, a) => n + a.length, 0));
  let o = 0;
  for (const a of arrs) {
    out.set(a, o);
    o += a.length;
  }
  return out;
}

export function latin1(s: string): Uint8Array {
  return Uint8Array.from([...s].map((c) => c.charCodeAt(0) & 0xff));
}

export function utf8(s: string): Uint8Array {
  return enc.encode(s);
}

function le16(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff];
}
function le32(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
}
function le64(n: number): number[] {
  return [...le32(n % 0x100000000), ...le32(Math.floor(n / 0x100000000))];
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(b: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < b.length; i++) c = (CRC_TABLE[(c ^ (b[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

// ------------------------------------------------------------------------------------------ ZIP

export interface ZipEntry {
  readonly name: string;
  readonly data?: Uint8Array | string;
  readonly encrypted?: boolean;
  /** Set the UTF-8 flag (bit 11); names are encoded in UTF-8 either way unless `rawName`. */
  readonly utf8Flag?: boolean;
  readonly rawName?: Uint8Array;
  /** WinZip AES (method 99). */
  readonly aes?: boolean;
}

/** A stored (method 0) ZIP. `central: false` leaves out the central directory (a truncated archive). */
export function zip(entries: readonly ZipEntry[], opts: { central?: boolean; prefix?: Uint8Array; dataDescriptor?: boolean } = {}): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = opts.prefix?.length ?? 0;
  for (const e of entries) {
    const name = e.rawName ?? utf8(e.name);
    const data = typeof e.data === 'string' ? utf8(e.data) : (e.data ?? new Uint8Array());
    const flags = (e.encrypted || e.aes ? 1 : 0) | (e.utf8Flag ? 0x800 : 0) | (opts.dataDescriptor ? 8 : 0);
    const method = e.aes ? 99 : 0;
    const crc = crc32(data);
    const sizeField = opts.dataDescriptor ? 0 : data.length;
    const local = bytes(
      'PK\x03\x04',
      le16(20),
      le16(flags),
      le16(method),
      le16(0),
      le16(0x21),
      le32(opts.dataDescriptor ? 0 : crc),
      le32(sizeField),
      le32(sizeField),
      le16(name.length),
      le16(0),
      name,
      data,
      opts.dataDescriptor ? bytes('PK\x07\x08', le32(crc), le32(data.length), le32(data.length)) : [],
    );
    centrals.push(
      bytes(
        'PK\x01\x02',
        le16(0x031e),
        le16(20),
        le16(flags),
        le16(method),
        le16(0),
        le16(0x21),
        le32(crc),
        le32(data.length),
        le32(data.length),
        le16(name.length),
        le16(0),
        le16(0),
        le16(0),
        le16(0),
        le32(0),
        le32(offset),
        name,
      ),
    );
    locals.push(local);
    offset += local.length;
  }
  const cd = bytes(...centrals);
  const eocd = bytes('PK\x05\x06', le16(0), le16(0), le16(entries.length), le16(entries.length), le32(cd.length), le32(offset), le16(0));
  return bytes(opts.prefix ?? [], ...locals, ...(opts.central === false ? [] : [cd, eocd]));
}

/** A minimal OOXML package: `[Content_Types].xml` plus the given parts. */
export function ooxml(kind: 'word' | 'xl' | 'ppt', opts: { vba?: boolean; macrosheet?: boolean } = {}): Uint8Array {
  const main = kind === 'word' ? 'word/document.xml' : kind === 'xl' ? 'xl/workbook.xml' : 'ppt/presentation.xml';
  return zip([
    { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    { name: '_rels/.rels', data: '<?xml version="1.0"?><Relationships/>' },
    { name: main, data: '<?xml version="1.0"?><root/>' },
    ...(opts.vba ? [{ name: `${kind}/vbaProject.bin`, data: cfb(['VBA', 'dir', '_VBA_PROJECT', 'Module1']) }] : []),
    ...(opts.macrosheet ? [{ name: 'xl/macrosheets/sheet1.xml', data: '<xm:macrosheet/>' }] : []),
  ]);
}

// ------------------------------------------------------------------------------------------ RAR

export function rar4(entries: readonly { name: string; encrypted?: boolean; size?: number }[], opts: { headersEncrypted?: boolean } = {}): Uint8Array {
  const blocks: (Uint8Array | number[] | string)[] = ['Rar!\x1a\x07\x00'];
  // MAIN_HEAD: crc, type 0x73, flags, size 13, 6 reserved bytes
  blocks.push([0, 0, 0x73, ...le16(opts.headersEncrypted ? 0x80 : 0), ...le16(13), 0, 0, 0, 0, 0, 0]);
  if (opts.headersEncrypted) {
    blocks.push(new Uint8Array(64).fill(0xa5)); // encrypted blocks follow
    return bytes(...blocks);
  }
  for (const e of entries) {
    const name = latin1(e.name);
    const data = new Uint8Array(e.size ?? 16).fill(0x41);
    const flags = 0x8000 | (e.encrypted ? 0x04 : 0);
    const head = [0, 0, 0x74, ...le16(flags), ...le16(32 + name.length), ...le32(data.length), ...le32(data.length), 2, ...le32(0), ...le32(0), 29, 0x30, ...le16(name.length), ...le32(0x20)];
    blocks.push(head, name, data);
  }
  blocks.push([0, 0, 0x7b, ...le16(0x4000), ...le16(7)]);
  return bytes(...blocks);
}

function vint(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n = Math.floor(n / 128);
    if (n > 0) b |= 0x80;
    out.push(b);
  } while (n > 0);
  return out;
}

function rar5Header(fields: number[], data: Uint8Array = new Uint8Array()): Uint8Array {
  const size = vint(fields.length);
  return bytes(le32(0), size, fields, data);
}

export function rar5(entries: readonly { name: string; encrypted?: boolean }[], opts: { headersEncrypted?: boolean } = {}): Uint8Array {
  const parts: Uint8Array[] = [latin1('Rar!\x1a\x07\x01\x00')];
  if (opts.headersEncrypted) {
    // archive encryption header (type 4): version 0, flags 0, kdf count 15, 16-byte salt
    parts.push(rar5Header([...vint(4), ...vint(0), ...vint(0), ...vint(0), 15, ...new Array(16).fill(7)]));
    parts.push(new Uint8Array(48).fill(0x5a));
    return bytes(...parts);
  }
  parts.push(rar5Header([...vint(1), ...vint(0), ...vint(0)])); // main header
  for (const e of entries) {
    const name = utf8(e.name);
    const data = new Uint8Array(8).fill(0x42);
    // extra area: file encryption record (type 1) with version 0, flags 0, kdf 15, salt 16, iv 16
    const encRecordBody = [...vint(1), ...vint(0), ...vint(0), 15, ...new Array(32).fill(1)];
    const extra = e.encrypted ? [...vint(encRecordBody.length), ...encRecordBody] : [];
    const hflags = 0x02 | (extra.length ? 0x01 : 0);
    const fields = [
      ...vint(2),
      ...vint(hflags),
      ...(extra.length ? vint(extra.length) : []),
      ...vint(data.length),
      ...vint(0), // file flags
      ...vint(data.length), // unpacked size
      ...vint(0x20), // attributes
      ...vint(0), // compression info
      ...vint(0), // host OS
      ...vint(name.length),
      ...name,
      ...extra,
    ];
    parts.push(rar5Header(fields, data));
  }
  parts.push(rar5Header([...vint(5), ...vint(0), ...vint(0)]));
  return bytes(...parts);
}

// ------------------------------------------------------------------------------------------- 7z

/** A 7z with an encoded header whose coders are 7zAES (+LZMA) when `headersEncrypted`, LZMA only otherwise. */
export function sevenZip(opts: { headersEncrypted?: boolean; plainHeaderAes?: boolean } = {}): Uint8Array {
  const packed = new Uint8Array(32).fill(0x33);
  let header: number[];
  if (opts.plainHeaderAes !== undefined) {
    // kHeader … kMainStreamsInfo … coder record: flags 0x24 (id size 4, has props), 06 F1 07 01
    header = [0x01, 0x04, 0x06, 0x00, 0x01, 0x09, 0x20, 0x00, 0x07, 0x0b, 0x01, 0x00, 0x01,
      ...(opts.plainHeaderAes ? [0x24, 0x06, 0xf1, 0x07, 0x01, 0x02, 0x00, 0x00] : [0x23, 0x03, 0x01, 0x01, 0x05, 0x5d, 0, 0, 1, 0]), 0x00, 0x00];
  } else {
    // kEncodedHeader, kPackInfo…, kUnPackInfo, kFolder, numFolders 1, external 0, numCoders
    header = [0x17, 0x06, 0x00, 0x01, 0x09, 0x20, 0x00, 0x07, 0x0b, 0x01, 0x00,
      ...(opts.headersEncrypted ? [0x02, 0x24, 0x06, 0xf1, 0x07, 0x01, 0x02, 0x00, 0x00, 0x23, 0x03, 0x01, 0x01, 0x05, 0x5d, 0, 0, 1, 0] : [0x01, 0x23, 0x03, 0x01, 0x01, 0x05, 0x5d, 0, 0, 1, 0]),
      0x0c, 0x20, 0x00, 0x00];
  }
  const start = bytes([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4], le32(0), le64(packed.length), le64(header.length), le32(0));
  return bytes(start, packed, header);
}

// ------------------------------------------------------------------------------------- OLE2/CFB

/**
 * A minimal version-3 compound file: sector 0 is the FAT, the directory follows. Entries are
 * storages when their name is `VBA`/`Macros`/`ObjectPool`, streams otherwise.
 */
export function cfb(names: readonly string[], opts: { rootClsid?: string } = {}): Uint8Array {
  const SS = 512;
  const all = ['Root Entry', ...names];
  const dirSectors = Math.ceil(all.length / 4);
  const header = new Uint8Array(SS);
  header.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  header.set(le16(0x3e), 0x18);
  header.set(le16(3), 0x1a);
  header.set(le16(0xfffe), 0x1c);
  header.set(le16(9), 0x1e);
  header.set(le16(6), 0x20);
  header.set(le32(1), 0x2c); // one FAT sector
  header.set(le32(1), 0x30); // first directory sector
  header.set(le32(4096), 0x38);
  header.set(le32(0xfffffffe), 0x3c);
  header.set(le32(0), 0x40);
  header.set(le32(0xfffffffe), 0x44);
  header.set(le32(0), 0x48);
  for (let i = 0; i < 109; i++) header.set(le32(i === 0 ? 0 : 0xffffffff), 0x4c + i * 4);
  const fat = new Uint8Array(SS).fill(0xff);
  fat.set(le32(0xfffffffd), 0); // sector 0 is a FAT sector
  for (let s = 1; s <= dirSectors; s++) fat.set(le32(s === dirSectors ? 0xfffffffe : s + 1), s * 4);
  const dir = new Uint8Array(dirSectors * SS);
  all.forEach((n, i) => {
    const e = i * 128;
    const u16 = [...n].flatMap((c) => le16(c.charCodeAt(0)));
    dir.set(u16.slice(0, 62), e);
    dir.set(le16(Math.min(64, u16.length + 2)), e + 0x40);
    dir[e + 0x42] = i === 0 ? 5 : /^(VBA|Macros|ObjectPool)$/.test(n) ? 1 : 2;
    dir.set(le32(0xffffffff), e + 0x44);
    dir.set(le32(0xffffffff), e + 0x48);
    dir.set(le32(0xffffffff), e + 0x4c);
    if (i === 0 && opts.rootClsid) {
      const h = opts.rootClsid.replace(/-/g, '');
      const hex = (s: string) => (s.match(/../g) ?? []).map((x) => parseInt(x, 16));
      dir.set([...hex(h.slice(0, 8)).reverse(), ...hex(h.slice(8, 12)).reverse(), ...hex(h.slice(12, 16)).reverse(), ...hex(h.slice(16))], e + 0x50);
    }
  });
  return bytes(header, fat, dir);
}

// ------------------------------------------------------------------------------- other formats

/** A tiny PE: DOS header pointing at a `PE\0\0` signature and a COFF header stub. */
export function pe(extra = 64): Uint8Array {
  const b = new Uint8Array(0x80 + extra);
  b.set([0x4d, 0x5a], 0);
  b.set(le32(0x40), 0x3c);
  b.set(latin1('PE\0\0'), 0x40);
  b.set(le16(0x14c), 0x44);
  return b;
}

export function lnk(): Uint8Array {
  return bytes([0x4c, 0, 0, 0, 0x01, 0x14, 0x02, 0, 0, 0, 0, 0, 0xc0, 0, 0, 0, 0, 0, 0, 0x46], new Uint8Array(56));
}

/** An ISO 9660 image: 16 empty system sectors, then a primary volume descriptor. */
export function iso(): Uint8Array {
  const b = new Uint8Array(0x8800);
  b.set([1, ...latin1('CD001'), 1], 0x8000);
  return b;
}

export function vhdx(): Uint8Array {
  return bytes('vhdxfile', new Uint8Array(120));
}

function guid(g: string): number[] {
  const h = g.replace(/[{}-]/g, '');
  const hex = (s: string) => (s.match(/../g) ?? []).map((x) => parseInt(x, 16));
  return [...hex(h.slice(0, 8)).reverse(), ...hex(h.slice(8, 12)).reverse(), ...hex(h.slice(12, 16)).reverse(), ...hex(h.slice(16))];
}

/** A OneNote section header plus FileDataStoreObjects holding the given payloads. */
export function onenote(payloads: readonly Uint8Array[] = []): Uint8Array {
  const parts: (Uint8Array | number[])[] = [guid('{7B5C52E4-D88C-4DA7-AEB1-5378D02996D3}'), new Uint8Array(1024 - 16)];
  for (const p of payloads) {
    parts.push(guid('{BDE316E7-2665-4511-A4C4-8D4D0B7A9EAC}'), le64(p.length), le32(0), le64(0), p, guid('{71FBA722-0F79-4A0B-BB13-899256426B24}'));
  }
  return bytes(...parts);
}

export function gzip(name: string): Uint8Array {
  return bytes([0x1f, 0x8b, 8, 0x08, 0, 0, 0, 0, 0, 3], latin1(name), [0], [3, 0], le32(0), le32(0));
}

export function tar(names: readonly string[]): Uint8Array {
  const blocks: Uint8Array[] = [];
  for (const n of names) {
    const h = new Uint8Array(512);
    h.set(utf8(n).subarray(0, 100), 0);
    h.set(latin1('0000644\0'), 100);
    h.set(latin1('00000000005\0'), 124);
    h[156] = 0x30;
    h.set(latin1('ustar\x0000'), 257);
    blocks.push(h, bytes('hello', new Uint8Array(507)));
  }
  return bytes(...blocks, new Uint8Array(1024));
}

export function pdf(signed = false): Uint8Array {
  return latin1(
    '%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n' +
      (signed ? '3 0 obj << /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached /ByteRange [0 100 200 300] >> endobj\n' : '') +
      'trailer << /Root 1 0 R >>\n%%EOF\n',
  );
}

export function png(): Uint8Array {
  return bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [0, 0, 0, 13], 'IHDR', [0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0], [0x1f, 0x15, 0xc4, 0x89]);
}

export function jpeg(): Uint8Array {
  return bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], 'JFIF\0', [1, 1, 0, 0, 1, 0, 1, 0, 0], [0xff, 0xd9]);
}

export function rtf(): Uint8Array {
  return latin1('{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} Quarterly report.\\par }');
}

// ---------------------------------------------------------------------------------------- .eml

export interface MailAttachment {
  readonly filename: string | null;
  readonly contentType: string;
  readonly data: Uint8Array | string;
  readonly disposition?: 'attachment' | 'inline';
  readonly cid?: string;
  /** Extra Content-Type parameters (e.g. `method=REQUEST`). */
  readonly params?: string;
}

export interface MailSpec {
  readonly from?: string;
  readonly to?: string;
  readonly subject?: string;
  readonly date?: string;
  readonly text?: string;
  readonly html?: string;
  readonly attachments: readonly MailAttachment[];
  readonly extraHeaders?: readonly string[];
  /** Wrap body and attachments in multipart/signed with an S/MIME signature part. */
  readonly smimeSigned?: boolean;
}

function base64(b: Uint8Array): string {
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let out = '';
  for (let i = 0; i < b.length; i += 3) {
    const n = ((b[i] as number) << 16) | ((b[i + 1] ?? 0) << 8) | (b[i + 2] ?? 0);
    out += A[(n >> 18) & 63]! + A[(n >> 12) & 63]! + (i + 1 < b.length ? A[(n >> 6) & 63]! : '=') + (i + 2 < b.length ? A[n & 63]! : '=');
  }
  return out.replace(/.{1,76}/g, '$&\r\n');
}

/** RFC 2231 parameter for non-ASCII (or bidi) names; plain quoted otherwise. */
function nameParam(key: string, name: string): string {
  if (/^[\x20-\x7e]*$/.test(name) && !/["\\]/.test(name)) return `${key}="${name}"`;
  const pct = [...utf8(name)].map((c) => (/[A-Za-z0-9._-]/.test(String.fromCharCode(c)) ? String.fromCharCode(c) : '%' + c.toString(16).toUpperCase().padStart(2, '0'))).join('');
  return `${key}*=UTF-8''${pct}`;
}

/** Builds a synthetic multipart/mixed message (CRLF) carrying the attachments in base64. */
export function eml(spec: MailSpec): string {
  const b = 'ayashii-test-boundary-1';
  const alt = 'ayashii-test-boundary-2';
  const head = [
    `From: ${spec.from ?? 'Sender <sender@example.com>'}`,
    `To: ${spec.to ?? 'Taro Yamada <taro.yamada@kousya.example>'}`,
    `Subject: ${spec.subject ?? 'Documents'}`,
    `Date: ${spec.date ?? 'Mon, 23 Nov 2026 09:00:00 +0900'}`,
    `Message-ID: <${Math.abs(hash(JSON.stringify(spec.subject ?? '') + spec.attachments.length))}@example.com>`,
    'MIME-Version: 1.0',
    ...(spec.extraHeaders ?? []),
  ];
  const body: string[] = [];
  if (spec.html !== undefined) {
    body.push(`--${b}`, `Content-Type: multipart/alternative; boundary="${alt}"`, '');
    body.push(`--${alt}`, 'Content-Type: text/plain; charset=UTF-8', 'Content-Transfer-Encoding: 8bit', '', spec.text ?? '');
    body.push(`--${alt}`, 'Content-Type: text/html; charset=UTF-8', 'Content-Transfer-Encoding: 8bit', '', spec.html, `--${alt}--`);
  } else {
    body.push(`--${b}`, 'Content-Type: text/plain; charset=UTF-8', 'Content-Transfer-Encoding: 8bit', '', spec.text ?? 'Please find the file attached.');
  }
  for (const a of spec.attachments) {
    const data = typeof a.data === 'string' ? utf8(a.data) : a.data;
    body.push(`--${b}`);
    body.push(`Content-Type: ${a.contentType}${a.params ? '; ' + a.params : ''}${a.filename !== null ? '; ' + nameParam('name', a.filename) : ''}`);
    body.push('Content-Transfer-Encoding: base64');
    if (a.cid) body.push(`Content-ID: <${a.cid}>`);
    const disp = a.disposition ?? 'attachment';
    body.push(`Content-Disposition: ${disp}${a.filename !== null ? '; ' + nameParam('filename', a.filename) : ''}`);
    body.push('', base64(data));
  }
  body.push(`--${b}--`, '');
  if (spec.smimeSigned) {
    const s = 'ayashii-test-boundary-0';
    const inner = [`Content-Type: multipart/mixed; boundary="${b}"`, '', ...body].join('\r\n');
    const sig = base64(bytes([0x30, 0x82, 0x01, 0x00, 0x06, 0x09], [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02], new Uint8Array(32)));
    return [
      ...head,
      `Content-Type: multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256; boundary="${s}"`,
      '',
      `--${s}`,
      inner,
      `--${s}`,
      'Content-Type: application/pkcs7-signature; name="smime.p7s"',
      'Content-Transfer-Encoding: base64',
      'Content-Disposition: attachment; filename="smime.p7s"',
      '',
      sig,
      `--${s}--`,
      '',
    ].join('\r\n');
  }
  return [...head, `Content-Type: ${spec.html !== undefined ? 'multipart/mixed' : 'multipart/mixed'}; boundary="${b}"`, '', ...body].join('\r\n');
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** A deterministic PRNG (mulberry32, as tldts' fuzz tests use). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
