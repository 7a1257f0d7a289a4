/**
 * Every input the scanner accepts: folders of .eml (recursive), mbox files (small and streamed),
 * Maildir trees, standard input, globs; and every input it must report rather than crash on.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync, gzipSync } from 'node:zlib';
import yazl from 'yazl';
import { beforeAll, describe, expect, it } from 'vitest';
import { baseEnv, CLI, ensureBuilt, ham, jsonl, mail, mbox, phish, randomBytes, reportRows, run, seeded, summaryOf, tarFile, tarHeader, tarOf, tempDir, write } from './helpers.js';
import { wantedInArchive } from '../src/input/discover.js';
import { emlxMessage } from '../src/scan-message.js';
import { writeCfb, writeMsg, type MsgSpec } from '../../core/test/support/msg-writer.js';
import { writePst, writePstWithLayout } from '../../core/test/support/pst-writer.js';

let dir: string;

/**
 * A scan of damaged inputs (`names`, in folder `d`): exit code 0 (format errors alone do not change
 * it), at least one record under each file's name (mbox#N, archive.zip/inner …), none an internal
 * error, the summary's count matching, and the same output with --jobs 1 and 2.
 */
function expectEveryFileRecorded(d: string, names: readonly string[]): void {
  const r = run(['scan', '--format', 'jsonl', '--jobs', '2', d]);
  expect(r.code, r.stderr).toBe(0);
  const recs = jsonl(r.stdout);
  for (const n of names) expect(recs.some((x) => String(x['file']).slice(d.length + 1).startsWith(n)), n).toBe(true);
  expect(recs.filter((x) => String(x['code'] ?? '').startsWith('internal/'))).toEqual([]);
  expect(summaryOf(r.stderr).scanned).toBe(recs.length);
  expect(run(['scan', '--format', 'jsonl', '--jobs', '1', d]).stdout).toBe(r.stdout);
}

const files = (out: string): string[] => jsonl(out).map((r) => String(r['file']));

/** A ZIP archive written in the test (yazl): [name, content, compress?]. */
async function zipOf(files: readonly (readonly [string, string | Buffer, boolean?])[]): Promise<Buffer> {
  const z = new yazl.ZipFile();
  for (const [name, content, compress] of files) {
    if (name.endsWith('/')) z.addEmptyDirectory(name.slice(0, -1), { mtime: new Date(2026, 10, 25) });
    else z.addBuffer(Buffer.from(content), name, { compress: compress ?? true, mtime: new Date(2026, 10, 25) });
  }
  z.end();
  const chunks: Buffer[] = [];
  for await (const c of z.outputStream as AsyncIterable<Buffer>) chunks.push(c);
  return Buffer.concat(chunks);
}


beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
  // A folder tree of .eml files, an extensionless mbox, and files that must be ignored.
  write(join(dir, 'tree/a.eml'), ham('a'));
  write(join(dir, 'tree/sub/b.eml'), phish('b'));
  write(join(dir, 'tree/sub/deeper/c.EML'), ham('c'));
  write(join(dir, 'tree/Inbox'), mbox([ham('i1'), phish('i2')]));
  write(join(dir, 'tree/Inbox.msf'), '// index file, not mail');
  write(join(dir, 'tree/notes.txt'), 'not mail');
  write(join(dir, 'tree/.hidden.eml'), ham('hidden'));
  write(join(dir, 'tree/.git/x.eml'), ham('git'));
});

describe('folders of .eml', () => {
  it('scans recursively, in path-component order, skipping other extensions and hidden entries', () => {
    const r = run(['scan', '--format', 'jsonl', join(dir, 'tree')]);
    expect(r.code).toBe(0);
    expect(files(r.stdout).map((f) => f.slice(dir.length + 1))).toEqual([
      'tree/Inbox#1',
      'tree/Inbox#2',
      'tree/a.eml',
      'tree/sub/b.eml',
      'tree/sub/deeper/c.EML',
    ]);
    const recs = jsonl(r.stdout);
    expect(recs.find((x) => String(x['file']).endsWith('b.eml'))?.['verdict']).toBe('dangerous');
    expect(summaryOf(r.stderr)).toMatchObject({ scanned: 5, messages: 5, errors: 0 });
  });

  it('prints the JSONL contract: file, verdict, score, findings[{checkId, category, severity, message}]', () => {
    const r = run(['scan', '--format', 'jsonl', join(dir, 'tree/sub/b.eml')]);
    const [rec] = jsonl(r.stdout);
    expect(Object.keys(rec ?? {})).toEqual(['file', 'verdict', 'score', 'findings']);
    const f = (rec?.['findings'] as Record<string, unknown>[])[0];
    expect(Object.keys(f ?? {})).toEqual(['checkId', 'category', 'severity', 'message']);
    expect(f?.['checkId']).toBe('brand-impersonation/display-name-brand');
    expect(String(f?.['message'])).toMatch(/Amazon/);
  });
});

describe('mbox', () => {
  it('numbers the messages path#N (1-based) and undoes mboxrd quoting', () => {
    const p = write(join(dir, 'mbox/archive.mbox'), mbox([ham('m1'), phish('m2'), mail({ id: 'm3', body: 'From the desk of the CEO' })]));
    const r = run(['scan', '--format', 'jsonl', p]);
    expect(files(r.stdout)).toEqual([`${p}#1`, `${p}#2`, `${p}#3`]);
    expect(jsonl(r.stdout).map((x) => x['verdict'])).toEqual(['safe', 'dangerous', 'safe']);
  });

  it('a file starting with a From line that holds one message is one message, named without #', () => {
    const p = write(join(dir, 'mbox/single.eml'), `From x@example.com Mon Nov 23 09:00:00 2026\n${phish('s')}`);
    const r = run(['scan', '--format', 'jsonl', p]);
    expect(files(r.stdout)).toEqual([p]);
    expect(jsonl(r.stdout)[0]?.['verdict']).toBe('dangerous');
  });

  it('streams a large mbox (over 4 MiB) with the same results as the small-file path', () => {
    const filler = `${'Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n'.repeat(2000)}`;
    const msgs = Array.from({ length: 50 }, (_, i) => (i % 5 === 3 ? phish(`big${i}`) : mail({ id: `big${i}`, body: filler })));
    const box = mbox(msgs);
    expect(Buffer.byteLength(box)).toBeGreaterThan(4 * 1024 * 1024); // scan.ts STREAM_THRESHOLD
    const big = write(join(dir, 'mbox/big.mbox'), box);
    const r = run(['scan', '--format', 'jsonl', '--jobs', '2', big]);
    expect(r.code).toBe(0);
    const recs = jsonl(r.stdout);
    expect(recs.map((x) => x['file'])).toEqual(msgs.map((_, i) => `${big}#${i + 1}`));
    expect(recs.filter((x) => x['verdict'] === 'dangerous')).toHaveLength(10);
    // --jobs 1 analyses on the main thread, between the reads of the stream.
    expect(run(['scan', '--format', 'jsonl', '--jobs', '1', big]).stdout).toBe(r.stdout);
    const small = write(join(dir, 'mbox/first-two.mbox'), mbox(msgs.slice(3, 5)));
    const s = jsonl(run(['scan', '--format', 'jsonl', small]).stdout);
    expect(s.map((x) => x['verdict'])).toEqual(recs.slice(3, 5).map((x) => x['verdict']));
  });
});

