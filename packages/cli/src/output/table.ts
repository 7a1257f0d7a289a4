import { LEVELS, catalogs, type Locale, type Severity, type VerdictLevel } from '@ayashii/core';
import { errorText } from '../error-texts.js';
import { isError, type ScanRecord } from '../record.js';
import type { Summary } from '../summary.js';
import type { Sink } from './sink.js';
import { displayWidth, padEnd, padStart } from './width.js';
import type { Output } from './writer.js';

const ESC = '\u001b[';
const LEVEL_COLOR: Record<VerdictLevel, string> = { safe: '32', caution: '33', suspicious: '1;33', dangerous: '1;31' };
const SEVERITY: Record<Severity, { mark: string; color: string }> = {
  danger: { mark: '!!', color: '31' },
  warn: { mark: '! ', color: '33' },
  info: { mark: 'i ', color: '2' },
};

const HEAD: Record<Locale, { level: string; score: string; file: string; error: string }> = {
  en: { level: 'LEVEL', score: 'SCORE', file: 'FILE / FINDINGS', error: 'ERROR' },
  ja: { level: '判定', score: 'スコア', file: 'ファイル / 指摘', error: 'エラー' },
};

/**
 * For people: one line per message (level, score, file) and one indented line per finding, in
 * the chosen language. Streams, so the columns are fixed: the level column fits the longest label.
 */
export class TableSink implements Sink {
  private readonly levelWidth: number;
  private readonly indent: string;

  constructor(
    private readonly out: Output,
    private readonly lang: Locale,
    private readonly color: boolean,
  ) {
    const labels = [...LEVELS.map((l) => catalogs[lang].ui.levels[l]), HEAD[lang].error, HEAD[lang].level];
    this.levelWidth = Math.max(...labels.map(displayWidth));
    this.indent = ' '.repeat(this.levelWidth + 2 + 5 + 2);
    const h = HEAD[lang];
    this.out.write(`${this.paint('1', `${padEnd(h.level, this.levelWidth)}  ${padStart(h.score, 5)}  ${h.file}`)}\n`);
  }

  private paint(code: string, s: string): string {
    return this.color ? `${ESC}${code}m${s}${ESC}0m` : s;
  }

  write(r: ScanRecord): void {
    if (isError(r)) {
      const label = padEnd(HEAD[this.lang].error, this.levelWidth);
      this.out.write(`${this.paint('35', label)}  ${padStart('-', 5)}  ${r.file}\n${this.indent}${this.paint('35', errorText(r.error, this.lang))}\n`);
      return;
    }
    const label = padEnd(catalogs[this.lang].ui.levels[r.verdict], this.levelWidth);
    let s = `${this.paint(LEVEL_COLOR[r.verdict], label)}  ${padStart(String(r.score), 5)}  ${r.file}\n`;
    for (const f of r.findings) {
      const sev = SEVERITY[f.severity];
      s += `${this.indent}${this.paint(sev.color, sev.mark)} ${f.message}\n`;
    }
    this.out.write(s);
  }

  end(_s: Summary): void {}
}
