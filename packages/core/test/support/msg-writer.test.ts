import { describe, expect, it } from 'vitest';
import { writeCfb, writeMsg, type CfbNode } from './msg-writer.js';

// ---------------------------------------------------------------------------
// Independent minimal CFB reader (header → DIFAT → FAT → directory → streams).
// ---------------------------------------------------------------------------

const END = 0xfffffffe;
const FREE = 0xffffffff;
const NONE = 0xffffffff;

interface Entry {
  id: number;
  name: string;
  type: number;
  color: number;
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
  clsid: Uint8Array;
}

class Cfb {
  readonly view: DataView;
  readonly sectorSize: number;
  readonly fat: number[] = [];
  readonly miniFat: number[] = [];
  readonly entries: Entry[] = [];
  readonly cutoff: number;
  private miniStream: Uint8Array;

  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const v = this.view;
    expect([...bytes.subarray(0, 8)]).toEqual([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(v.getUint16(0x1a, true)).toBe(3);
    expect(v.getUint16(0x1c, true)).toBe(0xfffe);
    this.sectorSize = 1 << v.getUint16(0x1e, true);
    expect(this.sectorSize).toBe(512);
    expect(v.getUint16(0x20, true)).toBe(6);
    this.cutoff = v.getUint32(0x38, true);

    // DIFAT: header slots, then the DIFAT chain.
    const numFat = v.getUint32(0x2c, true);
    const fatSectors: number[] = [];
    for (let i = 0; i < 109 && fatSectors.length < numFat; i++) fatSectors.push(v.getUint32(0x4c + i * 4, true));
    let difat = v.getUint32(0x44, true);
    let difatCount = 0;
    while (difat !== END && fatSectors.length < numFat) {
      const base = this.offset(difat);
      for (let i = 0; i < 127 && fatSectors.length < numFat; i++) fatSectors.push(v.getUint32(base + i * 4, true));
      difat = v.getUint32(base + 127 * 4, true);
      difatCount++;
    }
    expect(difatCount).toBe(v.getUint32(0x48, true));
    expect(fatSectors.length).toBe(numFat);
    for (const s of fatSectors) {
      const base = this.offset(s);
      for (let i = 0; i < 128; i++) this.fat.push(v.getUint32(base + i * 4, true));
    }
    for (const s of fatSectors) expect(this.fat[s]).toBe(0xfffffffd);

    // Directory.
    const dir = this.readChain(v.getUint32(0x30, true));
    const dv = new DataView(dir.buffer, dir.byteOffset, dir.byteLength);
    for (let off = 0, id = 0; off < dir.length; off += 128, id++) {
      const nameLen = dv.getUint16(off + 0x40, true);
      let name = '';
      for (let i = 0; i + 2 < nameLen; i += 2) name += String.fromCharCode(dv.getUint16(off + i, true));
      this.entries.push({
        id,
        name,
        type: dir[off + 0x42] ?? 0,
        color: dir[off + 0x43] ?? 0,
        left: dv.getUint32(off + 0x44, true),
        right: dv.getUint32(off + 0x48, true),
        child: dv.getUint32(off + 0x4c, true),
        clsid: dir.slice(off + 0x50, off + 0x60),
        start: dv.getUint32(off + 0x74, true),
        size: dv.getUint32(off + 0x78, true),
      });
    }
    const root = this.entry(0);
    expect(root.name).toBe('Root Entry');
    expect(root.type).toBe(5);

    // Mini FAT + mini stream.
    const mf = this.readChain(v.getUint32(0x3c, true));
    const mfv = new DataView(mf.buffer, mf.byteOffset, mf.byteLength);
    for (let i = 0; i < mf.length; i += 4) this.miniFat.push(mfv.getUint32(i, true));
    this.miniStream = this.readChain(root.start).subarray(0, root.size);
  }

  offset(sector: number): number {
    return (sector + 1) * this.sectorSize;
  }

  entry(id: number): Entry {
    const e = this.entries[id];
    if (!e) throw new Error(`no entry ${id}`);
    return e;
  }

  readChain(start: number): Uint8Array {
    const parts: Uint8Array[] = [];
    const seen = new Set<number>();
    for (let s = start; s !== END; ) {
      if (s === FREE || seen.has(s)) throw new Error(`bad chain at ${s}`);
      seen.add(s);
      parts.push(this.bytes.subarray(this.offset(s), this.offset(s) + this.sectorSize));
      const next = this.fat[s];
      if (next === undefined) throw new Error(`sector ${s} beyond FAT`);
      s = next;
    }
    const out = new Uint8Array(parts.length * this.sectorSize);
    parts.forEach((p, i) => out.set(p, i * this.sectorSize));
    return out;
  }

  readMiniChain(start: number): Uint8Array {
    const parts: Uint8Array[] = [];
    for (let s = start; s !== END; ) {
      parts.push(this.miniStream.subarray(s * 64, s * 64 + 64));
      const next = this.miniFat[s];
      if (next === undefined) throw new Error(`mini sector ${s} beyond mini FAT`);
      s = next;
    }
    const out = new Uint8Array(parts.length * 64);
    parts.forEach((p, i) => out.set(p, i * 64));
    return out;
  }

  /** Children of a storage, via in-order walk of its sibling tree. */
  children(storageId: number): Entry[] {
    const out: Entry[] = [];
    const walk = (id: number): void => {
      if (id === NONE) return;
      const e = this.entry(id);
      walk(e.left);
      out.push(e);
      walk(e.right);
    };
    walk(this.entry(storageId).child);
    return out;
  }

  /** Resolves a path like ['__attach_version1.0_#00000000', '__properties_version1.0']. */
  find(path: string[]): Entry | undefined {
    let cur = this.entry(0);
    for (const part of path) {
      const next = this.children(cur.id).find((c) => c.name === part);
      if (!next) return undefined;
      cur = next;
    }
    return cur;
  }

  read(path: string[]): Uint8Array {
    const e = this.find(path);
    if (!e || e.type !== 2) throw new Error(`no stream ${path.join('/')}`);
    if (e.size === 0) {
      expect(e.start).toBe(END);
      return new Uint8Array(0);
    }
    const raw = e.size < this.cutoff ? this.readMiniChain(e.start) : this.readChain(e.start);
    return raw.slice(0, e.size);
  }

  names(path: string[] = []): string[] {
    const e = this.find(path);
    if (!e) throw new Error(`no storage ${path.join('/')}`);
    return this.children(e.id).map((c) => c.name);
  }
}

function cmpNames(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  const ua = a.toUpperCase();
  const ub = b.toUpperCase();
  return ua < ub ? -1 : ua > ub ? 1 : 0;
}

/** Every sibling tree is a BST in CFB order and a valid red-black tree. */
function checkTrees(cfb: Cfb): void {
  for (const storage of cfb.entries.filter((e) => e.type === 1 || e.type === 5)) {
    if (storage.child === NONE) continue;
    const names = cfb.children(storage.id).map((c) => c.name);
    for (let i = 1; i < names.length; i++) expect(cmpNames(names[i - 1] ?? '', names[i] ?? '')).toBeLessThan(0);
    expect(cfb.entry(storage.child).color).toBe(1);
    const blackHeight = (id: number): number => {
      if (id === NONE) return 1;
      const e = cfb.entry(id);
      if (e.color === 0) {
        for (const k of [e.left, e.right]) if (k !== NONE) expect(cfb.entry(k).color).toBe(1);
      }
      const l = blackHeight(e.left);
      expect(blackHeight(e.right)).toBe(l);
      return l + e.color;
    };
    blackHeight(storage.child);
  }
}

const utf16 = (s: string): Uint8Array => {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    out[i * 2] = s.charCodeAt(i) & 0xff;
    out[i * 2 + 1] = s.charCodeAt(i) >> 8;
  }
  return out;
};

