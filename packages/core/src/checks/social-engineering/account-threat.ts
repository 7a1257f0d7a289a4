/**
 * The text threatens the reader's account (suspended, locked, closed, "unusual sign-in") or demands
 * that they verify, confirm or update it — the pressure that sends people to a fake sign-in page
 * (`アカウントが一時停止されました`, `Verify your account within 24 hours`).
 *
 * Spec: none in the field notes (no client add-in reads the text); the classic awareness-training
 *   advice ("urgency, threats to your account"). Phrases are written for en and ja, plus pt, es, de,
 *   fr and nl for the account-threat idioms phishing kits are most often translated into.
 * False positives: genuine security notices of the reader's own providers say the same words —
 *   which is why this never decides alone: the category is capped below `suspicious` and only adds
 *   to evidence about the sender or the links. Allow-listed senders are skipped.
 * Weight rationale: 12 — on its own a `caution`; with one more independent sign (a stranger's
 *   link, a failed authentication, a mismatched reply path) it reaches `suspicious`.
 */
import { defineCheck } from '../define-check.js';
import { anyOf, gated, phraseFinding } from './shared.js';


/** Bounded gaps and literal alternatives only: linear (checked by the ReDoS test). */
export const ACCOUNT_THREAT: readonly RegExp[] = [
  // en
  /\b(?:verify|confirm|validate|re-?activate|unlock|restore) your (?:account|identity|e-?mail(?: address)?|mailbox|wallet|login|password|details|information)\b/,
  /\byour (?:[a-z][a-z0-9-]{1,11} )?(?:account|mailbox|profile|wallet|card|id|password)(?: has been| will be| is| was| may be| might be)(?: temporarily| permanently)? (?:suspended|locked|disabled|deactivated|restricted|limited|closed|terminated|blocked|on hold|deleted|compromised)\b/,
  /\b(?:unusual|suspicious|unauthori[sz]ed) (?:sign-?in|log-?in|activity|access|login attempt)\b/,
  /\b(?:update|confirm|verify) your (?:payment|billing|card)(?: information| details| method)?\b/,
  /\byour password (?:will |has )?expire|\bpassword (?:expiry|expiration) notice\b/,
  /\byour (?:i?cloud |google |photo |drive )?(?:mailbox|storage|inbox|e-?mail(?: account)?) (?:is )?(?:almost |nearly )?(?:full|over (?:its )?quota)\b|\byour (?:mailbox|storage) quota\b|\bmailbox (?:quota|storage|size) (?:exceeded|limit|warning|full)\b|\b(?:i?cloud|photo) storage (?:is )?(?:almost |nearly )?full\b|\bstorage limit (?:reached|exceeded)\b/,
  /\b(?:avoid|prevent) (?:the )?(?:account )?(?:suspension|closure|deactivation|deletion|termination)\b/,
  /\b(?:within|in) (?:24|48|72) hours\b.{0,40}\b(?:suspen|clos|delet|terminat|expir|lock|disabl|deactivat)/,
  /\bfinal (?:warning|notice)\b|\b(?:service|account|subscription|mailbox) (?:termination|suspension|deactivation|closure) notice\b/,
  /\b(?:account|identity|e-?mail|mailbox|wallet) (?:verification|validation|confirmation) (?:is )?(?:required|needed|pending)\b/,
  // a renewal or payment that failed: the fake invoice's way to the "update your card" page
  /\b(?:payment|renewal|subscription|billing)s? (?:has |have |was |were |is )?(?:been )?(?:failed|declined|unsuccessful)\b|\b(?:failed|declined|unsuccessful) (?:payment|renewal|subscription)\b/,
  // the money on the account as the hostage (`your balance will be cleared upon blocking`)
  /\byour (?:balance|funds|points|coins) (?:will be|is going to be|may be) (?:cleared|lost|forfeited|reset|zeroed|burned|frozen)\b/,
  // ja
  /アカウント.{0,10}(?:停止|凍結|制限|ロック|無効|閉鎖|削除|終了いたします|終了します|終了となります)/,
  /(?:ご本人様|本人)確認/,
  /(?:お支払い|支払い|決済)(?:方法|情報).{0,10}(?:更新|変更|確認|失敗|問題)/,
  /(?:異常|不審)な(?:ログイン|アクセス|サインイン)|不正(?:な|に)?(?:ログイン|アクセス|利用)|第三者.{0,8}(?:ログイン|アクセス|利用)/,
  /(?:ご利用|利用|サービス|カード)(?:の|を)?(?:一時|一部)?(?:的に)?(?:制限|停止)/,
  /パスワード.{0,10}(?:有効期限|期限切れ)|メールボックス.{0,8}(?:容量|上限)|(?:ストレージ|クラウド|icloud).{0,10}(?:容量(?:が|の)?(?:上限|不足|いっぱい)|がいっぱい)/,
  /(?:24|48|72)時間以内.{0,24}(?:失効|停止|削除|無効|制限|期限)|ポイント.{0,16}失効/,
  // pt
  /\b(?:conta|cartão|cartao|cadastro|acesso)\b.{0,16}(?:bloquead|suspens|desativad|cancelad)/,
  /\b(?:atualize|atualizar|confirme|confirmar|regularize|regularizar|verifique|verificar|valide|validar) (?:os |as )?(?:seus|sua|seu|suas) (?:dados|cadastro|conta|identidade|acesso|informações|informacoes)\b/,
  /\bevite (?:o |a )?(?:bloqueio|cancelamento|suspensão|suspensao)\b/,
  /\b(?:login|acesso|atividade|entrada) (?:suspeit|incomu|não autorizad|nao autorizad)/,
  /\barmazenamento\b.{0,30}(?:está |esta )?(?:quase )?(?:cheio|lotado|esgotado)/,
  // es
  /\b(?:cuenta|tarjeta)\b.{0,16}(?:bloquead|suspendid|desactivad|cancelad|restringid)/,
  /\b(?:verifique|confirme|actualice|verificar|confirmar|actualizar) (?:su|sus|tu|tus) (?:cuenta|datos|identidad|información|informacion)\b/,
  /\b(?:inicio de sesión|inicio de sesion|actividad|acceso) (?:sospechos|inusual|no autorizad)/,
  /\balmacenamiento\b.{0,30}(?:está |esta )?(?:casi )?(?:lleno|agotado)/,
  // de
  /\b(?:konto|zugang|karte)\b.{0,24}(?:gesperrt|eingeschränkt|deaktiviert|gekündigt|gelöscht)/,
  /\b(?:verdächtige|ungewöhnliche|unbefugte)[nrs]? (?:anmeldung|aktivität|zugriff|login)/,
  /\b(?:bestätigen|verifizieren|aktualisieren) sie (?:ihr|ihre|ihren) (?:konto|identität|daten|zahlungs)/,
  /\b(?:cloud-?|icloud-?)?speicher(?:platz)? (?:ist )?(?:fast |bald )?(?:voll|aufgebraucht)\b/,
  // fr
  /\b(?:compte|carte)\b.{0,16}(?:suspendu|bloqué|désactivé|restreint|clôturé)/,
  /\b(?:vérifiez|confirmez|mettez à jour) (?:votre|vos) (?:compte|identité|informations|coordonnées|données)\b/,
  /\b(?:connexion|activité|accès) (?:suspect|inhabituel|non autorisé)/,
  /\bstockage (?:icloud |cloud )?(?:est )?(?:presque )?(?:plein|saturé)\b/,
  // nl
  /\b(?:account|rekening|pas|toegang)\b.{0,16}(?:geblokkeerd|opgeschort|gedeactiveerd|verwijderd|beperkt)/,
  /\b(?:verdachte|ongebruikelijke) (?:activiteit|aanmelding|inlogpoging|login)/,
  /\b(?:cloud)?opslag (?:is )?(?:bijna )?vol\b/,
];
/**
 * A piece of every match of {@link ACCOUNT_THREAT}, pattern by pattern (the word or phrase each one
 * cannot match without): texts with none of them are not searched with the whole expression.
 * Literal alternatives only: linear.
 */
