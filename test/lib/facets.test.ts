import { describe, expect, it } from 'vitest';
import { caseFacetValues, countFacet, countFacetsFor, facetData, facetRows, filterRows, listPagePaths, paginate, parseFacetSegments, selectionOf, sortCases, staticFacetLists, groupStartPages, pagedTitle } from '../../src/lib/facets.ts';
import { makeCase, makeCatalogue, makeOrganisation } from './entry-pages-fixtures.ts';

const catalogue = makeCatalogue({
  organisations: [makeOrganisation('muni'), makeOrganisation('reg', { type: 'region' }), makeOrganisation('fund', { type: 'agency' })],
  cases: [
    makeCase('se-rpm-stopped', {
      countries: ['SE'], topics: ['remote-monitoring'], stage: 'discontinued', outcome: 'not-achieved', stopReason: 'no-integration',
      start: '2019-05', organisations: ['muni'], lastVerified: '2023-01-01', language: 'sv',
      funding: [{ funder: 'fund' }],
    }),
    makeCase('se-rpm-scaled', {
      countries: ['SE'], topics: ['remote-monitoring', 'copd'], stage: 'scaled', outcome: 'achieved', start: '2021',
      organisations: ['reg', 'muni'], lastVerified: '2024-06-01',
      effects: [
        { indicator: 'a', result: 'b', evidence: 'survey' },
        { indicator: 'c', result: 'd', evidence: 'controlled' },
      ],
    }),
    makeCase('no-copd', { countries: ['NO'], topics: ['copd'], stage: 'pilot', outcome: 'ongoing', start: '2022', organisations: ['reg'], language: 'nb' }),
    makeCase('se-no-joint', { countries: ['SE', 'NO'], topics: ['copd'], stage: 'discontinued', outcome: 'partly', stopReason: 'staffing', start: '--01-25', organisations: ['muni'] }),
  ],
});
const rows = facetRows(catalogue.cases, catalogue.organisationById);
const ids = (list: { id: string }[]) => list.map((row) => row.id).sort();

describe('caseFacetValues', () => {
  it('takes the strongest evidence, the start year and the types of the doing organisations only', () => {
    const values = caseFacetValues(catalogue.caseById.get('se-rpm-scaled')!, catalogue.organisationById);
    expect(values.evidence).toEqual(['controlled']);
    expect(values.year).toEqual(['2021']);
    expect(values.organisationType.sort()).toEqual(['municipality', 'region']);
    const stopped = caseFacetValues(catalogue.caseById.get('se-rpm-stopped')!, catalogue.organisationById);
    expect(stopped.organisationType).toEqual(['municipality']); // the funder (an agency) is not counted
    expect(stopped.evidence).toEqual([]);
  });

  it('leaves the year facet empty when the year is not stated', () => {
    expect(caseFacetValues(catalogue.caseById.get('se-no-joint')!, catalogue.organisationById).year).toEqual([]);
  });
});

describe('filtering', () => {
  it('ORs values within a facet and ANDs across facets', () => {
    expect(ids(filterRows(rows, { country: ['SE'], stage: ['discontinued'] }))).toEqual(['se-no-joint', 'se-rpm-stopped']);
    expect(ids(filterRows(rows, { stage: ['discontinued', 'pilot'] }))).toEqual(['no-copd', 'se-no-joint', 'se-rpm-stopped']);
    expect(ids(filterRows(rows, { country: ['NO'], topic: ['remote-monitoring'] }))).toEqual([]);
    expect(filterRows(rows, {})).toHaveLength(4);
  });
});

describe('counts', () => {
  it('counts a case once per value and orders by the vocabulary', () => {
    expect(countFacet(rows, 'country')).toEqual([
      { value: 'SE', count: 3 },
      { value: 'NO', count: 2 },
    ]);
    expect(countFacet(rows, 'stage').map((c) => c.value)).toEqual(['pilot', 'scaled', 'discontinued']);
    expect(countFacet(rows, 'topic')).toEqual([
      { value: 'copd', count: 3 },
      { value: 'remote-monitoring', count: 2 },
    ]);
    expect(countFacet(rows, 'year').map((c) => c.value)).toEqual(['2022', '2021', '2019']);
  });

  it('counts each facet among rows matching the other facets', () => {
    const counts = countFacetsFor(rows, { country: ['SE'], stage: ['discontinued'] });
    // Stage counts ignore the stage selection: all three Swedish stages are offered.
    expect(counts.stage).toEqual([
      { value: 'scaled', count: 1 },
      { value: 'discontinued', count: 2 },
    ]);
    // Country counts apply the stage selection.
    expect(counts.country).toEqual([
      { value: 'SE', count: 2 },
      { value: 'NO', count: 1 },
    ]);
  });
});

describe('pagination', () => {
  it('splits into pages, keeps one empty page, and stops at maxPages', () => {
    const items = Array.from({ length: 120 }, (_, i) => i);
    const pages = paginate(items, 50);
    expect(pages.map((p) => p.items.length)).toEqual([50, 50, 20]);
    expect(pages[2]).toMatchObject({ page: 3, pageCount: 3, total: 120, offset: 100 });
    expect(paginate([], 50)).toEqual([{ items: [], page: 1, pageCount: 1, total: 0, offset: 0 }]);
    expect(paginate(items, 10, 4)).toHaveLength(4);
    expect(paginate(items, 10, 4)[0]!.pageCount).toBe(4);
  });

  it('gives every language the same static pages, the first at the list address', () => {
    const paths = listPagePaths(['en', 'sv'], 120, { today: '2026-11-24' }, 50);
    expect(paths.map((p) => `${p.params.lang}/${p.params.page ?? ''}`)).toEqual(['en/', 'en/page/2', 'en/page/3', 'sv/', 'sv/page/2', 'sv/page/3']);
    expect(paths[1]!.props).toEqual({ today: '2026-11-24', page: 2 });
    expect(listPagePaths(['fi'], 0)).toHaveLength(1);
  });
});

