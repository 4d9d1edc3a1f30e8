import { describe, expect, it } from 'vitest';
import { canonicalSteps, caseListIndex, facetLinks, listKey } from '../../src/lib/case-lists.ts';
import { makeCase, makeCatalogue, makeOrganisation } from './entry-pages-fixtures.ts';

const catalogue = makeCatalogue({
  organisations: [makeOrganisation('org-a')],
  cases: [
    makeCase('se-stopped', { countries: ['SE'], topics: ['rpm'], stage: 'discontinued', outcome: 'not-achieved', stopReason: 'staffing', start: '2019' }),
    makeCase('se-pilot', { countries: ['SE'], topics: ['rpm', 'copd'], stage: 'pilot', start: '2021' }),
    makeCase('no-pilot', { countries: ['NO'], topics: ['copd'], stage: 'pilot', start: '2020' }),
  ],
});
const index = caseListIndex(catalogue);

describe('case lists', () => {
  it('keys steps canonically, country first', () => {
    expect(listKey([{ facet: 'stage', value: 'pilot' }, { facet: 'country', value: 'SE' }])).toBe('country=SE&stage=pilot');
    expect(canonicalSteps([{ facet: 'topic', value: 'rpm' }, { facet: 'country', value: 'NO' }])[0]!.facet).toBe('country');
    expect(caseListIndex(catalogue)).toBe(index);
  });

  it('has the full list, single-facet lists and country combinations', () => {
    expect(index.lists.get('')).toEqual(['se-pilot', 'no-pilot', 'se-stopped']);
    expect(index.lists.get('country=SE&stage=discontinued')).toEqual(['se-stopped']);
    expect(index.lists.has('stage=pilot&topic=rpm')).toBe(false);
  });

  it('links the main list to every single-facet page with its count', () => {
    const links = facetLinks(index, []);
    expect(links.country.map((l) => [l.value, l.count])).toEqual([['SE', 2], ['NO', 1]]);
    expect(links.stage.every((l) => l.steps.length === 1)).toBe(true);
  });

  it('links a country page to its stage, outcome and topic pages and to other countries', () => {
    const links = facetLinks(index, [{ facet: 'country', value: 'SE' }]);
    expect(links.stage.map((l) => [l.value, l.count])).toEqual([['pilot', 1], ['discontinued', 1]]);
    expect(links.stage[1]!.steps).toEqual([{ facet: 'country', value: 'SE' }, { facet: 'stage', value: 'discontinued' }]);
    expect(links.country.find((l) => l.value === 'SE')!.current).toBe(true);
    // No static page combines a country with a year, so none is offered.
    expect(links.year).toEqual([]);
  });

  it('links a stage page to the countries that have that stage', () => {
    const links = facetLinks(index, [{ facet: 'stage', value: 'pilot' }]);
    expect(links.country.map((l) => [l.value, l.count])).toEqual([['SE', 1], ['NO', 1]]);
    expect(links.stage.map((l) => l.value)).toEqual(['pilot', 'discontinued']);
  });
});
