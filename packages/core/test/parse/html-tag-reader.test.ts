/**
 * The tag reader of urls-from-html (readTag / skipAttrs, built from shared steps) against the
 * straightforward state machine it replaced, on hand-picked oddities and seeded tag soup: the end
 * of every tag and the attributes read must be the same.
 */
import { describe, expect, it } from 'vitest';
import { readTag, skipAttrs } from '../../src/parse/urls-from-html.js';

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;

/** The reference walk: attribute names (lower case) and values from `p`, and where the tag ends. */
function reference(html: string, p: number): { attrs: string[]; end: number } {
  const attrs: string[] = [];
  const len = html.length;
  while (p < len) {
    let c = html.charCodeAt(p);
    if (c === 0x3e) return { attrs, end: p + 1 };
    if (isSpace(c) || c === 0x2f) {
      p++;
      continue;
    }
    const an = p;
    while (p < len) {
      c = html.charCodeAt(p);
      if (isSpace(c) || c === 0x3d || c === 0x3e || (c === 0x2f && p > an)) break;
      p++;
    }
    if (p === an) p++;
    const name = html.slice(an, p).toLowerCase();
    while (p < len && isSpace(html.charCodeAt(p))) p++;
    let value = '';
    if (html.charCodeAt(p) === 0x3d) {
      p++;
      while (p < len && isSpace(html.charCodeAt(p))) p++;
      const q = html.charCodeAt(p);
      if (q === 0x22 || q === 0x27) {
        const close = html.indexOf(q === 0x22 ? '"' : "'", p + 1);
        const end = close < 0 ? len : close;
        value = html.slice(p + 1, end);
        p = end + 1;
      } else {
        const vs = p;
        while (p < len && !isSpace(html.charCodeAt(p)) && html.charCodeAt(p) !== 0x3e) p++;
        value = html.slice(vs, p);
      }
    }
    if (name && attrs.length < 128 && !attrs.some((a, k) => k % 2 === 0 && a === name)) attrs.push(name, value);
  }
  return { attrs, end: len };
}

function check(rest: string): void {
  for (const tag of ['a', 'td']) {
    const html = `<${tag}${rest}`;
    // The element name runs on through name characters (`<axB` is not an anchor).
    let nameEnd = 1;
    while (nameEnd < html.length && /[A-Za-z0-9:_-]/.test(html[nameEnd] as string)) nameEnd++;
    const ref = reference(html, nameEnd);
    const read = readTag(html, 0);
    expect(read.end, JSON.stringify(html)).toBe(ref.end);
    expect(skipAttrs(html, nameEnd), JSON.stringify(html)).toBe(ref.end);
    if (html.slice(1, nameEnd) === 'a') expect(read.attrs, JSON.stringify(html)).toEqual(ref.attrs);
  }
}

describe('HTML tag reader', () => {
  it.each([
    '>',
    ' href="x">',
    " HREF='x>y' b=c>",
    ' href = "x" >',
    ' =href="x">',
    ' == "x">',
    ' a==b>',
    '/href="x"/>',
    ' a/b="c">',
    ' a="x"b="y">',
    ' a=>',
    ' a=',
    ' a="never closed>',
    " a='never closed",
    ' a= ',
    ' a',
    '',
    ' a=x"y z=\'w\'>',
    '\t\n\f\rhref\t=\n"x"\r>',
    ' a="1" a="2">',
  ])('%j', (rest) => check(rest));

  it('matches the reference on seeded tag soup', () => {
    const pieces = [' ', '\t', '\n', '/', '=', '"', "'", '>', 'a', 'href', 'B', 'x', '<', '&amp;', 'é', '-', ':'];
    let seed = 42;
    const next = (): number => {
      seed = (seed + 0x6d2b79f5) >>> 0;
      let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    for (let round = 0; round < 3000; round++) {
      let rest = '';
      const n = Math.floor(next() * 24);
      for (let k = 0; k < n; k++) rest += pieces[Math.floor(next() * pieces.length)];
      check(rest);
    }
  });
});
