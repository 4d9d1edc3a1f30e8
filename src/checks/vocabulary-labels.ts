/**
 * A vocabulary's labels in the six interface languages, as "did you mean" candidates: a contributor
 * who types `Sweden`, `Sverige` or `avbruten` is pointed to `SE` or `discontinued`. Read from the
 * translation files with fs, so the content check needs neither Vite nor JSON import attributes.
 */
import { readFileSync } from 'node:fs';
import { locales } from '../i18n/locales.ts';
import { vocabularies } from '../schema/vocabulary.ts';
import type { Candidate } from './suggest.ts';

let dictionaries: Record<string, string>[] | undefined;

function loadDictionaries(): Record<string, string>[] {
  dictionaries ??= locales.map(
    (locale) => JSON.parse(readFileSync(new URL(`../translations/${locale}.json`, import.meta.url), 'utf8')) as Record<string, string>,
  );
  return dictionaries;
}

/** Labels of the vocabulary whose values are exactly `allowed`; none when no vocabulary matches. */
export function vocabularyCandidates(allowed: readonly string[]): Candidate[] {
  const match = Object.entries(vocabularies).find(
    ([, values]) => values.length === allowed.length && values.every((value) => allowed.includes(value)),
  );
  if (!match) return [];
  const [name] = match;
  const candidates: Candidate[] = [];
  for (const dictionary of loadDictionaries()) {
    for (const id of allowed) {
      const label = dictionary[`vocab.${name}.${id}`];
      if (label) candidates.push({ text: label, id });
    }
  }
  return candidates;
}
