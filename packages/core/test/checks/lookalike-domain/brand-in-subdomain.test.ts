import { a } from '../../url/mail.js';
import { describeLinkCheck } from '../../url/check-cases.js';

describeLinkCheck('lookalike-domain/brand-in-subdomain', [
  {
    name: 'a whole brand domain in front (www.smbc-card.com.vpass-login…)',
    html: a('https://www.smbc-card.com.member-check.example.net/login', 'x'),
    hit: true,
    weight: 25,
    params: { token: 'smbc-card.com', domain: 'example.net' },
  },
  { name: 'a brand-shaped label in front', html: a('https://amazon-co-jp.account.example.net/', 'x'), hit: true, weight: 15 },
  { name: 'a distinctive brand name as a label', html: a('https://mercari.verify-center.example.net/', 'x'), hit: true, weight: 15, params: { token: 'mercari' } },
  { name: 'a brand with a country code, as a help-desk portal label', html: a('https://debank-us.reamaze.example/', 'x'), hit: true, weight: 15, params: { token: 'debank-us' } },
  { name: 'an ordinary word that is also a brand name', html: a('https://outlook.addin-vendor.example/', 'x'), hit: false },
  { name: 'the brand’s own subdomain', html: a('https://www.smbc-card.com/mem/', 'x'), hit: false },
  {
    name: 'a company domain named as the company, not as its founder (tesla.com is listed for both)',
    html: a('https://www.tesla.com.promo-event.example.net/claim', 'x'),
    hit: true,
    weight: 25,
    params: { token: 'tesla.com', brand: 'Tesla' },
  },
  { name: 'the brand’s own mail through its ESP vanity host', from: 'Rakuten <info@rakuten.co.jp>', html: a('https://rakuten.mail-esp.example/c/x', 'x'), hit: false },
]);