describe('Maildir', () => {
  it('scans cur/ and new/ and Maildir++ folders; skips tmp/ and index files', () => {
    const md = join(dir, 'Maildir');
    write(join(md, 'cur/1700000000.M1P1.host,S=123:2,S'), ham('md1'));
    write(join(md, 'new/1700000001.M2P1.host'), phish('md2'));
    write(join(md, 'tmp/1700000002.M3P1.host'), 'From: half-delivered');
    write(join(md, 'dovecot-uidlist'), '3 V1 N3');
    write(join(md, 'dovecot.index.log'), 'binary index');
    write(join(md, '.Sent/cur/1700000003.M4P1.host:2,S'), ham('md3'));
    mkdirSync(join(md, '.Sent/new'), { recursive: true });
    mkdirSync(join(md, '.Sent/tmp'), { recursive: true });
    const r = run(['scan', '--format', 'jsonl', md]);
    expect(r.code).toBe(0);
    expect(files(r.stdout).map((f) => f.slice(md.length + 1))).toEqual([
      '.Sent/cur/1700000003.M4P1.host:2,S',
      'cur/1700000000.M1P1.host,S=123:2,S',
      'new/1700000001.M2P1.host',
    ]);
  });

  it('zipped up, it is scanned the same: its messages, Maildir++ folders included; tmp/ and index files skipped', async () => {
    const d = join(dir, 'maildir-zip');
    const zip = await zipOf([
      ['Maildir/', ''],
      ['Maildir/cur/', ''],
      ['Maildir/cur/1700000000.M1P1.host,S=123:2,S', ham('mz1')],
      ['Maildir/new/1700000001.M2P1.host', phish('mz2'), false],
      ['Maildir/tmp/1700000002.M3P1.host', 'From: half-delivered'],
      ['Maildir/dovecot-uidlist', '3 V1 N3'],
      ['Maildir/maildirfolder', ''],
      ['Maildir/.Sent/cur/1700000003.M4P1.host:2,S', ham('mz3')],
      ['Maildir/.Sent/maildirfolder', ''],
      ['Maildir/.git/objects/1700000004.M5P1.host', phish('mz4')],
      ['Maildir/cur/.1700000005.M6P1.host', phish('mz5')],
      ['Maildir/cur/notes', ham('mz6')],
      ['Maildir/cur/readme.txt', 'not mail'],
    ]);
    const p = write(join(d, 'mail.zip'), zip);
    const r = run(['scan', '--format', 'jsonl', p]);
    expect(r.code).toBe(0);
    expect(files(r.stdout).map((f) => f.slice(p.length + 1))).toEqual([
      'Maildir/cur/1700000000.M1P1.host,S=123:2,S',
      'Maildir/new/1700000001.M2P1.host',
      'Maildir/.Sent/cur/1700000003.M4P1.host:2,S',
      'Maildir/cur/notes', // a file without an extension, as in any folder
    ]);
    // The same verdicts as the messages read from a folder.
    expect(jsonl(r.stdout).map((x) => x['verdict'])).toEqual(['safe', 'dangerous', 'safe', 'safe']);
  });

  it('in an archive, a Maildir message is told by its folder (cur/ or new/) and its name (seconds since 1970 and a dot)', () => {
    const cases: [string, boolean][] = [
      ['Maildir/cur/1700000000.M1P1.host,S=123:2,S', true],
      ['cur/1035478339.27041_118.foo.org:2,S', true],
      ['a/b/new/1700000001.M2P1.host', true],
      ['Maildir/.Sent/cur/1700000003.M4P1.host:2,S', true],
      ['Maildir/.Sent.2024/new/1700000003.M4P1.host', true],
      ['Maildir/tmp/1700000002.M3P1.host', false],
      ['Maildir/cur/notes.txt', false],
      ['Maildir/cur/12345.txt', false], // too few digits for a time
      ['Maildir/.git/objects/1700000000.x', false],
      ['.hidden/cur/1700000000.M1.host', true], // a Maildir++ folder at the top
      ['.hidden/deeper/cur/1700000000.M1.host', false],
      ['__MACOSX/cur/1700000000.M1.host', false],
      ['Maildir/dovecot-uidlist', false],
      ['Maildir/dovecot-keywords', false],
      ['Maildir/courierimapuiddb', false],
      ['Maildir/maildirfolder', false],
      ['Inbox', true],
      ['inbox/a.eml', true],
      ['.hidden/x.eml', false],
      ['x/.eml', false],
    ];
    for (const [path, wanted] of cases) expect(wantedInArchive(path), path).toBe(wanted);
  });
});

describe('Apple Mail (.emlx)', () => {
  const plist = '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n<dict>\n\t<key>flags</key>\n\t<integer>8590195713</integer>\n</dict>\n</plist>\n';
  const emlx = (m: string, eol = '\n', pad = ''): string => `${Buffer.byteLength(m)}${pad}${eol}${m}${plist}`;

  it('reads the message between the length line and the property list, in folders too (Mail\'s INBOX.mbox/…/Messages/)', () => {
    const d = join(dir, 'emlx');
    const msgs = [phish('ex1'), ham('ex2'), phish('ex3')];
    const box = join(d, 'Mail/V10/acct/INBOX.mbox/1A2B/Data/1/Messages');
    write(join(box, '101.emlx'), emlx(msgs[0] as string));
    write(join(box, '102.partial.emlx'), emlx(msgs[1] as string, '\r\n'));
    write(join(box, '103.emlx'), emlx(msgs[2] as string, '\n', '        '));
    for (const [i, m] of msgs.entries()) write(join(d, 'plain', `${101 + i}.eml`), m);
    const r = run(['scan', '--format', 'jsonl', d]);
    expect(r.code).toBe(0);
    const recs = jsonl(r.stdout);
    expect(recs.map((x) => String(x['file']).slice(d.length + 1))).toEqual([
      'Mail/V10/acct/INBOX.mbox/1A2B/Data/1/Messages/101.emlx',
      'Mail/V10/acct/INBOX.mbox/1A2B/Data/1/Messages/102.partial.emlx',
      'Mail/V10/acct/INBOX.mbox/1A2B/Data/1/Messages/103.emlx',
      'plain/101.eml',
      'plain/102.eml',
      'plain/103.eml',
    ]);
    const strip = (x: Record<string, unknown>): Record<string, unknown> => ({ ...x, file: undefined });
    expect(recs.slice(0, 3).map(strip)).toEqual(recs.slice(3).map(strip));
    expect(recs.map((x) => x['verdict'])).toEqual(['dangerous', 'safe', 'dangerous', 'dangerous', 'safe', 'dangerous']);
    // On standard input and named alone, the same.
    expect(jsonl(run(['scan', '--format', 'jsonl', '-'], { input: emlx(msgs[0] as string) }).stdout).map(strip)).toEqual([strip(recs[3] ?? {})]);
  });

  it('a cut .emlx gives what is there; a file that only starts with digits is not taken for one', () => {
    const d = join(dir, 'emlx-odd');
    const m = phish('ex4');
    const cut = write(join(d, 'cut.emlx'), `${Buffer.byteLength(m) + 500}\n${m}`);
    const digits = write(join(d, 'digits.eml'), '2026 was a good year\nFrom: a@example.com\n\nhello\n');
    const r = run(['scan', '--format', 'jsonl', cut, digits]);
    const recs = jsonl(r.stdout);
    expect(recs.map((x) => x['file'])).toEqual([cut, digits]);
    expect(recs[0]?.['verdict']).toBe('dangerous');
    const at = (s: string): string | null => emlxMessage(Buffer.from(s))?.toString('latin1') ?? null;
    expect(at('2026 was a good year\nFrom: a@example.com\n\nhello\n')).toBeNull(); // read as it is
    expect(at('From: a@example.com\n\n')).toBeNull();
    expect(at('5\nab')).toBe('ab');
    expect(at('3   \r\nabcdef')).toBe('abc');
    expect(at('1234567890123\nab')).toBeNull(); // no length has 13 digits
  });
});

describe('Outlook .msg files', () => {
  /** A test message as Outlook saves a received mail: its transport headers and its text body. */
  const asMsg = (m: string): Buffer => {
    const end = m.indexOf('\n\n');
    return Buffer.from(writeMsg({ transportHeaders: m.slice(0, end + 1).replace(/\n/g, '\r\n'), body: m.slice(end + 2) }));
  };

  it('are read as the same mails saved as .eml: in folders, in ZIP archives, named alone, under --jobs 1 and 2, in every format', async () => {
    const d = join(dir, 'msg');
    const msgs = [phish('ms1'), ham('ms2')];
    for (const [i, m] of msgs.entries()) {
      write(join(d, 'eml', `${i}.eml`), m);
      write(join(d, 'outlook', `${i}.msg`), asMsg(m));
    }
    write(join(d, 'saved.zip'), await zipOf(msgs.map((m, i): [string, Buffer] => [`${i}.msg`, asMsg(m)])));
    const r = run(['scan', '--format', 'jsonl', '--jobs', '1', d]);
    expect(r.code).toBe(0);
    const recs = jsonl(r.stdout);
    expect(recs.map((x) => String(x['file']).slice(d.length + 1))).toEqual(['eml/0.eml', 'eml/1.eml', 'outlook/0.msg', 'outlook/1.msg', 'saved.zip/0.msg', 'saved.zip/1.msg']);
    const strip = (x: Record<string, unknown>): Record<string, unknown> => ({ ...x, file: undefined });
    expect(recs.slice(2, 4).map(strip)).toEqual(recs.slice(0, 2).map(strip));
    expect(recs.slice(4).map(strip)).toEqual(recs.slice(0, 2).map(strip));
    expect(recs.map((x) => x['verdict'])).toEqual(['dangerous', 'safe', 'dangerous', 'safe', 'dangerous', 'safe']);
    expect(run(['scan', '--format', 'jsonl', '--jobs', '2', d]).stdout).toBe(r.stdout);
    // The HTML report shows a .msg's sender and subject as it shows an .eml's.
    const rows = reportRows(run(['scan', '--format', 'html', join(d, 'eml', '0.eml'), join(d, 'outlook', '0.msg')]).stdout);
    expect(rows).toHaveLength(2);
    expect({ ...rows[1], file: undefined }).toEqual({ ...rows[0], file: undefined });
    expect(JSON.stringify(rows[1])).toContain('Amazon.co.jp');
    // Named alone, and on standard input.
    const alone = run(['scan', '--format', 'jsonl', join(d, 'outlook', '0.msg')]);
    expect(jsonl(alone.stdout).map(strip)).toEqual([strip(recs[0] ?? {})]);
    expect(jsonl(run(['scan', '--format', 'jsonl', '-'], { input: asMsg(msgs[0] as string) }).stdout).map(strip)).toEqual([strip(recs[0] ?? {})]);
  });

  it('an OLE file that holds no Outlook message is reported as such; a damaged .msg gets a record of its own and the scan goes on', () => {
    const d = join(dir, 'msg-odd');
    const whole = asMsg(phish('ms3'));
    write(join(d, 'a-document.msg'), Buffer.from(writeCfb([{ name: 'WordDocument', stream: new Uint8Array(5000) }, { name: '1Table', stream: new Uint8Array(100) }])));
    write(join(d, 'b-cut.msg'), whole.subarray(0, Math.floor(whole.length / 2)));
    write(join(d, 'c-signature-only.msg'), whole.subarray(0, 600));
    write(join(d, 'd-next.eml'), ham('ms4'));
    // An Outlook contact saved as .msg, and a meeting request (mail).
    write(join(d, 'e-contact.msg'), Buffer.from(writeMsg({ messageClass: 'IPM.Contact', subject: 'Taro Yamada' })));
    const request = phish('ms5');
    const end = request.indexOf('\n\n');
    write(join(d, 'f-invite.msg'), Buffer.from(writeMsg({ messageClass: 'IPM.Schedule.Meeting.Request', transportHeaders: request.slice(0, end + 1).replace(/\n/g, '\r\n'), body: request.slice(end + 2) })));
    const r = run(['scan', '--format', 'jsonl', d]);
    const recs = jsonl(r.stdout);
    expect(recs.map((x) => String(x['file']).slice(d.length + 1))).toEqual(['a-document.msg', 'b-cut.msg', 'c-signature-only.msg', 'd-next.eml', 'e-contact.msg', 'f-invite.msg']);
    expect(recs[4]).toMatchObject({ code: 'format/not-mail', error: expect.stringContaining('Outlook item that is not mail (IPM.Contact') });
    expect(recs[5]?.['verdict']).toBe('dangerous');
    expect(recs[0]).toMatchObject({ code: 'format/unsupported', error: 'unsupported format: OLE compound file with no Outlook message in it (a Word or Excel document, an installer?)' });
    // Cut: what is left is not judged (a phishing mail would read as safe without its headers).
    expect(recs[1]).toMatchObject({ code: 'format/damaged-msg' });
    expect(String(recs[2]?.['code'])).toMatch(/^format\/(?:damaged-msg|unsupported)$/);
    expect(recs[3]?.['verdict']).toBe('safe');
  });
});

