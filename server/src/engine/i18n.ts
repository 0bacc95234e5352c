// Messages are Vietnamese first; English when the locale asks for it.
import type { Locale } from './types';

export interface Bilingual {
  vi: string;
  en: string;
}

export type Args = Record<string, string | number | undefined | Bilingual>;

export function format(msg: Bilingual, locale: Locale, args: Args = {}): string {
  const template = locale === 'en' ? msg.en : msg.vi;
  return template.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = args[k];
    if (v === undefined) return `{${k}}`;
    return typeof v === 'object' ? (locale === 'en' ? v.en : v.vi) : String(v);
  });
}

/** Picks a locale from an editor or environment value ("en-US" → en; anything else → vi). */
export function toLocale(value: string | undefined): Locale {
  return value && /^en\b/i.test(value) ? 'en' : 'vi';
}
