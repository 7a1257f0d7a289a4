import { describe, expect, it } from 'vitest';
import { readJoinedWords } from '../../../src/checks/header-anomaly/joined-words.js';
import { analyzeText, eml, fixtureTests } from '../../helpers.js';

const ID = 'header-anomaly/joined-words';

describe(ID, () => {
  it.each([
    ['Now.get.up.to.1.BTC', 'Now get up to 1 BTC'],
    ['Find_out_how_to_get_your_Reward!', 'Find out how to get your Reward'],
    ['Transfer__to__your__Bitcoin__address__0.7495__BTC', 'Transfer to your Bitcoin address 0 7495 BTC'],
    ["_You're_on_our_List_", "You're on our List"],
    ['_Your_Reward_Worth_', 'Your Reward Worth'],
  ])('%s reads "%s"', (subject, reading) => {
    expect(readJoinedWords(subject)?.words.join(' ')).toBe(reading);
  });
  it.each([
    ['identifiers without a function word', 'arm_smmu_find_sme'],
    ['a subject with spaces', 'Re: drop vcpu_vendor_get_cell_io_bitmap'],
    ['a file name', 'Report_for_the_Q3_sales.xlsx'],
    ['two words only', 'Exclusive_Reward'],
    ['a domain name', 'www.get.example.com'],
    ['a version string', 'release_1.2.3_to_4'],
    ['no separator at all', 'Hello'],
  ])('ignores %s', (_what, subject) => {
    expect(readJoinedWords(subject)).toBeNull();
  });
  it('weighs 20 and adds the evidence of the subject', () => {
    const v = analyzeText(eml(['From: Offers <a@offers.example.net>', 'Subject: Find_out_how_to_get_your_Reward!', 'To: taro@kousya.example']));
    const f = v.findings.find((x) => x.checkId === ID);
    expect(f?.weight).toBe(20);
    expect(f?.params).toEqual({ subject: 'Find_out_how_to_get_your_Reward!', reading: 'Find out how to get your Reward' });
  });
  fixtureTests(ID, {}, it);
});
