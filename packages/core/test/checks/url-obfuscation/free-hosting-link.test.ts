import { describe, expect, it } from 'vitest';
import { isBucketPage } from '../../../src/checks/url-obfuscation/free-hosting-link.js';
import { isFreeHostingHost, isObjectStorageHost, isS3Host, publishedPage } from '../../../src/url/wrappers.js';
import { a } from '../../url/mail.js';
import { describeLinkCheck } from '../../url/check-cases.js';

describeLinkCheck('url-obfuscation/free-hosting-link', [
  { name: 'Cloud Run function', html: a('https://keep-password-7f3a2-uc.a.run.app/', 'x'), hit: true, weight: 8, params: { service: 'a.run.app', bucketPage: false } },
  { name: 'Cloud Run in its regional form', html: a('https://verify-481516234.southamerica-east1.run.app/', 'x'), hit: true, weight: 8, params: { service: 'southamerica-east1.run.app', bucketPage: false } },
  { name: 'public bucket page', html: a('https://storage.googleapis.com/bucket-x/index.html', 'x'), hit: true, weight: 20, params: { bucketPage: true } },
  { name: 'bucket page with a token in the fragment', html: a('https://storage.googleapis.com/nolimits/azf3.html#4IeNhS437faNB104uyvint', 'Claim'), hit: true, weight: 20 },
  { name: 'regional S3 page', html: a('https://bucket-x.s3.eu-west-1.amazonaws.com/tota%20index.html', 'x'), hit: true, weight: 20, params: { bucketPage: true } },
  { name: 'Azure static website', html: a('https://fzjujhchal19.z8.web.core.windows.net/', 'x'), hit: true, weight: 20 },
  { name: 'a PDF in a bucket (newsletters link them)', html: a('https://storage.googleapis.com/bucket-x/menu.pdf', 'x'), hit: true, weight: 8, params: { bucketPage: false } },
  { name: 'an image in a regional S3 bucket', html: a('https://s3.ap-south-1.amazonaws.com/shop/cover.jpg', 'x'), hit: true, weight: 8 },
  { name: 'Webflow site', html: a('https://protonmail-6e3725.webflow.io/', 'x'), hit: true, weight: 8 },
  { name: 'a Google Apps Script web app (anyone publishes a page there)', html: a('https://script.google.com/macros/s/AKfycbx0/exec', 'Open'), hit: true, weight: 8, params: { host: 'script.google.com', service: 'google.com' } },
  { name: 'a Telegraph page (anonymous publishing, also under graph.org)', html: a('https://graph.org/Transaction-11-05-2', 'Verify'), hit: true, weight: 8, params: { host: 'graph.org' } },
  { name: 'a Telegraph page on telegra.ph', html: a('https://telegra.ph/Wallet-Verify-06-12', 'Open'), hit: true, weight: 8 },
  { name: 'a shared Google Doc', html: a('https://docs.google.com/document/d/1AbC/edit', 'x'), hit: false },
  { name: 'a Google Form', html: a('https://docs.google.com/forms/d/e/1FAIpQLSe-x/viewform?usp=sf_link', 'Verify your mailbox'), hit: true, weight: 8, params: { host: 'docs.google.com', service: 'Google Forms', bucketPage: false, published: 'form' } },
  { name: 'a Google Drawing preview', html: a('https://docs.google.com/drawings/d/1CeF3Qy8J/preview?43106', 'Open'), hit: true, weight: 8, params: { service: 'Google Docs', published: 'document' } },
  { name: 'slides published to the web, with an account segment', html: a('https://docs.google.com/presentation/u/0/d/e/2PACX-1vRl-97bnp/pub?start=false', 'Open'), hit: true, weight: 8, params: { published: 'document' } },
  { name: 'a Microsoft Form', html: a('https://forms.office.com/Pages/ResponsePage.aspx?id=abc', 'Survey'), hit: true, weight: 8, params: { service: 'Microsoft Forms', published: 'form' } },
  { name: 'a shared Google Sheet', html: a('https://docs.google.com/spreadsheets/d/1AbC/edit#gid=0', 'x'), hit: false },
  { name: 'Google’s own mail linking to a form', from: 'Google Workspace <workspace-noreply@google.com>', html: a('https://docs.google.com/forms/d/e/1FAIpQLSe-x/viewform', 'Feedback'), hit: false },
  { name: 'an EC2 host is not storage', html: a('https://ec2-198-51-100-7.compute-1.amazonaws.com/login.html', 'x'), hit: false },
  { name: 'the sender’s own site there', from: 'Project <news@myproject.web.app>', html: a('https://myproject.web.app/news', 'x'), hit: false },
]);

