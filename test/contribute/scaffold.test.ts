import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { caseSchema, collections, collectionNames } from '../../src/schema/collections.ts';
import {
  fieldHelpFromTemplate,
  findTodos,
  fold,
  freeSlug,
  localiseCaseHeadings,
  renderEntry,
  setField,
  slugify,
  suggestTopics,
  yamlValue,
  type TopicTerms,
} from '../../src/contribute/scaffold.ts';
import { parseEntry, readTemplate } from './helpers.ts';

describe('slugify', () => {
  it('folds Swedish, Norwegian, Danish and Icelandic letters', () => {
    expect(slugify('Ordnat införande i Jämtland Härjedalen')).toBe('ordnat-inforande-i-jamtland-harjedalen');
    expect(slugify('Kjøpe der vi kan, bygge der vi må')).toBe('kjope-der-vi-kan-bygge-der-vi-ma');
    expect(slugify('Sæt æble på bordet')).toBe('saet-aeble-pa-bordet');
    expect(slugify('Fjarvöktun á Akureyri: þjónusta við sjúklinga')).toBe(
      'fjarvoktun-a-akureyri-thjonusta-vid-sjuklinga',
    );
    expect(slugify('Etäseuranta – Åbo')).toBe('etaseuranta-abo');
  });
  it('makes only valid ids: no leading, trailing or double hyphens', () => {
    expect(slugify('  --Hello,   World!  ')).toBe('hello-world');
    expect(slugify('COPD @ home (2019)')).toBe('copd-home-2019');
  });
  it('cuts long titles at a word boundary', () => {
    const slug = slugify('Digital egenvård och hemmonitorering för personer med kroniska sjukdomar i sju regioner', 40);
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug).toBe('digital-egenvard-och-hemmonitorering-for');
  });
});

describe('fold', () => {
  it('treats å ä ö ø æ ð þ like the letters people type without them', () => {
    expect(fold('Hjärtsvikt')).toBe('hjartsvikt');
    expect(fold('KJØPE')).toBe('kjope');
    expect(fold('Þjónusta')).toBe('thjonusta');
    expect(fold('Viðbót')).toBe('vidbot');
  });
});

describe('freeSlug', () => {
  it('never picks a taken name', () => {
    const taken = new Set(['a', 'a-2']);
    expect(freeSlug('a', (s) => taken.has(s))).toBe('a-3');
    expect(freeSlug('b', (s) => taken.has(s))).toBe('b');
  });
});

const vocabulary: TopicTerms[] = [
  {
    id: 'remote-patient-monitoring',
    data: {
      labels: { en: 'Remote patient monitoring', sv: 'Hemmonitorering', nb: 'Digital hjemmeoppfølging', fi: 'Etäseuranta', is: 'Fjarvöktun' },
      synonyms: { sv: ['monitorering'], nb: ['hjemmemonitorering'], en: ['telemonitoring'] },
      abbreviations: ['RPM'],
    },
  },
  { id: 'copd', data: { labels: { en: 'COPD', sv: 'KOL', nb: 'KOLS', fi: 'keuhkoahtaumatauti' }, abbreviations: ['COPD', 'KOL', 'KOLS'] } },
  { id: 'heart-failure', data: { labels: { en: 'Heart failure', sv: 'Hjärtsvikt', nb: 'Hjertesvikt', is: 'Hjartabilun' } } },
  { id: 'self-care', data: { labels: { en: 'Self-care', sv: 'Egenvård', nb: 'Egenomsorg' } } },
  { id: 'home-care', data: { labels: { en: 'Home care', sv: 'Hemtjänst', nb: 'Hjemmetjenester' } } },
];

describe('suggestTopics', () => {
  it('finds topics by label, abbreviation and compound part, in any language', () => {
    const ids = suggestTopics('Hemmonitorering av KOL-patienter i Norrbotten', vocabulary).map((s) => s.id);
    expect(ids).toContain('remote-patient-monitoring');
    expect(ids).toContain('copd');
    expect(ids).not.toContain('heart-failure');
  });
  it('matches Norwegian and Icelandic words, including ø and þ/ð spellings', () => {
    expect(suggestTopics('Digital hjemmeoppfølging av pasienter med hjertesvikt', vocabulary).map((s) => s.id)).toEqual(
      expect.arrayContaining(['remote-patient-monitoring', 'heart-failure']),
    );
    expect(suggestTopics('Fjarvöktun sjúklinga með hjartabilun', vocabulary)[0]?.id).toMatch(/remote-patient-monitoring|heart-failure/);
    expect(suggestTopics('Etäseuranta kotona', vocabulary).map((s) => s.id)).toEqual(['remote-patient-monitoring']);
  });
  it('finds a compound that contains a vocabulary term ("telemonitoringen" ⊃ "telemonitoring")', () => {
    expect(suggestTopics('Telemonitoringen i Agder', vocabulary).map((s) => s.id)).toContain('remote-patient-monitoring');
  });
  it('ranks a whole-phrase match above a compound match, and reports what matched', () => {
    const [first] = suggestTopics('Self-care with telemonitoring apps', vocabulary);
    expect(first?.score).toBeGreaterThanOrEqual(3);
    expect(['Self-care', 'telemonitoring']).toContain(first?.matched);
  });
  it('suggests nothing for unrelated words', () => {
    expect(suggestTopics('Årsmöte och fika', vocabulary)).toEqual([]);
  });
});

