import type { Locale } from '@ayashii/core';

/**
 * The language of explanations when `--lang` is not given: the POSIX locale (LC_ALL, then
 * LC_MESSAGES, then LANG; the first one set wins). `ja…` → Japanese, anything else → English.
 */
export function localeFromEnv(env: NodeJS.ProcessEnv): Locale {
  const v = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  return v.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}
