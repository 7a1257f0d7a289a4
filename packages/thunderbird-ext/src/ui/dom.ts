/**
 * DOM building with createElement and textContent only. Every string that can come from a message
 * goes through here as text, never as markup (house style 3.13 #12).
 */
export type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Readonly<Record<string, string>> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') el.className = v;
    else if (k.startsWith('data-')) el.setAttribute(k, v);
    else el.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return el;
}

/** A `<code>` with the first occurrence of `highlight` (case-insensitive) wrapped in `<mark>`. */
export function highlighted(value: string, highlight: string | undefined): HTMLElement {
  const code = h('code', { class: 'ev-value' });
  const at = highlight ? value.toLowerCase().indexOf(highlight.toLowerCase()) : -1;
  if (!highlight || at < 0) {
    code.textContent = value;
    return code;
  }
  code.append(value.slice(0, at), h('mark', {}, value.slice(at, at + highlight.length)), value.slice(at + highlight.length));
  return code;
}

/** `browser.i18n.getMessage` with a fallback to the key, so a missing string is visible, not blank. */
export function t(key: string, ...subs: string[]): string {
  return messenger.i18n.getMessage(key, subs) || key;
}

/** Replaces the text of every `[data-i18n]` element with its message (static chrome only). */
export function localizePage(root: ParentNode = document): void {
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('[data-i18n]'))) el.textContent = t(el.dataset['i18n'] ?? '');
  document.documentElement.lang = messenger.i18n.getUILanguage().toLowerCase().startsWith('ja') ? 'ja' : 'en';
}
