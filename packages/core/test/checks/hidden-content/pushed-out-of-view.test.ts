import { describe, expect, it } from 'vitest';
import { hasFarLength, outOfViewDeclaration, styleTexts } from '../../../src/checks/hidden-content/pushed-out-of-view.js';
import { mulberry32 } from '../../attachment/builders.js';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'hidden-content/pushed-out-of-view';
const H = ['From: "Energy News" <offers@promo.example.net>', 'Subject: Save on energy', 'To: taro@kousya.example', 'MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8'];

describe(ID, () => {
  it.each([
    ['margin-top: 470500px', 'margin-top: 470500px'],
    ['height:10000vh', 'height:10000vh'],
    ['HEIGHT: 3977VH', 'HEIGHT: 3977VH'],
    ['height: 13401px', 'height: 13401px'],
    ['margin: 20000px 0 0 0', 'margin: 20000px'],
    ['top: -99999px', 'top: -99999px'],
    ['line-height: 900em', 'line-height: 900em'],
    ['padding-top: 12000.5px', 'padding-top: 12000.5px'],
  ])('%s is out of view', (css, expected) => {
    expect(outOfViewDeclaration(css)).toBe(expected);
  });
  it.each([
    'height: 100vh',
    'margin-top: 9999px',
    'left: -99999px',
    'max-width: 60000px',
    'max-height: 0; overflow: hidden; display: none',
    'line-height: 24px',
    'background-position: 0 -20000px',
    'text-indent: -99999px',
  ])('%s is not', (css) => {
    expect(outOfViewDeclaration(css)).toBeNull();
  });
  it('reads <style> elements and style attributes, not text about CSS', () => {
    const html = '<style>.a{color:red}</style><p style="margin:0">Set height: 20000px to hide it.</p><div style=\'top:1px\'></div>';
    expect([...styleTexts(html)]).toEqual(['.a{color:red}', 'margin:0', 'top:1px']);
    const v = analyzeText(eml(H, `<html><body>${html}</body></html>\r\n`));
    expect(ids(v)).not.toContain(ID);
  });
  it('finds the push in a style sheet and in an attribute; caution alone, suspicious with one more sign', () => {
    const sheet = analyzeText(eml(H, '<html><head><style>.below { margin-top: 470500px; }</style></head><body><p>Offer</p><div class="below">Mining news.</div></body></html>\r\n'));
    expect(sheet.findings.find((f) => f.checkId === ID)?.params).toEqual({ declaration: 'margin-top: 470500px' });
    expect(sheet.level).toBe('caution');
    const attr = analyzeText(eml(H, '<html><body><p>Offer</p><div style="height:10000vh"></div><p>Mining news.</p></body></html>\r\n'));
    expect(ids(attr)).toContain(ID);
  });
  it('no HTML, no finding', () => {
    const v = analyzeText(eml(['From: <a@example.com>', 'Subject: x'], 'height: 20000px\r\n'));
    expect(ids(v)).not.toContain(ID);
  });
  fixtureTests(ID, {}, it);

  it.each([
    ['margin-top: 470500px', true],
    ['height:999vh', false],
    ['height:1000vh', true],
    ['top: 10000.25 PX', true],
    ['line-height: 625em', true],
    ['padding: 700rem', true],
    ['width:600px;height:9999px', false],
    ['color:#000000', false],
    ['12345', false],
  ] as const)('pre-test hasFarLength(%s) = %s', (css, want) => {
    expect(hasFarLength(css)).toBe(want);
  });
  it('the pre-test holds wherever a declaration is reported (seeded CSS soup)', () => {
    const next = mulberry32(71);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
    const props = ['margin-top', 'top', 'height', 'min-height', 'padding', 'line-height', 'width', 'margin'];
    const nums = ['0', '9', '625', '999', '1000', '9999', '10000', '470500', '123456789012', '1234567890123'];
    const decs = ['', '', '.5', '.123456', '.1234567', '.'];
    const gaps = ['', ' ', '  ', '\t', '      ', '\n'];
    const units = ['px', 'PX', 'vh', 'em', 'rem', 'Rem', 'pt', 'p x', ''];
    let reported = 0;
    for (let round = 0; round < 20000; round++) {
      let css = '';
      const n = 1 + Math.floor(next() * 3);
      for (let k = 0; k < n; k++) css += `${pick(props)}${pick([':', ': ', ' :  '])}${pick(['', '-'])}${pick(nums)}${pick(decs)}${pick(gaps)}${pick(units)}${pick([';', '', ' ', 'x'])}`;
      if (outOfViewDeclaration(css) !== null) {
        reported++;
        expect(hasFarLength(css), css).toBe(true);
      }
    }
    expect(reported).toBeGreaterThan(2000);
  });
});
