/**
 * The display name is an alert instead of a name — "Action Needed", "You've been HACKED",
 * "Payment Declined", "Account Suspended", "in afwachting van levering" (awaiting delivery),
 * "Your pending bonus", a court summons ("NOTIFICAÇÃO JUDICIAL", "INTIMAÇÃO", "Subpoena"). Real services name themselves there and put the alert in the subject;
 * a sender name that is an alarm is the lure speaking where the reader looks for who wrote.
 *
 * Spec: none; the alarm counterpart of `prize-offer-name`.
 * False positives: a service named after alerts ("Google Alerts", "Chase Alerts") is not matched:
 * the phrases are states and demands ("account suspended", "action required", "final notice"),
 * never the bare word "alert". The weight alone stays below `caution`.
 * Weight rationale: 10, evidence rather than a verdict. Measured on the project's corpora: 13
 * `phish-dev` mails have such a name, no legitimate, bounce or Japanese mail does; a court
 * summons as the name (session 22): 4 more `phish-dev` mails, no legitimate one. A word inside
 * the final notice (`Final Protection Notice`, `Final Payment Notice`; session 23): 1 more; a
 * capital I for an l and a slash for a space (`Payment/DecIined`; session 23): 1 more. A court's own
 * notices come from its domain and name the court; 10 alone stays `safe`.
 */
import { foldForMatch } from '../../text/normalize.js';
import { defineCheck } from '../define-check.js';
import { displayNameHit } from './shared.js';

/** States and demands of an alert (en, de, nl, fr, es, pt, ja), matched as whole words. */
const ALERT =
  /(?:^|[^\p{L}\p{N}])(action (?:required|needed)|payment (?:declined|failed|pending|overdue|on hold)|delivery (?:failed|failure|pending|on hold)|(?:package|parcel|shipment) (?:on hold|pending|held|returned)|account (?:suspended|locked|disabled|restricted|on hold|deactivated)|suspended account|(?:you've|you have) been hacked|(?:final|last) (?:\p{L}{3,15} )?(?:notice|warning)|security (?:alert|warning)|verification (?:required|needed)|unpaid invoice|password (?:expired|expiry|expiring)|(?:mailbox|storage) (?:is )?full|your pending \p{L}+|zahlung fehlgeschlagen|konto gesperrt|letzte mahnung|handlung erforderlich|dringend|betaling mislukt|actie vereist|laatste waarschuwing|in afwachting van (?:levering|betaling|bezorging)|paiement (?:refusé|échoué|en attente)|action requise|compte suspendu|dernier avertissement|colis en attente|urgente?|pago rechazado|acción requerida|cuenta suspendida|último aviso|env[ií]o pendiente|paquete (?:retenido|pendiente)|entrega fallida|envio pendente|entrega (?:perdida|falhou|não realizada)|falha na entrega|pagamento (?:recusado|pendente)|ação necessária|conta (?:suspensa|bloqueada)|entrega pendente|notifica[çc][ãa]o (?:judicial|extrajudicial)|intima[çc][ãa]o|cita[çc][ãa]o judicial|notificaci[óo]n judicial|citaci[óo]n judicial|court notice|subpoena|dagvaarding|gerichtliche vorladung)(?=$|[^\p{L}\p{N}])|アカウント停止|支払いに失敗|配達失敗|不在通知/u;

/**
 * The alert phrase a display name consists of, or null. A capital I between small letters is read
 * as the l it stands for (`Payment/DecIined`), marks that composition leaves loose on a letter are
 * dropped (`Entre̷ga~pe̷rdida`: accents composed with their letter stay), and slashes, underscores
 * and tildes read as spaces (`Payment/Declined`, `ACCOUNT_SUSPENDED`).
 */
export function alertPhrase(name: string): string | null {
  const read = name.replace(/(?<=[a-z])I(?=[a-z])/g, 'l');
  const m = ALERT.exec(foldForMatch(read).replace(/\p{M}+/gu, '').replace(/[’‘`]/g, "'").replace(/[/_~]+/g, ' '));
  return m ? (m[1] ?? m[0]) : null;
}

export const alertAsName = defineCheck({
  id: 'sender-display-name/alert-as-name',
  category: 'sender-display-name',
  severity: 'warn',
  weight: 10,
  needs: ['headers'],
  run: (ctx) => displayNameHit(ctx, alertPhrase, (name, phrase) => ({ name, phrase })),
});
