import { describe, expect, it } from 'vitest';
import { platformOf } from '../../../src/checks/header-anomaly/platform-default-sender.js';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'header-anomaly/platform-default-sender';

describe(ID, () => {
  it.each([
    ['casino-485f7.firebaseapp.com', 'Firebase'],
    ['school.onmicrosoft.com', 'Microsoft 365'],
    ['school.mail.onmicrosoft.com', 'Microsoft 365'],
    ['app-1234.appspotmail.com', 'Google App Engine'],
    ['sandbox0123abcd.mailgun.org', 'Mailgun (sandbox)'],
    ['pcpilrjf.zendesk.com', 'Zendesk'],
    ['support.zendesk.com', undefined],
    ['zendesk.com', undefined],
    ['firebaseapp.com', undefined],
    ['onmicrosoft.com', undefined],
    ['notonmicrosoft.com', undefined],
    ['firebase.google.com', undefined],
  ] as const)('%s → %s', (domain, service) => {
    expect(platformOf(domain)?.service).toBe(service);
  });
  it('weighs 27: caution alone, suspicious with a second sign', () => {
    const alone = analyzeText(eml(['From: Project Team <noreply@x-1.firebaseapp.com>', 'Subject: hi', 'To: taro@kousya.example']));
    expect(alone.findings.find((f) => f.checkId === ID)?.weight).toBe(27);
    expect(alone.level).toBe('caution');
    const withReplyTo = analyzeText(
      eml(['From: Project Team <noreply@x-1.firebaseapp.com>', 'Reply-To: <prize.claims.desk@gmail.com>', 'Subject: hi', 'To: taro@kousya.example']),
    );
    expect(withReplyTo.level).toBe('suspicious');
    // The weakest second sign: replies to another organisation (8).
    const withOtherOrg = analyzeText(
      eml(['From: Project Team <noreply@x-1.firebaseapp.com>', 'Reply-To: <claims@prize-desk.example>', 'Subject: hi', 'To: taro@kousya.example']),
    );
    expect(ids(withOtherOrg)).toContain('reply-path/reply-to-other-organization');
    expect(withOtherOrg.level).toBe('suspicious');
  });
  it("the tenant's own delivery reports are skipped", () => {
    const v = analyzeText(
      eml(['From: <postmaster@school.onmicrosoft.com>', 'Subject: Undeliverable: hi', 'To: taro@kousya.example', 'Content-Type: multipart/report; report-type=delivery-status; boundary=b'], '--b\r\n\r\nx\r\n--b--\r\n'),
    );
    expect(ids(v)).not.toContain(ID);
  });
  it('allow-listed senders and the organisation domains are skipped', () => {
    const headers = ['From: <it@school.onmicrosoft.com>', 'Subject: hi', 'To: taro@kousya.example'];
    expect(ids(analyzeText(eml(headers), { allowSenders: ['it@school.onmicrosoft.com'] }))).not.toContain(ID);
    expect(ids(analyzeText(eml(headers), { organizationDomains: ['school.onmicrosoft.com'] }))).not.toContain(ID);
  });
  fixtureTests(ID, {}, it);
});
