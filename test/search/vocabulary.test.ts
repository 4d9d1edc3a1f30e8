import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { queryVocabulary, searchTermsText, vocabularyText } from '../../src/search/vocabulary.ts';
import { refsForWord } from '../../src/search/query-vocabulary.ts';
import { pagefindQuery } from '../../src/search/query.ts';
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

describe('searchTermsText and queryVocabulary', () => {
  // The real topics and organisations (labels, synonyms and names in six languages).
  const read = (folder: string) =>
    readdirSync(join('content', folder))
      .filter((file) => file.endsWith('.yaml'))
      .map((file) => ({ id: file.replace(/\.yaml$/, ''), data: parseYaml(readFileSync(join('content', folder, file), 'utf8')) as Record<string, unknown> }));
  const topics = read('topics').map(({ id, data }) => makeTopic(id, data));
  const organisations = read('organisations').map(({ id, data }) => makeOrganisation(id, data));
  const organisationIds = organisations.map((organisation) => organisation.id);
  const copdCase = makeCase('copd-case', {
    topics: ['copd', 'remote-patient-monitoring'],
    countries: ['SE'],
    place: 'Tromsø',
    organisations: organisationIds.slice(0, 2),
    funding: [{ funder: organisationIds[2]!, reference: '2021-07205' }],
  });
  const methods = [makeMethod('method-a', { topics: ['copd'], otherNames: ['Stepwise', 'stegvis införande'] })];
  const events = [makeEvent('event-a', { topics: ['copd'], city: 'Oslo', venue: 'Oslo Spektrum', country: 'NO', organisers: organisationIds.slice(0, 2) })];
  const catalogue = makeCatalogue({ cases: [copdCase], topics, organisations, methods, events });
  const words = (text: string) => new Set(text.toLowerCase().split(' '));

  it('leaves topic labels and country names out of entry pages, and keeps names, places and references', () => {
    const text = words(searchTermsText(copdCase, catalogue));
    for (const word of ['kol', 'copd', 'keuhkoahtaumatauti', 'etäseuranta', 'sverige', 'ruotsi']) expect(text.has(word), word).toBe(false);
    for (const word of ['tromsø', '2021-07205']) expect(text.has(word), word).toBe(true);
    const name = catalogue.organisationById.get(organisationIds[0]!)!.data.name.toLowerCase().split(' ')[0]!;
    expect(text.has(name.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))).toBe(true);
    expect(words(searchTermsText(methods[0]!, catalogue)).has('stepwise')).toBe(true);
    expect(words(searchTermsText(events[0]!, catalogue)).has('spektrum')).toBe(true);
  });

  it('keeps a topic page findable by its own names in every language', () => {
    const copd = catalogue.topicById.get('copd')!;
    const text = words(searchTermsText(copd, catalogue));
    for (const word of ['kol', 'kols', 'copd', 'keuhkoahtaumatauti']) expect(text.has(word), word).toBe(true);
  });

  it('maps topic words, their compound parts and country names to filters', () => {
    const vocabulary = queryVocabulary(catalogue);
    const refs = (word: string) => refsForWord(vocabulary, pagefindQuery(word)).map(([group, value]) => `${group}:${value}`);
    expect(refs('KOL')).toContain('topic:copd');
    expect(refs('kols')).toContain('topic:copd');
    expect(refs('etäseuranta')).toContain('topic:remote-patient-monitoring');
    // A compound part ("hemmonitorering" → "monitorering").
    expect(refs('monitorering')).toContain('topic:remote-patient-monitoring');
    expect(refs('Ruotsi')).toEqual(['country:SE']);
    expect(refs('Færøerne')).toEqual(['country:FO']);
    // The broader topic's labels also name the narrower topic ("chronic disease" → COPD).
    expect(refs('chronic')).toEqual(expect.arrayContaining(['topic:chronic-disease', 'topic:copd']));
    expect(refs('Akureyri')).toEqual([]);
  });

  it('takes no number alone as a key (COVID-19, type 2 diabetes), so the keys stay in order', () => {
    const topic = makeTopic('diabetes', { labels: { en: 'Diabetes', sv: 'Diabetes', nb: 'Diabetes', da: 'Diabetes', fi: 'Diabetes', is: 'Sykursýki' }, synonyms: { en: ['type 2 diabetes', 'COVID-19'] } });
    const vocabulary = queryVocabulary(makeCatalogue({ topics: [topic] }));
    expect(Object.keys(vocabulary.keys).filter((key) => /^\d+$/.test(key))).toEqual([]);
    expect(Object.keys(vocabulary.keys)).toEqual(expect.arrayContaining(['covid', 'typ']));
  });

  it('is plain JSON with sorted keys and each filter value once', () => {
    const vocabulary = queryVocabulary(catalogue);
    const keys = Object.keys(vocabulary.keys);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(vocabulary.refs.map((ref) => ref.join(':'))).size).toBe(vocabulary.refs.length);
    expect(JSON.parse(JSON.stringify(vocabulary))).toEqual(vocabulary);
  });
});
