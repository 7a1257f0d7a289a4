import { describe, expect, it } from 'vitest';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'social-engineering/off-channel-contact';
const H = ['From: "Desk" <desk@promo.example.net>', 'Subject: Hello', 'To: taro@kousya.example'];

describe(ID, () => {
  it.each([
    ['a LINE ID to add', '応募はこちら LINE ID：abc765', true],
    ['full-width LINE ID', '［ＬＩＮＥ ＩＤ］：ｋａｔｏ２２', true],
    ['LINEで友だち追加', 'LINEで友だち追加してください', true],
    ['a LINE ID in brackets', '応募するLINE（ID）：a9585 職種：在宅', true],
    ['テレグラムで連絡', 'テレグラムで連絡してください', true],
    ['a WhatsApp number', 'WhatsApp: +1 838 878 1007', true],
    ['a Telegram handle', 'Telegram: @carl_example', true],
    ['text me on telegram', 'Text me on telegram for the cards', true],
    ['a source line id', 'the line id: 42 of the parser', false],
    ['an official LINE account', 'LINE公式アカウントを開設しました', false],
    ['WhatsApp mentioned', 'We use WhatsApp in the team.', false],
  ] as const)('%s', (_t, body, hit) => {
    const v = analyzeText(eml(H, `${body}\r\n`));
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(hit);
  });
  fixtureTests(ID, {}, it);
});
