/**
 * Message display script (automatic mode only): asks the background for this message's verdict
 * and, for suspicious or dangerous mail, puts a banner at the top of the message. textContent only.
 *
 * The message's own HTML shares this document, so nothing in it is trusted: an element of the mail
 * with id="ayashii-banner" must neither stop the real banner (a forged "safe" one did, before) nor
 * be dressed in banner.css. Whether this document already has our banner is kept in the content
 * script's own scope, which the message cannot reach.
 */
import { BANNER, LEVEL_COLORS, type BannerResponse } from './protocol.js';

const ID = 'ayashii-banner';

/** Content-script global (the sandbox, not the page's window): survives a second injection into the same document. */
const scope = globalThis as { __ayashiiBannerDone?: boolean };

async function show(): Promise<void> {
  if (scope.__ayashiiBannerDone) return;
  scope.__ayashiiBannerDone = true;
  const r = await messenger.runtime.sendMessage<BannerResponse>({ type: BANNER });
  if (!r || !r.show) return;
  const x = r.explanation;
  const t = (k: string) => messenger.i18n.getMessage(k) || k;
  const bar = document.createElement('div');
  bar.id = ID;
  bar.className = `ayashii-banner ayashii-${x.level}`;
  bar.setAttribute('role', 'alert');
  bar.dataset['level'] = x.level;
  bar.style.setProperty('--ayashii-color', LEVEL_COLORS[x.level]);
  const badge = document.createElement('span');
  badge.className = 'ayashii-badge';
  badge.textContent = x.levelLabel;
  const text = document.createElement('span');
  text.className = 'ayashii-text';
  const title = document.createElement('strong');
  title.textContent = t('bannerTitle');
  const summary = document.createElement('span');
  summary.className = 'ayashii-summary';
  summary.textContent = x.summary;
  const hint = document.createElement('span');
  hint.className = 'ayashii-hint';
  hint.textContent = t('bannerHint');
  text.append(title, ' ', summary, ' ', hint);
  bar.append(badge, text);
  // Elements of the message that claim the banner's id lose it: the id stays unique, and they no longer match banner.css.
  for (const forged of Array.from(document.querySelectorAll(`[id="${ID}"]`))) forged.removeAttribute('id');
  (document.body ?? document.documentElement).prepend(bar);
}

void show().catch(() => undefined);
