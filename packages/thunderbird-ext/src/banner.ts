/**
 * Message display script (automatic mode only): asks the background for this message's verdict
 * and, for suspicious or dangerous mail, puts a banner at the top of the message. textContent only.
 */
import { BANNER, LEVEL_COLORS, type BannerResponse } from './protocol.js';

const ID = 'ayashii-banner';

async function show(): Promise<void> {
  if (document.getElementById(ID)) return;
  const r = await messenger.runtime.sendMessage<BannerResponse>({ type: BANNER });
  if (!r || !r.show || document.getElementById(ID)) return;
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
  (document.body ?? document.documentElement).prepend(bar);
}

void show().catch(() => undefined);
