/** Params of the `url-obfuscation` checks: check id → the typed inputs of its en/ja sentence. */
export interface UrlObfuscationParams {
  /** A link points at a bare IP address (also written in hex, octal or as one number). */
  'url-obfuscation/ip-address-host': { readonly host: string; readonly written: string; readonly form: string };
  /** A link has `something@` before its host, so the part a person reads first is not the host. */
  'url-obfuscation/userinfo-trick': { readonly shown: string; readonly host: string };
  /** A `javascript:`, `data:` or `vbscript:` link. */
  'url-obfuscation/script-link': { readonly scheme: string };
  /** The mail contains an HTML form that asks for a password, card number, PIN or one-time code. */
  'url-obfuscation/html-form': { readonly action: string };
  /** The link's domain ends in a TLD that phishing uses far more than legitimate mail. */
  'url-obfuscation/suspicious-tld': { readonly host: string; readonly tld: string };
  /** An explicit, unusual port. */
  'url-obfuscation/non-standard-port': { readonly host: string; readonly port: string };
  /** A host label made of a word glued to a long digit run (`Kousya35698900`). */
  'url-obfuscation/digit-glued-label': { readonly host: string; readonly label: string };
  /** Upper-case letters inside a host (`www.Kousya…`): written by a kit, not by a web admin. */
  'url-obfuscation/uppercase-host': { readonly host: string; readonly scrambled?: string };
  /** Letters or digits percent-encoded, or percent-encoding in the host. */
  'url-obfuscation/encoded-url': { readonly host: string; readonly count: number };
  /** An unusually long destination URL. */
  'url-obfuscation/long-url': { readonly host: string; readonly length: number };
  /** An unusually large number of parameters. */
  'url-obfuscation/many-parameters': { readonly host: string; readonly count: number };
  /** A brand's domain appears in the path of another site's URL. */
  'url-obfuscation/brand-in-path': {
    readonly host: string;
    readonly token: string;
    readonly brand: string;
    readonly brandJa: string;
  };
  /** A link to a page on a service where anyone can publish (serverless function, site builder, public bucket). */
  /** A website's account mail whose username, typed into its sign-up form by a stranger, is a web address. */
  'url-obfuscation/address-in-username': { readonly username: string };
  /** `published`: the link opens a form or a document published from an office suite (`service` is then the product's name). */
  'url-obfuscation/free-hosting-link': { readonly host: string; readonly service: string; readonly bucketPage: boolean; readonly published?: 'form' | 'document' };
}
