import { deflateSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPdf, pdfLinks } from '../../src/attachment/pdf-links.js';
import { collectLinks } from '../../src/url/links.js';
import { bundledBrands, buildBrandIndex } from '../../src/domain/brands.js';
import { analyzeText, ids } from '../helpers.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

function pdf(annots: string): string {
  return [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Annots [4 0 R] >> endobj',
    `4 0 obj << /Type /Annot /Subtype /Link /Rect [100 100 300 150] ${annots} >> endobj`,
    'trailer << /Root 1 0 R >>',
    '%%EOF',
  ].join('\n');
}

/**
 * A PDF 1.5 file as pdf-lib writes it: the page and its link annotation inside a compressed object
 * stream (`/Type /ObjStm /Filter /FlateDecode`), nothing of them in plain text.
 */
function objStmPdf(objects: string[], filter = '/Filter /FlateDecode', zip = (b: Uint8Array) => deflateSync(b)): Uint8Array {
  const offsets: number[] = [];
  let body = '';
  objects.forEach((o, k) => {
    offsets.push(body.length);
    body += `${o}\n`;
  });
  const header = objects.map((_, k) => `${k + 3} ${offsets[k]}`).join(' ') + '\n';
  const data = zip(enc(header + body));
  const head = enc(
    ['%PDF-1.5', '1 0 obj << /Type /Catalog /Pages 3 0 R >> endobj', `2 0 obj << /Type /ObjStm /N ${objects.length} /First ${header.length} ${filter} /Length ${data.length} >>`, 'stream', ''].join('\n'),
  );
  const tail = enc('\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
  const out = new Uint8Array(head.length + data.length + tail.length);
  out.set(head);
  out.set(data, head.length);
  out.set(tail, head.length + data.length);
  return out;
}

describe('pdfLinks: compressed object streams (PDF 1.5+)', () => {
  const page = '<< /Type /Pages /Kids [4 0 R] /Count 1 >>';
  const annot = (uri: string) => `<< /Type /Annot /Subtype /Link /Rect [0 0 600 200] /A << /S /URI /URI (${uri}) >> >>`;
  it('a link annotation inside an object stream is read', () => {
    expect(pdfLinks(objStmPdf([page, '<< /Type /Page /Parent 3 0 R /Annots [5 0 R] >>', annot('https://script.example.net/macros/s/AKfy/exec')]))).toEqual([
      'https://script.example.net/macros/s/AKfy/exec',
    ]);
  });
  it('an indirect /Length (`35 0 R`): the stream ends at endstream', () => {
    const direct = objStmPdf([annot('https://d.example.net/')]);
    const text = new TextDecoder('latin1').decode(direct).replace(/\/Length \d+/, '/Length 35 0 R');
    expect(pdfLinks(Uint8Array.from(text, (c) => c.charCodeAt(0)))).toEqual(['https://d.example.net/']);
  });
  it('[/FlateDecode] in an array is the same filter', () => {
    expect(pdfLinks(objStmPdf([annot('https://a.example.net/')], '/Filter [/FlateDecode]'))).toEqual(['https://a.example.net/']);
  });
  it('legitimate twin: an object stream of a signed report with no link annotation', () => {
    expect(pdfLinks(objStmPdf([page, '<< /Type /Page /Parent 3 0 R >>', '<< /Type /Sig /Filter /Adobe.PPKLite /Name (Example Corp) >>']))).toEqual([]);
  });
  it('other filters and predictors are not decoded', () => {
    expect(pdfLinks(objStmPdf([annot('https://b.example.net/')], '/Filter [/ASCII85Decode /FlateDecode]'))).toEqual([]);
    expect(pdfLinks(objStmPdf([annot('https://b.example.net/')], '/Filter /FlateDecode /DecodeParms << /Predictor 12 >>'))).toEqual([]);
  });
  it('a damaged object stream gives the links before the damage, never an error', () => {
    // incompressible filler after the annotation, so that the cut falls inside the stream
    let seed = 7;
    const noise = Array.from({ length: 4000 }, () => String.fromCharCode(97 + ((seed = (seed * 1103515245 + 12345) % 2147483648) % 26))).join('');
    const whole = objStmPdf([annot('https://c.example.net/'), `<< /Junk (${noise}) >>`]);
    const cut = whole.subarray(0, whole.length - 200);
    expect(pdfLinks(cut)).toEqual(['https://c.example.net/']);
  });
});

describe('pdfLinks', () => {
  it('reads literal-string URI actions', () => {
    expect(pdfLinks(enc(pdf('/A << /S /URI /URI (https://login.example.net/a?b=1) >>')))).toEqual(['https://login.example.net/a?b=1']);
  });
  it('decodes escapes, octal codes and balanced parentheses', () => {
    expect(pdfLinks(enc(pdf('/A << /S /URI /URI (https://x.example.net/p\\(1\\)/\\161(q)) >>')))).toEqual(['https://x.example.net/p(1)/q(q)']);
  });
  it('reads hexadecimal-string URI actions, spaces and an odd last digit included', () => {
    const hex = [...'https://h.example.net/'].map((c) => c.charCodeAt(0).toString(16)).join(' ');
    expect(pdfLinks(enc(pdf(`/A << /S /URI /URI <${hex}> >>`)))).toEqual(['https://h.example.net/']);
  });
  it('keeps http(s) links only, each once, and ignores other names that start with /URI', () => {
    const body = '/A << /S /URI /URI (mailto:a@example.net) >> /A << /S /URI /URI (https://a.example.net/) >> /URIAction (https://no.example.net/) /A << /URI (https://a.example.net/) >>';
    expect(pdfLinks(enc(pdf(body)))).toEqual(['https://a.example.net/']);
  });
  it('an unterminated string or a non-PDF yields nothing', () => {
    expect(pdfLinks(enc('%PDF-1.4\n/URI (https://cut.example.net/'))).toEqual([]);
    expect(pdfLinks(enc('GIF89a /URI (https://x.example.net/)'))).toEqual([]);
    expect(isPdf(enc('junk\n%PDF-1.7\n'))).toBe(true);
    expect(isPdf(new Uint8Array(3))).toBe(false);
  });
  it('stops at 50 links', () => {
    const many = Array.from({ length: 80 }, (_, i) => `/A << /S /URI /URI (https://l${i}.example.net/) >>`).join(' ');
    expect(pdfLinks(enc(pdf(many)))).toHaveLength(50);
  });
});

describe('pdfLinks on hostile bytes', () => {
  const piece = fc.oneof(
    fc.constantFrom('/URI (', '/URI <', '/URI', '(', ')', '\\', '<', '>', 'https://', 'http://x.example/', '\n', ' ', '\\(', '\\1234'),
    fc.string({ maxLength: 8 }),
  );
  it('never throws; returns at most 50 distinct http(s) links of bounded length', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.uint8Array({ maxLength: 64 }), (parts, junk) => {
        const text = enc(`%PDF-1.7\n${parts.join('')}`);
        const bytes = new Uint8Array(text.length + junk.length);
        bytes.set(text);
        bytes.set(junk, text.length);
        const links = pdfLinks(bytes);
        expect(links.length).toBeLessThanOrEqual(50);
        expect(new Set(links).size).toBe(links.length);
        for (const l of links) {
          expect(l).toMatch(/^https?:\/\//i);
          expect(l.length).toBeLessThanOrEqual(4096);
        }
      }),
      { numRuns: 500, seed: 20261123 },
    );
  });
});

