/**
 * The recipient's organisation name (the label of its domain, `kousya` for `kousya.jp`) or a
 * personal mailbox name is built into the host of a link that leads elsewhere:
 * `www.Kousya35698900.stbasil.techix.com`, `kousya-jp.login.example`. Kits generate one host per
 * victim organisation so the page can pass for the company's own portal.
 *
 * Spec: field notes §2.3 (nobody checks host labels), §3.12 (Sublime: path/fragment only).
 * False positives: the organisation's own domains (skipped); its tenants on multi-tenant services
 *   (`kousya.slack.com`, `kousya.sharepoint.com`: exact-label tenants skipped); freemail
 *   recipients (`gmail` is nobody's organisation); names under four characters are ignored.
 * Weight rationale: 25: a stranger's host carrying your company's name is targeted by design;
 *   suspicious together with any other link signal.
 */
import { showHost, signalFinding, viaText } from '../../url/link-facts.js';
import type { RecipientTargetingParams } from '../../model/params/recipient-targeting.js';
import { defineCheck } from '../define-check.js';

type P = RecipientTargetingParams['recipient-targeting/recipient-in-link-host'];

export const recipientInLinkHost = defineCheck({
  id: 'recipient-targeting/recipient-in-link-host',
  category: 'recipient-targeting',
  severity: 'danger',
  weight: 25,
  needs: ['body', 'recipient-address'],
  run(ctx) {
    return signalFinding<'recipient', P>(ctx, 'recipient', (link, s, i) => {
      if (s.where !== 'host' || (s.form !== 'domain-label' && s.form !== 'local')) return null;
      const node = i.chain[s.at];
      if (!node || (node.domain && (ctx.isAllowedLinkDomain(node.domain) || ctx.organizationDomains.includes(node.domain)))) return null;
      // Highlight just the embedded name as written (`Kousya` of `www.Kousya35698900…`).
      const host = showHost(node);
      const name = (s.form === 'domain-label' ? ctx.recipient?.orgLabel : ctx.recipient?.local)?.toLowerCase() ?? s.token;
      const at = host.toLowerCase().indexOf(name);
      return {
        link,
        weight: 25,
        highlight: at >= 0 ? host.slice(at, at + name.length) : s.token,
        params: { via: viaText(i), host: showHost(i.target ?? node), token: name, part: s.form },
      };
    });
  },
});
