/**
 * fromOutlookMsg: an Outlook `.msg` file (MAPI properties in an OLE compound file) → MessageInput.
 * Parity: every fixture, written as a `.msg` with its transport headers, bodies and attachments
 * (as Outlook keeps a received mail), gives the same verdict as the `.eml` itself. Then what only
 * `.msg` files have: code pages, items never received, attached Outlook items, and damage.
 */
import { describe, expect, it } from 'vitest';
import { fromOutlookMsg, readOutlookMsg } from '../../src/adapters/msg.js';
import { openCompoundFile } from '../../src/attachment/cfb.js';
import { fromOutlookItem } from '../../src/adapters/outlook.js';
import { fromRawMessage } from '../../src/adapters/raw-message.js';
import { analyze } from '../../src/analyze.js';
import type { Verdict } from '../../src/model/verdict.js';
import { allFixtures, eml, fixtureBytes, ids, msgOfEml } from '../helpers.js';
import { writeCfb, writeMsg, type MsgSpec } from '../support/msg-writer.js';
import { lzfuLiterals } from '../support/rtf-writer.js';
import { block, phishHeaders, phishHtml, twinHeaders, twinHtml } from '../support/outlook-mails.js';

const NOW = { now: new Date('2026-11-25T00:00:00Z') };
const shape = (v: Verdict) => v.findings.map((f) => ({ checkId: f.checkId, weight: f.weight, params: f.params, evidence: f.evidence }));
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('fromOutlookMsg parity with the same message as .eml', () => {
  it.each(allFixtures())('%s', (rel) => {
    const bytes = fixtureBytes(rel);
    const parsed = fromRawMessage(bytes);
    // Outlook keeps an empty PR_BODY for a mail without text: the .eml side reads the same.
    const asEml = analyze(parsed.bodies ? parsed : { ...parsed, bodies: { text: '' } }, NOW);
    const read = readOutlookMsg(msgOfEml(bytes));
    expect(read?.damaged).toBe(false);
    const asMsg = analyze(read!.input, NOW);
    expect(asMsg.level).toBe(asEml.level);
    expect(asMsg.score).toBe(asEml.score);
    expect(shape(asMsg)).toEqual(shape(asEml));
  });
});