export const ACCOUNT_THREAT_GATE =
  /failed|declined|unsuccessful|your (?:balance|funds|points|coins) |(?:verify|confirm|validate|activate|unlock|restore|update) your |(?:been|be|is|was|temporarily|permanently) (?:suspended|locked|disabled|deactivated|restricted|limited|closed|terminated|blocked|on hold|deleted|compromised)|(?:unusual|suspicious|unauthori[sz]ed) (?:sign|log|activity|access)|your password |password expir|quota|(?:box|storage|mail|account) (?:is )?(?:almost |nearly )?full|storage limit|mailbox s|suspension|closure|deactivation|deletion|termination|(?:24|48|72) hours|final (?:warning|notice)|(?:verification|validation|confirmation) (?:is )?(?:required|needed|pending)|アカウント|本人確認|本人様確認|支払い方法|支払い情報|決済方法|決済情報|異常な|不審な|不正|第三者|制限|停止|パスワード|メールボックス|容量|いっぱい|時間以内|失効|bloquead|suspens|desativad|cancelad|(?:seus|sua|seu|suas) (?:dados|cadastro|conta|identidade|acesso|informa)|evite |suspeit|incomu|autorizad|armazenamento|suspendid|desactivad|restringid|(?:su|sus|tu|tus) (?:cuenta|datos|identidad|informaci)|sospechos|inusual|almacenamiento|gesperrt|eingeschränkt|deaktiviert|gekündigt|gelöscht|verdächtige|ungewöhnliche|unbefugte|sie ihr|speicher|suspendu|bloqué|désactivé|restreint|clôturé|vérifiez|confirmez|mettez à jour|suspect|inhabituel|non autorisé|stockage|geblokkeerd|opgeschort|gedeactiveerd|verwijderd|beperkt|verdachte|ongebruikelijke|opslag/;

/** All of {@link ACCOUNT_THREAT} as one expression, gated by {@link ACCOUNT_THREAT_GATE}. */
export const ACCOUNT_THREAT_ANY = gated(anyOf(ACCOUNT_THREAT), ACCOUNT_THREAT_GATE);

export const accountThreat = defineCheck({
  id: 'social-engineering/account-threat',
  category: 'social-engineering',
  severity: 'warn',
  weight: 12,
  needs: ['headers'],
  run: (ctx) => phraseFinding(ctx, ACCOUNT_THREAT_ANY),
});
