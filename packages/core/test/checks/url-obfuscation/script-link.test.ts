import { a } from '../../url/mail.js';
import { describeLinkCheck } from '../../url/check-cases.js';

describeLinkCheck('url-obfuscation/script-link', [
  { name: 'data:text/html document', html: a('data:text/html;base64,PGgxPkhpPC9oMT4=', 'Open'), hit: true, weight: 20, params: { scheme: 'data' } },
  { name: 'vbscript:', html: a('vbscript:msgbox(1)', 'x'), hit: true, weight: 20 },
  { name: 'javascript: helper', html: a("javascript:popUp('a.html')", 'x'), hit: true, weight: 8, params: { scheme: 'javascript' } },
  { name: 'entity-hidden javascript: (&#106;avascript&colon;)', html: a('&#106;avascript&colon;alert(1)', 'x'), hit: true },
  { name: 'javascript:void(0) placeholder', html: a('javascript:void(0)', 'x'), hit: false },
  { name: 'data:image is a picture', html: a('data:image/png;base64,iVBORw0KGgo=', 'x'), hit: false },
]);