describe('Outlook data files (.pst, .ost)', () => {
  /** A test message as Outlook keeps a received mail: its transport headers and its text body. */
  const asItem = (m: string): MsgSpec => {
    const end = m.indexOf('\n\n');
    return { transportHeaders: m.slice(0, end + 1).replace(/\n/g, '\r\n'), body: m.slice(end + 2) };
  };

  it('each message is read as the same mail saved as .eml, named by its folder, under --jobs 1 and 2, in every format', () => {
    const d = join(dir, 'pst');
    const inbox = [phish('ps1'), ham('ps2'), ham('ps3')];
    const sub = [phish('ps4')];
    for (const [i, m] of [...inbox, ...sub].entries()) write(join(d, 'eml', `${i}.eml`), m);
    write(join(d, 'outlook.pst'), Buffer.from(writePst([{ name: '受信トレイ', messages: inbox.map(asItem), folders: [{ name: '取引先', messages: sub.map(asItem) }, { name: 'Empty' }] }])));
    write(join(d, 'old.ost'), Buffer.from(writePst([{ name: 'Inbox', messages: [asItem(ham('ps5'))] }], { format: 'ansi', crypt: 'cyclic' })));
    // An offline store of Outlook 2013 and later: 4 KiB pages, compressed blocks.
    const deflate = (b: Uint8Array) => new Uint8Array(deflateSync(b));
    write(join(d, 'new.ost'), Buffer.from(writePst([{ name: '受信トレイ', messages: inbox.map(asItem) }], { format: '4k', client: 'ost', deflate, trim: true })));
    const r = run(['scan', '--format', 'jsonl', '--jobs', '1', d]);
    expect(r.code).toBe(0);
    const recs = jsonl(r.stdout);
    const names = recs.map((x) => String(x['file']).slice(d.length + 1));
    expect(names.slice(0, 4)).toEqual(['eml/0.eml', 'eml/1.eml', 'eml/2.eml', 'eml/3.eml']);
    // Folder paths as Outlook shows them; a folder's messages are numbered even when alone.
    expect(names.slice(4)).toEqual(['new.ost/受信トレイ#1', 'new.ost/受信トレイ#2', 'new.ost/受信トレイ#3', 'old.ost/Inbox#1', 'outlook.pst/受信トレイ#1', 'outlook.pst/受信トレイ#2', 'outlook.pst/受信トレイ#3', 'outlook.pst/受信トレイ/取引先#1']);
    const strip = (x: Record<string, unknown>): Record<string, unknown> => ({ ...x, file: undefined });
    expect(recs.slice(4, 7).map(strip)).toEqual(recs.slice(0, 3).map(strip));
    expect(recs.slice(8).map(strip)).toEqual(recs.slice(0, 4).map(strip));
    expect(recs.map((x) => x['verdict'])).toEqual(['dangerous', 'safe', 'safe', 'dangerous', 'dangerous', 'safe', 'safe', 'safe', 'dangerous', 'safe', 'safe', 'dangerous']);
    expect(run(['scan', '--format', 'jsonl', '--jobs', '2', d]).stdout).toBe(r.stdout);
    // The HTML report shows a data file's message as it shows an .eml's.
    const rows = reportRows(run(['scan', '--format', 'html', join(d, 'eml', '0.eml'), join(d, 'outlook.pst')]).stdout);
    expect(rows).toHaveLength(5);
    expect({ ...rows[1], file: undefined }).toEqual({ ...rows[0], file: undefined });
    expect(JSON.stringify(rows[1])).toContain('Amazon.co.jp');
  });

  it('items that are not mail (calendars, contacts, tasks …) are counted, not scanned: no record, a gap in the numbering, a line in the summary', () => {
    const d = join(dir, 'pst-notmail');
    const contact = { messageClass: 'IPM.Contact', subject: 'Taro Yamada' };
    const appointment = { messageClass: 'IPM.Appointment', subject: 'Team meeting', body: 'Room 3' };
    write(
      join(d, 'a.pst'),
      Buffer.from(
        writePst([
          { name: 'Inbox', messages: [asItem(phish('pn1')), contact, asItem(ham('pn2'))] },
          { name: 'Calendar', containerClass: 'IPF.Appointment', messages: [appointment, appointment] },
          { name: 'Contacts', containerClass: 'IPF.Contact', messages: [contact] },
        ]),
      ),
    );
    // Nothing but contacts: no record, not an empty file either.
    write(join(d, 'b-contacts.pst'), Buffer.from(writePst([{ name: 'Contacts', containerClass: 'IPF.Contact', messages: [contact, contact] }])));
    for (const jobs of ['1', '2']) {
      const r = run(['scan', '--format', 'jsonl', '--jobs', jobs, d]);
      const recs = jsonl(r.stdout);
      expect(recs.map((x) => String(x['file']).slice(d.length + 1))).toEqual(['a.pst/Inbox#1', 'a.pst/Inbox#3']);
      expect(recs.map((x) => x['verdict'])).toEqual(['dangerous', 'safe']);
      expect(summaryOf(r.stderr)).toMatchObject({ scanned: 2, messages: 2, errors: 0 });
      expect(r.stderr).toContain('; 6 items not mail (calendar, contacts, tasks …) skipped');
    }
    const ja = run(['scan', '--lang', 'ja', '--format', 'jsonl', d]);
    expect(ja.stderr).toContain('メールでない項目（予定表、連絡先、タスクなど）6 件は対象外');
    const json = JSON.parse(run(['scan', '--format', 'json', d]).stdout) as { summary: Record<string, unknown> };
    expect(json.summary).toMatchObject({ scanned: 2, messages: 2, notMail: 6 });
    const html = run(['scan', '--format', 'html', d]).stdout;
    expect(html).toContain('"notMail":6');
  });

  it('a data file damaged or empty gets a record of its own; the scan goes on', () => {
    const d = join(dir, 'pst-odd');
    const whole = Buffer.from(writePst([{ name: 'Inbox', messages: [asItem(phish('po1')), asItem(ham('po2'))] }]));
    const v36 = Buffer.from(whole);
    v36[10] = 36;
    write(join(d, 'a-2013.ost'), v36);
    write(join(d, 'b-header-only.pst'), whole.subarray(0, 600));
    write(join(d, 'c-empty.pst'), Buffer.from(writePst([{ name: 'Inbox' }])));
    const wip = Buffer.from(whole);
    wip[513] = 0x10; // bCryptMethod: encrypted by Windows Information Protection
    write(join(d, 'd-protected.ost'), wip);
    write(join(d, 'e-next.eml'), ham('po3'));
    const r = run(['scan', '--format', 'jsonl', d]);
    const recs = jsonl(r.stdout);
    expect(recs.map((x) => String(x['file']).slice(d.length + 1))).toEqual(['a-2013.ost', 'b-header-only.pst', 'c-empty.pst', 'd-protected.ost', 'e-next.eml']);
    // 512-byte pages in a file that says it has the 4 KiB pages of Outlook 2013's offline stores.
    expect(recs[0]).toMatchObject({ code: 'format/damaged-pst', error: expect.stringContaining('not a B-tree page') });
    expect(recs[1]).toMatchObject({ code: 'format/damaged-pst' });
    expect(recs[2]).toMatchObject({ code: 'format/empty-pst', error: 'Outlook data file with no messages in it' });
    expect(recs[3]).toMatchObject({ code: 'format/unsupported', error: expect.stringContaining('Windows Information Protection') });
    expect(recs[4]?.['verdict']).toBe('safe');
  });

  it('a data file in a ZIP or tar archive, gzip-compressed, or on standard input is copied to a temporary file and scanned; the copy is removed', async () => {
    const d = join(dir, 'pst-stream');
    const whole = Buffer.from(writePst([{ name: 'Inbox', messages: [asItem(phish('pz1')), asItem(ham('pz2'))] }]));
    write(join(d, 'a.zip'), await zipOf([['backup/outlook.pst', whole], ['small.pst', Buffer.from(writePst([{ name: 'Inbox', messages: [asItem(ham('pz3'))] }]))]]));
    write(join(d, 'b.tar.gz'), gzipSync(tarOf([['backup/outlook.pst', whole]])));
    write(join(d, 'c.pst.gz'), gzipSync(whole));
    const tmp = tempDir();
    const env = { TMPDIR: tmp };
    const recs = jsonl(run(['scan', '--format', 'jsonl', '--jobs', '2', d], { env }).stdout);
    expect(recs.map((x) => [String(x['file']).slice(d.length + 1), x['verdict']])).toEqual([
      ['a.zip/backup/outlook.pst/Inbox#1', 'dangerous'],
      ['a.zip/backup/outlook.pst/Inbox#2', 'safe'],
      ['a.zip/small.pst/Inbox#1', 'safe'],
      ['b.tar.gz/backup/outlook.pst/Inbox#1', 'dangerous'],
      ['b.tar.gz/backup/outlook.pst/Inbox#2', 'safe'],
      ['c.pst.gz/Inbox#1', 'dangerous'],
      ['c.pst.gz/Inbox#2', 'safe'],
    ]);
    expect(jsonl(run(['scan', '--format', 'jsonl', '-'], { input: whole, env }).stdout).map((x) => [x['file'], x['verdict']])).toEqual([
      ['-/Inbox#1', 'dangerous'],
      ['-/Inbox#2', 'safe'],
    ]);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('a data file cut inside its gzip stream, or one that cannot be copied (no temporary folder), gets a record; the scan goes on', () => {
    const d = join(dir, 'pst-stream-bad');
    const whole = Buffer.from(writePst([{ name: 'Inbox', messages: [asItem(phish('pb1'))] }]));
    const gz = gzipSync(whole);
    write(join(d, 'a-cut.pst.gz'), gz.subarray(0, Math.floor(gz.length / 2)));
    write(join(d, 'b-next.eml'), ham('pb2'));
    const tmp = tempDir();
    const recs = jsonl(run(['scan', '--format', 'jsonl', d], { env: { TMPDIR: tmp } }).stdout);
    expect(recs.map((x) => [String(x['file']).slice(d.length + 1), x['code'] ?? x['verdict']])).toEqual([
      ['a-cut.pst.gz', 'format/corrupt-compressed'],
      ['b-next.eml', 'safe'],
    ]);
    expect(readdirSync(tmp)).toEqual([]);
    const r = run(['scan', '--format', 'jsonl', '-'], { input: whole, env: { TMPDIR: join(tmp, 'missing') } });
    expect(r.code).toBe(2);
    expect(jsonl(r.stdout)).toMatchObject([{ file: '-', code: 'io/ENOENT' }]);
  });

  it('a damaged page of the list of messages: one record says so, the messages still listed are judged', () => {
    const d = join(dir, 'pst-list');
    const msgs = Array.from({ length: 60 }, (_, i) => asItem(ham(`pl${i}`)));
    const { bytes, layout } = writePstWithLayout([{ name: 'Inbox', messages: msgs }], { crypt: 'none' });
    const root = Buffer.from(bytes.subarray(layout.nbtRoot, layout.nbtRoot + 512));
    expect(root[491]).toBeGreaterThan(0);
    const hurt = Buffer.from(bytes);
    // The second child page of the node B-tree's root (Unicode entries: key, block id, offset) loses its page type.
    hurt[Number(root.readBigUInt64LE((root[490] as number) + 16)) + 496] = 0;
    write(join(d, 'list.pst'), hurt);
    const recs = jsonl(run(['scan', '--format', 'jsonl', d]).stdout);
    expect(recs[0]).toMatchObject({ file: join(d, 'list.pst'), code: 'format/damaged-pst', error: expect.stringContaining('so the messages listed there are not scanned') });
    expect(recs.length).toBeGreaterThan(2);
    expect(recs.length).toBeLessThan(61);
    expect(recs.slice(1).every((x) => x['verdict'] === 'safe')).toBe(true);
  });

  it('a message whose blocks are damaged is reported on its own; the others of the file are judged', () => {
    const d = join(dir, 'pst-hurt');
    const msgs = [asItem(ham('ph1')), asItem(phish('ph2')), asItem(ham('ph3'))];
    const { bytes, layout } = writePstWithLayout([{ name: 'Inbox', messages: msgs }], { crypt: 'none' });
    const hurt = Buffer.from(bytes);
    // Every block holding the middle message's headers is changed: its trailer no longer matches.
    let changed = 0;
    for (const b of layout.blocks) {
      const data = Buffer.from(bytes.subarray(b.offset, b.offset + b.size));
      if (data.includes(Buffer.from('ph2@', 'utf16le'))) {
        const trailer = b.offset + Math.ceil((b.size + 16) / 64) * 64 - 16;
        hurt[trailer] = (hurt[trailer] as number) ^ 0xff;
        changed++;
      }
    }
    expect(changed).toBeGreaterThan(0);
    write(join(d, 'hurt.pst'), hurt);
    const recs = jsonl(run(['scan', '--format', 'jsonl', d]).stdout);
    expect(recs.map((x) => x['code'] ?? x['verdict'])).toEqual(['safe', 'format/damaged-pst-message', 'safe']);
  });
});

describe('standard input', () => {
  it('"-" reads one message from stdin', () => {
    const r = run(['scan', '--format', 'jsonl', '-'], { input: phish('stdin') });
    expect(jsonl(r.stdout)).toMatchObject([{ file: '-', verdict: 'dangerous' }]);
  });

  it('"-" reads an mbox stream from stdin', () => {
    const r = run(['scan', '--format', 'jsonl', '-'], { input: mbox([ham('s1'), phish('s2'), ham('s3')]) });
    expect(files(r.stdout)).toEqual(['-#1', '-#2', '-#3']);
  });

  it('is the same under --jobs 1 (on the main thread) and --jobs 2', () => {
    for (const input of [phish('stdin'), mbox([ham('s1'), phish('s2'), ham('s3')])]) {
      const one = run(['scan', '--format', 'jsonl', '--jobs', '1', '-'], { input });
      expect(one.code).toBe(0);
      expect(jsonl(one.stdout).length).toBeGreaterThan(0);
      expect(run(['scan', '--format', 'jsonl', '--jobs', '2', '-'], { input }).stdout).toBe(one.stdout);
    }
  });

  it('empty stdin is an error record, not a crash', () => {
    const r = run(['scan', '--format', 'jsonl', '-'], { input: '' });
    expect(jsonl(r.stdout)).toEqual([{ file: '-', error: 'empty input', code: 'format/empty-input' }]);
    expect(r.code).toBe(0);
  });
});

describe('gzip-compressed files (.gz), decompressed as they are read', () => {
  /** `n` distinct messages whose bodies do not compress away, so that a cut falls inside the stream. */
  const many = (n: number): string[] =>
    Array.from({ length: n }, (_, i) => mail({ id: `z${i}`, body: `Ticket ${i}\n${randomBytes(i + 7, 1500).toString('base64')}\n` }));
  const verdicts = (out: string): unknown[] => jsonl(out).map((x) => x['verdict']);

  it('scans .mbox.gz, .eml.gz and Inbox.gz like their plain twins, and walks folders for them', () => {
    const d = join(dir, 'gz');
    const box = mbox([ham('gz1'), phish('gz2'), ham('gz3')]);
    write(join(d, 'archive.mbox'), box);
    write(join(d, 'archive.mbox.gz'), gzipSync(box));
    write(join(d, 'one.eml'), phish('gz4'));
    write(join(d, 'one.eml.GZ'), gzipSync(phish('gz4')));
    write(join(d, 'sub/Inbox.gz'), gzipSync(mbox([phish('gz5'), ham('gz6')])));
    write(join(d, 'sub/notes.txt.gz'), gzipSync('not mail'));
    const r = run(['scan', '--format', 'jsonl', d]);
    expect(r.code).toBe(0);
    expect(files(r.stdout).map((f) => f.slice(d.length + 1))).toEqual([
      'archive.mbox#1',
      'archive.mbox#2',
      'archive.mbox#3',
      'archive.mbox.gz#1',
      'archive.mbox.gz#2',
      'archive.mbox.gz#3',
      'one.eml',
      'one.eml.GZ',
      'sub/Inbox.gz#1',
      'sub/Inbox.gz#2',
    ]);
    const recs = jsonl(r.stdout);
    const strip = (x: Record<string, unknown>): Record<string, unknown> => ({ ...x, file: undefined });
    expect(recs.slice(3, 6).map(strip)).toEqual(recs.slice(0, 3).map(strip));
    expect(strip(recs[7] ?? {})).toEqual(strip(recs[6] ?? {}));
    expect(verdicts(r.stdout)).toEqual(['safe', 'dangerous', 'safe', 'safe', 'dangerous', 'safe', 'dangerous', 'dangerous', 'dangerous', 'safe']);
    // Named on the command line, any .gz is read.
    expect(jsonl(run(['scan', '--format', 'jsonl', join(d, 'sub/notes.txt.gz')]).stdout)[0]?.['code']).toMatch(/^format\/no-header-fields/);
  });

  it('reads concatenated gzip members (cat a.gz b.gz) as one stream', () => {
    const p = write(join(dir, 'gz/joined.mbox.gz'), Buffer.concat([gzipSync(mbox([ham('j1')])), gzipSync(mbox([phish('j2'), ham('j3')]))]));
    expect(files(run(['scan', '--format', 'jsonl', p]).stdout)).toEqual([`${p}#1`, `${p}#2`, `${p}#3`]);
  });

  it('a cut or corrupt .gz: the messages before the damage are scanned, then one error record', () => {
    const whole = gzipSync(mbox(many(60)));
    const p = write(join(dir, 'gz/cut.mbox.gz'), whole.subarray(0, Math.floor(whole.length * 0.6)));
    const r = run(['scan', '--format', 'jsonl', p]);
    const recs = jsonl(r.stdout);
    const last = recs[recs.length - 1] ?? {};
    expect(last['code']).toBe('format/corrupt-compressed');
    expect(recs.length).toBeGreaterThan(20);
    expect(recs.length).toBeLessThan(60);
    expect(recs.slice(0, -1).every((x) => typeof x['verdict'] === 'string')).toBe(true);
    expect(last['error']).toBe(`gzip data corrupt or cut short: unexpected end of file (after ${recs.length - 1} messages)`);
    expect(summaryOf(r.stderr)).toMatchObject({ messages: recs.length - 1, errors: 1 });
    expect(r.code).toBe(0);

    const bad = Buffer.from(gzipSync(phish('c1')));
    bad.fill(0x55, 12, 40); // the deflate data, not the header
    const q = write(join(dir, 'gz/corrupt.eml.gz'), bad);
    expect(jsonl(run(['scan', '--format', 'jsonl', q]).stdout)).toMatchObject([{ file: q, code: 'format/corrupt-compressed' }]);
  });

  it('a .gz that decompresses beyond --max-message-size is stopped there; an empty one is an empty file', () => {
    const p = write(join(dir, 'gz/big.eml.gz'), gzipSync(mail({ id: 'big', body: 'x'.repeat(200_000) })));
    const r = run(['scan', '--format', 'jsonl', '--max-message-size', '64k', p]);
    expect(jsonl(r.stdout)).toMatchObject([{ file: p, code: 'format/too-large' }]);
    const e = write(join(dir, 'gz/empty.mbox.gz'), gzipSync(''));
    expect(jsonl(run(['scan', '--format', 'jsonl', e]).stdout)).toEqual([{ file: e, error: 'empty file', code: 'format/empty-file' }]);
  });

  it('a file named .gz that is not gzip is read as it is; gzip under another name is reported, not guessed at', () => {
    const plain = write(join(dir, 'gz/plain.eml.gz'), phish('pl'));
    expect(jsonl(run(['scan', '--format', 'jsonl', plain]).stdout)).toMatchObject([{ file: plain, verdict: 'dangerous' }]);
    const hidden = write(join(dir, 'gz/hidden.mbox'), gzipSync(mbox([phish('h1')])));
    expect(jsonl(run(['scan', '--format', 'jsonl', hidden]).stdout)).toMatchObject([
      { file: hidden, error: 'unsupported format: gzip-compressed data; name the file .gz (it is then decompressed as it is read) or decompress it', code: 'format/unsupported' },
    ]);
  });

  it('gzip on standard input is decompressed too, the same under --jobs 1 and 2', () => {
    const input = gzipSync(mbox([ham('si1'), phish('si2')]));
    const one = run(['scan', '--format', 'jsonl', '--jobs', '1', '-'], { input });
    expect(files(one.stdout)).toEqual(['-#1', '-#2']);
    expect(verdicts(one.stdout)).toEqual(['safe', 'dangerous']);
    expect(run(['scan', '--format', 'jsonl', '--jobs', '2', '-'], { input }).stdout).toBe(one.stdout);
    expect(jsonl(run(['scan', '--format', 'jsonl', '-'], { input: gzipSync(phish('si3')) }).stdout)).toMatchObject([{ file: '-', verdict: 'dangerous' }]);
    expect(jsonl(run(['scan', '--format', 'jsonl', '-'], { input: gzipSync(phish('si4')).subarray(0, 30) }).stdout)).toMatchObject([
      { file: '-', code: 'format/corrupt-compressed' },
    ]);
  });

  it('the output is the same under --jobs 1, 2 and 3', () => {
    const d = join(dir, 'gz-jobs');
    write(join(d, 'a.mbox.gz'), gzipSync(mbox(many(40))));
    write(join(d, 'b.eml'), phish('gj'));
    write(join(d, 'c.eml.gz'), gzipSync(ham('gj2')));
    const one = run(['scan', '--format', 'jsonl', '--jobs', '1', d]);
    expect(jsonl(one.stdout)).toHaveLength(42);
    for (const j of ['2', '3']) expect(run(['scan', '--format', 'jsonl', '--jobs', j, d]).stdout).toBe(one.stdout);
  });
});

describe('ZIP archives: the mail files inside are scanned as files of their own', () => {
  /**
   * Calls `f` for every local (PK\3\4) and central (PK\1\2) header with the offsets of its flags
   * and method fields and its file name's bytes.
   */
  function eachHeader(zip: Buffer, f: (flags: number, method: number, name: Buffer) => void): void {
    for (let i = 0; i + 46 <= zip.length; i++) {
      if (zip[i] !== 0x50 || zip[i + 1] !== 0x4b) continue;
      if (zip[i + 2] === 3 && zip[i + 3] === 4) f(i + 6, i + 8, zip.subarray(i + 30, i + 30 + zip.readUInt16LE(i + 26)));
      else if (zip[i + 2] === 1 && zip[i + 3] === 2) f(i + 8, i + 10, zip.subarray(i + 46, i + 46 + zip.readUInt16LE(i + 28)));
    }
  }
  const strip = (x: Record<string, unknown>): Record<string, unknown> => ({ ...x, file: undefined });

  it('scans .eml, mbox and .gz files inside, in the archive order, named archive.zip/inner/path; skips the rest', async () => {
    const d = join(dir, 'zip');
    const box = mbox([ham('zm1'), phish('zm2'), ham('zm3')]);
    write(join(d, 'plain/box.mbox'), box);
    write(join(d, 'plain/a.eml'), phish('za'));
    const zip = await zipOf([
      ['inbox/', ''],
      ['inbox/a.eml', phish('za')],
      ['inbox/b.eml', ham('zb'), false],
      ['box.mbox', box],
      ['c.eml.gz', gzipSync(phish('zc')), false],
      ['Inbox', mbox([ham('zi')])],
      ['__MACOSX/inbox/._a.eml', 'resource fork'],
      ['.hidden/x.eml', phish('zx')],
      ['notes.txt', 'not mail'],
      ['nested.zip', await zipOf([['n.eml', ham('zn')]])],
    ]);
    const p = write(join(d, 'archive.zip'), zip);
    const r = run(['scan', '--format', 'jsonl', d]);
    expect(r.code).toBe(0);
    expect(files(r.stdout).map((f) => f.slice(d.length + 1))).toEqual([
      'archive.zip/inbox/a.eml',
      'archive.zip/inbox/b.eml',
      'archive.zip/box.mbox#1',
      'archive.zip/box.mbox#2',
      'archive.zip/box.mbox#3',
      'archive.zip/c.eml.gz',
      'archive.zip/Inbox',
      'archive.zip/nested.zip',
      'plain/a.eml',
      'plain/box.mbox#1',
      'plain/box.mbox#2',
      'plain/box.mbox#3',
    ]);
    const recs = jsonl(r.stdout);
    expect(recs.slice(2, 5).map(strip)).toEqual(recs.slice(9, 12).map(strip));
    expect(strip(recs[0] ?? {})).toEqual(strip(recs[8] ?? {}));
    expect(recs.map((x) => x['verdict'] ?? x['code'])).toEqual([
      'dangerous',
      'safe',
      'safe',
      'dangerous',
      'safe',
      'dangerous',
      'safe',
      'format/unsupported',
      'dangerous',
      'safe',
      'dangerous',
      'safe',
    ]);
    expect(recs[7]?.['error']).toBe('unsupported format: ZIP archive; ZIP archives are read from files named .zip (not from a stream or inside another ZIP): rename it or extract it');
    expect(jsonl(run(['scan', '--format', 'jsonl', p]).stdout).map((x) => x['file'])).toEqual(recs.slice(0, 8).map((x) => x['file']));
  });

  it('a file over 4 MiB inside is streamed, with the same results as the same mbox outside; damage is found at its end', async () => {
    const filler = `${'Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n'.repeat(2000)}`;
    const msgs = Array.from({ length: 50 }, (_, i) => (i % 5 === 3 ? phish(`zbig${i}`) : mail({ id: `zbig${i}`, body: filler })));
    const box = mbox(msgs);
    expect(Buffer.byteLength(box)).toBeGreaterThan(4 * 1024 * 1024);
    const plain = write(join(dir, 'zip-big/big.mbox'), box);
    const zip = await zipOf([['big.mbox', box, false]]);
    const p = write(join(dir, 'zip-big/big.zip'), zip);
    const inside = jsonl(run(['scan', '--format', 'jsonl', p]).stdout);
    const outside = jsonl(run(['scan', '--format', 'jsonl', plain]).stdout);
    expect(inside.map((x) => x['file'])).toEqual(msgs.map((_, i) => `${p}/big.mbox#${i + 1}`));
    expect(inside.map(strip)).toEqual(outside.map(strip));
    // Stored data changed in its last message: only the CRC-32 at the end tells.
    const bad = Buffer.from(zip);
    const at = bad.lastIndexOf('Lorem');
    bad[at] = 0x6c;
    const q = write(join(dir, 'zip-big/bad.zip'), bad);
    const recs = jsonl(run(['scan', '--format', 'jsonl', q]).stdout);
    expect(recs).toHaveLength(50);
    expect(recs[49]).toMatchObject({ file: `${q}/big.mbox#50`, code: 'format/corrupt-compressed', error: expect.stringMatching(/CRC-32 mismatch .*\(after 49 messages\)$/) });
  });

  it('the output is the same under --jobs 1, 2 and 3', async () => {
    const p = write(join(dir, 'zip-jobs/a.zip'), await zipOf([['m.mbox', mbox(Array.from({ length: 30 }, (_, i) => (i % 3 ? ham(`zj${i}`) : phish(`zj${i}`))))], ['x.eml', phish('zjx')]]));
    const one = run(['scan', '--format', 'jsonl', '--jobs', '1', p]);
    expect(jsonl(one.stdout)).toHaveLength(31);
    for (const j of ['2', '3']) expect(run(['scan', '--format', 'jsonl', '--jobs', j, p]).stdout).toBe(one.stdout);
  });

  it('damaged data: a file whose CRC-32 does not match is an error record (the others are scanned); a cut archive is one error', async () => {
    const zip = await zipOf([
      ['a.eml', phish('zd1'), false],
      ['b.eml', ham('zd2'), false],
    ]);
    const bad = Buffer.from(zip);
    const at = bad.indexOf('Subject');
    bad[at + 2] = bad[at + 2] === 0x62 ? 0x42 : 0x62; // stored data: only the CRC-32 tells
    const p = write(join(dir, 'zip/bad.zip'), bad);
    const recs = jsonl(run(['scan', '--format', 'jsonl', p]).stdout);
    expect(recs.map((x) => x['file'])).toEqual([`${p}/a.eml`, `${p}/b.eml`]);
    expect(recs[0]).toMatchObject({ code: 'format/corrupt-compressed', error: expect.stringMatching(/^ZIP data corrupt or cut short: CRC-32 mismatch \([0-9a-f]{8}, the archive says [0-9a-f]{8}\)$/) });
    expect(recs[1]?.['verdict']).toBe('safe');

    const cut = write(join(dir, 'zip/cut.zip'), zip.subarray(0, zip.length - 30));
    const c = run(['scan', '--format', 'jsonl', cut]);
    expect(jsonl(c.stdout)).toMatchObject([{ file: cut, code: 'format/corrupt-compressed', error: expect.stringMatching(/^ZIP data corrupt or cut short: /) }]);
    expect(c.code).toBe(0);
  });

  it('an encrypted file, or one compressed with a method the reader lacks, is an error record of its own', async () => {
    const zip = await zipOf([
      ['locked.eml', phish('ze1')],
      ['lzma.eml', phish('ze2')],
      ['ok.eml', ham('ze3')],
    ]);
    let n = 0;
    eachHeader(zip, (flags, method, name) => {
      if (name.toString() === 'locked.eml') zip.writeUInt16LE(zip.readUInt16LE(flags) | 1, flags);
      if (name.toString() === 'lzma.eml') zip.writeUInt16LE(14, method);
      n++;
    });
    expect(n).toBe(6);
    const p = write(join(dir, 'zip/locked.zip'), zip);
    expect(jsonl(run(['scan', '--format', 'jsonl', p]).stdout)).toEqual([
      { file: `${p}/locked.eml`, error: 'encrypted (password-protected) file in a ZIP archive; extract it first', code: 'format/encrypted-zip-entry' },
      { file: `${p}/lzma.eml`, error: 'file in a ZIP archive compressed with a method this reader lacks (method 14); extract it first', code: 'format/zip-method' },
      expect.objectContaining({ file: `${p}/ok.eml`, verdict: 'safe' }),
    ]);
  });

  it('an archive with no mail files is one error; a file named .zip that is not one is read as it is', async () => {
    const p = write(join(dir, 'zip/nomail.zip'), await zipOf([['readme.txt', 'hello']]));
    expect(jsonl(run(['scan', '--format', 'jsonl', p]).stdout)).toEqual([
      { file: p, error: 'ZIP archive with no mail files in it (.eml, .mbox, .mbx, .mail, files without an extension, or .gz of those)', code: 'format/empty-zip' },
    ]);
    const e = write(join(dir, 'zip/empty.zip'), await zipOf([]));
    expect(jsonl(run(['scan', '--format', 'jsonl', e]).stdout)).toMatchObject([{ file: e, code: 'format/empty-zip' }]);
    const fake = write(join(dir, 'zip/fake.zip'), phish('zf'));
    expect(jsonl(run(['scan', '--format', 'jsonl', fake]).stdout)).toMatchObject([{ file: fake, verdict: 'dangerous' }]);
  });

  it('reads names as UTF-8 when flagged, and an unflagged Shift_JIS name (Japanese Windows) as Shift_JIS', async () => {
    const sjis = Buffer.from([0x8e, 0xf3, 0x90, 0x4d]); // 受信
    const zip = await zipOf([['abcd.eml', phish('zs1')], ['受信箱/メール.eml', ham('zs2')]]);
    for (let i = zip.indexOf('abcd.eml'); i >= 0; i = zip.indexOf('abcd.eml', i + 1)) sjis.copy(zip, i);
    eachHeader(zip, (flags, _method, name) => {
      if (name.subarray(0, 4).equals(sjis)) zip.writeUInt16LE(zip.readUInt16LE(flags) & ~0x800, flags);
    });
    const p = write(join(dir, 'zip/names.zip'), zip);
    expect(files(run(['scan', '--format', 'jsonl', p]).stdout)).toEqual([`${p}/受信.eml`, `${p}/受信箱/メール.eml`]);
  });
});

describe('tar archives (.tar, .tar.gz, .tgz, and on standard input): the mail files inside are scanned as files of their own', () => {
  const strip = (x: Record<string, unknown>): Record<string, unknown> => ({ ...x, file: undefined });
  const inner: [string, string | Buffer][] = [
    ['Maildir/cur/1700000000.M1P1.host,S=123:2,S', ham('t1')],
    ['Maildir/new/1700000001.M2P1.host', phish('t2')],
    ['Maildir/tmp/1700000002.M3P1.host', 'From: half-delivered'],
    ['Maildir/dovecot-uidlist', '3 V1 N3'],
    ['Maildir/.Sent/cur/1700000003.M4P1.host:2,S', ham('t3')],
    ['archive/box.mbox', mbox([ham('t4'), phish('t5')])],
    ['archive/c.eml.gz', gzipSync(phish('t6'))],
    ['archive/notes.txt', 'not mail'],
  ];
  const names = [
    'Maildir/cur/1700000000.M1P1.host,S=123:2,S',
    'Maildir/new/1700000001.M2P1.host',
    'Maildir/.Sent/cur/1700000003.M4P1.host:2,S',
    'archive/box.mbox#1',
    'archive/box.mbox#2',
    'archive/c.eml.gz',
  ];
  const verdicts = ['safe', 'dangerous', 'safe', 'safe', 'dangerous', 'dangerous'];

  it('scans .tar, .tar.gz and .tgz files in the archive order, named archive.tar/inner/path, as their files read one by one', () => {
    const d = join(dir, 'tar');
    const tar = tarOf(inner);
    write(join(d, 'a.tar'), tar);
    write(join(d, 'b.tar.gz'), gzipSync(tar));
    write(join(d, 'c.tgz'), gzipSync(tar));
    for (const [n, data] of inner) write(join(d, 'plain', n), data);
    mkdirSync(join(d, 'plain/Maildir/.Sent/new')); // on disk a walk needs it to tell a Maildir++ folder (an archive may lack empty folders)
    const r = run(['scan', '--format', 'jsonl', d]);
    expect(r.code).toBe(0);
    const recs = jsonl(r.stdout);
    const rel = recs.map((x) => String(x['file']).slice(d.length + 1));
    expect(rel.slice(0, 18)).toEqual([...names.map((n) => `a.tar/${n}`), ...names.map((n) => `b.tar.gz/${n}`), ...names.map((n) => `c.tgz/${n}`)]);
    expect(recs.slice(0, 18).map((x) => x['verdict'])).toEqual([...verdicts, ...verdicts, ...verdicts]);
    // The same records as the extracted files (a walk's order: .Sent/ first, then cur/, new/).
    const plain = new Map(recs.slice(18).map((x) => [String(x['file']).slice(d.length + 7), strip(x)]));
    for (const x of recs.slice(0, 6)) expect(strip(x), String(x['file'])).toEqual(plain.get(String(x['file']).slice(d.length + 7)));
    // Alone, and the same under --jobs 1.
    const one = run(['scan', '--format', 'jsonl', '--jobs', '1', join(d, 'b.tar.gz')]);
    expect(jsonl(one.stdout).map(strip)).toEqual(recs.slice(6, 12).map(strip));
  });

  it('reads a tar archive on standard input, plain or gzip-compressed (tar cz Maildir | ayashii scan -)', () => {
    const tar = tarOf(inner);
    for (const input of [tar, gzipSync(tar)]) {
      const r = run(['scan', '--format', 'jsonl', '-'], { input });
      expect(r.code).toBe(0);
      expect(jsonl(r.stdout).map((x) => x['file'])).toEqual(names.map((n) => `-/${n}`));
      expect(jsonl(r.stdout).map((x) => x['verdict'])).toEqual(verdicts);
    }
  });

  it('links, archives inside, damage and an archive with no mail are reported, each as a record of its own', async () => {
    const d = join(dir, 'tar-odd');
    const linked = Buffer.concat([
      tarFile('a/1.eml', phish('tl1')),
      tarHeader('a/2.eml', 0, '1', { link: 'a/1.eml' }),
      tarHeader('a/3.eml', 0, '2', { link: '../outside.eml' }),
      tarFile('a/in.zip', await zipOf([['x.eml', ham('tz')]])),
      tarFile('a/in.tar', tarOf([['y.eml', ham('ty')]])),
      Buffer.alloc(1024),
    ]);
    write(join(d, 'linked.tar'), linked);
    write(join(d, 'none.tar'), tarOf([['notes.txt', 'hi']]));
    const good = tarOf([['m/1.eml', phish('td1')], ['m/2.eml', ham('td2')], ['m/3.eml', ham('td3')]]);
    // m/2.eml's header, its name changed: its checksum no longer holds.
    const at = good.indexOf(Buffer.from('m/2.eml'));
    const dmg = Buffer.from(good);
    dmg[at] = (dmg[at] as number) ^ 0x20;
    write(join(d, 'damaged.tar'), dmg);
    write(join(d, 'cut.tar.gz'), gzipSync(good.subarray(0, good.indexOf(Buffer.from('m/3.eml')) + 512 + 40)));
    write(join(d, 'zipped.zip'), await zipOf([['in.tar', good]]));
    const r = run(['scan', '--format', 'jsonl', d]);
    expect(r.code).toBe(0);
    const recs = jsonl(r.stdout).map((x) => [String(x['file']).slice(d.length + 1), x['verdict'] ?? x['code'], x['error']]);
    expect(recs).toEqual([
      ['cut.tar.gz/m/1.eml', 'dangerous', undefined],
      ['cut.tar.gz/m/2.eml', 'safe', undefined],
      ['cut.tar.gz/m/3.eml', 'format/corrupt-compressed', 'tar data corrupt or cut short: the archive ends inside this file (40 of 1138 bytes)'.replace('1138', String(Buffer.byteLength(ham('td3'))))],
      ['damaged.tar/m/1.eml', 'dangerous', undefined],
      ['damaged.tar', 'format/corrupt-compressed', 'tar data corrupt or cut short: damaged header (checksum) at block 3'.replace('block 3', `block ${at / 512}`)],
      ['linked.tar/a/1.eml', 'dangerous', undefined],
      ['linked.tar/a/2.eml', 'format/tar-link', 'hard link in the tar archive: the same file as a/1.eml'],
      ['linked.tar/a/3.eml', 'format/tar-link', 'symbolic link in the tar archive to ../outside.eml, not followed'],
      ['linked.tar/a/in.zip', 'format/unsupported', 'unsupported format: ZIP archive; ZIP archives are read from files named .zip (not from a stream or inside another ZIP): rename it or extract it'],
      ['linked.tar/a/in.tar', 'format/unsupported', 'unsupported format: tar archive inside another archive; extract it first'],
      ['none.tar', 'format/empty-tar', 'tar archive with no mail files in it (.eml, .mbox, .mbx, .mail, files without an extension, .gz of those, or Maildir messages)'],
      ['zipped.zip/in.tar', 'format/unsupported', 'unsupported format: tar archive inside another archive; extract it first'],
    ]);
    expect(summaryOf(r.stderr)).toMatchObject({ scanned: 12, messages: 4, errors: 8 });
  });
});

describe('globs', () => {
  it('expands a quoted glob (no shell) and scans only what matches', () => {
    const r = run(['scan', '--format', 'jsonl', `${dir}/tree/**/*.eml`]);
    expect(files(r.stdout).map((f) => f.slice(dir.length + 1))).toEqual(['tree/a.eml', 'tree/sub/b.eml']);
  });

  it('a glob that matches nothing is an I/O error (exit 2)', () => {
    const r = run(['scan', '--format', 'jsonl', `${dir}/nothing-here/*.eml`]);
    expect(jsonl(r.stdout)).toEqual([{ file: `${dir}/nothing-here/*.eml`, error: 'no files match this pattern', code: 'input/no-match' }]);
    expect(r.code).toBe(2);
  });
});

describe('what cannot be scanned is reported and counted, and the rest is scanned', () => {
  it('formats told by their first bytes (named on the command line): Outlook data files, 7-Zip, RAR, PDF, xz, bzip2, zstd', () => {
    const d = join(dir, 'formats');
    const sigs: [string, number[], string][] = [
      // Outlook data files are read from files named .pst or .ost (input/pst-part.ts).
      ['a.pst.bak', [0x21, 0x42, 0x44, 0x4e], 'pst'],
      ['b-outlook-backup', [0x21, 0x42, 0x44, 0x4e], 'pst'],
      ['c.7z', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], '7z'],
      ['d.rar', [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x01, 0x00], 'rar'],
      ['e.pdf', [...Buffer.from('%PDF-1.7\n')], 'pdf'],
      ['f.mbox.xz', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], 'xz'],
      ['g.mbox.bz2', [...Buffer.from('BZh9')], 'bzip2'],
      ['h.mbox.zst', [0x28, 0xb5, 0x2f, 0xfd], 'zstd'],
    ];
    const paths = sigs.map(([n, sig], i) => write(join(d, n), Buffer.concat([Buffer.from(sig), randomBytes(300 + i, 5000)])));
    const r = run(['scan', '--format', 'jsonl', ...paths]);
    expect(r.code).toBe(0);
    const recs = jsonl(r.stdout);
    expect(recs.map((x) => [String(x['file']).slice(d.length + 1), x['code']])).toEqual(sigs.map(([n]) => [n, 'format/unsupported']));
    expect(recs[0]?.['error']).toBe('unsupported format: Outlook data file (.pst or .ost) under another name; data files are read from files named .pst or .ost: rename it');
    expect(recs[2]?.['error']).toBe('unsupported format: 7-Zip archive; extract it first (or pack the mail as .zip or .tar.gz)');
    expect(recs[3]?.['error']).toBe('unsupported format: RAR archive; extract it first (or pack the mail as .zip or .tar.gz)');
  });

  it('.msg, empty, blank, binary, truncated, unreadable: one error each; the counts add up', () => {
    const d = join(dir, 'bad');
    write(join(d, '01-good.eml'), ham('g1'));
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), randomBytes(1, 2000)]);
    write(join(d, '02-outlook.msg'), ole);
    write(join(d, '03-empty.eml'), '');
    write(join(d, '04-blank.eml'), '\r\n\r\n\n');
    write(join(d, '05-binary.eml'), randomBytes(42, 4096));
    write(join(d, '06-truncated.eml'), 'From: "Bank" <a@bank.example>\nTo: taro@kousya.example\nSubject: Your acc');
    symlinkSync(join(d, 'does-not-exist.eml'), join(d, '07-dangling.eml'));
    write(join(d, '08-phish.eml'), phish('g2'));
    write(join(d, '09-not-mail.eml'), 'Dear friend,\nthis is just a letter with no header at all.\n\nBye\n');
    write(join(d, '10-good.mbox'), mbox([ham('g3'), phish('g4')]));

    const r = run(['scan', '--format', 'jsonl', d]);
    const recs = jsonl(r.stdout);
    const byName = new Map(recs.map((x) => [String(x['file']).slice(d.length + 1), x]));
    expect([...byName.keys()]).toEqual([
      '01-good.eml',
      '02-outlook.msg',
      '03-empty.eml',
      '04-blank.eml',
      '05-binary.eml',
      '06-truncated.eml',
      '07-dangling.eml',
      '08-phish.eml',
      '09-not-mail.eml',
      '10-good.mbox#1',
      '10-good.mbox#2',
    ]);
    expect(byName.get('02-outlook.msg')?.['error']).toMatch(/^unsupported format: OLE compound file with no Outlook message/);
    expect(byName.get('03-empty.eml')?.['error']).toBe('empty file');
    expect(byName.get('04-blank.eml')?.['error']).toBe('empty message (only blank lines)');
    expect(byName.get('05-binary.eml')?.['error']).toMatch(/^not a mail message: binary data/);
    expect(byName.get('06-truncated.eml')?.['error']).toBe('truncated: the file ends inside the header block');
    expect(byName.get('07-dangling.eml')?.['error']).toBe('cannot read: ENOENT (no such file or directory)');
    expect(byName.get('09-not-mail.eml')?.['error']).toMatch(/^not a mail message: no header fields/);
    expect(byName.get('08-phish.eml')?.['verdict']).toBe('dangerous');

    const s = summaryOf(r.stderr);
    expect(s).toMatchObject({ scanned: 11, messages: 4, errors: 7 });
    expect(s.scanned).toBe(s.messages + s.errors);
    expect(Object.values(s.levels).reduce((x, y) => x + y, 0)).toBe(s.messages);
    expect(r.stderr).toContain('07-dangling.eml: cannot read: ENOENT');
    // An unreadable file is an I/O error: exit 2 (after scanning everything else).
    expect(r.code).toBe(2);
  });

  it('format errors alone do not change the exit code', () => {
    const d = join(dir, 'bad-format-only');
    write(join(d, 'a.eml'), ham('x'));
    write(join(d, 'b.eml'), '');
    const r = run(['scan', '--format', 'jsonl', d]);
    expect(r.code).toBe(0);
    expect(summaryOf(r.stderr)).toMatchObject({ scanned: 2, messages: 1, errors: 1 });
  });

  it.skipIf(process.getuid?.() === 0)('a file without read permission is reported (EACCES)', () => {
    const p = write(join(dir, 'noperm/secret.eml'), ham('np'));
    chmodSync(p, 0o000);
    const r = run(['scan', '--format', 'jsonl', p]);
    expect(jsonl(r.stdout)).toEqual([{ file: p, error: 'cannot read: EACCES (permission denied)', code: 'io/EACCES' }]);
    expect(r.code).toBe(2);
  });

  it('a missing path is reported and the other paths are still scanned', () => {
    const ok = write(join(dir, 'missing/ok.eml'), ham('ok'));
    const r = run(['scan', '--format', 'jsonl', join(dir, 'missing/nope.eml'), ok]);
    expect(jsonl(r.stdout)).toEqual([
      { file: join(dir, 'missing/nope.eml'), error: 'cannot read: ENOENT (no such file or directory)', code: 'io/ENOENT' },
      expect.objectContaining({ file: ok, verdict: 'safe' }),
    ]);
    expect(r.code).toBe(2);
  });

  it('a message over --max-message-size is an error, the next one is scanned', () => {
    const p = write(join(dir, 'size/archive.mbox'), mbox([mail({ id: 'big', body: 'y'.repeat(20000) }), phish('after')]));
    const r = run(['scan', '--format', 'jsonl', '--max-message-size', '8k', p]);
    const recs = jsonl(r.stdout);
    expect(recs[0]).toEqual({ file: `${p}#1`, error: 'message too large (20 KiB, the limit is 8 KiB; see --max-message-size)', code: 'format/too-large' });
    expect(recs[1]).toMatchObject({ file: `${p}#2`, verdict: 'dangerous' });
  });

  it('writes nothing partial: a file that is a directory named like mail is walked, not read', () => {
    mkdirSync(join(dir, 'dir-named/box.eml'), { recursive: true });
    writeFileSync(join(dir, 'dir-named/box.eml/inner.eml'), ham('inner'));
    const r = run(['scan', '--format', 'jsonl', join(dir, 'dir-named')]);
    expect(files(r.stdout)).toEqual([join(dir, 'dir-named/box.eml/inner.eml')]);
  });
});

