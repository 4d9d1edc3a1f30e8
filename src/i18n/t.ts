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
import { textMemo } from '../lib/memo.ts';

export type UiKey = keyof typeof en;
export type Dictionary = Record<UiKey, string>;

export const dictionaries: Record<Locale, Partial<Dictionary>> = { en, sv, nb, da, fi, is };

export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

export function useTranslations(locale: Locale): Translate {
  let translate = translators.get(locale);
  if (!translate) {
    // Every component of every page asks for this: one function and one lookup table per
    // language, with the English fallback merged in once instead of looked up on every miss.
    const strings = new Map<string, string>();
    for (const dictionary of [en, dictionaries[locale]]) {
      for (const [key, template] of Object.entries(dictionary)) if (template != null) strings.set(key, template);
    }
    translate = (key, values) => {
      const template = strings.get(key) ?? key;
      return values ? fillParsed(template, values) : template;
    };
    translators.set(locale, translate);
  }
  return translate;
}

const translators = new Map<Locale, Translate>();

/**
 * fillTemplate (template.ts) with each UI string split once into [text, name, text, …, text]: a
 * build at 10,000 entries fills the same few hundred strings hundreds of thousands of times, and
 * the regular expression per call showed in profiles. template.ts itself is left as it is because
 * the browser island bundles it. Same result as fillTemplate (test/i18n/template.test.ts).
 */
const parsedTemplates = textMemo<readonly string[]>();

function fillParsed(template: string, values: Record<string, string | number>): string {
  const parts = parsedTemplates(template, () => splitPlaceholders(template));
  if (parts.length === 1) return template;
  let text = parts[0]!;
  for (let index = 1; index < parts.length; index += 2) {
    const name = parts[index]!;
    text += String(values[name] ?? `{${name}}`) + parts[index + 1]!;
  }
  return text;
}

function splitPlaceholders(template: string): string[] {
  const parts: string[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    parts.push(template.slice(last, match.index), match[1]!);
    last = match.index + match[0].length;
  }
  parts.push(template.slice(last));
  return parts;
}
