import { a } from '../../url/mail.js';
import { describeLinkCheck } from '../../url/check-cases.js';

describeLinkCheck('url-obfuscation/ip-address-host', [
  { name: 'dotted public IPv4', html: a('http://203.0.113.45/login', 'Login'), hit: true, weight: 15, params: { host: '203.0.113.45', form: 'dotted' } },
  { name: 'WHATWG URL: hex octets', html: a('http://0xCB.0x00.0x71.0x07/', 'x'), hit: true, weight: 25, params: { host: '203.0.113.7', form: 'hex', written: '0xCB.0x00.0x71.0x07' } },
  { name: 'WHATWG URL: one 32-bit number', html: a('http://3405803783/', 'x'), hit: true, weight: 25, params: { host: '203.0.113.7', form: 'dword' } },
  { name: 'WHATWG URL: octal octets', html: a('http://0313.0.0161.07/', 'x'), hit: true, weight: 25, params: { form: 'octal' } },
  { name: 'an IP behind a redirector', html: a('https://r.example.org/?u=http://198.51.100.9/pay', 'x'), hit: true },
  { name: 'private address (printer, router)', text: 'http://192.168.10.25/scan.pdf', hit: false },
  { name: 'loopback', text: 'http://127.0.0.1:8080/', hit: false },
  { name: 'a named host', html: a('https://www.example.org/', 'x'), hit: false },
  {
    name: "a server named after its address (a provider's reverse-DNS name)",
    html: a('http://203.0.113.45.host.example.net/boleto', 'Download the invoice'),
    hit: true,
    weight: 15,
    params: { host: '203.0.113.45', form: 'in-name', written: '203.0.113.45.host.example.net' },
  },
  { name: 'a server named with dashes', html: a('https://192-0-2-55.cloud.example.net/scan', 'Scan for viruses'), hit: true, weight: 15, params: { host: '192.0.2.55', form: 'in-name' } },
  { name: 'a shop under a preview name', html: a('https://royalshop.198-51-100-23.example.page/', 'Shop'), hit: true, params: { host: '198.51.100.23', form: 'in-name' } },
  { name: 'a private address in a name', html: a('https://10-0-0-5.intranet.example/', 'x'), hit: false },
  { name: 'numbers that are no address (version, date)', html: a('https://cdn.example.org/v1-2-3/2026-11-23-300.example/', 'x'), hit: false },
  { name: 'a date in a host name', html: a('https://2026-11-23-12.news.example.org/', 'x'), hit: false },
]);