describe('file names that are not UTF-8', () => {
  // Shift_JIS "メール.eml" (a Japanese Windows archive unpacked on Linux) and Latin-1 "café".
  const sjis = Buffer.from([0x83, 0x81, 0x81, 0x5b, 0x83, 0x8b]);
  const latin1 = Buffer.from('caf\xe9', 'latin1');
  let root: string;
  beforeAll(() => {
    root = join(dir, 'names');
    mkdirSync(join(root, 'sub'), { recursive: true });
    const at = (...parts: (string | Buffer)[]): Buffer => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)));
    writeFileSync(at(root, '/', sjis, '.eml'), phish('sjis'));
    writeFileSync(at(root, '/', latin1, '.mbox'), mbox([ham('l1'), phish('l2')]));
    writeFileSync(at(root, '/sub/', latin1, '.eml.gz'), gzipSync(ham('gz')));
    writeFileSync(join(root, 'sub/plain.eml'), ham('plain'));
  });

  it('are scanned, named by their bytes (\\udcXX escapes in JSON), the same under --jobs 1 and 2', () => {
    const out = run(['scan', '--format', 'jsonl', '--jobs', '1', root]);
    const recs = jsonl(out.stdout);
    expect(recs.filter((r) => 'error' in r)).toEqual([]);
    expect(recs.map((r) => r['file'])).toEqual([
      `${root}/caf\udce9.mbox#1`,
      `${root}/caf\udce9.mbox#2`,
      `${root}/sub/caf\udce9.eml.gz`,
      `${root}/sub/plain.eml`,
      `${root}/\udc83\udc81\udc81[\udc83\udc8b.eml`,
    ]);
    expect(out.stdout).toContain('caf\\udce9.mbox#1');
    expect(recs[4]?.['verdict']).not.toBe('safe');
    expect(run(['scan', '--format', 'jsonl', '--jobs', '2', root]).stdout).toBe(out.stdout);
  });
});

