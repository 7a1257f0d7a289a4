/**
 * Outlook data files (.pst/.ost): listing a file's messages by folder, and reading each as
 * `fromOutlookMsg` reads a `.msg`. Parity: every fixture, stored in a PST as Outlook keeps a
 * received mail, gives the same verdict as the `.eml` itself. Then what only data files have:
 * folders, both formats and the three encodings, B-trees of several levels, data over many blocks,
 * recipient tables, attached items, and damage (never a throw from `read`, never a hang).
 */
import { deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { listPstMessages, openPst, type PstFile } from '../../src/adapters/pst.js';
import { fromRawMessage } from '../../src/adapters/raw-message.js';
import { analyze } from '../../src/analyze.js';
import type { MessageInput } from '../../src/model/message.js';
import type { Verdict } from '../../src/model/verdict.js';
import { Ndb, NodeStore, pstMessages, PstDamage, type RawProp } from '../../src/parse/pst.js';
import { isNotMailClass, isNotMailFolder } from '../../src/parse/outlook-classes.js';
import { allFixtures, fixtureBytes, itemSpecOfEml, msgOfEml } from '../helpers.js';
import type { MsgSpec } from '../support/msg-writer.js';
import { block, phishHeaders, phishHtml, twinHeaders, twinHtml } from '../support/outlook-mails.js';
import { writePst, writePstWithLayout, type PstFolderSpec, type PstOptions } from '../support/pst-writer.js';

const NOW = { now: new Date('2026-11-25T00:00:00Z') };
/** zlib, for the writer's compressed blocks of the 4 KiB format. */
const deflate = (b: Uint8Array): Uint8Array => new Uint8Array(deflateSync(b));
const shape = (v: Verdict) => v.findings.map((f) => ({ checkId: f.checkId, weight: f.weight, params: f.params, evidence: f.evidence }));
const utf8 = (s: string) => new TextEncoder().encode(s);

function open(bytes: Uint8Array): PstFile {
  const pst = openPst(bytes);
  if ('problem' in pst) throw new Error(`not read: ${pst.problem}`);
  return pst;
}

/** Every message of a file, read, with its folder path. */
function readAll(bytes: Uint8Array): { folder: string; input: MessageInput }[] {
  const pst = open(bytes);
  return pst.messages().messages.map((m) => {
    const r = pst.read(m.nid);
    if (!('input' in r)) throw new Error(`message ${m.nid}: ${JSON.stringify(r)}`);
    return { folder: m.folder.join('/'), input: r.input };
  });
}

const header = (input: MessageInput, name: string) => input.headers.find((h) => h.name === name)?.value;

/**
 * Opens, lists and reads every message of each file: listing may throw only PstDamage, reading never
 * throws (a message read is analysed); how many files or messages were told damaged.
 */
function damagedAmong(files: readonly Uint8Array[]): number {
  let damaged = 0;
  for (const v of files) {
    const pst = openPst(v);
    if ('problem' in pst) {
      damaged++;
      continue;
    }
    let refs;
    try {
      refs = pst.messages().messages;
    } catch (e) {
      expect(e).toBeInstanceOf(PstDamage);
      damaged++;
      continue;
    }
    for (const r of refs) {
      const read = pst.read(r.nid);
      if ('damaged' in read) damaged++;
      else if ('input' in read) analyze(read.input, NOW);
    }
  }
  return damaged;
}

const phish: MsgSpec = {
  transportHeaders: block(phishHeaders),
  html: utf8(phishHtml),
  internetCpid: 65001,
  body: 'お支払い方法を更新してください。',
};
const twin: MsgSpec = {
  transportHeaders: block(twinHeaders),
  html: utf8(twinHtml),
  internetCpid: 65001,
  body: 'Thank you for your order.',
};

describe('Outlook data file parity with the same messages as .eml', () => {
  const files = allFixtures();
  // One file holding every fixture, in one folder, as Outlook keeps received mail.
  const pst = writePst([{ name: '受信トレイ', messages: files.map((f) => itemSpecOfEml(fixtureBytes(f))) }]);
  const read = open(pst);
  const refs = read.messages().messages;

  it('lists every message, in the order stored, in its folder', () => {
    expect(refs).toHaveLength(files.length);
    expect(new Set(refs.map((r) => r.folder.join('/')))).toEqual(new Set(['受信トレイ']));
  });

  it.each(files.map((f, i) => [f, i] as const))('%s', (rel, i) => {
    const bytes = fixtureBytes(rel);
    const parsed = fromRawMessage(bytes);
    // Outlook keeps an empty PR_BODY for a mail without text: the .eml side reads the same.
    const asEml = analyze(parsed.bodies ? parsed : { ...parsed, bodies: { text: '' } }, NOW);
    const r = read.read((refs[i] as { nid: number }).nid);
    if (!('input' in r)) throw new Error(JSON.stringify(r));
    const asPst = analyze(r.input, NOW);
    expect(asPst.level).toBe(asEml.level);
    expect(asPst.score).toBe(asEml.score);
    expect(shape(asPst)).toEqual(shape(asEml));
  });
});

describe('openPst', () => {
  it('a received phishing mail kept in a data file is judged on its transport headers and HTML; its legitimate twin is safe', () => {
    const [p, t] = readAll(writePst([{ name: 'Inbox', messages: [phish, twin] }]));
    expect(['suspicious', 'dangerous']).toContain(analyze(p!.input, NOW).level);
    expect(analyze(t!.input, NOW).level).toBe('safe');
    expect(header(p!.input, 'authentication-results')).toContain('dmarc=fail');
  });

  it('lists messages by folder path (nested, Japanese names), folders in name order, messages in the order stored; empty folders add nothing', () => {
    const folders: PstFolderSpec[] = [
      { name: 'Inbox', messages: [twin, phish], folders: [{ name: '取引先', messages: [twin] }, { name: 'Empty' }] },
      { name: 'Archive', folders: [{ name: '2025', messages: [phish, phish, twin] }] },
    ];
    const listed = listPstMessages(writePst(folders));
    if ('problem' in listed) throw new Error(listed.problem);
    expect(listed.damaged).toBeNull();
    const list = listed.messages;
    // From the top Outlook shows (the IPM subtree, "Top of Personal Folders", is not named).
    const paths = list.map((m) => m.folder.join('/'));
    expect(paths).toEqual(['Archive/2025', 'Archive/2025', 'Archive/2025', 'Inbox', 'Inbox', 'Inbox/取引先']);
    const nids = list.slice(0, 3).map((m) => m.nid);
    expect([...nids].sort((a, b) => a - b)).toEqual(nids);
  });

  it.each<[string, PstOptions]>([
    ['Unicode, no encoding', { format: 'unicode', crypt: 'none' }],
    ['Unicode, permute', { format: 'unicode', crypt: 'permute' }],
    ['Unicode, cyclic', { format: 'unicode', crypt: 'cyclic' }],
    ['ANSI, permute', { format: 'ansi', crypt: 'permute' }],
    ['ANSI, cyclic', { format: 'ansi', crypt: 'cyclic' }],
    ['4 KiB pages (an Outlook 2013 .ost), no encoding', { format: '4k', client: 'ost', crypt: 'none', trim: true }],
    ['4 KiB pages, compressed', { format: '4k', client: 'ost', crypt: 'none', deflate, trim: true }],
    ['4 KiB pages, compressed, permute', { format: '4k', client: 'ost', crypt: 'permute', deflate, trim: true }],
    ['4 KiB pages, cyclic', { format: '4k', client: 'ost', crypt: 'cyclic', trim: true }],
  ])('%s: the same messages read the same', (_, options) => {
    const ascii: MsgSpec = { transportHeaders: block(twinHeaders), body: 'Thank you.', html: utf8('<a href="https://shop.example/orders">Your orders</a>'), internetCpid: 65001, attachments: [{ longFilename: 'invoice.pdf', mimeTag: 'application/pdf', data: utf8('%PDF-1.4 x') }] };
    const bytes = writePst([{ name: 'Inbox', messages: [ascii, { ...ascii, transportHeaders: block(phishHeaders.filter((h) => !h.startsWith('Subject'))) }] }], options);
    const pst = open(bytes);
    expect(pst.format).toBe(options.format === '4k' ? 'unicode-4k' : options.format);
    const [a, b] = readAll(bytes);
    expect(header(a!.input, 'from')).toBe('"Shop" <news@shop.example>');
    expect(a!.input.bodies).toEqual({ text: 'Thank you.', html: '<a href="https://shop.example/orders">Your orders</a>' });
    expect(a!.input.attachments?.[0]).toMatchObject({ filename: 'invoice.pdf', contentType: 'application/pdf', size: 10 });
    expect(new TextDecoder().decode(a!.input.attachments?.[0]?.bytes)).toBe('%PDF-1.4 x');
    expect(header(b!.input, 'from')).toBe('"Amazon.co.jp" <x-info@kankyou-hozen.example>');
  });

  it('an item never received (a draft, a sent item) gets From, To, Cc, Subject, Date and Message-ID from its properties and recipient table', () => {
    const draft: MsgSpec = {
      subject: '請求書の件',
      senderName: '経理部',
      senderSmtp: 'keiri@kousya.example',
      submitTime: new Date('2026-11-24T01:02:03Z'),
      messageId: '<d1@kousya.example>',
      body: 'ご確認ください。',
      recipients: [
        { type: 1, name: '山田 太郎', smtp: 'taro@customer.example' },
        { type: 2, name: 'Hanako', email: 'hanako@customer.example' },
        { type: 1, name: 'Exchange user', email: '/O=EXAMPLE/OU=EXCHANGE/CN=RECIPIENTS/CN=USER' },
        { type: 3, name: 'Hidden', smtp: 'bcc@customer.example' },
      ],
    };
    const [d] = readAll(writePst([{ name: 'Sent Items', messages: [draft] }]));
    expect(header(d!.input, 'from')).toBe('"経理部" <keiri@kousya.example>');
    expect(header(d!.input, 'to')).toBe('"山田 太郎" <taro@customer.example>');
    expect(header(d!.input, 'cc')).toBe('"Hanako" <hanako@customer.example>');
    expect(header(d!.input, 'subject')).toBe('請求書の件');
    expect(header(d!.input, 'date')).toBe('Tue, 24 Nov 2026 01:02:03 +0000');
    expect(header(d!.input, 'message-id')).toBe('<d1@kousya.example>');
    expect(d!.input.headers.map((h) => h.name).sort()).toEqual(['cc', 'date', 'from', 'message-id', 'subject', 'to']);
  });

  it('attachments: names, types, bytes over many blocks, inline by content-id; an attached item is an attached message with its own attachment; a .msg file attached is read too', () => {
    const big = new Uint8Array(300_000).map((_, i) => (i * 7) & 0xff);
    const inner: MsgSpec = { ...phish, attachments: [{ longFilename: 'readme.html', mimeTag: 'text/html', data: utf8('<a href="https://login.example.net/">x</a>') }] };
    const outer: MsgSpec = {
      ...twin,
      attachments: [
        { longFilename: 'data.bin', mimeTag: 'application/octet-stream', data: big },
        { longFilename: 'logo.png', mimeTag: 'image/png', contentId: 'logo@example.com', data: utf8('\x89PNG') },
        { longFilename: '転送: お支払い', embedded: inner },
        { longFilename: 'original.msg', mimeTag: 'application/vnd.ms-outlook', data: msgOfEml(new TextEncoder().encode(`${block(phishHeaders)}\r\nhello\r\n`)) },
      ],
    };
    const [m] = readAll(writePst([{ name: 'Inbox', messages: [outer] }]));
    const atts = m!.input.attachments ?? [];
    expect(atts.map((a) => a.filename)).toEqual(['data.bin', 'logo.png', '転送: お支払い', 'original.msg']);
    expect(atts[0]!.bytes).toEqual(big);
    expect(atts[1]).toMatchObject({ disposition: 'inline', contentType: 'image/png' });
    expect(atts[2]!.message?.html).toContain('amazon-co-jp.account-verify.example');
    expect(atts[2]!.nested?.[0]).toMatchObject({ filename: 'readme.html' });
    expect(atts[3]!.message?.headers.find((h) => h.name === 'from')?.value).toContain('kankyou-hozen.example');
    // The forwarded phishing mail is judged; the mail around it alone is not.
    const withInner = analyze(m!.input, NOW);
    const alone = analyze(readAll(writePst([{ name: 'Inbox', messages: [twin] }]))[0]!.input, NOW);
    expect(withInner.score).toBeGreaterThan(alone.score);
  });

  it('bodies over many blocks (an XXBLOCK past 8 MB) are read whole; a message over the allowed bytes is reported as too large, not cut', () => {
    const html = `<p>${'あ'.repeat(3_000_000)}</p><a href="https://shop.example/">x</a>`;
    const bytes = writePst([{ name: 'Inbox', messages: [{ ...twin, html: utf8(html) }] }]);
    const pst = open(bytes);
    const [ref] = pst.messages().messages;
    const r = pst.read(ref!.nid);
    if (!('input' in r)) throw new Error(JSON.stringify(r));
    expect(r.input.bodies?.html).toBe(html);
    const small = pst.read(ref!.nid, { maxMessageBytes: 1_000_000 });
    expect('tooLarge' in small && small.tooLarge > 1_000_000).toBe(true);
  });

  it('thousands of messages (B-trees of several levels) are all listed and read', () => {
    const n = 3000;
    const msgs = Array.from({ length: n }, (_, i) => ({ ...twin, transportHeaders: block([...twinHeaders.slice(0, -1), `Message-ID: <m${i}@shop.example>`]) }));
    const bytes = writePst([{ name: 'A', messages: msgs.slice(0, 1000) }, { name: 'B', messages: msgs.slice(1000) }]);
    const pst = open(bytes);
    const refs = pst.messages().messages;
    expect(refs).toHaveLength(n);
    const ids = new Set<string>();
    for (const ref of refs) {
      const r = pst.read(ref.nid);
      if (!('input' in r)) throw new Error(JSON.stringify(r));
      ids.add(header(r.input, 'message-id') ?? '');
    }
    expect(ids.size).toBe(n);
  });

  it('a message whose properties fill a heap of several blocks, a recipient table over several blocks, and 400 attachments (an SIBLOCK) are read whole', () => {
    // 1,500 UTF-16 characters (3,000 bytes) each stay in the heap (values over 3,580 bytes go to subnodes): together they fill several of its blocks.
    const long = (c: string) => c.repeat(1500);
    const headers = block([...twinHeaders, `X-Long: ${long('h')}`]);
    const many: MsgSpec = {
      transportHeaders: headers,
      subject: long('s'),
      body: long('b'),
      messageId: `<${long('m')}@shop.example>`,
      html: utf8(`<p>${long('t')}</p>`),
      internetCpid: 65001,
    };
    const recipients = Array.from({ length: 90 }, (_, i) => ({ type: 1 as const, name: `受信者 ${i}`, smtp: `r${i}@customer.example` }));
    const draft: MsgSpec = { subject: 'many', senderSmtp: 'a@kousya.example', recipients };
    const attachments = Array.from({ length: 400 }, (_, i) => ({ longFilename: `f${i}.txt`, mimeTag: 'text/plain', data: utf8(`file ${i}`) }));
    const [a, b, c] = readAll(writePst([{ name: 'Inbox', messages: [many, draft, { ...twin, attachments }] }]));
    expect(header(a!.input, 'x-long')).toBe(long('h'));
    expect(a!.input.bodies).toEqual({ text: long('b'), html: `<p>${long('t')}</p>` });
    expect(header(b!.input, 'to')?.split(', ')).toEqual(recipients.map((r) => `"${r.name}" <${r.smtp}>`));
    const atts = c!.input.attachments ?? [];
    expect(atts).toHaveLength(100);
    expect(atts.map((x) => x.filename)).toEqual(attachments.slice(0, 100).map((x) => x.longFilename));
    expect(new TextDecoder().decode(atts[99]!.bytes)).toBe('file 99');
    expect(c!.input.limitsHit).toContainEqual({ limit: 'attachments', value: 400, max: 100 });
  });

  it('a table of 600 rows (a row matrix over several blocks, a row index of several levels) gives every row', () => {
    const recipients = Array.from({ length: 600 }, (_, i) => ({ type: ((i % 3) + 1) as 1 | 2 | 3, name: `受信者 ${i}`, smtp: `r${i}@customer.example` }));
    const bytes = writePst([{ name: 'Sent Items', messages: [{ subject: 'many', recipients }] }]);
    const ndb = Ndb.open({ size: bytes.length, read: (o, n) => bytes.subarray(o, o + n) });
    if (typeof ndb === 'string') throw new Error(ndb);
    const [ref] = pstMessages(ndb).messages;
    const table = NodeStore.of(ndb, ndb.node(ref!.nid)!).child(0x692);
    const rows = table.tableRows(1000);
    expect(rows).toHaveLength(600);
    const text = (row: Map<number, RawProp>, id: number) => new TextDecoder('utf-16le').decode(table.valueBytes(row.get(id)!)!);
    expect(rows.map((r) => text(r, 0x3001))).toEqual(recipients.map((r) => r.name));
    expect(rows.map((r) => text(r, 0x39fe))).toEqual(recipients.map((r) => r.smtp));
    expect(rows.map((r) => r.get(0x0c15)?.value)).toEqual(recipients.map((r) => r.type));
  });

  it('a damaged page of the node B-tree loses the messages under it, not the others, and is told', () => {
    const n = 3000;
    const msgs = Array.from({ length: n }, (_, i) => ({ ...twin, transportHeaders: block([...twinHeaders.slice(0, -1), `Message-ID: <m${i}@shop.example>`]) }));
    const { bytes, layout } = writePstWithLayout([{ name: 'Inbox', messages: msgs }]);
    const root = bytes.subarray(layout.nbtRoot, layout.nbtRoot + 512);
    expect(root[491]).toBeGreaterThan(0); // cLevel: the root is above other pages
    // The second child page of the root (Unicode entries: key, block id, offset) loses its page type.
    const child = Number(new DataView(root.buffer, root.byteOffset).getBigUint64(root[490]! + 16, true));
    const hurt = bytes.slice();
    hurt[child + 496] = 0;
    const pst = open(hurt);
    const { messages, damaged } = pst.messages();
    expect(damaged).toMatch(/not a B-tree page/);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.length).toBeLessThan(n);
    for (const m of messages.slice(0, 50)) expect(pst.read(m.nid)).toHaveProperty('input');
    // The root itself damaged: nothing can be listed.
    const rootHurt = bytes.slice();
    rootHurt[layout.nbtRoot + 496] = 0;
    expect(() => open(rootHurt).messages()).toThrow(PstDamage);
  });

  it('what is not a data file, a version no format has, and a damaged header are told apart', () => {
    expect(openPst(utf8('From: a@example.com\r\n\r\nx'))).toEqual({ problem: 'not-pst' });
    const bytes = writePst([{ name: 'Inbox', messages: [twin] }]);
    // A file of 512-byte pages that claims the 4 KiB format: its pages are not where that format has them.
    const v36 = bytes.slice();
    v36[10] = 36;
    expect(() => open(v36).messages()).toThrow(PstDamage);
    const v20 = bytes.slice();
    v20[10] = 20;
    expect(openPst(v20)).toEqual({ problem: 'damaged' });
    // Written by an Outlook with Windows Information Protection: the Unicode format.
    const v37 = bytes.slice();
    v37[10] = 37;
    expect(readAll(v37)).toHaveLength(1);
    expect(openPst(bytes.slice(0, 300))).toEqual({ problem: 'damaged' });
    // Encrypted for its owner by Windows Information Protection (bCryptMethod 0x10): not readable here, and not damage.
    const wip = bytes.slice();
    wip[513] = 0x10;
    expect(openPst(wip)).toEqual({ problem: 'protected' });
  });

  it('a file cut at any point or with bytes changed: listing throws only PstDamage, reading never throws', () => {
    const { bytes, layout } = writePstWithLayout([{ name: 'Inbox', messages: [phish, twin, { ...twin, attachments: [{ longFilename: 'a.txt', data: utf8('x'.repeat(20_000)) }] }] }]);
    // Cut anywhere before the end of what the file uses: the B-trees (written last) are gone.
    const used = Math.max(layout.nbtRoot, layout.bbtRoot, ...layout.blocks.map((b) => b.offset + b.size)) + 1;
    for (let cut = 0; cut < used; cut += Math.max(1, Math.floor(used / 97))) {
      const pst = openPst(bytes.slice(0, cut));
      if (!('problem' in pst)) pst.messages().messages.forEach((m) => expect(pst.read(m.nid)).not.toHaveProperty('input'));
    }
    const variants: Uint8Array[] = [];
    let seed = 2929;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    for (let k = 0; k < 300; k++) {
      const v = bytes.slice();
      // Changes where they matter most: the B-tree roots and the blocks.
      const targets = [layout.nbtRoot, layout.bbtRoot, ...layout.blocks.map((b) => b.offset)];
      const at = (targets[Math.floor(rnd() * targets.length)] as number) + Math.floor(rnd() * 512);
      for (let j = 0; j < 4; j++) v[Math.min(v.length - 1, at + j)] = Math.floor(rnd() * 256);
      variants.push(v);
    }
    // Most changes land in data (text, padding), which reads as changed text; the others are told.
    expect(damagedAmong(variants)).toBeGreaterThan(10);
  });
});