const pattern = (n: number, seed: number): Uint8Array => {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = (i * 31 + seed + (i >> 8)) & 0xff;
  return out;
};

/** Property entries of a `__properties_version1.0` stream. */
function props(stream: Uint8Array, headerSize: number): Map<number, { flags: number; value: DataView }> {
  const m = new Map<number, { flags: number; value: DataView }>();
  const v = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
  expect((stream.length - headerSize) % 16).toBe(0);
  for (let off = headerSize; off < stream.length; off += 16) {
    m.set(v.getUint32(off, true), {
      flags: v.getUint32(off + 4, true),
      value: new DataView(stream.buffer, stream.byteOffset + off + 8, 8),
    });
  }
  return m;
}

// ---------------------------------------------------------------------------

describe('writeCfb', () => {
  it('round-trips names, mini-stream and regular-sector streams', () => {
    const small = pattern(100, 1);
    const big = pattern(10_000, 2);
    const exact = pattern(4096, 3);
    const tree: CfbNode[] = [
      { name: 'small', stream: small },
      { name: 'Big', stream: big },
      { name: 'cutoff', stream: exact },
      { name: 'empty', stream: new Uint8Array(0) },
      {
        name: 'Sub',
        clsid: '00020D0B-0000-0000-C000-000000000046',
        children: [
          { name: 'a', stream: pattern(63, 4) },
          { name: 'B', stream: pattern(65, 5) },
          { name: 'ccc', stream: pattern(4095, 6) },
        ],
      },
    ];
    const cfb = new Cfb(writeCfb(tree));
    expect(cfb.names()).toEqual(['Big', 'Sub', 'empty', 'small', 'cutoff']);
    expect(cfb.names(['Sub'])).toEqual(['a', 'B', 'ccc']);
    expect(cfb.read(['small'])).toEqual(small);
    expect(cfb.read(['Big'])).toEqual(big);
    expect(cfb.read(['cutoff'])).toEqual(exact);
    expect(cfb.read(['empty'])).toEqual(new Uint8Array(0));
    expect(cfb.read(['Sub', 'a'])).toEqual(pattern(63, 4));
    expect(cfb.read(['Sub', 'B'])).toEqual(pattern(65, 5));
    expect(cfb.read(['Sub', 'ccc'])).toEqual(pattern(4095, 6));
    expect(cfb.find(['small'])?.start).toBeLessThan(END); // mini sector id
    expect([...(cfb.find(['Sub'])?.clsid ?? [])].slice(0, 4)).toEqual([0x0b, 0x0d, 0x02, 0x00]);
    checkTrees(cfb);
  });

  it('builds valid red-black sibling trees for many sizes', () => {
    for (let n = 1; n <= 40; n++) {
      const kids: CfbNode[] = Array.from({ length: n }, (_, i) => ({ name: `s${i}`, stream: pattern(i, i) }));
      const cfb = new Cfb(writeCfb(kids));
      expect(cfb.names()).toHaveLength(n);
      checkTrees(cfb);
      for (let i = 0; i < n; i++) expect(cfb.read([`s${i}`])).toEqual(pattern(i, i));
    }
  });

  it('an empty compound file is readable', () => {
    const cfb = new Cfb(writeCfb([]));
    expect(cfb.names()).toEqual([]);
    expect(cfb.entry(0).start).toBe(END);
  });

  it('uses DIFAT sectors for files beyond 109 FAT sectors', () => {
    const huge = pattern(8 * 1024 * 1024, 7);
    const bytes = writeCfb([{ name: 'huge', stream: huge }, { name: 'tiny', stream: pattern(10, 8) }]);
    const v = new DataView(bytes.buffer);
    expect(v.getUint32(0x2c, true)).toBeGreaterThan(109);
    expect(v.getUint32(0x48, true)).toBeGreaterThan(0);
    const cfb = new Cfb(bytes);
    const back = cfb.read(['huge']);
    expect(back.length).toBe(huge.length);
    let firstDiff = -1;
    for (let i = 0; i < huge.length; i++) {
      if (back[i] !== huge[i]) {
        firstDiff = i;
        break;
      }
    }
    expect(firstDiff).toBe(-1);
    expect(cfb.read(['tiny'])).toEqual(pattern(10, 8));
  });

  it('rejects bad names', () => {
    expect(() => writeCfb([{ name: 'x'.repeat(32), stream: new Uint8Array(1) }])).toThrow();
    expect(() =>
      writeCfb([
        { name: 'ab', stream: new Uint8Array(1) },
        { name: 'AB', stream: new Uint8Array(1) },
      ]),
    ).toThrow();
  });
});

