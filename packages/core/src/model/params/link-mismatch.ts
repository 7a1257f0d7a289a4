/** Params of the `link-mismatch` checks: check id → the typed inputs of its en/ja sentence. */
export interface LinkMismatchParams {
  /** The link text shows one site, the (unwrapped) link goes to another. */
  'link-mismatch/text-shows-other-domain': {
    /** What the text shows (host as written). */
    readonly shown: string;
    /** Where the link really goes (host as written), or the shortener/tracker host when hidden. */
    readonly actual: string;
    /** Hosts passed through, `a → b` ('' when direct). */
    readonly via: string;
    /** True when the real destination is hidden behind a shortener or tracker. */
    readonly hidden: boolean;
    readonly count: number;
  };
  /** A button asks for an account action, its link goes to a site unrelated to the sender. */
  'link-mismatch/action-link-elsewhere': {
    /** The button's label as shown. */
    readonly label: string;
    /** Where the link really goes (host as written). */
    readonly target: string;
    /** The sender's domain ('-' without one). */
    readonly domain: string;
  };
}
