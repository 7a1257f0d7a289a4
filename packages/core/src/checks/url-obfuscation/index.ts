import type { AnyCheck } from '../define-check.js';
import { addressInUsername } from './address-in-username.js';
import { brandInPath } from './brand-in-path.js';
import { digitGluedLabel } from './digit-glued-label.js';
import { encodedUrl } from './encoded-url.js';
import { freeHostingLink } from './free-hosting-link.js';
import { htmlForm } from './html-form.js';
import { ipAddressHost } from './ip-address-host.js';
import { longUrl } from './long-url.js';
import { manyParameters } from './many-parameters.js';
import { nonStandardPort } from './non-standard-port.js';
import { scriptLink } from './script-link.js';
import { suspiciousTld } from './suspicious-tld.js';
import { uppercaseHost } from './uppercase-host.js';
import { userinfoTrick } from './userinfo-trick.js';

/** The `url-obfuscation` checks, in evaluation order. */
export const urlObfuscationChecks: readonly AnyCheck[] = [
  ipAddressHost,
  userinfoTrick,
  scriptLink,
  htmlForm,
  brandInPath,
  encodedUrl,
  digitGluedLabel,
  suspiciousTld,
  freeHostingLink,
  nonStandardPort,
  uppercaseHost,
  longUrl,
  manyParameters,
  addressInUsername,
];
