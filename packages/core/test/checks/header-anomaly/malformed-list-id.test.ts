import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/explain/explain.js';
import { isWellFormedListId } from '../../../src/parse/list-id.js';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'header-anomaly/malformed-list-id';
const FROM = 'From: "Singles" <mail@dating.example>';

describe(ID, () => {
  it.each([
    ['Linux man pages <linux-man.vger.kernel.org>', true],
    ['<razor-users.lists.sourceforge.net>', true],
    ['"Discussion of USRP, UHD" <usrp-users.lists.ettus.com>', true],
    ['<nightly.localhost> (unmanaged)', true],
    ['ohfjjgqufpwgxfwjf of 1304', false],
    ['zt787h7p2q97a <Complete_OPN>', false],
    ['<.7289367.xt.local>', false],
    ['<13KSwikTd.xt.local>AC', false],
    ['<user@lists.example.net>', false],
    ['', false],
  ])('List-Id %j well-formed: %s', (value, ok) => {
    expect(isWellFormedListId(value)).toBe(ok);
  });
  it('reports a made-up List-Id and quotes it', () => {
    const v = analyzeText(eml([FROM, 'To: user@example.org', 'List-Id: bw780ydwj6d70   <MeetSingles>']));
    expect(v.findings.find((f) => f.checkId === ID)?.params).toEqual({ value: 'bw780ydwj6d70 <MeetSingles>' });
    expect(explain(v, { locale: 'ja' }).items.find((i) => i.checkId === ID)?.title).toBe('メーリングリストからのメールを装っています');
    expect(explain(v, { locale: 'en' }).items.find((i) => i.checkId === ID)?.detail).toMatch(/“bw780ydwj6d70 <MeetSingles>”, but that is not how mailing-list software names a list/);
  });
  it('one well-formed List-Id beside a broken one is not reported', () => {
    expect(ids(analyzeText(eml([FROM, 'List-ID: <7289367.xt.local>', 'List-ID: <.7289367.xt.local>'])))).not.toContain(ID);
  });
  it('a made-up List-Id does not make the mail one re-sent by a list: the free reply box is reported', () => {
    const headers = ['From: <daniels.office@gmail.com>', 'Reply-To: <jre.daniels.law@outlook.com>', 'To: daniels.office@gmail.com', 'List-Help: <mailto:jre.daniels.law@outlook.com>'];
    expect(ids(analyzeText(eml([...headers, 'List-Id: ohfjjgqufpwgxfwjf of 1304'])))).toContain('reply-path/freemail-reply-to');
    expect(ids(analyzeText(eml([...headers, 'List-Id: Daniels <announce.lists.example.net>'])))).not.toContain('reply-path/freemail-reply-to');
  });
  it('an allow-listed sender is skipped', () => {
    expect(ids(analyzeText(eml([FROM, 'List-Id: <MeetSingles>']), { allowSenders: ['dating.example'] }))).not.toContain(ID);
  });
  fixtureTests(ID, {}, it);
});
