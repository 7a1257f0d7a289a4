import type { CatalogPart } from '../../catalog.js';
import type { ForwardedMessageParams } from '../../../model/params/forwarded-message.js';
import { ja } from './index.js';

const LEVEL: Readonly<Record<string, string>> = { caution: '注意が必要', suspicious: '疑わしい', dangerous: '危険' };

/** 転送元メールの主な指摘の見出し（同じカタログの一部なので、表示時に読みます）。 */
function reasons(checks: string): string {
  const titles = checks
    .split(',')
    .filter(Boolean)
    .map((id) => (ja as unknown as Record<string, { title?: string } | undefined>)[id]?.title ?? id);
  return titles.length ? `主な理由：${titles.join('／')}。` : '';
}

export const forwardedMessageJa = {
  'forwarded-message/suspicious-original': {
    title: '転送されたメール自体が疑わしい内容です',
    detail: ({ from, subject, level, score, checks }) =>
      `このメールは ${from} からのメール（件名「${subject}」）を転送しています。転送元のメールを単独で判定すると「${LEVEL[level] ?? level}」（スコア ${score}）です。${reasons(checks)}`,
    advice: '転送されたメールのリンクや添付ファイルは開かないでください。同僚から「本物かどうか」を尋ねられた場合、偽物である可能性が高いと伝えてください。',
  },
} satisfies CatalogPart<ForwardedMessageParams>;
