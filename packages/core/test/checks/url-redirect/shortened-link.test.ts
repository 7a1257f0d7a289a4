import { a } from '../../url/mail.js';
import { describeLinkCheck } from '../../url/check-cases.js';

describeLinkCheck('url-redirect/shortened-link', [
  { name: 'bit.ly in a text notice, its only link', text: '再配達: https://bit.ly/3xYzAbC', hit: true, weight: 20, params: { shortener: 'bit.ly', count: 1, everyLink: true } },
  {
    name: 'a shortened link among links to other sites',
    html: a('https://bit.ly/3xYzAbC', 'the study') + a('https://www.news.example/story', 'our story'),
    hit: true,
    weight: 10,
    params: { everyLink: false },
  },
  {
    name: 'every link shortened, even with two shorteners',
    text: 'https://t.co/AbCdEf https://is.gd/xYz',
    hit: true,
    weight: 20,
    params: { count: 2, everyLink: true },
  },
  {
    name: 'a first-party short link next to a third-party one is not "every link"',
    text: 'https://t.co/AbCdEf https://www.shop.example/',
    hit: true,
    weight: 10,
  },
  { name: 'a Japanese shortener', html: a('https://x.gd/AbCd', 'こちら'), hit: true, params: { shortener: 'x.gd' } },
  { name: 'Firebase Dynamic Links subdomain', html: a('https://1vqajmoh3n.page.link/abc', 'Open'), hit: true, params: { shortener: 'page.link' } },
  { name: 'counts every shortened link', text: 'https://bit.ly/a1 https://tinyurl.com/b2', hit: true, params: { count: 2 } },
  { name: 'amzn.to in someone else’s mail', html: a('https://amzn.to/3AbCdEf', 'Amazon'), hit: true, params: { shortener: 'amzn.to' } },
  { name: 'amzn.to in Amazon’s own mail', from: 'Amazon <store-news@amazon.co.jp>', html: a('https://amzn.to/3AbCdEf', 'deal'), hit: false },
  { name: 't.co from X itself (first-party)', from: 'X <notify@x.com>', html: a('https://t.co/AbC', 'post'), hit: false },
  { name: 'constrained first-party shortener (aka.ms)', text: 'Learn more: https://aka.ms/LearnAboutSenderIdentification', hit: false },
  { name: 'youtu.be always leads to YouTube', text: 'https://youtu.be/dQw4w9WgXcQ', hit: false },
  { name: 'an ordinary link', html: a('https://www.shop.example/', 'Shop'), hit: false },
]);