describe('writeMsg', () => {
  it('writes string properties as UTF-16LE substg streams with a property stream', () => {
    const headers = 'From: a@example.com\r\n';
    const cfb = new Cfb(writeMsg({ subject: 'x', body: 'hello', transportHeaders: headers }));
    checkTrees(cfb);
    expect(cfb.read(['__substg1.0_0037001F'])).toEqual(utf16('x'));
    expect(cfb.read(['__substg1.0_1000001F'])).toEqual(utf16('hello'));
    expect(cfb.read(['__substg1.0_007D001F'])).toEqual(utf16(headers));
    expect(cfb.names(['__nameid_version1.0'])).toEqual([
      '__substg1.0_00020102',
      '__substg1.0_00030102',
      '__substg1.0_00040102',
    ]);
    const ps = cfb.read(['__properties_version1.0']);
    const p = props(ps, 32);
    expect(p.get(0x0037001f)?.value.getUint32(0, true)).toBe(4);
    expect(p.get(0x1000001f)?.value.getUint32(0, true)).toBe(12);
    expect(p.get(0x007d001f)?.value.getUint32(0, true)).toBe(headers.length * 2 + 2);
    expect(p.get(0x0037001f)?.flags).toBe(6);
    // Root CLSID is the IMessage class.
    expect([...cfb.entry(0).clsid]).toEqual([
      0x0b, 0x0d, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xc0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46,
    ]);
  });

  it('writes ANSI strings, fixed-size properties and binary bodies', () => {
    const html = new TextEncoder().encode('<p>hi</p>');
    const when = new Date(Date.UTC(2024, 0, 2, 3, 4, 5));
    const cfb = new Cfb(
      writeMsg({ ansi: true, subject: 'caf\u00e9', html, internetCpid: 65001, submitTime: when, senderSmtp: 'a@example.com' }),
    );
    expect(cfb.read(['__substg1.0_0037001E'])).toEqual(new Uint8Array([0x63, 0x61, 0x66, 0xe9]));
    expect(cfb.read(['__substg1.0_10130102'])).toEqual(html);
    expect(cfb.read(['__substg1.0_5D01001E'])).toEqual(new TextEncoder().encode('a@example.com'));
    const p = props(cfb.read(['__properties_version1.0']), 32);
    expect(p.get(0x0037001e)?.value.getUint32(0, true)).toBe(5);
    expect(p.get(0x10130102)?.value.getUint32(0, true)).toBe(html.length);
    expect(p.get(0x3fde0003)?.value.getInt32(0, true)).toBe(65001);
    const ft = p.get(0x00390040)?.value.getBigUint64(0, true);
    expect(ft).toBe(BigInt(when.getTime()) * 10000n + 116444736000000000n);
  });

  it('writes attachments, including an embedded message', () => {
    const data = pattern(5000, 9);
    const cfb = new Cfb(
      writeMsg({
        subject: 'outer',
        attachments: [
          { longFilename: 'report.pdf', mimeTag: 'application/pdf', data },
          {
            longFilename: 'inner.msg',
            embedded: {
              subject: 'inner',
              transportHeaders: 'From: b@example.org\r\n',
              attachments: [{ filename: 'a.txt', data: new TextEncoder().encode('abc') }],
            },
          },
        ],
      }),
    );
    checkTrees(cfb);
    const top = cfb.read(['__properties_version1.0']);
    const tv = new DataView(top.buffer, top.byteOffset);
    expect(tv.getUint32(12, true)).toBe(2); // next attachment id
    expect(tv.getUint32(20, true)).toBe(2); // attachment count

    const a0 = '__attach_version1.0_#00000000';
    const a1 = '__attach_version1.0_#00000001';
    expect(cfb.read([a0, '__substg1.0_37010102'])).toEqual(data);
    expect(cfb.read([a0, '__substg1.0_3707001F'])).toEqual(utf16('report.pdf'));
    const p0 = props(cfb.read([a0, '__properties_version1.0']), 8);
    expect(p0.get(0x37050003)?.value.getInt32(0, true)).toBe(1);
    expect(p0.get(0x0e210003)?.value.getInt32(0, true)).toBe(0);

    expect(cfb.names([a1])).toContain('__substg1.0_3701000D');
    const inner = cfb.find([a1, '__substg1.0_3701000D']);
    expect(inner?.type).toBe(1);
    const p1 = props(cfb.read([a1, '__properties_version1.0']), 8);
    expect(p1.get(0x37050003)?.value.getInt32(0, true)).toBe(5);
    expect(p1.get(0x0e210003)?.value.getInt32(0, true)).toBe(1);
    expect(p1.has(0x3701000d)).toBe(true);

    const emb = [a1, '__substg1.0_3701000D'];
    expect(cfb.read([...emb, '__substg1.0_0037001F'])).toEqual(utf16('inner'));
    const ep = cfb.read([...emb, '__properties_version1.0']);
    expect(new DataView(ep.buffer, ep.byteOffset).getUint32(20, true)).toBe(1);
    props(ep, 24);
    expect(cfb.read([...emb, a0, '__substg1.0_37010102'])).toEqual(new TextEncoder().encode('abc'));
    expect(cfb.names(emb)).not.toContain('__nameid_version1.0');
  });
});