describe('Outlook 2013 offline stores (4 KiB pages, compressed blocks)', () => {
  const ost = (folders: PstFolderSpec[], more: PstOptions = {}) => writePstWithLayout(folders, { format: '4k', client: 'ost', deflate, trim: true, ...more });

  it('every fixture reads the same from a compressed 4 KiB-page store as from a Unicode .pst', () => {
    const specs = allFixtures().map((f) => itemSpecOfEml(fixtureBytes(f)));
    const folders = [{ name: '受信トレイ', messages: specs }];
    const { bytes, layout } = ost(folders);
    // Most of its data blocks are stored compressed (the trailer's inflated size differs from cb).
    const compressed = layout.blocks.filter((b) => {
      const t = b.offset + Math.ceil((b.size + 24) / 512) * 512 - 24;
      return bytes[t + 18]! + bytes[t + 19]! * 256 !== b.size;
    });
    expect(compressed.length).toBeGreaterThan(layout.blocks.length / 2);
    expect(readAll(bytes)).toEqual(readAll(writePst(folders)));
  });

  it('what spans blocks reads the same: a heap of several blocks, 600 table rows, 400 attachments, 3,000 messages, a body past 8 MB, 64 KiB blocks', () => {
    const long = (c: string) => c.repeat(1500);
    const many: MsgSpec = { transportHeaders: block([...twinHeaders, `X-Long: ${long('h')}`]), subject: long('s'), body: long('b'), html: utf8(`<p>${long('t')}</p>`), internetCpid: 65001 };
    const recipients = Array.from({ length: 600 }, (_, i) => ({ type: ((i % 3) + 1) as 1 | 2 | 3, name: `受信者 ${i}`, smtp: `r${i}@customer.example` }));
    const attachments = Array.from({ length: 400 }, (_, i) => ({ longFilename: `f${i}.txt`, mimeTag: 'text/plain', data: utf8(`file ${i}`) }));
    const msgs = Array.from({ length: 3000 }, (_, i) => ({ ...twin, transportHeaders: block([...twinHeaders.slice(0, -1), `Message-ID: <m${i}@shop.example>`]) }));
    const html = `<p>${'あ'.repeat(3_000_000)}</p>`;
    const folders: PstFolderSpec[] = [
      { name: 'Inbox', messages: [many, { subject: 'many', recipients }, { ...twin, attachments }, { ...twin, html: utf8(html) }] },
      { name: 'Bulk', messages: msgs },
    ];
    const unicode = readAll(writePst(folders));
    const variants: PstOptions[] = [{ deflate }, { deflate, maxBlockData: 65512 }, { crypt: 'cyclic' }];
    for (const more of variants) {
      const { bytes } = writePstWithLayout(folders, { format: '4k', client: 'ost', trim: true, ...more });
      const ndb = Ndb.open({ size: bytes.length, read: (o, n) => bytes.subarray(o, o + n) });
      if (typeof ndb === 'string') throw new Error(ndb);
      expect(ndb.format).toBe('unicode-4k');
      const read = readAll(bytes);
      expect(read).toHaveLength(3004);
      expect(read).toEqual(unicode);
    }
  });

  it("a host's native inflater gives the same messages as the core's own", () => {
    const { bytes } = ost([{ name: 'Inbox', messages: [phish, twin, { ...twin, attachments: [{ longFilename: 'a.txt', data: utf8('x'.repeat(50_000)) }] }] }]);
    let calls = 0;
    const native = openPst(bytes, {
      inflate: (data, size) => {
        calls++;
        return inflateSync(data, { maxOutputLength: size });
      },
    });
    if ('problem' in native) throw new Error(native.problem);
    const viaNative = native.messages().messages.map((m) => native.read(m.nid));
    expect(calls).toBeGreaterThan(0);
    expect(viaNative).toEqual(readAll(bytes).map((m) => ({ input: m.input })));
  });

  it('a compressed block that does not inflate to its stated size is damage: that message is damaged, the others read, nothing throws', () => {
    const att = { longFilename: 'a.txt', data: utf8('The quick brown fox. '.repeat(3000)) };
    const { bytes, layout } = ost([{ name: 'Inbox', messages: [twin, { ...twin, attachments: [att] }] }], { crypt: 'none' });
    // The attachment's blocks: compressed (stored smaller than stated), holding the repeated text.
    const text = layout.blocks.filter((b) => {
      const t = b.offset + Math.ceil((b.size + 24) / 512) * 512 - 24;
      const inflated = bytes[t + 18]! + bytes[t + 19]! * 256;
      return inflated > b.size && new TextDecoder().decode(inflateSync(bytes.subarray(b.offset, b.offset + b.size))).startsWith('The quick');
    });
    expect(text.length).toBeGreaterThan(0);
    const b = text[0]!;
    const t = b.offset + Math.ceil((b.size + 24) / 512) * 512 - 24;
    const hurt = [
      (v: Uint8Array) => (v[b.offset + 10] = v[b.offset + 10]! ^ 0xff), // the deflate stream itself
      (v: Uint8Array) => (v[t + 18] = (v[t + 18]! + 1) & 0xff), // the inflated size stated
      (v: Uint8Array) => v.fill(0, b.offset + 2, b.offset + b.size), // nothing but a zlib header
    ];
    for (const change of hurt) {
      const v = bytes.slice();
      change(v);
      for (const pst of [openPst(v), openPst(v, { inflate: (data, size) => inflateSync(data, { maxOutputLength: size }) })]) {
        if ('problem' in pst) throw new Error(pst.problem);
        const [first, second] = pst.messages().messages.map((m) => pst.read(m.nid));
        expect(first).toHaveProperty('input');
        expect(second).toHaveProperty('damaged');
      }
    }
  });

  it('a damaged page of the node B-tree (4 KiB pages) loses the messages under it, and is told', () => {
    const msgs = Array.from({ length: 600 }, (_, i) => ({ ...twin, transportHeaders: block([...twinHeaders.slice(0, -1), `Message-ID: <m${i}@shop.example>`]) }));
    const { bytes, layout } = ost([{ name: 'Inbox', messages: msgs }]);
    const root = bytes.subarray(layout.nbtRoot, layout.nbtRoot + 4096);
    expect(root[4061]).toBeGreaterThan(0); // cLevel: the root is above other pages
    const child = Number(new DataView(root.buffer, root.byteOffset).getBigUint64(root[4060]! + 16, true));
    const hurt = bytes.slice();
    hurt[child + 4072] = 0;
    const pst = open(hurt);
    const { messages, damaged } = pst.messages();
    expect(damaged).toMatch(/not a B-tree page/);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.length).toBeLessThan(600);
  });

  it('cut at any point or with bytes changed: listing throws only PstDamage, reading never throws', () => {
    const { bytes, layout } = ost([{ name: 'Inbox', messages: [phish, twin, { ...twin, attachments: [{ longFilename: 'a.txt', data: utf8('x'.repeat(20_000)) }] }] }], { crypt: 'permute' });
    for (let cut = 0; cut < bytes.length; cut += Math.max(1, Math.floor(bytes.length / 97))) {
      const pst = openPst(bytes.slice(0, cut));
      if (!('problem' in pst)) {
        try {
          pst.messages().messages.forEach((m) => pst.read(m.nid));
        } catch (e) {
          expect(e).toBeInstanceOf(PstDamage);
        }
      }
    }
    let seed = 3030;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const targets = [layout.nbtRoot, layout.bbtRoot, ...layout.blocks.map((b) => b.offset)];
    const variants = Array.from({ length: 300 }, () => {
      const v = bytes.slice();
      const at = (targets[Math.floor(rnd() * targets.length)] as number) + Math.floor(rnd() * 4096);
      for (let j = 0; j < 4; j++) v[Math.min(v.length - 1, at + j)] = Math.floor(rnd() * 256);
      return v;
    });
    expect(damagedAmong(variants)).toBeGreaterThan(10);
  });
});

