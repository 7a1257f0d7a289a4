import { a } from '../../url/mail.js';
import { describeLinkCheck } from '../../url/check-cases.js';

describeLinkCheck('url-obfuscation/free-hosting-link', [
  { name: 'Cloud Run function', html: a('https://keep-password-7f3a2-uc.a.run.app/', 'x'), hit: true, weight: 8, params: { service: 'a.run.app' } },
  { name: 'public bucket', html: a('https://storage.googleapis.com/bucket-x/index.html', 'x'), hit: true },
  { name: 'Webflow site', html: a('https://protonmail-6e3725.webflow.io/', 'x'), hit: true },
  { name: 'a shared Google Doc', html: a('https://docs.google.com/document/d/1AbC/edit', 'x'), hit: false },
  { name: 'the sender’s own site there', from: 'Project <news@myproject.web.app>', html: a('https://myproject.web.app/news', 'x'), hit: false },
]);
