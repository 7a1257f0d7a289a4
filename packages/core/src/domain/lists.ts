/** Bundled domain lists (freemail providers, ESP bounce domains), as immutable sets. */
import esp from '../data/esp-domains.json';
import freemail from '../data/freemail.json';
import { orgDomain } from './registrable.js';

const FREEMAIL: ReadonlySet<string> = new Set(freemail.domains);
const ESP: ReadonlySet<string> = new Set(esp.domains.map((d) => orgDomain(d)));

/** True for a free mailbox provider's domain (`gmail.com`, `docomo.ne.jp`…). */
export function isFreemail(domain: string): boolean {
  const d = domain.toLowerCase();
  return FREEMAIL.has(d) || FREEMAIL.has(orgDomain(d));
}

/** True for an e-mail service provider's bounce or sending domain. */
export function isEspDomain(domain: string): boolean {
  return ESP.has(orgDomain(domain));
}
