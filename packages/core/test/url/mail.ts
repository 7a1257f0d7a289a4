/**
 * Builds small synthetic messages for the link checks' lexical test tables (RFC 2606 names; no
 * real mail). Bodies are 8-bit UTF-8; with both `html` and `text` the message is
 * multipart/alternative, as mail clients send it.
 */
import { analyzeText } from '../helpers.js';
import type { AnalyzeOptions } from '../../src/model/options.js';
import type { Finding } from '../../src/model/finding.js';
import type { Verdict } from '../../src/model/verdict.js';

export interface MailSpec {
  readonly from?: string;
  readonly to?: string;
  readonly subject?: string;
  readonly html?: string;
  readonly text?: string;
  /** Extra header lines (`Name: value`). */
  readonly headers?: readonly string[];
}

export function mail(spec: MailSpec): string {
  const head = [
    `From: ${spec.from ?? 'Notice <notice@sender.example>'}`,
    `To: ${spec.to ?? 'taro@kousya.example'}`,
    `Subject: ${spec.subject ?? 'Test'}`,
    'Date: Mon, 02 Jun 2025 09:00:00 +0900',
    'Message-ID: <test@sender.example>',
    'MIME-Version: 1.0',
    ...(spec.headers ?? []),
  ];
  const part = (type: string, body: string) => [`Content-Type: ${type}; charset=utf-8`, 'Content-Transfer-Encoding: 8bit', '', body];
  if (spec.html !== undefined && spec.text !== undefined) {
    return [
      ...head,
      'Content-Type: multipart/alternative; boundary="b1"',
      '',
      '--b1',
      ...part('text/plain', spec.text),
      '--b1',
      ...part('text/html', spec.html),
      '--b1--',
      '',
    ].join('\r\n');
  }
  if (spec.html !== undefined) return [...head, ...part('text/html', spec.html), ''].join('\r\n');
  return [...head, ...part('text/plain', spec.text ?? ''), ''].join('\r\n');
}

/** Analyses a built message. */
export function analyzeMail(spec: MailSpec, options: AnalyzeOptions = {}): Verdict {
  return analyzeText(mail(spec), options);
}

/** The findings of one check in a verdict. */
export function findingsOf(v: Verdict, checkId: string): Finding[] {
  return v.findings.filter((f) => f.checkId === checkId);
}

/** An anchor. */
export function a(href: string, text: string): string {
  return `<a href="${href}">${text}</a>`;
}
