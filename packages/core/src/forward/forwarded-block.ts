/**
 * Finds the header block of a message forwarded inline — what mail clients write above the
 * original when someone presses "Forward":
 *
 *   Outlook   `From: … / Sent: … / To: … / Subject: …` (and `De / Enviado / Para / Assunto`,
 *             `差出人 / 送信日時 / 宛先 / 件名`, `Von / Gesendet / An / Betreff`, …)
 *   Gmail     `---------- Forwarded message --------- / From: / Date: / Subject: / To:`
 *   Thunderbird `-------- Forwarded Message -------- / Subject: / Date: / From: / To:`
 *   Apple     `Begin forwarded message: / From: / Subject: / Date: / To:`
 *
 * Only mail that presents itself as a forward is read this way: a forward prefix in the subject
 * (`Fw:`, `Fwd:`, `転送:`, `ENC:`, `TR:`, `WG:`, `RV:`…) or a client's forward separator in the
 * text. Quoted replies (`-----Original Message-----` under `RE:`) are not forwards. Pure, linear
 * in the text.
 */

export type ForwardField = 'from' | 'date' | 'to' | 'cc' | 'subject';

export interface ForwardedBlock {
  /** The From line's value (the original sender as the forwarding client wrote it). */
  readonly from: string;
  readonly subject: string;
  readonly date: string;
  readonly to: string;
  /** Offset in the text where the original's body starts (after the block). */
  readonly bodyStart: number;
}

/** Field labels of the major clients in the languages ayashii's users forward in. */
const LABELS: ReadonlyMap<string, ForwardField> = new Map([
  ...['from', 'de', 'von', 'van', 'da', '差出人', '送信者', '发件人', '寄件者'].map((l) => [l, 'from'] as const),
  ...['sent', 'date', 'enviado', 'enviado el', 'envoyé', 'envoyé le', 'gesendet', 'datum', 'verzonden', 'data', 'inviato', '送信日時', '日付', '日時', '发送时间'].map((l) => [l, 'date'] as const),
  ...['to', 'para', 'à', 'a', 'an', 'aan', '宛先', '收件人'].map((l) => [l, 'to'] as const),
  ...['cc', 'kopie', 'cópia'].map((l) => [l, 'cc'] as const),
  ...['subject', 'assunto', 'asunto', 'objet', 'betreff', 'onderwerp', 'oggetto', '件名', '主题'].map((l) => [l, 'subject'] as const),
]);

/** `Fw:`, `FWD:`, `転送:`, `ENC:` … at the start, after any `Re:`. */
const FORWARD_PREFIX = /^\s*(?:(?:re|aw|sv|res)\s*[:：]\s*)*(?:fwd?|tr|wg|enc|rv|vs|doorst|i|転送メール|転送)\s*[:：]/i;
/** Separators clients write above a forwarded message. */
const FORWARD_SEPARATOR =
  /-- ?(?:forwarded message|mensagem encaminhada|mensaje reenviado|weitergeleitete nachricht|message transféré|messaggio inoltrato|doorgestuurd bericht) ?--|begin forwarded message:|início da mensagem encaminhada:|転送されたメッセージ|転送メッセージ/i;

/** `Subject: x`, `*From:* x`, `> 件名： x` → [label, value]; labels are short, so only the first 24 characters are searched. */
function splitLabel(line: string): [string, string] | null {
  const head = line.slice(0, 24);
  let colon = head.indexOf(':');
  const wide = head.indexOf('：');
  if (colon < 0 || (wide >= 0 && wide < colon)) colon = wide;
  if (colon <= 0) return null;
  const label = trimMarks(line.slice(0, colon)).toLowerCase();
  return label ? [label, trimMarks(line.slice(colon + 1))] : null;
}

/** Drops quote marks, bold stars and white space around a label. */
function trimMarks(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && ' \t>*'.includes(s[a] as string)) a++;
  while (b > a && ' \t*'.includes(s[b - 1] as string)) b--;
  return s.slice(a, b);
}

/**
 * True when the subject or the opening of the visible text presents the mail as a forward (the
 * separator sits under the forwarder's few lines, so the first few thousand characters suffice).
 */
export function looksForwarded(subject: string, opening: string): boolean {
  if (FORWARD_PREFIX.test(subject)) return true;
  const head = opening.length > 6000 ? opening.slice(0, 6000) : opening;
  // Every separator holds `--`, `orward`, `encaminhada` or `転送`: indexOf first, the expression after.
  const hint = head.includes('--') || head.includes('orward') || head.includes('ORWARD') || head.includes('encaminhada') || head.includes('転送');
  return hint && FORWARD_SEPARATOR.test(head);
}

/**
 * The first run of three or more labelled lines holding at least From and Subject, or null.
 * Continuation lines (a long From value wrapped by the client) are not followed: the block ends
 * at the first line that is neither a label nor empty-before-the-first-label.
 */
export function findForwardedBlock(text: string): ForwardedBlock | null {
  const max = Math.min(text.length, 200_000);
  let lineStart = 0;
  let run: { fields: Map<ForwardField, string>; count: number } | null = null;
  while (lineStart < max) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > max) lineEnd = max;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const m = line.length <= 4000 ? splitLabel(line) : null;
    const field = m ? LABELS.get(m[0]) : undefined;
    if (m && field) {
      run ??= { fields: new Map(), count: 0 };
      if (!run.fields.has(field)) run.fields.set(field, m[1]);
      run.count++;
    } else if (run) {
      const f = run.fields;
      if (run.count >= 3 && f.get('from') && f.has('subject')) {
        return { from: f.get('from') as string, subject: f.get('subject') ?? '', date: f.get('date') ?? '', to: f.get('to') ?? '', bodyStart: lineStart };
      }
      run = null;
    }
    lineStart = lineEnd + 1;
  }
  if (run && run.count >= 3 && run.fields.get('from') && run.fields.has('subject')) {
    const f = run.fields;
    return { from: f.get('from') as string, subject: f.get('subject') ?? '', date: f.get('date') ?? '', to: f.get('to') ?? '', bodyStart: max };
  }
  return null;
}

/**
 * The mailbox a forward shows: `bounces+… <a@b> em nome de Shop <news@shop.example>` → `Shop
 * <news@shop.example>` (the "on behalf of" name is what the reader saw); Outlook's
 * `Name [mailto:a@b]` → `Name <a@b>`.
 */
const ON_BEHALF = ['on behalf of ', 'em nome de ', 'en nombre de ', 'au nom de ', 'im auftrag von ', 'namens ', 'per conto di '];

export function shownSender(from: string): string {
  const lower = from.toLowerCase();
  let cut = -1;
  for (const p of ON_BEHALF) {
    const i = lower.lastIndexOf(p);
    if (i >= 0 && i + p.length > cut) cut = i + p.length;
  }
  const shown = (cut >= 0 ? from.slice(cut) : from).trim();
  const m = shown.toLowerCase().indexOf('[mailto:');
  const end = m >= 0 ? shown.indexOf(']', m) : -1;
  return m >= 0 && end > m ? `${shown.slice(0, m)}<${shown.slice(m + 8, end)}>${shown.slice(end + 1)}`.trim() : shown;
}
