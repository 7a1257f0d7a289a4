/** The popup of the "Check this mail" button: asks the background, renders the explanation. */
import { linkList } from './link-list.js';
import { CHECK_TAB, type CheckResponse } from './protocol.js';
import { h, localizePage, t } from './ui/dom.js';
import { renderExplanation } from './ui/render.js';

const FAIL_TEXT: Record<string, string> = {
  'no-message': 'popupNoMessage',
  'several-messages': 'popupSeveral',
  unreadable: 'popupUnreadable',
  error: 'popupUnreadable',
};

function finish(state: string): void {
  document.body.dataset['state'] = state;
  document.body.dataset['done'] = '1';
}

async function main(): Promise<void> {
  localizePage();
  const app = document.getElementById('app')!;
  const [tab] = await messenger.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) {
    app.replaceChildren(h('p', { class: 'notice' }, t('popupNoMessage')));
    return finish('no-message');
  }
  const r = await messenger.runtime.sendMessage<CheckResponse>({ type: CHECK_TAB, tabId: tab.id });
  if (!r || !r.ok) {
    const reason = r?.reason ?? 'error';
    app.replaceChildren(h('p', { class: 'notice' }, t(FAIL_TEXT[reason] ?? 'popupUnreadable')));
    if (r?.detail) app.append(h('p', { class: 'notice-detail' }, r.detail));
    return finish(reason);
  }
  document.body.dataset['level'] = r.level;
  document.body.dataset['via'] = r.via;
  app.replaceChildren(renderExplanation(r.explanation, r.subject, linkList(r.links, r.linkCount, r.explanation)));
  if (r.via === 'getFull') app.append(h('p', { class: 'via-note' }, t('popupViaFull')));
  finish('checked');
}

document.getElementById('open-settings')?.addEventListener('click', (e) => {
  e.preventDefault();
  void messenger.runtime.openOptionsPage().then(() => window.close());
});

main().catch((e: unknown) => {
  document.getElementById('app')?.replaceChildren(h('p', { class: 'notice' }, t('popupUnreadable')), h('p', { class: 'notice-detail' }, String(e)));
  finish('error');
});
