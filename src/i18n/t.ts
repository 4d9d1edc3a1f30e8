/**
 * UI strings. English is the reference: its keys type every other language, and a unit test
 * fails when a language lacks a key. Placeholders are written {name}.
 */
import en from '../translations/en.json';
import sv from '../translations/sv.json';
import nb from '../translations/nb.json';
import da from '../translations/da.json';
import fi from '../translations/fi.json';
import is from '../translations/is.json';
import type { Locale } from './locales.ts';
import { fillTemplate } from './template.ts';

export type UiKey = keyof typeof en;
export type Dictionary = Record<UiKey, string>;

export const dictionaries: Record<Locale, Partial<Dictionary>> = { en, sv, nb, da, fi, is };

export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

export function useTranslations(locale: Locale): Translate {
  const dictionary = dictionaries[locale];
  return (key, values) => {
    const template = dictionary[key] ?? (en as Dictionary)[key] ?? key;
    return values ? fillTemplate(template, values) : template;
  };
}
