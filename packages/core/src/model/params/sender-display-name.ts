/** Params of the `sender-display-name` checks: check id → the typed inputs of its en/ja sentence. */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface SenderDisplayNameParams {}
