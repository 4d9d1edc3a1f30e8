import { describe, expect, it } from 'vitest';
import { deriveCatalogue, groupBy, type Case, type CatalogueInput, type Event } from '../../src/lib/catalogue.ts';
import { caseSchema } from '../../src/schema/collections.ts';

function makeCase(id: string, overrides: Record<string, unknown> = {}): Case {
  const data = caseSchema.parse({
    title: `Case ${id}`,
    language: 'en',
    summary: 'A case used to test the catalogue derivations.',
    topics: ['remote-patient-monitoring'],
    countries: ['SE'],
    place: 'Somewhere',
    organisations: ['region-a'],
    start: '2019',
    stage: 'pilot',
    outcome: 'unknown',
    lastVerified: '2024-01-01',
    ...overrides,
  });
  return { collection: 'cases', id, data };
}

function input(cases: Case[], events: Event[] = []): CatalogueInput {
  return { cases, events, methods: [], topics: [], organisations: [], requirements: [] };
}

describe('deriveCatalogue', () => {
  it('derives which cases used a method, a requirement and an organisation (funders and contacts too)', () => {
    const a = makeCase('a', { methods: ['roadmap'], requirements: ['req-1'], start: '2018' });
    const b = makeCase('b', {
      methods: ['roadmap'],
      organisations: ['region-b'],
      funding: [{ funder: 'vinnova' }],
      contact: { role: 'Project lead', organisation: 'region-c' },
      start: '2020',
    });
    const catalogue = deriveCatalogue(input([a, b]));
    expect(catalogue.casesByMethod.get('roadmap')?.map((c) => c.id)).toEqual(['b', 'a']);
    expect(catalogue.casesByRequirement.get('req-1')?.map((c) => c.id)).toEqual(['a']);
    expect(catalogue.casesByOrganisation.get('vinnova')?.map((c) => c.id)).toEqual(['b']);
    expect(catalogue.casesByOrganisation.get('region-c')?.map((c) => c.id)).toEqual(['b']);
    expect(catalogue.casesByTopic.get('remote-patient-monitoring')).toHaveLength(2);
    expect(catalogue.casesByMethod.get('unused')).toBeUndefined();
  });

  it('groups translations of one case, whichever way they point', () => {
    const sv = makeCase('sv', { language: 'sv' });
    const en = makeCase('en', { translationOf: 'sv' });
    const fi = makeCase('fi', { language: 'fi', translationOf: 'en' });
    const alone = makeCase('alone');
    const catalogue = deriveCatalogue(input([sv, en, fi, alone]));
    expect(catalogue.translationGroup.get('sv')?.map((c) => c.id).sort()).toEqual(['en', 'fi', 'sv']);
    expect(catalogue.translationGroup.get('fi')).toBe(catalogue.translationGroup.get('sv'));
    expect(catalogue.translationGroup.get('alone')?.map((c) => c.id)).toEqual(['alone']);
  });

  it('lists a key once per entry even when the entry names it twice', () => {
    expect(groupBy([{ keys: ['x', 'x', undefined] }], (e) => e.keys).get('x')).toHaveLength(1);
  });
});