describe('fromOutlookMsg', () => {
  it("tells the item's message class, so that a contact or an appointment is not judged as mail", () => {
    expect(readOutlookMsg(writeMsg({ messageClass: 'IPM.Contact', subject: 'Taro' }))?.messageClass).toBe('IPM.Contact');
    expect(readOutlookMsg(writeMsg({ messageClass: 'IPM.Note', subject: 'x', ansi: true }))?.messageClass).toBe('IPM.Note');
    expect(readOutlookMsg(writeMsg({ subject: 'x' }))).not.toHaveProperty('messageClass');
  });

  it('a received phishing mail saved from Outlook is judged on its transport headers, HTML and text; its legitimate twin is safe', () => {
    const phish = analyze(fromOutlookMsg(writeMsg({ transportHeaders: block(phishHeaders), html: utf8(phishHtml), internetCpid: 65001, body: 'お支払い方法を更新してください。' }))!, NOW);
    expect(['suspicious', 'dangerous']).toContain(phish.level);
    expect(ids(phish)).toEqual(expect.arrayContaining(['brand-impersonation/display-name-brand', 'sender-authentication/dmarc-fail', 'link-mismatch/text-shows-other-domain']));
    const twin = analyze(fromOutlookMsg(writeMsg({ transportHeaders: block(twinHeaders), html: utf8(twinHtml), internetCpid: 65001, body: 'Thank you for your order.' }))!, NOW);
    expect(twin.level).toBe('safe');
    // The same as the mail read as .eml.
    const asEml = analyze(fromRawMessage(utf8(eml(phishHeaders.concat('Content-Type: text/html; charset=utf-8'), phishHtml))), NOW);
    expect(ids(phish)).toEqual(expect.arrayContaining(ids(asEml)));
  });

  it('transport headers are text already: Latin-1 and Windows-1252 characters stay as they are (not read again as Shift_JIS)', () => {
    const input = fromOutlookMsg(writeMsg({ transportHeaders: 'From: "Ihr Mädchen, T-Mobile® – €5" <a@example.com>\r\nSubject: Grüße\r\n', body: 'x' }))!;
    expect(input.headers).toEqual([
      { name: 'from', value: '"Ihr Mädchen, T-Mobile® – €5" <a@example.com>' },
      { name: 'subject', value: 'Grüße' },
    ]);
    // With text beyond Latin-1 in the block too.
    const mixed = fromOutlookMsg(writeMsg({ transportHeaders: 'From: "Mädchen" <a@example.com>\r\nSubject: お支払い\r\n', body: 'x' }))!;
    expect(mixed.headers.map((h) => h.value)).toEqual(['"Mädchen" <a@example.com>', 'お支払い']);
  });

  it('reads PR_HTML in PR_INTERNET_CPID\'s code page (Shift_JIS) and ANSI string properties', () => {
    // 「お支払い」 in Shift_JIS.
    const sjis = new Uint8Array([0x3c, 0x70, 0x3e, 0x82, 0xa8, 0x8e, 0x78, 0x95, 0xa5, 0x82, 0xa2, 0x3c, 0x2f, 0x70, 0x3e]);
    const input = fromOutlookMsg(writeMsg({ transportHeaders: block(twinHeaders), html: sjis, internetCpid: 932, body: 'x', ansi: true, subject: 'Plain' }))!;
    expect(input.bodies?.html).toBe('<p>お支払い</p>');
    expect(input.bodies?.text).toBe('x');
    expect(input.headers.find((h) => h.name === 'from')?.value).toBe('"Shop" <news@shop.example>');
  });

  it('a file without PR_HTML: the HTML encapsulated in its compressed RTF is read, so the link behind the text is seen', () => {
    const rtf = `{\\rtf1\\ansi\\ansicpg1252\\fromhtml1 {\\*\\htmltag64 <p>}Sign in: {\\*\\htmltag84 <a href="https://amazon-co-jp.account-verify.example/">}https://www.amazon.co.jp/{\\*\\htmltag92 </a>}{\\*\\htmltag72 </p>}}`;
    const spec = { transportHeaders: block(phishHeaders), body: 'Sign in: https://www.amazon.co.jp/ <https://amazon-co-jp.account-verify.example/>' };
    const input = fromOutlookMsg(writeMsg({ ...spec, rtfCompressed: lzfuLiterals(Uint8Array.from(rtf, (c) => c.charCodeAt(0))) }))!;
    expect(input.bodies?.html).toBe('<p>Sign in: <a href="https://amazon-co-jp.account-verify.example/">https://www.amazon.co.jp/</a></p>');
    expect(ids(analyze(input, NOW))).toContain('link-mismatch/text-shows-other-domain');
    // PR_HTML, when there, is read rather than the RTF; an RTF body that encapsulates no HTML gives none.
    const both = fromOutlookMsg(writeMsg({ ...spec, html: utf8('<p>html</p>'), internetCpid: 65001, rtfCompressed: lzfuLiterals(Uint8Array.from(rtf, (c) => c.charCodeAt(0))) }))!;
    expect(both.bodies?.html).toBe('<p>html</p>');
    const plain = fromOutlookMsg(writeMsg({ ...spec, rtfCompressed: lzfuLiterals(utf8('{\\rtf1\\ansi Hello\\par}')) }))!;
    expect(plain.bodies).toEqual({ text: spec.body });
  });

  it('an item never received (no transport headers) gets From, To, Cc, Subject, Date and Message-ID from its properties, nothing more', () => {
    const input = fromOutlookMsg(
      writeMsg({
        sentRepresentingName: 'Amazon.co.jp',
        sentRepresentingSmtp: 'x-info@kankyou-hozen.example',
        senderName: 'Amazon.co.jp',
        senderSmtp: 'x-info@kankyou-hozen.example',
        subject: 'お支払い方法の確認',
        submitTime: new Date('2026-11-24T00:00:00Z'),
        messageId: '<d1@kankyou-hozen.example>',
        displayTo: 'Taro',
        body: 'Please update your payment details.',
        recipients: [
          { type: 1, name: 'Taro', smtp: 'taro@kousya.example' },
          { type: 1, email: 'hanako@kousya.example' },
          { type: 2, name: 'Exchange user', email: '/O=KOUSYA/OU=EXCHANGE/CN=RECIPIENTS/CN=JIRO' },
          { type: 2, name: 'Saburo', smtp: 'saburo@kousya.example' },
          { type: 3, name: 'Hidden', smtp: 'bcc@kousya.example' },
        ],
      }),
    )!;
    expect(input.headers).toEqual([
      { name: 'from', value: '"Amazon.co.jp" <x-info@kankyou-hozen.example>' },
      { name: 'to', value: '"Taro" <taro@kousya.example>, <hanako@kousya.example>' },
      { name: 'cc', value: '"Saburo" <saburo@kousya.example>' },
      { name: 'subject', value: 'お支払い方法の確認' },
      { name: 'date', value: 'Tue, 24 Nov 2026 00:00:00 +0000' },
      { name: 'message-id', value: '<d1@kankyou-hozen.example>' },
    ]);
    expect(ids(analyze(input, NOW))).toContain('brand-impersonation/display-name-brand');
    // An Exchange sender (an X.500 name, no SMTP address) gives no From at all rather than a made-up one.
    const ex = fromOutlookMsg(writeMsg({ senderName: 'Someone', subject: 'Hi', body: 'x' }))!;
    expect(ex.headers.map((h) => h.name)).toEqual(['subject']);
  });

  it('attachments: name, type, bytes, inline by content-id; an attached Outlook item is an attached message with its own headers, bodies and attachments', () => {
    const pdf = utf8('%PDF-1.4\n1 0 obj << /Type /Annot /Subtype /Link /A << /S /URI /URI (https://login.account-verify.example/) >> >> endobj\n%%EOF\n');
    const forwarded: MsgSpec = {
      transportHeaders: block(phishHeaders),
      html: utf8(phishHtml),
      internetCpid: 65001,
      body: 'inner',
      attachments: [{ longFilename: 'invoice.pdf', mimeTag: 'application/pdf', data: pdf }],
    };
    const input = fromOutlookMsg(
      writeMsg({
        transportHeaders: block(['From: "Hanako" <hanako@kousya.example>', 'To: security@kousya.example', 'Subject: Fw: is this real?', 'Date: Tue, 24 Nov 2026 10:00:00 +0900']),
        body: 'Is this real? See the attached mail.',
        attachments: [
          { longFilename: 'logo.png', mimeTag: 'image/png', contentId: 'logo@kousya.example', data: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) },
          { longFilename: 'お支払い方法の確認.msg', embedded: forwarded },
        ],
      }),
    )!;
    const [logo, item] = input.attachments ?? [];
    expect(logo).toMatchObject({ filename: 'logo.png', contentType: 'image/png', size: 4, disposition: 'inline' });
    expect(item).toMatchObject({ filename: 'お支払い方法の確認.msg', contentType: 'message/rfc822', disposition: 'attachment' });
    expect(item?.message?.headers.find((h) => h.name === 'from')?.value).toBe('"Amazon.co.jp" <x-info@kankyou-hozen.example>');
    expect(item?.message?.html).toBe(phishHtml);
    expect(item?.nested?.[0]).toMatchObject({ filename: 'invoice.pdf', contentType: 'application/pdf', size: pdf.length });
    // The forward is judged on the attached original, as an .eml's message/rfc822 part is.
    const v = analyze(input, NOW);
    expect(v.findings.some((f) => f.checkId.startsWith('forwarded-message/'))).toBe(true);
  });

  it('a .msg file attached to a mail (an Outlook item sent on to the help desk) is judged as an attached message; its legitimate twin is not', () => {
    const b64 = (b: Uint8Array): string => btoa(String.fromCharCode(...b)).replace(/.{76}/g, '$&\r\n');
    const withMsg = (msg: Uint8Array, type: string, name: string): string =>
      [
        'From: "Hanako" <hanako@kousya.example>',
        'To: security@kousya.example',
        'Subject: Fw: is this real?',
        'Date: Tue, 24 Nov 2026 10:00:00 +0900',
        'Message-ID: <fw1@kousya.example>',
        'MIME-Version: 1.0',
        'Content-Type: multipart/mixed; boundary="b1"',
        '',
        '--b1',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Is this real? The mail is attached.',
        '--b1',
        `Content-Type: ${type}; name="${name}"`,
        'Content-Transfer-Encoding: base64',
        `Content-Disposition: attachment; filename="${name}"`,
        '',
        b64(msg),
        '--b1--',
        '',
      ].join('\r\n');
    const phishMsg = writeMsg({ transportHeaders: block(phishHeaders), html: utf8(phishHtml), internetCpid: 65001, body: 'x', attachments: [{ longFilename: 'invoice.pdf.exe', mimeTag: 'application/octet-stream', data: utf8('MZ fake') }] });
    const twinMsg = writeMsg({ transportHeaders: block(twinHeaders), html: utf8(twinHtml), internetCpid: 65001, body: 'x' });
    for (const [type, name] of [['application/vnd.ms-outlook', 'mail.msg'], ['application/octet-stream', 'お支払い方法の確認.msg']] as const) {
      const input = fromRawMessage(utf8(withMsg(phishMsg, type, name)));
      const a = input.attachments?.[0];
      expect(a?.contentType).toBe(type);
      expect(a?.message?.headers.find((h) => h.name === 'from')?.value).toBe('"Amazon.co.jp" <x-info@kankyou-hozen.example>');
      expect(a?.nested?.[0]?.filename).toBe('invoice.pdf.exe');
      const v = analyze(input, NOW);
      expect(ids(v)).toContain('forwarded-message/suspicious-original');
      // The executable inside the attached item is found as one inside an attached .eml is.
      expect(ids(v).some((id) => id.startsWith('attachment/'))).toBe(true);
      const twin = analyze(fromRawMessage(utf8(withMsg(twinMsg, type, name))), NOW);
      expect(ids(twin)).not.toContain('forwarded-message/suspicious-original');
    }
    // The Outlook add-in, given the same mail with the .msg as a file attachment, says the same.
    const viaAddin = fromOutlookItem({
      internetHeaders: 'From: "Hanako" <hanako@kousya.example>\r\nTo: security@kousya.example\r\nSubject: Fw: is this real?\r\nDate: Tue, 24 Nov 2026 10:00:00 +0900\r\nMessage-ID: <fw1@kousya.example>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b1"\r\n',
      bodyText: 'Is this real? The mail is attached.',
      attachments: [{ name: 'mail.msg', contentType: 'application/vnd.ms-outlook', size: phishMsg.length, isInline: false, contentBase64: btoa(String.fromCharCode(...phishMsg)) }],
    });
    expect(shape(analyze(viaAddin, NOW))).toEqual(shape(analyze(fromRawMessage(utf8(withMsg(phishMsg, 'application/vnd.ms-outlook', 'mail.msg'))), NOW)));
    // .msg files attached inside .msg files attached inside …: read five deep, then left as files.
    let inner = phishMsg;
    for (let k = 0; k < 12; k++) inner = writeMsg({ transportHeaders: block(twinHeaders), body: `level ${k}`, attachments: [{ longFilename: `l${k}.msg`, mimeTag: 'application/vnd.ms-outlook', data: inner }] });
    let depth = 0;
    for (let a = fromRawMessage(utf8(withMsg(inner, 'application/vnd.ms-outlook', 'top.msg'))).attachments?.[0]; a?.message; a = a.nested?.[0]) depth++;
    expect(depth).toBe(5);
    // A Word document named .msg stays a plain attachment.
    const doc = fromRawMessage(utf8(withMsg(writeCfb([{ name: 'WordDocument', stream: new Uint8Array(600) }]), 'application/vnd.ms-outlook', 'x.msg')));
    expect(doc.attachments?.[0]?.message).toBeUndefined();
  });

  it('an OLE object attached in Outlook (a storage that holds no message) is a file, not an attached message', () => {
    const u16 = (t: string): Uint8Array => new Uint8Array(Uint16Array.from(t, (c) => c.charCodeAt(0)).buffer);
    const msg = writeCfb([
      { name: '__properties_version1.0', stream: new Uint8Array(32) },
      { name: '__substg1.0_007D001F', stream: u16(block(twinHeaders)) },
      { name: '__substg1.0_1000001F', stream: u16('See the drawing.') },
      {
        name: '__attach_version1.0_#00000000',
        children: [
          { name: '__properties_version1.0', stream: new Uint8Array(8) },
          { name: '__substg1.0_3707001F', stream: u16('drawing.vsd') },
          { name: '__substg1.0_3701000D', children: [{ name: 'CONTENTS', stream: new Uint8Array(100) }, { name: '\u0001CompObj', stream: new Uint8Array(50) }] },
        ],
      },
    ]);
    const input = fromOutlookMsg(msg)!;
    expect(input.attachments).toEqual([{ filename: 'drawing.vsd', contentType: 'application/octet-stream', size: null, disposition: 'attachment' }]);
    expect(analyze(input, NOW).level).toBe('safe');
  });

  it('a compound file that holds no message (a Word document) is not a .msg', () => {
    expect(fromOutlookMsg(writeCfb([{ name: 'WordDocument', stream: new Uint8Array(600) }, { name: '1Table', stream: new Uint8Array(10) }]))).toBeNull();
    expect(fromOutlookMsg(utf8(eml(twinHeaders)))).toBeNull();
    expect(fromOutlookMsg(new Uint8Array(0))).toBeNull();
  });

  it('a .msg cut at any point, or with bytes changed, gives what it can and never throws', () => {
    const whole = writeMsg({
      transportHeaders: block(phishHeaders),
      html: utf8(phishHtml.repeat(40)),
      internetCpid: 65001,
      body: 'text '.repeat(2000),
      attachments: [{ longFilename: 'a.bin', mimeTag: 'application/octet-stream', data: new Uint8Array(9000).fill(7) }, { embedded: { body: 'inner', subject: 's' } }],
    });
    expect(readOutlookMsg(whole)?.damaged).toBe(false);
    let cut = 0;
    for (let n = 0; n < whole.length; n += 97) {
      const read = readOutlookMsg(whole.subarray(0, n));
      if (read) {
        analyze(read.input, NOW);
        // Every cut loses sectors that the directory still points to.
        expect(read.damaged, `cut at ${n}`).toBe(true);
        cut++;
      }
    }
    // A cut file keeps the sectors before the cut: most prefixes still give a message, with less in it.
    process.stdout.write(`msg.test: ${cut} of ${Math.ceil(whole.length / 97)} cut files read\n`);
    expect(cut).toBeGreaterThan(0);
    let seed = 2828;
    const rnd = (k: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % k;
    };
    let changed = 0;
    for (let round = 0; round < 300; round++) {
      const b = whole.slice();
      for (let k = 0; k < 1 + rnd(8); k++) {
        const at = rnd(b.length);
        // Sector numbers and sizes most often: 0xFF bytes, small numbers, or anything.
        b[at] = [0xff, 0xfe, 0, 1, rnd(256)][rnd(5)] as number;
      }
      const input = fromOutlookMsg(b);
      if (input) {
        analyze(input, NOW);
        changed++;
      }
    }
    process.stdout.write(`msg.test: ${changed} of 300 changed files read\n`);
    expect(changed).toBeGreaterThan(150);
  });

  it('bounded work: past 100 attachments none is read (the limit is reported); streams read together give at most a few times the file', () => {
    const many = writeMsg({ transportHeaders: block(twinHeaders), body: 'x', attachments: Array.from({ length: 150 }, (_, i) => ({ longFilename: `a${i}.bin`, mimeTag: 'application/octet-stream', data: new Uint8Array(5000).fill(i) })) });
    const input = fromOutlookMsg(many)!;
    expect(input.attachments).toHaveLength(100);
    expect(input.attachments?.[99]?.bytes?.[0]).toBe(99);
    expect(input.limitsHit).toContainEqual({ limit: 'attachments', value: 150, max: 100 });
    // One stream read again and again: the budget runs out and the file counts as damaged.
    const cf = openCompoundFile(many)!;
    const att = cf.root.children.find((c) => c.name.startsWith('__attach_version1.0_#'))!;
    const data = att.children.find((c) => c.name === '__substg1.0_37010102')!;
    let total = 0;
    for (let i = 0; i < 2000; i++) total += cf.read(data).length;
    expect(total).toBeLessThanOrEqual(4 * many.length + (1 << 20));
    expect(total).toBeGreaterThan(3 * many.length);
    expect(cf.damaged()).toBe(true);
  });

  it('a directory whose sibling links loop, or whose chains loop, ends', () => {
    const b = writeMsg({ transportHeaders: block(twinHeaders), body: 'x', attachments: [{ longFilename: 'a.txt', mimeTag: 'text/plain', data: utf8('hello') }] });
    const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
    const dirStart = (view.getUint32(0x30, true) + 1) * 512;
    // Every entry's left and right sibling → entry 1, and the FAT's first entries → themselves.
    for (let e = dirStart; e + 128 <= b.length && e < dirStart + 512 * 4; e += 128) {
      view.setUint32(e + 0x44, 1, true);
      view.setUint32(e + 0x48, 1, true);
    }
    const looped = b.slice();
    const fatSector = view.getUint32(0x4c, true);
    const lv = new DataView(looped.buffer);
    for (let i = 0; i < 16; i++) lv.setUint32((fatSector + 1) * 512 + i * 4, i, true);
    for (const x of [b, looped]) {
      const input = fromOutlookMsg(x);
      if (input) analyze(input, NOW);
    }
  });
});
