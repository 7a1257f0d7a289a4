/**
 * The "Check this link" window (opened by the context menu on a link in a message): reads the link
 * and the message's tab from its own URL, asks the background, renders the verdict. The link is
 * shown as text only; this page never opens or fetches it.
 */
import { parseLinkPage } from './link-check.js';
import { CHECK_LINK, type CheckLinkResponse } from './protocol.js';
import { h, localizePage, t } from './ui/dom.js';
import { renderLinkResult } from './ui/render.js';

function finish(state: string): void {
  document.body.dataset['state'] = state;
  document.body.dataset['done'] = '1';
}

async function main(): Promise<void> {
  localizePage();
  document.title = t('linkWindowTitle');
  const app = document.getElementById('app')!;
  const target = parseLinkPage(location.search);
  if (!target) {
    app.replaceChildren(h('p', { class: 'notice' }, t('linkBad')));
    return finish('bad-link');
  }
  const r = await messenger.runtime.sendMessage<CheckLinkResponse>({ type: CHECK_LINK, ...target });
  if (!r || !r.ok) {
    app.replaceChildren(h('p', { class: 'notice' }, t(r?.reason === 'bad-link' ? 'linkBad' : 'linkError')));
    if (r?.detail) app.append(h('p', { class: 'notice-detail' }, r.detail));
    return finish(r?.reason ?? 'error');
  }
  document.body.dataset['level'] = r.level;
  app.replaceChildren(renderLinkResult(r));
  finish('checked');
}

document.getElementById('close')?.addEventListener('click', (e) => {
  e.preventDefault();
  window.close();
});

main().catch((e: unknown) => {
  document.getElementById('app')?.replaceChildren(h('p', { class: 'notice' }, t('linkError')), h('p', { class: 'notice-detail' }, String(e)));
  finish('error');
});
