/**
 * A link (or a hop of its chain) points at a bare IP address instead of a named site, worse when
 * the address is disguised as hex (`0x7f.0x0.0x0.0x1`), octal (`0177.0.0.01`), one number
 * (`3232235777`) or a short form (`127.1`), which browsers all accept. A host name built from the
 * address (`239.125.168.184.host.example.net`, `103-52-115-55.cloud.example.net`) counts as a
 * dotted address: it is the default name a hosting provider gives a rented server, not a site.
 *
 * Spec: WHATWG URL IPv4 parser (the canonical dotted form); field notes §3.5 (rspamd
 *   `URL_NUMERIC_IP` 1.5), §3.7 (SpamAssassin decodes the same forms), §3.8 (Thunderbird).
 * False positives: private and loopback addresses (printers, routers, intranet tools in internal
 *   mail) are skipped, as Thunderbird does.
 *   Server names built from an address: 24 phish-dev mails, 0 of 4,279 legitimate, 0 Japanese.
 * Weight rationale: 15 for a dotted public IP or a server name built from one (real companies
 *   link to names), 25 for a disguised form, which has no innocent use.
 */
import { signalFinding } from '../../url/link-facts.js';
import type { UrlObfuscationParams } from '../../model/params/url-obfuscation.js';
import { defineCheck } from '../define-check.js';

type P = UrlObfuscationParams['url-obfuscation/ip-address-host'];

export const ipAddressHost = defineCheck({
  id: 'url-obfuscation/ip-address-host',
  category: 'url-obfuscation',
  severity: 'danger',
  weight: 15,
  needs: ['body'],
  run(ctx) {
    return signalFinding<'ip-host', P>(ctx, 'ip-host', (link, s, i) => {
      if (s.private || ctx.isAllowedLinkDomain(s.address)) return null;
      const written = i.chain[s.at]?.rawHost ?? s.address;
      const disguised = s.form !== 'dotted' && s.form !== 'ipv6' && s.form !== 'in-name';
      return { link, weight: disguised ? 25 : 15, highlight: written, params: { host: s.address, written, form: s.form } };
    });
  },
});