describe('named pipes and devices on the command line are read as streams, like standard input', () => {
  it('process substitution (an mbox, a gzipped message), a FIFO, and /dev/null', () => {
    const box = write(join(dir, 'pipes/box.mbox'), mbox([ham('p1'), phish('p2'), ham('p3')]));
    const one = write(join(dir, 'pipes/one.eml'), phish('p4'));
    const fifo = join(dir, 'pipes/fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    // The shell opens the FIFO's writing end once the scan opens it for reading.
    const script = `(cat "${one}" > "${fifo}" &) ; node "${CLI}" scan --format jsonl --jobs 2 <(cat "${box}") <(gzip -c "${one}") "${fifo}" /dev/null`;
    const r = spawnSync('bash', ['-c', script], { env: baseEnv(), encoding: 'utf8', timeout: 20_000 });
    const recs = jsonl(r.stdout);
    const sub = recs.map((x) => String(x['file'])).filter((f) => f.startsWith('/dev/fd/'));
    expect(sub).toHaveLength(4); // three messages of the mbox, one gzipped message
    expect(sub.filter((f) => /#\d$/.test(f))).toHaveLength(3);
    // The same results as the files themselves.
    const plain = jsonl(run(['scan', '--format', 'jsonl', box, one]).stdout);
    const strip = (x: Record<string, unknown> | undefined): unknown => ({ ...x, file: undefined });
    const fromBox = recs.filter((x) => /^\/dev\/fd\/\d+#\d$/.test(String(x['file'])));
    expect(fromBox.map(strip)).toEqual(plain.slice(0, 3).map(strip));
    expect(strip(recs.find((x) => /^\/dev\/fd\/\d+$/.test(String(x['file']))))).toEqual(strip(plain[3]));
    expect(strip(recs.find((x) => x['file'] === fifo))).toEqual(strip(plain[3]));
    expect(recs.find((x) => x['file'] === '/dev/null')).toMatchObject({ code: 'format/empty-file' });
    expect(r.status).toBe(0);
  });
});

describe('seeded junk: every file gets its records, none of them internal errors', () => {
  it('120 files of random bytes behind mail, mbox, gzip and ZIP signatures, text-like junk, cut real archives', async () => {
    const d = join(dir, 'junk');
    mkdirSync(d, { recursive: true });
    const rng = seeded(777);
    const box = Buffer.from(mbox([phish('j1'), ham('j2'), phish('j3')]));
    const zipped = await zipOf([['a.eml', phish('jz1')], ['b.mbox', mbox([ham('jz2'), phish('jz3')])]]);
    const heads = [Buffer.from('From junk@example.com Mon Nov 23 09:00:00 2026\n'), Buffer.from([0x1f, 0x8b, 8, 0]), Buffer.from('PK\x03\x04'), Buffer.from('Subject: '), Buffer.alloc(0)];
    const names: string[] = [];
    for (let i = 0; i < 120; i++) {
      const kind = rng(9);
      const junk = randomBytes(1000 + i, rng(20_000));
      // Text-like junk (kinds 7, 8): header-ish lines, MIME and HTML fragments, encoded words, URLs.
      const words = ['From: ', 'To: ', 'Subject: ', 'Content-Type: multipart/mixed; boundary=b\n', '--b\n', '=?UTF-8?B?44GC?=', '<a href="http://x.example/', '">', '\n', '\n\n', ': ', 'https://', '%41', '&#x41;', 'base64', '=\n', '\t', 'メール', '<', '>'];
      const text = Buffer.from(Array.from({ length: rng(400) }, () => words[rng(words.length)]).join(''));
      const body =
        kind === 5
          ? gzipSync(box).subarray(0, 10 + rng(300))
          : kind === 6
            ? zipped.subarray(0, 30 + rng(zipped.length))
            : kind >= 7
              ? kind === 8 ? Buffer.concat([Buffer.from('From t@example.com Mon Nov 23 09:00:00 2026\n'), text, Buffer.from('\nFrom u@example.com Mon Nov 23 09:00:01 2026\n'), text]) : text
              : Buffer.concat([heads[kind] ?? Buffer.alloc(0), junk]);
      const ext = kind === 1 || kind === 5 ? '.mbox.gz' : kind === 2 || kind === 6 ? '.zip' : kind === 0 || kind === 8 ? '.mbox' : '.eml';
      const name = `j${String(i).padStart(3, '0')}${ext}`;
      names.push(name);
      writeFileSync(join(d, name), body);
    }
    expectEveryFileRecorded(d, names);
  }, 60_000);

  it('80 tar archives cut, with bytes flipped, or random behind a header, plain and gzip-compressed', () => {
    const d = join(dir, 'junk-tar');
    mkdirSync(d, { recursive: true });
    const rng = seeded(4242);
    const good = tarOf([
      ['Maildir/cur/1700000000.M1P1.host:2,S', phish('jt1')],
      ['Maildir/new/1700000001.M2P1.host', ham('jt2')],
      ['box.mbox', mbox([ham('jt3'), phish('jt4')])],
      ['c.eml.gz', gzipSync(phish('jt5'))],
    ]);
    const names: string[] = [];
    for (let i = 0; i < 80; i++) {
      const kind = rng(4);
      let body: Buffer;
      if (kind === 0) body = good.subarray(0, rng(good.length)); // cut anywhere
      else if (kind === 1) {
        body = Buffer.from(good);
        for (let k = 0; k < 1 + rng(8); k++) body[rng(body.length)] = rng(256); // flipped bytes, headers included
      } else if (kind === 2) body = Buffer.concat([good.subarray(0, 512), randomBytes(5000 + i, rng(20_000))]); // a header, then junk
      else body = Buffer.concat([tarHeader('x.eml', 1 + rng(1_000_000)), randomBytes(6000 + i, rng(5000))]); // a size larger than what follows
      const gz = rng(2) === 0;
      const name = `t${String(i).padStart(3, '0')}${gz ? '.tar.gz' : '.tar'}`;
      names.push(name);
      writeFileSync(join(d, name), gz ? gzipSync(body) : body);
    }
    expectEveryFileRecorded(d, names);
  }, 60_000);
});
