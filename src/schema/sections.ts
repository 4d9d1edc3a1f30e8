/**
 * Body sections of a case. A contributor writes the headings in the entry's own language (or in
 * English); the content check recognises either. `lessons` is required.
 */
import type { ContentLanguage } from './vocabulary.ts';

export const caseSections = ['background', 'whatWasDone', 'results', 'lessons', 'doDifferently'] as const;
export type CaseSection = (typeof caseSections)[number];
export const requiredCaseSections: readonly CaseSection[] = ['lessons'];

export const caseSectionHeadings: Record<ContentLanguage, Record<CaseSection, string>> = {
  en: {
    background: 'Background',
    whatWasDone: 'What was done',
    results: 'Results',
    lessons: 'Lessons learned',
    doDifferently: 'What we would do differently',
  },
  sv: {
    background: 'Bakgrund',
    whatWasDone: 'Vad som gjordes',
    results: 'Resultat',
    lessons: 'Lärdomar',
    doDifferently: 'Vad vi skulle göra annorlunda',
  },
  nb: {
    background: 'Bakgrunn',
    whatWasDone: 'Hva som ble gjort',
    results: 'Resultater',
    lessons: 'Erfaringer og læring',
    doDifferently: 'Hva vi ville gjort annerledes',
  },
  da: {
    background: 'Baggrund',
    whatWasDone: 'Hvad der blev gjort',
    results: 'Resultater',
    lessons: 'Erfaringer',
    doDifferently: 'Hvad vi ville gøre anderledes',
  },
  fi: {
    background: 'Tausta',
    whatWasDone: 'Mitä tehtiin',
    results: 'Tulokset',
    lessons: 'Opit',
    doDifferently: 'Mitä tekisimme toisin',
  },
  is: {
    background: 'Bakgrunnur',
    whatWasDone: 'Hvað var gert',
    results: 'Niðurstöður',
    lessons: 'Lærdómur',
    doDifferently: 'Hvað við myndum gera öðruvísi',
  },
};

/** Which section a heading names, in the entry's language or English; undefined if none. */
export function sectionForHeading(heading: string, language: ContentLanguage): CaseSection | undefined {
  const wanted = heading.trim().toLocaleLowerCase();
  for (const table of [caseSectionHeadings[language], caseSectionHeadings.en]) {
    for (const section of caseSections) {
      if (table[section].toLocaleLowerCase() === wanted) return section;
    }
  }
  return undefined;
}
