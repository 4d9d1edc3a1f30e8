/** Interface languages, in the order the language switcher shows them. One source of truth. */
export const locales = ['en', 'sv', 'nb', 'da', 'fi', 'is'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

/** Each language's own name for itself (the switcher shows endonyms). */
export const localeNames: Record<Locale, string> = {
  en: 'English',
  sv: 'Svenska',
  nb: 'Norsk bokmål',
  da: 'Dansk',
  fi: 'Suomi',
  is: 'Íslenska',
};

/** BCP 47 tags for hreflang, <html lang> and Intl formatting. */
export const localeTags: Record<Locale, string> = {
  en: 'en',
  sv: 'sv',
  nb: 'nb',
  da: 'da',
  fi: 'fi',
  is: 'is',
};

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/**
 * A page's `[lang]` route parameter as a Locale. getStaticPaths makes pages only for `locales`,
 * so anything else is a bug in a page, reported with the value instead of cast away.
 */
export function localeParam(value: string | undefined): Locale {
  if (value === undefined || !isLocale(value)) throw new Error(`'${String(value)}' is not an interface language; expected one of ${locales.join(', ')}`);
  return value;
}
