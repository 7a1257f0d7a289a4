/**
 * The display name claims a mail-system or IT role — "Email Server Administrator", "IT Help Desk",
 * "Webmail", 「システム管理者」「メール管理者」「情報システム部」「メールシステム通知」 — while the
 * address is outside the recipient's organisation. Mailbox-quota and password-expiry phishing poses as the recipient's
 * own administrators. Nameless cloud-storage roles ("Cloud Storage", "Cloud Service Notification")
 * count too: the "your storage is full, your photos will be deleted" campaigns sign that way.
 *
 * Spec: none; the classic "credential harvesting via fake IT notice" pattern.
 * False positives: genuine bounces (MAILER-DAEMON/postmaster and delivery-status reports are
 * skipped), a provider's real notices from its own domain (only the recipient's organisation, or
 * a provider domain you allow-list, counts as inside).
 * Weight rationale: a caution when the recipient's organisation is unknown; suspicious-level when
 * it is known and the sender is clearly outside.
 */
import { sameOrganization } from '../../domain/registrable.js';
import { foldForMatch } from '../../text/normalize.js';
import { isDeliveryReport } from '../delivery-report.js';
import { defineCheck, headerEvidence, hit } from '../define-check.js';

const ROLE =
  /(?:^|[^a-z])(e-?mail|mail|webmail|mailbox|server|system|it|network|account|exchange|office ?365|outlook|helpdesk|help desk|security)\s*(?:server\s*)?(admin|administrator|administration|support|help ?desk|service desk|team|department|notification|quota|upgrade)(?:[^a-z]|$)|システム管理|メール管理|メールサポート|サーバー?管理|情報システム|ヘルプデスク|メールサーバー?|メールセンター|メールシステム|メールセキュリティ|アカウント管理|ウェブメール|webmail|(?:^|[^a-z])cloud[ /-]?(?:storage|services?|speicher|security|support|notifications?)(?:[^a-z]|$)/;

export const systemRoleName = defineCheck({
  id: 'sender-display-name/system-role-name',
  category: 'sender-display-name',
  severity: 'warn',
  weight: 15,
  needs: ['headers'],
  run(ctx) {
    const mb = ctx.author;
    if (!mb?.name || !mb.domain || ctx.mailingList || ctx.isAllowedSender(mb.address)) return [];
    if (isDeliveryReport(ctx)) return [];
    const m = ROLE.exec(foldForMatch(mb.name));
    if (!m) return [];
    const own = ctx.organizationDomains;
    if (own.some((d) => sameOrganization(d, mb.domain))) return [];
    return [
      hit({ name: mb.name, role: m[0].trim(), senderDomain: mb.domain, ownDomain: own[0] ?? '' }, [headerEvidence('From', mb.raw, mb.domain)], own.length ? { weight: 30 } : {}),
    ];
  },
});
