/** Params of the `lookalike-domain` checks: check id → the typed inputs of its en/ja sentence. */
import type { LookalikeKind } from '../../domain/lookalike.js';

export interface LookalikeDomainParams {
  /** The From address's domain imitates a brand's domain. */
  'lookalike-domain/sender-lookalike': {
    readonly domain: string;
    readonly brand: string;
    readonly brandJa: string;
    readonly brandDomain: string;
    readonly kind: LookalikeKind;
  };
  /** A link goes to a domain that imitates a brand's domain. */
  'lookalike-domain/link-lookalike': {
    readonly host: string;
    readonly domain: string;
    readonly brand: string;
    readonly brandJa: string;
    readonly brandDomain: string;
    readonly kind: LookalikeKind;
  };
  /** An internationalised domain (From or link) that mixes look-alike scripts or reads as a brand. */
  'lookalike-domain/idn-homograph': {
    readonly where: 'sender' | 'link';
    /** Unicode form as displayed. */
    readonly host: string;
    /** ASCII (`xn--`) form. */
    readonly ascii: string;
    /** The brand domain it reads as ('' when none matched). */
    readonly imitates: string;
  };
  /** A brand's domain or name is put in front of someone else's domain (`www.smbc-card.com.vpass-login.xyz`). */
  'lookalike-domain/brand-in-subdomain': {
    readonly host: string;
    readonly domain: string;
    readonly token: string;
    readonly brand: string;
    readonly brandJa: string;
  };
}
