/**
 * Japanese typography helper: a Latin word inside Japanese text gets a space on each side
 * (「Amazon の正規ドメイン」), a Japanese word none (「三井住友カードの正規ドメイン」).
 */
export function w(word: string, { before = true, after = true } = {}): string {
  const latinStart = /^[A-Za-z0-9]/.test(word);
  const latinEnd = /[A-Za-z0-9.)]$/.test(word);
  return `${before && latinStart ? ' ' : ''}${word}${after && latinEnd ? ' ' : ''}`;
}