describe('yamlValue', () => {
  it('quotes what YAML could misread, and keeps Nordic letters', () => {
    expect(yamlValue('NO')).toBe('"NO"');
    expect(yamlValue(['SE', 'NO'])).toBe('[SE, "NO"]');
    expect(yamlValue('copd')).toBe('copd');
    expect(yamlValue('Region Jämtland Härjedalen')).toBe('"Region Jämtland Härjedalen"');
    expect(yamlValue('say "hi": now')).toBe('"say \\"hi\\": now"');
    expect(parseYaml(`x: ${yamlValue(['NO', 'copd', 'Yes'])}`)).toEqual({ x: ['NO', 'copd', 'Yes'] });
  });
});

describe('setField', () => {
  it('replaces a value, uncomments an optional field, and sets a nested one', () => {
    const lines = ['# help', 'title: ""', '# summaryEn: ""', 'labels:', '  en: "x"', '  sv: "y"', 'other: 1'];
    expect(setField(lines, 'title', 'T')).toBe(true);
    expect(setField(lines, 'summaryEn', 'An English summary of the case.')).toBe(true);
    expect(setField(lines, 'labels.sv', 'Hemmonitorering')).toBe(true);
    expect(setField(lines, 'missing', 'x')).toBe(false);
    expect(lines).toEqual(['# help', 'title: "T"', 'summaryEn: "An English summary of the case."', 'labels:', '  en: "x"', '  sv: "Hemmonitorering"', 'other: 1']);
  });
});

describe('renderEntry', () => {
  const answers = {
    title: 'Digital egenvård vid KOL',
    language: 'sv' as const,
    countries: ['SE'],
    topics: ['copd', 'self-care'],
    organisations: ['region-norrbotten'],
    today: '2026-11-24',
  };

  it('writes a case that the schema accepts, with the headings in the entry language', () => {
    const text = renderEntry(readTemplate('cases'), {
      collection: 'cases',
      ...answers,
      fields: { place: 'Region Norrbotten' },
      guesses: { start: { value: '2026', todo: 'write when it started' } },
    });
    const data = parseEntry(text, 'cases') as Record<string, unknown>;
    expect(data).toMatchObject({
      title: 'Digital egenvård vid KOL',
      language: 'sv',
      countries: ['SE'],
      topics: ['copd', 'self-care'],
      organisations: ['region-norrbotten'],
      lastVerified: '2026-11-24',
      start: '2026',
      place: 'Region Norrbotten',
    });
    expect(caseSchema.safeParse(data).success).toBe(true);
    expect(text).toContain('\n## Lärdomar\n');
    expect(text).toContain('\n## Bakgrund\n');
    expect(text).not.toContain('## Lessons learned');
    // The guess is marked so nobody mistakes it for a fact.
    expect(text).toMatch(/^start: "2026" # TODO: write when it started$/m);
  });

  it('leaves an unknown optional field commented out, marked TODO', () => {
    const text = renderEntry(readTemplate('cases'), { collection: 'cases', ...answers, open: { start: 'when it started' } });
    expect(text).toMatch(/^# start: "" # TODO: when it started$/m);
    expect((parseEntry(text, 'cases') as Record<string, unknown>)['start']).toBeUndefined();
    expect(caseSchema.safeParse(parseEntry(text, 'cases')).success).toBe(true);
  });

  it('an answer replaces a guess', () => {
    const text = renderEntry(readTemplate('cases'), {
      collection: 'cases',
      ...answers,
      fields: { start: '2019-05' },
      guesses: { start: { value: '2026', todo: 'x' } },
    });
    expect(text).toMatch(/^start: "2019-05"$/m);
  });

  it('writes a valid entry for every collection', () => {
    for (const collection of collectionNames) {
      const text = renderEntry(readTemplate(collection), {
        collection,
        ...answers,
        guesses: collection === 'cases' || collection === 'events' ? { start: { value: '2026', todo: 'x' } } : {},
      });
      const result = collections[collection].schema.safeParse(parseEntry(text, collection));
      expect(result.success, `${collection}: ${result.success ? '' : JSON.stringify(result.error.issues)}`).toBe(true);
    }
  });

  it('marks what the author still has to write', () => {
    const text = renderEntry(readTemplate('cases'), { collection: 'cases', ...answers, guesses: { start: { value: '2026', todo: 'x' } } });
    const todos = findTodos(text);
    expect(todos.some((t) => t.text.startsWith('summary:'))).toBe(true);
    const lessons = text.split('\n').indexOf('## Lärdomar');
    expect(todos.some((t) => t.line === lessons + 3)).toBe(true);
    expect(todos.every((t) => t.text.includes('TODO:'))).toBe(true);
  });
});

describe('localiseCaseHeadings', () => {
  it('leaves headings it does not know alone', () => {
    expect(localiseCaseHeadings('## Results\n\n## Something else\n', 'nb')).toBe('## Resultater\n\n## Something else\n');
  });
});

describe('fieldHelpFromTemplate', () => {
  it('reads the help comment right above each field', () => {
    const help = fieldHelpFromTemplate(readTemplate('cases'));
    expect(help['stage']).toContain('Allowed: planned | pilot | implementation | scaled | discontinued');
    expect(help['summaryEn']).toMatch(/^Optional\./);
    expect(help['lastVerified']).toMatch(/^Required\./);
    expect(Object.keys(help)).not.toContain('users');
  });
});
