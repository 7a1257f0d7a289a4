/** Params of the `recipient-targeting` checks: check id → the typed inputs of its en/ja sentence. */
export interface RecipientTargetingParams {
  /** The recipient's organisation name (or name) is built into a link's host. */
  'recipient-targeting/recipient-in-link-host': {
    /** Hosts passed through before the target, `a → b` ('' when direct). */
    readonly via: string;
    /** The host as written (`www.Kousya35698900.stbasil.techix.com`). */
    readonly host: string;
    /** What was embedded (`kousya`). */
    readonly token: string;
    /** `domain-label` (organisation name) or `local` (the person's mailbox name). */
    readonly part: 'domain-label' | 'local';
  };
  /** The recipient's address (or another address at its domain, or the domain) is carried in a link. */
  'recipient-targeting/recipient-in-link': {
    readonly host: string;
    /** What was found, decoded (`mailer-daemon@kousya.jp`). */
    readonly token: string;
    /** `address`, `role-address`, `base64-address` or `domain`. */
    readonly form: 'address' | 'role-address' | 'base64-address' | 'domain';
    /** `path`, `query` or `fragment`. */
    readonly where: 'path' | 'query' | 'fragment';
  };
  /** The recipient's own address is written into the subject. */
  'recipient-targeting/recipient-in-subject': {
    /** The address as it appears in the subject. */
    readonly address: string;
  };
  /** The text greets the recipient by their e-mail address. */
  'recipient-targeting/address-as-name': {
    /** The address as written in the text. */
    readonly address: string;
    /** The greeting as written (`Hallo taro@kousya.example`, `taro@kousya.example 様`). */
    readonly greeting: string;
  };
}
