/** Params of the `url-redirect` checks: check id → the typed inputs of its en/ja sentence. */
export interface UrlRedirectParams {
  /** A link goes through someone else's redirector to another site. */
  'url-redirect/third-party-redirect': {
    /** Hosts passed through before the target, `a → b`. */
    readonly via: string;
    /** The redirector host that is neither the sender's nor a security gateway. */
    readonly redirector: string;
    /** Target host as written. */
    readonly target: string;
    /** Links affected. */
    readonly count: number;
  };
  /** A link uses a URL shortener: its destination is hidden. */
  'url-redirect/shortened-link': { readonly shortener: string; readonly url: string; readonly count: number; readonly everyLink: boolean };
  /** An https redirector hands the click on to a plain-http target. */
  'url-redirect/insecure-target': { readonly via: string; readonly target: string };
  /** Several redirectors in a row. */
  'url-redirect/nested-redirects': { readonly hops: number; readonly via: string; readonly target: string };
}
