/** Params of the `sender-display-name` checks: check id → the typed inputs of its en/ja sentence. */
export interface SenderDisplayNameParams {
  'sender-display-name/address-in-display-name': { shown: string; actual: string };
  'sender-display-name/system-role-name': { name: string; role: string; senderDomain: string; ownDomain: string };
  'sender-display-name/reference-number-in-name': { name: string; number: string; address: string; freemail: boolean };
  'sender-display-name/domain-in-display-name': { name: string; shownDomain: string; actualDomain: string };
  'sender-display-name/prize-offer-name': { name: string; word: string };
  'sender-display-name/sales-pitch-name': { name: string; word: string; domain: string };
  'sender-display-name/alert-as-name': { name: string; phrase: string };
}
