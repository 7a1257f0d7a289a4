import { describeLinkCheck } from '../../url/check-cases.js';

describeLinkCheck('url-obfuscation/html-form', [
  {
    name: 'HTML §4.10: a form with a password field',
    html: '<form action="https://upgrade.example.net/p.php"><input name="email"><input type="password" name="p"></form>',
    hit: true,
    weight: 25,
    params: { action: 'upgrade.example.net' },
  },
  { name: 'card number by name', html: '<form action="https://pay.example.net/"><input type="text" name="cardnumber"><input name="cvv"></form>', hit: true },
  { name: 'Japanese placeholder', html: '<form action="https://pay.example.net/"><input type="text" placeholder="暗証番号"></form>', hit: true },
  { name: 'form without action', html: '<form><input type="password" name="x"></form>', hit: true, params: { action: '' } },
  { name: 'a search box', html: '<form action="https://www.shop.example/search"><input name="q"></form>', hit: false },
  { name: '"shipping" is not "pin"', html: '<form action="https://www.shop.example/s"><input name="shipping_zip"></form>', hit: false },
  { name: 'a password field outside any form', html: '<input type="password" name="p">', hit: false },
]);
