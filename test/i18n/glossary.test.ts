/**
 * One concept, one word (issue 14): src/translations/glossary/ names, per language, the term for
 * each concept a reader compares across pages (case, outcome, stage, evidence) and the words to
 * avoid. Every interface text that names a concept uses its term, and no text uses an avoided word.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { locales } from '../../src/i18n/locales.ts';
import { dictionaries } from '../../src/i18n/t.ts';

interface Concept { description: string; keys: string[] }
interface Entry { term: string; stems: string[]; avoid?: string[] }

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../src/translations/glossary/${path}`, import.meta.url), 'utf8')) as Record<string, unknown>;
const concepts = Object.fromEntries(Object.entries(read('concepts.json')).filter(([name]) => !name.startsWith('$'))) as Record<string, Concept>;
const words = (text: string) => text.toLocaleLowerCase().split(/[^\p{L}\p{N}-]+/u).filter(Boolean);

describe('glossary', () => {
  for (const locale of locales) {
    const glossary = read(`${locale}.json`) as Record<string, Entry>;
    const strings = Object.entries<string>(dictionaries[locale]);

    it(`${locale}: has a term for every concept`, () => {
      expect(Object.keys(glossary).sort()).toEqual(Object.keys(concepts).sort());
    });

    it(`${locale}: every text naming a concept uses its term`, () => {
      const problems: string[] = [];
      for (const [name, concept] of Object.entries(concepts)) {
        const patterns = concept.keys.map((key) => new RegExp(key));
        const matched = strings.filter(([key]) => patterns.some((pattern) => pattern.test(key)));
        expect(matched.length, `${name}: keys`).toBeGreaterThan(0);
        for (const [key, text] of matched) {
          const stems = glossary[name]!.stems;
          if (!words(text).some((word) => stems.some((stem) => word.startsWith(stem)))) problems.push(`${key}: "${text.slice(0, 70)}" does not say "${glossary[name]!.term}"`);
        }
      }
      expect(problems).toEqual([]);
    });

    it(`${locale}: no text uses a word the glossary avoids`, () => {
      const avoided = new Map(Object.entries(glossary).flatMap(([name, entry]) => (entry.avoid ?? []).map((word) => [word, name] as const)));
      const problems = strings.flatMap(([key, text]) =>
        words(text).filter((word) => avoided.has(word)).map((word) => `${key}: "${word}" (say "${glossary[avoided.get(word)!]!.term}")`),
      );
      expect(problems).toEqual([]);
    });
  }
});
