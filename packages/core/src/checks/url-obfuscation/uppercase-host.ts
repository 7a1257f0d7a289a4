/**
 * A link host written with mixed case (`http://www.Kousya35698900.stbasil.techix.com/`). Hosts are
 * case-insensitive, so nobody needs capitals; web tools and ESPs emit lower case, while kits that
 * paste the victim's company name into a host keep its capital.
 *
 * Spec: RFC 4343 (DNS case-insensitivity); field notes §2.10.
 * False positives: CamelCase brand names in the registrable label (`www.SellShareware.com`, common
 *   in older newsletters) and anything typed in plain text are skipped; only capitals left of the
 *   registrable domain in an href, or in a host recovered from a redirector's parameter, count;
 *   all-capitals hosts are a shouting style, not a kit.
 * A capitalised label that is scrambled-case noise (`ð69hkŸIHœP8Rz.webrentals.example`,
 *   `b4tszkxvYp4t.click.example`) is a host made up for each copy, so that no block list can hold
 *   the link: 40 phish-dev mails, 0 of 4,279 ham (no ham mail has a capitalised link host at all).
 * Weight rationale: 4, the weakest corroborating signal; 12 (enough for `caution` on its own) for
 *   a scrambled label, which no web tool or mail service writes.
 */
import { signalFinding } from '../../url/link-facts.js';
import type { UrlObfuscationParams } from '../../model/params/url-obfuscation.js';
import { defineCheck } from '../define-check.js';
import { isRandomHostLabel } from '../../text/random-token.js';

type P = UrlObfuscationParams['url-obfuscation/uppercase-host'];

export const uppercaseHost = defineCheck({
  id: 'url-obfuscation/uppercase-host',
  category: 'url-obfuscation',
  severity: 'info',
  weight: 4,
  needs: ['body'],
  run(ctx) {
    return signalFinding<'uppercase-host', P>(ctx, 'uppercase-host', (link, s, i) => {
      // A host that came out of a redirector's parameter, or capitals left of the registrable domain,
      // is kit-written; `www.SellShareware.com` in an href or anything typed in plain text is not.
      const unwrapped = i.chain[s.at] !== undefined && i.unwrap.hops.length > 0 && s.at > 0;
      if (!unwrapped && (!s.inSubdomain || link.source === 'text')) return null;
      // The last label is the top-level domain; any other may be the stamped one.
      const labels = s.rawHost.split('.');
      const scrambled = labels.slice(0, -1).find(isRandomHostLabel);
      if (scrambled) return { link, weight: 12, severity: 'warn', highlight: scrambled, params: { host: s.rawHost, scrambled } };
      return { link, weight: 4, highlight: s.rawHost, params: { host: s.rawHost } };
    });
  },
});