describe('published pages (data/free-hosting.json published)', () => {
  it.each([
    ['docs.google.com', '/forms/d/e/1FAIpQLSe/viewform', 'form'],
    ['docs.google.com', '/forms/u/1/d/e/1FAIpQLSe/formResponse', 'form'],
    ['docs.google.com', '/Forms/d/e/x/viewform', 'form'],
    ['docs.google.com', '/document/d/e/2PACX-1v/pub', 'document'],
    ['docs.google.com', '/spreadsheets/u/0/d/e/2PACX-1v/pubhtml', 'document'],
    ['docs.google.com', '/drawings/d/1CeF/preview', 'document'],
    ['docs.google.com', '/document/d/1AbC/edit', null],
    ['docs.google.com', '/presentation/d/1AbC/edit', null],
    ['docs.google.com', '/', null],
    ['docs.google.com', '/formsx/d/e/x', null],
    ['forms.office.com', '/r/AbC', 'form'],
    ['sway.cloud.microsoft', '/AbC', 'document'],
    ['sheets.google.com', '/forms/d/e/x', null],
    ['x.docs.google.com', '/forms/d/e/x', null],
  ] as const)('%s%s → %s', (host, path, kind) => {
    expect(publishedPage(host, `https://${host}${path}?usp=sf_link#x`)?.kind ?? null).toBe(kind);
  });
});

describe('bucket pages', () => {
  it.each([
    ['s3.amazonaws.com', true],
    ['bucket.s3.amazonaws.com', true],
    ['bucket.s3.us-east-1.amazonaws.com', true],
    ['s3-us-west-2.amazonaws.com', true],
    ['bucket.s3-website-us-east-1.amazonaws.com', true],
    ['ec2-198-51-100-7.compute-1.amazonaws.com', false],
    ['s3.example.com', false],
    ['amazonaws.com', false],
  ])('isS3Host(%s) = %s', (host, want) => {
    expect(isS3Host(host)).toBe(want);
    // S3 is object storage and free hosting wherever it is recognised
    expect(isObjectStorageHost(host)).toBe(want);
    expect(isFreeHostingHost(host)).toBe(want);
  });
  it.each([
    ['storage.googleapis.com', true],
    ['x.blob.core.windows.net', true],
    ['pub-1.r2.dev', true],
    ['example.netlify.app', false],
    ['sites.google.com', false],
  ] as const)('isObjectStorageHost(%s) = %s (data/free-hosting.json objectStorage)', (host, want) => {
    expect(isObjectStorageHost(host)).toBe(want);
  });
  it.each([
    ['https://storage.googleapis.com/b/page.HTML?x=1', 'storage.googleapis.com', true],
    ['https://storage.googleapis.com/b/drawing.svg', 'storage.googleapis.com', true],
    ['https://storage.googleapis.com/b/washingtonpost.com%20(2).html#tok', 'storage.googleapis.com', true],
    ['https://storage.googleapis.com/b/report.pdf#page.html', 'storage.googleapis.com', false],
    ['https://storage.googleapis.com/b/', 'storage.googleapis.com', false],
    ['https://acct.blob.core.windows.net/c/index.htm', 'acct.blob.core.windows.net', true],
    ['https://acct.blob.core.windows.net/c/photo.png', 'acct.blob.core.windows.net', false],
    ['https://site.z8.web.core.windows.net/any/path', 'site.z8.web.core.windows.net', true],
    ['https://b.s3-website-us-east-1.amazonaws.com/', 'b.s3-website-us-east-1.amazonaws.com', true],
    ['https://pub-1.r2.dev/x/%E0%A4%A.html', 'pub-1.r2.dev', true],
    ['https://example.netlify.app/index.html', 'example.netlify.app', false],
  ])('isBucketPage(%s)', (url, host, want) => {
    expect(isBucketPage(url, host)).toBe(want);
  });
});

describe('a published form, explained', () => {
  it('names the product in the reader’s language and says not to type a password into it', async () => {
    const { readFileSync } = await import('node:fs');
    const { analyze, explain, fromRawMessage } = await import('../../../src/index.js');
    const raw = readFileSync(new URL('../../fixtures/eml/url-obfuscation/free-hosting-link/hit--google-form-mailbox.eml', import.meta.url));
    const verdict = analyze(fromRawMessage(raw));
    const item = (locale: 'en' | 'ja') => explain(verdict, { locale }).items.find((i) => i.checkId === 'url-obfuscation/free-hosting-link');
    expect(item('en')?.detail).toBe(
      'The link opens a form on Google Forms (docs.google.com). Anyone can make such a form in minutes, and phishing uses them to collect passwords and card numbers: never type a password, a card number or a code into a form reached from a mail.',
    );
    expect(item('ja')?.detail).toContain('リンク先は Google フォーム（docs.google.com）のフォームです。');
    expect(item('ja')?.detail).toContain('パスワード・カード番号・確認コードを入力しないでください');
  });
});
