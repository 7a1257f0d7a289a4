/**
 * `markLinks`: the one "suspect link" rule, which findings point at which link of `listLinks`.
 * Every suspect link has a legitimate twin that must stay unmarked: a link through the same
 * Safe Links gateway to another site, a second link to a legitimate domain, a domain that only
 * contains the suspect one. Messages written here (RFC 2606 names).
 */
import { describe, expect, it } from 'vitest';
import { analyze, explain, fromRawMessage, listLinks, markLinks, type Evidence, type Finding, type MessageLink, type Severity } from '../../src/index.js';
import { fixtureBytes, linksMail as mail } from '../helpers.js';

/** A Safe Links–wrapped URL as a gateway rewrites it (the `&` as it stands in an href). */
const safelinks = (url: string, amp = '&') => `https://nam12.safelinks.protection.outlook.com/?url=${encodeURIComponent(url)}${amp}data=05%7C01`;

const LINKS: readonly MessageLink[] = listLinks(
  fromRawMessage(
    mail(
      [
        `<a href="${safelinks('https://login.attacker.example/a', '&amp;')}">Log in</a>`, // 0 suspect, wrapped
        `<a href="${safelinks('https://www.shop.example/sale', '&amp;')}">Sale</a>`, // 1 twin: same gateway, legitimate target
        '<a href="https://attacker.example/b">More</a>', // 2 suspect: same registrable domain as 0
        '<a href="https://www.shop.example/help">Help</a>', // 3 twin: second link to the legitimate domain
        '<a href="https://attacker.example.net/">Twin</a>', // 4 twin: another registrable domain that contains the suspect one
        '<a href="javascript:alert(1)">JS</a>', // 5 no domain
        '<a href="https://shop.example/\u200Bx">Invisible</a>', // 6 invisible character in the href
        '<a href="javascript:alert(\u200B2)">JS 2</a>', // 7 no domain, invisible character in the href
      ].join(''),
    ),
  ),
);

const finding = (severity: Severity, ...evidence: Evidence[]): Pick<Finding, 'severity' | 'evidence'> => ({ severity, evidence });
const url = (value: string, highlight?: string): Evidence => (highlight ? { kind: 'url', label: 'href', value, highlight } : { kind: 'url', label: 'href', value });
/** The indexes of the links `f` marks. */
const marked = (f: Pick<Finding, 'severity' | 'evidence'>) => markLinks(LINKS, [f]).flatMap((m, i) => (m.severity ? [i] : []));

describe('markLinks', () => {
  it('the links are what listLinks makes of the message', () => {
    expect(LINKS.map((l) => [l.domain, l.via])).toEqual([
      ['attacker.example', ['nam12.safelinks.protection.outlook.com']],
      ['shop.example', ['nam12.safelinks.protection.outlook.com']],
      ['attacker.example', []],
      ['shop.example', []],
      ['example.net', []],
      [null, []],
      ['shop.example', []],
      [null, []],
    ]);
  });

  it.each([
    ['the Safe Links–wrapped href itself, highlighted on the gateway: the link and the other link to its domain', url(LINKS[0]!.href, 'outlook.com'), [0, 2]],
    ['the unwrapped target of a wrapped link: the link that wraps it', url('https://login.attacker.example/a'), [0, 2]],
    ['the same target behind another Safe Links copy (other data=): the link that wraps it', url(safelinks('https://login.attacker.example/a').replace('05%7C01', '05%7C02')), [0, 2]],
    ['another host of the domain: every link to that registrable domain', url('https://cdn.attacker.example/x', 'attacker.example'), [0, 2]],
    ['a link the gateway also wraps, to a legitimate site: only the links to that site', url(LINKS[1]!.href), [1, 3, 6]],
    ['the registrable domain is compared, not a suffix: attacker.example.net', url('https://attacker.example.net/'), [4]],
    ['a non-web link: its own href only', url('javascript:alert(1)', 'javascript:'), [5]],
    ['another javascript: link: nothing', url('javascript:alert(2)'), []],
    ['an href with an invisible character, as analyze cites it (raw)', url('https://shop.example/\u200Bx'), [1, 3, 6]],
    ['a non-web href with an invisible character, raw (verdict)', url('javascript:alert(\u200B2)'), [7]],
    ['the same, neutralised (explanation)', url('javascript:alert(⟨U+200B⟩2)'), [7]],
    ['header evidence naming the domain: nothing', { kind: 'header', label: 'From', value: 'x@attacker.example', highlight: 'attacker.example' } as Evidence, []],
    ['body text naming the domain: nothing', { kind: 'body', label: 'text', value: 'visit attacker.example', highlight: 'attacker.example' } as Evidence, []],
    ['a link text (invisible characters in it), not a URL: nothing', { kind: 'url', label: 'link text', value: 'Log\u200B in', highlight: LINKS[0]!.href } as Evidence, []],
    ['a URL to a domain no link goes to: nothing', url('https://elsewhere.example/'), []],
    ['not a URL at all: nothing', url('attacker.example'), []],
  ] as const)('%s', (_, e, expected) => {
    expect(marked(finding('warn', e))).toEqual(expected);
  });

  it('gives each link the findings that point at it, in order, and their highest severity', () => {
    const info = finding('info', url('https://attacker.example/b'));
    const danger = finding('danger', { kind: 'header', label: 'From', value: 'x@shop.example' }, url(LINKS[0]!.href));
    const warn = finding('warn', url('javascript:alert(1)'), url('https://www.shop.example/help'));
    const marks = markLinks(LINKS, [info, danger, warn]);
    expect(marks.map((m) => m.severity)).toEqual(['danger', 'warn', 'danger', 'warn', null, 'warn', 'warn', null]);
    expect(marks[0]?.findings).toEqual([info, danger]);
    expect(marks[4]).toEqual({ findings: [], severity: null });
    expect(marks[5]?.findings).toEqual([warn]);
  });

  it('no findings, or no links: nothing marked', () => {
    expect(markLinks(LINKS, []).every((m) => m.severity === null && m.findings.length === 0)).toBe(true);
    expect(markLinks([], [finding('danger', url('https://attacker.example/'))])).toEqual([]);
  });

  it('a verdict and its explanation mark the same links (explained evidence is neutralised)', () => {
    const input = fromRawMessage(mail('<a href="https://shop.example/\u200Bx">A</a><a href="javascript:alert(1)">B</a><a href="https://www.shop.example/">C</a>'));
    const links = listLinks(input);
    const verdict = analyze(input);
    const x = explain(verdict, { locale: 'en' });
    const fromVerdict = markLinks(links, verdict.findings).map((m) => [m.severity, m.findings.map((f) => f.checkId)]);
    expect(markLinks(links, x.items).map((m) => [m.severity, m.findings.map((f) => f.checkId)])).toEqual(fromVerdict);
    expect(fromVerdict[1]).toEqual(['danger', ['url-obfuscation/script-link']]);
  });

  it('incident fixtures: the mission link of keimeikai-alpha-mail.eml and alpha-prm-spoofed.eml is danger; genuine-alpha-mail.eml has none', () => {
    for (const [name, expected] of [
      ['keimeikai-alpha-mail.eml', ['danger']],
      ['alpha-prm-spoofed.eml', ['danger']],
      ['genuine-alpha-mail.eml', [null]],
    ] as const) {
      const input = fromRawMessage(fixtureBytes(`eml/incidents/${name}`));
      expect(markLinks(listLinks(input), analyze(input).findings).map((m) => m.severity), name).toEqual(expected);
    }
  });
});
