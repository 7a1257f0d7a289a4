import type { CatalogPart } from '../../catalog.js';
import type { SenderDisplayNameParams } from '../../../model/params/sender-display-name.js';

export const senderDisplayNameJa = {
  'sender-display-name/address-in-display-name': {
    title: '表示名に別のアドレスが書かれています',
    detail: ({ shown, actual }) => `表示名には ${shown} と書かれていますが、実際の送信元は ${actual} です。`,
    advice: '表示名ではなく、実際の送信元アドレスを確認してください。多くのメールソフトは表示名しか見せません。',
  },
  'sender-display-name/domain-in-display-name': {
    title: '表示名に別のドメインが書かれています',
    detail: ({ name, shownDomain, actualDomain }) =>
      `表示名は「${name}」で ${shownDomain} を名乗っていますが、送信元ドメインは ${actualDomain} です。`,
    advice: '表示名を信用する前に、実際の送信元アドレスを確認してください。',
  },
} satisfies CatalogPart<SenderDisplayNameParams>;