describe('static facet lists', () => {
  const lists = staticFacetLists(rows);
  const key = (steps: { facet: string; value: string }[]) => steps.map((s) => `${s.facet}=${s.value}`).join('&');
  const byKey = new Map(lists.map((list) => [key(list.steps), list.ids]));

  it('has one list per occurring facet value, in list order', () => {
    expect(byKey.get('stage=discontinued')).toEqual(catalogue.cases.filter((c) => c.data.stage === 'discontinued').map((c) => c.id));
    expect(byKey.has('stage=planned')).toBe(false);
    expect(byKey.get('language=nb')).toEqual(['no-copd']);
  });

  it('combines country with stage, outcome and topic only', () => {
    expect(byKey.get('country=SE&stage=discontinued')?.sort()).toEqual(['se-no-joint', 'se-rpm-stopped']);
    expect(byKey.get('country=SE&topic=remote-monitoring')?.sort()).toEqual(['se-rpm-scaled', 'se-rpm-stopped']);
    expect(byKey.get('country=NO&outcome=partly')).toEqual(['se-no-joint']);
    expect([...byKey.keys()].filter((k) => k.includes('&')).every((k) => /^country=\w+&(stage|outcome|topic)=/.test(k))).toBe(true);
  });

  it('round-trips URL segments, upper-casing country codes', () => {
    expect(parseFacetSegments(['country', 'se', 'stage', 'discontinued'])).toEqual([
      { facet: 'country', value: 'SE' },
      { facet: 'stage', value: 'discontinued' },
    ]);
    expect(parseFacetSegments(['colour', 'red'])).toBeUndefined();
    expect(parseFacetSegments(['country'])).toBeUndefined();
    expect(selectionOf([{ facet: 'stage', value: 'pilot' }, { facet: 'stage', value: 'scaled' }])).toEqual({ stage: ['pilot', 'scaled'] });
  });
});

describe('sorting and facet data', () => {
  it('sorts by last verified, most recent first', () => {
    expect(sortCases(catalogue.cases, 'verified')[0]!.id).toBe('se-rpm-scaled');
    expect(sortCases(catalogue.cases, 'newest').map((c) => c.id)).toEqual(catalogue.cases.map((c) => c.id));
  });

  it('encodes rows as indices into per-facet value tables', () => {
    const data = facetData(catalogue.cases, catalogue.organisationById);
    const row = data.rows.find((r) => r[0] === 'se-rpm-stopped')!;
    expect(row.slice(0, 8)).toEqual(['se-rpm-stopped', 'sv', catalogue.caseById.get('se-rpm-stopped')!.data.title, 'Testby', '2019-05', '', 'no-integration', '2023-01-01']);
    const stageIndex = data.facets.indexOf('stage');
    expect(data.values.stage[(row[8 + stageIndex] as number[])[0]!]).toBe('discontinued');
  });
});

describe('query strings', () => {
  it('round-trips a selection through the URL query', async () => {
    const { queryFromSelection, selectionFromQuery } = await import('../../src/lib/facets.ts');
    const query = queryFromSelection({ stage: ['discontinued'], country: ['SE', 'NO'], topic: [] }, 'verified');
    expect(query).toBe('?country=SE,NO&stage=discontinued&sort=verified');
    expect(selectionFromQuery(query)).toEqual({ country: ['SE', 'NO'], stage: ['discontinued'] });
    expect(selectionFromQuery('?colour=red&stage=pilot&stage=scaled')).toEqual({ stage: ['pilot', 'scaled'] });
    expect(queryFromSelection({})).toBe('');
  });
});

describe('page caps', () => {
  it('paginates the full list fully and caps facet and combined lists', async () => {
    const { maxPagesFor, MAX_FACET_PAGES, MAX_COMBINED_PAGES } = await import('../../src/lib/facets.ts');
    expect(maxPagesFor(0)).toBe(Infinity);
    expect(maxPagesFor(1)).toBe(MAX_FACET_PAGES);
    expect(maxPagesFor(2)).toBe(MAX_COMBINED_PAGES);
    expect(MAX_COMBINED_PAGES).toBeLessThanOrEqual(MAX_FACET_PAGES);
  });
});

describe('groupStartPages', () => {
  it('gives the page on which each consecutive group starts', () => {
    const groups = [
      { key: 'SE', items: Array.from({ length: 4 }) },
      { key: 'NO', items: Array.from({ length: 1 }) },
      { key: 'DK', items: Array.from({ length: 3 }) },
      { key: 'FI', items: [] },
    ];
    expect([...groupStartPages(groups, 3)]).toEqual([['SE', 1], ['NO', 2], ['DK', 2], ['FI', 3]]);
    expect(groupStartPages([])).toEqual(new Map());
  });
});

describe('pagedTitle', () => {
  it('names the page from page 2 on', () => {
    const label = ({ page, count }: { page: number; count: number }) => `page ${page} of ${count}`;
    expect(pagedTitle('Methods', 1, 5, label)).toBe('Methods');
    expect(pagedTitle('Methods', 2, 5, label)).toBe('Methods (page 2 of 5)');
  });
});
