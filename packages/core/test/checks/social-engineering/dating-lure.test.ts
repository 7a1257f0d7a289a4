import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/explain/explain.js';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'social-engineering/dating-lure';
const H = ['From: "Dates" <info@dating-offers.example>', 'To: user@example.org'];

describe(ID, () => {
  it.each([
    ['Subject: I am 23 years old, looking for a lover.', 'Click for date'],
    ['Subject: Offer', 'Hot singles near you are waiting.'],
    ['Subject: Offer', 'Meet Russian beauties today'],
    ['Subject: Geniet van daten met Russische schoonheden', 'Vind je liefje'],
    ['Subject: Op zoek naar een spannende flirt?', 'Hey daar!'],
    ['Subject: Neue Sexkontakte', 'Jetzt ansehen'],
    ['Subject: Gratis lidmaatschap', 'Ben jij op zoek naar een prachtige Oekraïense vrouw?'],
    ['Subject: Hallo', 'Singles in deiner Nähe warten.'],
    ['Subject: Offer', 'ＨＯＴ　ＳＩＮＧＬＥＳ near you'],
    ['Subject: Wie durft een klik met mij?', 'Hoi daar! Ik ben Jasmijn, 21 jaar, en ik hou van lachen. Momenteel zoek ik een leuke man die net zo avontuurlijk is.'],
    ['Subject: Hallo', 'Ich bin Lena, 25 Jahre alt. Ich suche einen Mann für schöne Abende.'],
  ])('%s / %s', (subject, body) => {
    expect(ids(analyzeText(eml([...H, subject], body)))).toContain(ID);
  });
  it.each([
    ['Subject: antenna', 'Hook up the antenna and you get a perfect match.'],
    ['Subject: lab', 'We are looking for a man-in-the-middle test; local women and men volunteer.'],
    ['Subject: Job', 'We are looking for a woman or man to lead the sales team.'],
    ['Subject: You have 2 new likes', 'Open the app to see who liked your profile.'],
    ['Subject: Casual Friday', 'Casual dress code this week.'],
    ['Subject: Application', 'I am 24 years old and I am looking for a position as a developer.'],
    ['Subject: Hiring', 'Our team is looking for a man or woman with five years of experience. I am 45 years old myself.'],
    ['Subject: Partner', 'I am 45 years old and looking for a business partner for my shop.'],
  ])('no finding: %s / %s', (subject, body) => {
    expect(ids(analyzeText(eml([...H, subject], body)))).not.toContain(ID);
  });
  it('quotes the phrase in both languages and stays safe alone', () => {
    const v = analyzeText(eml([...H, 'Subject: Meet your kind of singles near you'], 'Sign up.'));
    expect(v.findings.find((f) => f.checkId === ID)?.params).toEqual({ where: 'subject', phrase: 'singles near you' });
    expect(v.level).toBe('safe');
    expect(explain(v, { locale: 'en' }).items.find((i) => i.checkId === ID)?.detail).toBe('The subject says “singles near you”.');
    expect(explain(v, { locale: 'ja' }).items.find((i) => i.checkId === ID)?.detail).toBe('件名に「singles near you」と書かれています。');
  });
  it('a dating profile\'s opening: the age, then whom she is looking for', () => {
    const v = analyzeText(eml([...H, 'Subject: Hoi'], 'Ik ben Jasmijn, 21 jaar. Momenteel zoek ik een leuke man.'));
    expect(v.findings.find((f) => f.checkId === ID)?.params).toEqual({ where: 'body', phrase: 'ik ben jasmijn, 21 jaar … zoek ik een leuke man' });
  });
  it('an allow-listed sender is skipped', () => {
    expect(ids(analyzeText(eml([...H, 'Subject: Hot singles near you']), { allowSenders: ['dating-offers.example'] }))).not.toContain(ID);
  });
  fixtureTests(ID, {}, it);
});
