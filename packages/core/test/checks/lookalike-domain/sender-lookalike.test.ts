import { describeLinkCheck } from '../../url/check-cases.js';

describeLinkCheck('lookalike-domain/sender-lookalike', [
  {
    name: 'flattened brand domain',
    from: 'Amazon.co.jp <info@amazon-co-jp.example>',
    text: 'x',
    hit: true,
    weight: 35,
    params: { domain: 'amazon-co-jp.example', brandDomain: 'amazon.co.jp', kind: 'flattened' },
  },
  { name: 'brand plus keyword', from: '<info@smbc-card-security.test>', text: 'x', hit: true, weight: 30, params: { brandDomain: 'smbc-card.com', kind: 'brand-plus-keyword' } },
  { name: 'digit homoglyph', from: '<info@amaz0n.co.jp>', text: 'x', hit: true, params: { kind: 'skeleton' } },
  { name: 'rn for m', from: '<info@arnazon.com>', text: 'x', hit: true, params: { kind: 'skeleton' } },
  { name: 'typo of a long name', from: '<info@rakutem.co.jp>', text: 'x', hit: true, params: { kind: 'typo' } },
  { name: 'another ending under a phishing TLD', from: '<info@mercari.xyz>', text: 'x', hit: true, weight: 30, params: { kind: 'tld-swap' } },
  { name: 'another ending under a namespace sold like a TLD', from: '<info@lidl.it.com>', text: 'x', hit: true, weight: 30, params: { kind: 'tld-swap', brandDomain: 'lidl.de' } },
  { name: 'the brand itself', from: '<ship-confirm@amazon.co.jp>', text: 'x', hit: false },
  { name: 'another of the brand’s domains', from: '<info@rakuten-bank.co.jp>', text: 'x', hit: false },
  { name: 'another ending under an ordinary TLD (brands own many)', from: '<info@verizon.net>', text: 'x', hit: false },
  { name: 'an ordinary word one letter from a brand', from: '<info@lindows.com>', text: 'x', hit: false },
  { name: 'a short name one letter from a brand', from: '<info@tesco.ie>', text: 'x', hit: false },
  { name: 'one word of a hyphenated brand', from: '<noreply@team.mobile.de>', text: 'x', hit: false },
  { name: 'allow-listed sender', from: '<info@amazon-co-jp.example>', text: 'x', options: { allowSenders: ['amazon-co-jp.example'] }, hit: false },
]);
