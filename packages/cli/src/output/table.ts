import { LEVELS, catalogs, type Locale, type Severity, type VerdictLevel } from '@ayashii/core';
import { errorText } from '../error-texts.js';
import { readableDate, showBidi } from '../mail-identity.js';
import { isError, type ScanRecord } from '../record.js';
import type { Summary } from '../summary.js';
import type { Sink } from './sink.js';
import { displayWidth, padEnd, padStart } from './width.js';
import type { Output } from './writer.js';

export const ESC = '\u001b[';
export const LEVEL_COLOR: Record<VerdictLevel, string> = { safe: '32', caution: '33', suspicious: '1;33', dangerous: '1;31' };
export const SEVERITY: Record<Severity, { mark: string; color: string }> = {
  danger: { mark: '!!', color: '31' },
  warn: { mark: '! ', color: '33' },
  info: { mark: 'i ', color: '2' },
};

const HEAD: Record<Locale, { level: string; score: string; file: string; error: string; advice: string; evidence: string; image: string; form: string; from: string; subject: string; date: string }> = {
  en: { level: 'LEVEL', score: 'SCORE', file: 'FILE / FINDINGS', error: 'ERROR', advice: 'What to do: ', evidence: 'Evidence: ', image: '[image]', form: '[form]', from: 'From: ', subject: 'Subject: ', date: 'Date: ' },
  ja: { level: '判定', score: 'スコア', file: 'ファイル / 指摘', error: 'エラー', advice: '対処: ', evidence: '根拠: ', image: '[画像]', form: '[フォーム]', from: '送信元: ', subject: '件名: ', date: '日時: ' },
};

/**
 * C0 and C1 controls (ESC, CSI…) would drive the terminal: shown as U+FFFD. Line breaks become
 * spaces. Bidi controls would reorder the line (a file name `invoice‮fdp.eml` shown as
 * `invoicelme.pdf`): shown as `⟨U+202E⟩`.
 */
export function clean(s: string): string {
  return showBidi(s.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD'));
}

/**
 * The columns both tables share (scan's and url's): a level column as wide as the longest of the
 * level names and `labels` (headers, "ERROR"), a 5-wide score, then the name; findings indented
 * under the name. `row` paints the level label with an SGR code when colour is on.
 */
export class Columns {
  readonly width: number;
  readonly indent: string;

  constructor(
    lang: Locale,
    labels: readonly string[],
    readonly color: boolean,
  ) {
    this.width = Math.max(...[...LEVELS.map((l) => catalogs[lang].ui.levels[l]), ...labels].map(displayWidth));
    this.indent = ' '.repeat(this.width + 2 + 5 + 2);
  }

  paint(code: string, s: string): string {
    return this.color ? `${ESC}${code}m${s}${ESC}0m` : s;
  }

  /** `LEVEL  SCORE  name`, the level painted with `code`. */
  row(code: string, label: string, score: string, name: string): string {
    return `${this.paint(code, padEnd(label, this.width))}  ${padStart(score, 5)}  ${name}\n`;
  }

  /** The header line, all bold. */
  head(level: string, score: string, name: string): string {
    return `${this.paint('1', `${padEnd(level, this.width)}  ${padStart(score, 5)}  ${name}`)}\n`;
  }
}

/** Evidence values are clipped for a terminal line; the jsonl/json output keeps them whole. */
const MAX_EVIDENCE = 300;

/**
 * For people: one line per message (level, score, file) and one indented line per finding, in
 * the chosen language. Streams, so the columns are fixed: the level column fits the longest label.
 */
export class TableSink implements Sink {
  private readonly cols: Columns;

  constructor(
    private readonly out: Output,
    private readonly lang: Locale,
    color: boolean,
  ) {
    const h = HEAD[lang];
    this.cols = new Columns(lang, [h.error, h.level], color);
    this.out.write(this.cols.head(h.level, h.score, h.file));
  }

  write(r: ScanRecord): void {
    if (isError(r)) {
      this.out.write(`${this.cols.row('35', HEAD[this.lang].error, '-', clean(r.file))}${this.cols.indent}${this.cols.paint('35', clean(errorText(r.error, this.lang)))}\n`);
      return;
    }
    let s = this.cols.row(LEVEL_COLOR[r.verdict], catalogs[this.lang].ui.levels[r.verdict], String(r.score), clean(r.file));
    if (r.mail) {
      // --details: which mail it is, to find it again in a mail client (`box.mbox#57` is no name there).
      const h = HEAD[this.lang];
      const who = [r.mail.from && `${h.from}${clean(r.mail.from)}`, r.mail.date && `${h.date}${readableDate(r.mail.date)}`].filter(Boolean).join('  ');
      if (who) s += `${this.cols.indent}${this.cols.paint('2', who)}\n`;
      if (r.mail.subject) s += `${this.cols.indent}${this.cols.paint('2', `${h.subject}${clean(r.mail.subject)}`)}\n`;
    }
    if (r.summary !== undefined) s += `${this.cols.indent}${clean(r.summary)}\n`;
    for (const f of r.findings) {
      const sev = SEVERITY[f.severity];
      if (f.title === undefined) {
        s += `${this.cols.indent}${this.cols.paint(sev.color, sev.mark)} ${clean(f.message)}\n`;
        continue;
      }
      // --details: the title on the marker line, then the sentence, what to do and the evidence under it.
      const under = `${this.cols.indent}   `;
      s += `${this.cols.indent}${this.cols.paint(sev.color, `${sev.mark} ${clean(f.title)}`)}\n${under}${clean(f.message)}\n`;
      if (f.advice) s += `${under}${HEAD[this.lang].advice}${clean(f.advice)}\n`;
      const ev = f.evidence ?? [];
      const lead = HEAD[this.lang].evidence;
      ev.forEach((e, k) => {
        const value = clean(e.value);
        const shown = value.length > MAX_EVIDENCE ? `${value.slice(0, MAX_EVIDENCE - 1)}…` : value;
        const h = e.highlight ? clean(e.highlight) : '';
        const at = h && this.cols.color ? shown.indexOf(h) : -1;
        const painted = at >= 0 ? `${shown.slice(0, at)}${this.cols.paint('1', h)}${shown.slice(at + h.length)}` : shown;
        s += `${under}${k === 0 ? lead : ' '.repeat(displayWidth(lead))}${clean(e.label)}: ${painted}\n`;
      });
    }
    // --links: what the reader sees → where the link really goes.
    for (const l of r.links ?? []) {
      const shown = l.text ?? (l.form ? HEAD[this.lang].form : l.image ? HEAD[this.lang].image : '');
      s += `${this.cols.indent}${this.cols.paint('2', '→')} ${shown ? `${clean(shown)} → ` : ''}${clean(l.target)}\n`;
    }
    this.out.write(s);
  }

  end(_s: Summary): void {}
}
