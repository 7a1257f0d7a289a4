import { describe, expect, it } from 'vitest';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'social-engineering/account-threat';
const H = ['From: "Support" <support@mailer.example.net>', 'To: taro@kousya.example'];

describe(ID, () => {
  it.each([
    ['en: suspended account', 'Subject: Notice', 'Your account has been suspended.', true],
    ['en: a named service account may be suspended', 'Subject: ATTENTION: Your Cloud account may be suspended', 'Hello.', true],
    ['en: your Apple ID is locked', 'Subject: Notice', 'Your Apple ID has been locked for security reasons.', true],
    ['en: cloud storage full', 'Subject: Action needed', 'Your cloud storage is full: new photos will not be saved.', true],
    ['nl: storage full', 'Subject: 57 uploads gepauzeerd: opslag vol', 'Hallo.', true],
    ['es: iCloud storage full', 'Subject: Alerta de almacenamiento de iCloud: está lleno', 'Hola.', true],
    ['de: storage full', 'Subject: Ihr Cloud-Speicher ist fast voll', 'Hallo.', true],
    ['pt: storage almost full', 'Subject: Aviso', 'Seu espaço de armazenamento em nuvem está quase cheio.', true],
    ['ja: cloud storage full', 'Subject: お知らせ', 'iCloudのストレージ容量が不足しています。', true],
    ['en: the balance as hostage', 'Subject: Score released', 'Please be aware that your balance will be cleared upon blocking.', true],
    ['a statement of what was cleared', 'Subject: Statement', 'The cheque you deposited has been cleared; your balance is shown below.', false],
    ['a disk that is full, in a technical thread', 'Subject: Re: build', 'The /var volume is full again, see the logs.', false],
    ['en: verify demand in the subject', 'Subject: Verify your account now', 'Hello.', true],
    ['en: unusual sign-in', 'Subject: Alert', 'We noticed unusual sign-in activity.', true],
    ['en: final notice', 'Subject: FINAL NOTICE regarding your storage', 'Hello.', true],
    ['en: a verification demanded in the subject', 'Subject: Urgent: Account Verification Required', 'Hello.', true],
    ['en: a verification step in a technical thread', 'Subject: Re: release', 'Signature verification required before the upload; two-step verification is pending.', false],
    ['ja: 本人確認', 'Subject: お知らせ', 'ご本人様確認のお願い', true],
    ['ja: 利用制限', 'Subject: お知らせ', 'カードのご利用を一時制限しております。', true],
    ['ja: full-width and mixed case still match', 'Subject: ＶＥＲＩＦＹ Your Account', 'Hello.', true],
    ['es: cuenta suspendida', 'Subject: Aviso', 'Su cuenta ha sido suspendida temporalmente.', true],
    ['de: Konto gesperrt', 'Subject: Hinweis', 'Ihr Konto wurde gesperrt.', true],
    ['fr: compte suspendu', 'Subject: Avis', 'Votre compte a été suspendu.', true],
    ['de: Konto gelöscht', 'Subject: Achtung', 'Ihr Konto wird in 2 Tagen gelöscht!', true],
    ['de: verdächtige Anmeldung', 'Subject: Hinweis', 'Wir haben eine verdächtige Anmeldung festgestellt.', true],
    ['pt: login suspeito', 'Subject: Aviso', 'Um login suspeito em sua conta foi detectado.', true],
    ['es: actividad sospechosa', 'Subject: Aviso', 'Detectamos actividad sospechosa en su cuenta.', true],
    ['fr: connexion suspecte', 'Subject: Avis', 'Nous avons détecté une connexion suspecte.', true],
    ['nl: rekening geblokkeerd', 'Subject: Melding', 'Uw rekening is tijdelijk geblokkeerd.', true],
    ['nl: verdachte activiteit', 'Subject: Melding', 'Wij zagen verdachte activiteit op uw account.', true],
    ['de: a deleted file is not an account threat', 'Subject: Ordner', 'Die Datei im Ordner wurde gelöscht.', false],
    ['ja: words split by spaces to slip past filters', 'Subject: お知らせ', 'カードのご利 用を一部制 限させていただきました。', true],
    ['ja: points expiring within 24 hours', 'Subject: お知らせ', 'ポイントが24時間以内に有効期限を迎え、失効します。', true],
    ['en: a renewal that failed', 'Subject: Your membership renewal was failed #930-0956', 'Hello.', true],
    ['en: a declined payment', 'Subject: Notice', 'Your payment has been declined. Update your card.', true],
    ['a mail server’s "Transaction failed" is no payment', 'Subject: Undelivered Mail', '554 5.7.1 Transaction failed.', false],
    ['en: deadline with a threat', 'Subject: Notice', 'Act within 24 hours or your account will be suspended.', true],
    ['en: a deadline alone', 'Subject: Notice', 'We answer within 24 hours on working days.', false],
    ['ja: the account will be ended', 'Subject: お知らせ', '「WEB会員」のアカウントは終了いたしますのでお知らせいたします。', true],
    ['ja: registration completed is no threat', 'Subject: 登録完了', 'アカウントの登録が終了しました。', false],
    ['a plain business mail', 'Subject: Notes', 'Please verify the numbers in the attached sheet.', false],
    ['a word that contains a phrase word', 'Subject: Notes', 'The unverified account-balance report is ready.', false],
  ] as const)('%s', (_t, subject, body, hit) => {
    const v = analyzeText(eml([...H, subject], `${body}\r\n`));
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(hit);
  });

  it('reports where and what it found, with the phrase highlighted in the evidence', () => {
    const v = analyzeText(eml([...H, 'Subject: Hello'], 'Dear user, your mailbox is almost full. Click below.\r\n'));
    const f = v.findings.find((x) => x.checkId === ID);
    expect(f?.params).toEqual({ where: 'body', phrase: 'your mailbox is almost full' });
    expect(f?.evidence[0]).toMatchObject({ kind: 'body', highlight: 'your mailbox is almost full' });
  });

  it('reports whole words (a stem completed: "bloquead" → "bloqueado")', () => {
    const v = analyzeText(eml([...H, 'Subject: Aviso'], 'Seu cartão foi bloqueado hoje.\r\n'));
    expect(v.findings.find((x) => x.checkId === ID)?.params).toEqual({ where: 'body', phrase: 'cartão foi bloqueado' });
  });

  it('alone it stays below suspicious: the wording never decides on its own', () => {
    const v = analyzeText(eml([...H, 'Subject: Your account has been suspended'], 'Verify your account. You have won a prize. Claim your reward.\r\n'));
    expect(ids(v)).toContain(ID);
    expect(v.score).toBeLessThan(35);
  });

  it('allow-listed senders are skipped', () => {
    const v = analyzeText(eml([...H, 'Subject: Verify your account'], 'Hello.\r\n'), { allowSenders: ['mailer.example.net'] });
    expect(ids(v)).not.toContain(ID);
  });

  it('reads the visible HTML text only: not <title>, <style>, <script> or comments', () => {
    const html = '<html><head><title>Your account has been locked</title></head><body><script>var s="verify your account"</script><p>Hello</p></body></html>';
    const v = analyzeText(eml([...H, 'Subject: Hi', 'MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8'], html));
    expect(ids(v)).not.toContain(ID);
  });
  it('delivery reports describe other mailboxes ("mailbox full"): not addressed to the reader', () => {
    const dsn = eml(['From: Mail Delivery System <MAILER-DAEMON@mx.example.net>', 'Subject: Undelivered Mail', 'To: taro@kousya.example', 'Content-Type: multipart/report; report-type=delivery-status; boundary=b'], '--b\r\nContent-Type: text/plain\r\n\r\nThe recipient mailbox is full. Your account has been suspended.\r\n--b--\r\n');
    expect(ids(analyzeText(dsn))).not.toContain(ID);
  });
  it('"mailbox full" about someone else is not a threat to the reader', () => {
    expect(ids(analyzeText(eml([...H, 'Subject: Re: delivery'], 'Their mailbox is full, so my mail bounced.\r\n')))).not.toContain(ID);
    expect(ids(analyzeText(eml([...H, 'Subject: Notice'], 'Your mailbox is almost full.\r\n')))).toContain(ID);
  });
  fixtureTests(ID, {}, it);
});
