/**
 * Japanese typography helper: a Latin word inside Japanese text gets a space on each side
 * (「Amazon の正規ドメイン」), a Japanese word none (「三井住友カードの正規ドメイン」).
 */
export function w(word: string, { before = true, after = true } = {}): string {
  const latinStart = /^[A-Za-z0-9]/.test(word);
  const latinEnd = /[A-Za-z0-9.)]$/.test(word);
  return `${before && latinStart ? ' ' : ''}${word}${after && latinEnd ? ' ' : ''}`;
}

/**
 * A quoted token (a subject tag, a code) inside Japanese text: a space on each side that is ASCII
 * (`件名に [SHEIN] とあります`), none next to full-width brackets (`件名に【三井住友カード】とあります`).
 */
export function token(text: string): string {
  const ascii = (c: number): boolean => c > 0x20 && c < 0x7f;
  return `${ascii(text.charCodeAt(0)) ? ' ' : ''}${text}${ascii(text.charCodeAt(text.length - 1)) ? ' ' : ''}`;
}