describe('PDF links join the message links', () => {
  const brands = buildBrandIndex(bundledBrands);
  it('as source "attachment", kind "pdf", with the file name; a link the body already has is not repeated', () => {
    const bytes = enc(pdf('/A << /S /URI /URI (https://bit.ly/3xYzAbC) >> /A << /S /URI /URI (https://shop.example.com/) >>'));
    const { links } = collectLinks(
      { source: 'eml', headers: [], bodies: { text: 'See https://shop.example.com/' }, attachments: [{ filename: 'invoice.pdf', contentType: 'application/pdf', size: bytes.length, bytes }] },
      { maxUrls: 100, recipient: null, brands, options: {} },
    );
    expect(links.map((l) => [l.source, l.kind, l.file ?? null, l.href])).toEqual([
      ['text', 'text', null, 'https://shop.example.com/'],
      ['attachment', 'pdf', 'invoice.pdf', 'https://bit.ly/3xYzAbC'],
    ]);
  });
  it('a shortener behind a PDF button is reported like one in the text', () => {
    const b64 = Buffer.from(pdf('/A << /S /URI /URI (https://bit.ly/3xYzAbC) >>')).toString('base64');
    const v = analyzeText(
      [
        'From: Billing <billing@shop.example.com>',
        'To: taro@kousya.example',
        'Subject: Invoice',
        'MIME-Version: 1.0',
        'Content-Type: multipart/mixed; boundary=b',
        '',
        '--b',
        'Content-Type: text/plain',
        '',
        'Your invoice is attached.',
        '--b',
        'Content-Type: application/pdf; name=invoice.pdf',
        'Content-Disposition: attachment; filename=invoice.pdf',
        'Content-Transfer-Encoding: base64',
        '',
        b64,
        '--b--',
        '',
      ].join('\r\n'),
    );
    expect(ids(v)).toContain('url-redirect/shortened-link');
    const f = v.findings.find((x) => x.checkId === 'url-redirect/shortened-link');
    expect(f?.evidence[0]?.label).toBe('pdf link (invoice.pdf)');
  });
});
