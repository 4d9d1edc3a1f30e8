import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { searchTermsFor, searchTermsText, vocabularyText, type SearchableEntry } from '../../src/lib/search/vocabulary.ts';
import { makeCase, makeCatalogue, makeEvent, makeMethod, makeOrganisation, makeTopic } from '../lib/entry-pages-fixtures.ts';

describe('vocabularyText', () => {
  it('keeps each word once, case-insensitively, in first-seen order', () => {
    expect(vocabularyText(['Kroniska sjukdomar', 'kronisk sjukdom', 'Kronisk sykdom', 'KOL', 'kol'])).toBe('Kroniska sjukdomar kronisk sjukdom sykdom KOL');
  });

  it('keeps inner punctuation and drops punctuation around words', () => {
    expect(vocabularyText(['IT-system', '(bokmål)', '2021-07205,', 'e-health Agder 2030'])).toBe('IT-system bokmål 2021-07205 e-health Agder 2030');
  });

  it('is empty for no terms or only punctuation', () => {
    expect(vocabularyText([])).toBe('');
    expect(vocabularyText([' · ', '–'])).toBe('');
  });

  it('treats letters outside ASCII as letters', () => {
    expect(vocabularyText(['samþætting kerfa', 'Samþætting', 'fjarvöktun', 'Ísland'])).toBe('samþætting kerfa fjarvöktun Ísland');
  });
});

describe('searchTermsText', () => {
  // The real topics and organisations (labels, synonyms and names in six languages), with cases,
  // methods and events that combine them in many ways: the shortcut must write what
  // vocabularyText(searchTermsFor(…)) writes, word for word.
  const read = (folder: string) =>
    readdirSync(join('content', folder))
      .filter((file) => file.endsWith('.yaml'))
      .map((file) => ({ id: file.replace(/\.yaml$/, ''), data: parseYaml(readFileSync(join('content', folder, file), 'utf8')) as Record<string, unknown> }));
  const topics = read('topics').map(({ id, data }) => makeTopic(id, data));
  const organisations = read('organisations').map(({ id, data }) => makeOrganisation(id, data));
  const topicIds = topics.map((topic) => topic.id);
  const organisationIds = organisations.map((organisation) => organisation.id);
  const pick = <T,>(list: readonly T[], index: number) => list[index % list.length]!;
  const cases = Array.from({ length: 60 }, (_, index) =>
    makeCase(`case-${index}`, {
      topics: [...new Set([pick(topicIds, index), pick(topicIds, index * 7 + 3), ...(index % 3 ? [pick(topicIds, index * 5)] : [])])],
      countries: index % 4 ? [pick(['SE', 'NO', 'DK', 'FI', 'IS'], index)] : [],
      place: pick(['Tromsø', 'Östergötland, Sweden', 'Sverige (flera regioner)', 'KOL-huset'], index),
      organisations: [pick(organisationIds, index), pick(organisationIds, index * 3)],
      funding: index % 2 ? [{ funder: pick(organisationIds, index + 1), reference: `2021-0${index}` }] : [],
    }),
  );
  const methods = [makeMethod('method-a', { topics: topicIds.slice(0, 3), otherNames: ['Stepwise', 'stegvis införande'] })];
  const events = [makeEvent('event-a', { topics: topicIds.slice(2, 4), city: 'Oslo', venue: 'Oslo Spektrum', country: 'NO', organisers: organisationIds.slice(0, 2) })];
  const catalogue = makeCatalogue({ cases, topics, organisations, methods, events });
  const entries: SearchableEntry[] = [...catalogue.cases, ...methods, ...events, ...topics, ...organisations];

  it('writes the same text as vocabularyText(searchTermsFor(…)) for every kind of entry, also when asked again', () => {
    for (let round = 0; round < 2; round += 1) {
      for (const entry of entries) expect(searchTermsText(entry, catalogue)).toBe(vocabularyText(searchTermsFor(entry, catalogue)));
    }
  });

  it('de-duplicates terms and words across topics as the page does, whichever topic comes first', () => {
    const labels = (en: string) => ({ en, sv: en, nb: en, da: en, fi: en, is: en });
    const a = makeTopic('a', { labels: labels('Remote care'), synonyms: { en: ['remote CARE', 'care at home'] }, abbreviations: ['RC'] });
    const b = makeTopic('b', { labels: labels('remote care'), synonyms: { en: ['Home care', 'care  at home', '–'] }, abbreviations: ['rc', 'HC'] });
    const small = makeCatalogue({ topics: [a, b], cases: [makeCase('ab', { topics: ['a', 'b'] }), makeCase('ba', { topics: ['b', 'a', 'b'] })] });
    for (const entry of small.cases) expect(searchTermsText(entry, small)).toBe(vocabularyText(searchTermsFor(entry, small)));
  });
});
