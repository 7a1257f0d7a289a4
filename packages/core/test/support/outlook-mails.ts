/**
 * A received phishing mail and its legitimate twin as Outlook keeps them (transport headers, HTML,
 * text), shared by the tests of the `.msg` and `.pst` readers: the display-name brand from a
 * hijacked domain failing DMARC, and a shop's genuine order mail.
 */
export const phishHeaders = [
  'Authentication-Results: mx.kousya.example; spf=fail smtp.mailfrom=kankyou-hozen.example; dkim=none; dmarc=fail header.from=kankyou-hozen.example',
  'From: "Amazon.co.jp" <x-info@kankyou-hozen.example>',
  'To: taro@kousya.example',
  'Subject: =?UTF-8?B?44GK5pSv5omV44GE5pa55rOV44Gu56K66KqN?=',
  'Date: Tue, 24 Nov 2026 09:00:00 +0900',
  'Message-ID: <a1@kankyou-hozen.example>',
];
export const twinHeaders = [
  'Authentication-Results: mx.kousya.example; spf=pass smtp.mailfrom=shop.example; dkim=pass header.d=shop.example; dmarc=pass header.from=shop.example',
  'From: "Shop" <news@shop.example>',
  'To: taro@kousya.example',
  'Subject: Your order',
  'Date: Tue, 24 Nov 2026 09:00:00 +0900',
  'Message-ID: <a2@shop.example>',
];
/** Header lines as a header block (CRLF, ending with one). */
export const block = (h: readonly string[]): string => `${h.join('\r\n')}\r\n`;
export const phishHtml = '<p>お支払い方法を更新してください。</p><a href="https://amazon-co-jp.account-verify.example/">https://www.amazon.co.jp/</a>';
export const twinHtml = '<p>Thank you for your order.</p><a href="https://shop.example/orders">Your orders</a>';