describe('items that are not mail', () => {
  it('message classes: contacts, appointments, tasks, notes, journal entries, documents, RSS items, IM conversations and settings are not mail; the rest is', () => {
    const notMail = ['IPM.Contact', 'ipm.contact.custom', 'IPM.DistList', 'IPM.Appointment', 'IPM.Task', 'IPM.StickyNote', 'IPM.Activity', 'IPM.Document.Word.Document.8', 'IPM.Post.Rss', 'IPM.Note.Microsoft.Conversation', 'IPM.Configuration.Calendar', 'IPM.Microsoft.WunderBar.Link'];
    const mail = ['IPM.Note', 'IPM.Note.SMIME.MultipartSigned', 'IPM.Schedule.Meeting.Request', 'IPM.Schedule.Meeting.Canceled', 'IPM.TaskRequest', 'IPM.TaskRequest.Accept', 'IPM.Post', 'REPORT.IPM.Note.NDR', 'IPM.Note.Microsoft.Voicemail.UM.CA', 'IPM.Note.Microsoft.Missed.Voice', 'IPM.Contacts', 'IPM', '', 'x'];
    expect(notMail.filter((c) => !isNotMailClass(c))).toEqual([]);
    expect(mail.filter((c) => isNotMailClass(c))).toEqual([]);
    expect(['IPF.Appointment', 'IPF.Appointment.Birthday', 'IPF.Contact', 'IPF.Contact.MOC.QuickContacts', 'IPF.Task', 'IPF.StickyNote', 'IPF.Journal', 'IPF.Configuration'].filter((c) => !isNotMailFolder(c))).toEqual([]);
    expect(['IPF.Note', 'IPF.Note.OutlookHomepage', 'IPF.Imap', 'IPF', '', 'IPF.Notes', 'IPF.Contacts'].filter((c) => isNotMailFolder(c))).toEqual([]);
  });

  const contact: MsgSpec = { messageClass: 'IPM.Contact', subject: '山田 太郎' };
  const appointment: MsgSpec = { messageClass: 'IPM.Appointment', subject: 'Team meeting', body: 'Room 3' };
  const folders: PstFolderSpec[] = [
    {
      name: 'Inbox',
      // A meeting request and a non-delivery report are mail; a contact dropped into the Inbox is not.
      messages: [twin, { ...phish, messageClass: 'IPM.Schedule.Meeting.Request' }, { ...twin, messageClass: 'REPORT.IPM.Note.NDR' }, contact, { ...twin, messageClass: 'IPM.Task' }, { ...twin, messageClass: 'IPM.TaskRequest' }],
    },
    // (ASCII names: the ANSI writer stores Latin-1.)
    { name: 'Calendar', containerClass: 'IPF.Appointment', messages: [appointment, appointment], folders: [{ name: 'Inbox copies', messages: [twin] }] },
    { name: 'Contacts', containerClass: 'IPF.Contact', messages: [contact, contact, contact] },
    { name: 'Birthdays', containerClass: 'IPF.Appointment.Birthday', messages: [appointment] },
    { name: 'Tasks', containerClass: 'IPF.Task', messages: [{ messageClass: 'IPM.Task', subject: 'todo' }] },
    { name: 'Notes', containerClass: 'ipf.stickynote', messages: [{ messageClass: 'IPM.StickyNote', subject: 'note' }] },
    { name: 'Journal', containerClass: 'IPF.Journal', messages: [{ messageClass: 'IPM.Activity', subject: 'call' }] },
    { name: 'Notices', containerClass: 'IPF.Notes', messages: [twin] },
  ];

  it.each<[string, PstOptions]>([
    ['Unicode', {}],
    ['ANSI', { format: 'ansi' }],
    ['4 KiB pages', { format: '4k', deflate, trim: true }],
  ])('%s: the folders of calendars, contacts, tasks, notes and the journal are left out and counted; an item that is not mail in a mail folder reads as such', (_, options) => {
    const pst = open(writePst(folders, options));
    const { messages, skipped } = pst.messages();
    expect(skipped).toEqual([
      { folder: ['Birthdays'], containerClass: 'IPF.Appointment.Birthday', count: 1 },
      { folder: ['Calendar'], containerClass: 'IPF.Appointment', count: 2 },
      { folder: ['Contacts'], containerClass: 'IPF.Contact', count: 3 },
      { folder: ['Journal'], containerClass: 'IPF.Journal', count: 1 },
      { folder: ['Notes'], containerClass: 'ipf.stickynote', count: 1 },
      { folder: ['Tasks'], containerClass: 'IPF.Task', count: 1 },
    ]);
    // A mail folder under a calendar is a mail folder; "IPF.Notes" is not "IPF.Note"'s sub-class but no calendar either.
    expect(messages.map((m) => m.folder.join('/'))).toEqual(['Calendar/Inbox copies', 'Inbox', 'Inbox', 'Inbox', 'Inbox', 'Inbox', 'Inbox', 'Notices']);
    const reads = messages.map((m) => pst.read(m.nid));
    expect(reads.map((r) => ('input' in r ? 'mail' : r))).toEqual(['mail', 'mail', 'mail', 'mail', { notMail: 'IPM.Contact' }, { notMail: 'IPM.Task' }, 'mail', 'mail']);
    const request = reads[2] as { input: MessageInput };
    expect(['suspicious', 'dangerous']).toContain(analyze(request.input, NOW).level);
  });
});
