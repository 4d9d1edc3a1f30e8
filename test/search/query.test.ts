import { describe, expect, it } from 'vitest';
import { pagefindFilters, pagefindQuery, paramsFromState, stateFromParams, toggleFilter } from '../../src/search/query.ts';
import { resultLabels } from '../../src/search/results.ts';

describe('search state and URL', () => {
  it('reads the query, repeated filters and sort from the URL', () => {
    const state = stateFromParams(new URLSearchParams('q=%20kol%20&country=SE&country=NO&type=cases&sort=date&bogus=1'));
    expect(state).toEqual({ query: 'kol', filters: { country: ['SE', 'NO'], type: ['cases'] }, sort: 'date' });
  });

  it('round-trips through the URL in a stable order', () => {
    const state = stateFromParams(new URLSearchParams('sort=date&country=SE&q=kjøpe&type=cases'));
    expect(paramsFromState(state).toString()).toBe('q=kj%C3%B8pe&type=cases&country=SE&sort=date');
    expect(stateFromParams(paramsFromState(state))).toEqual(state);
  });

  it('toggles a filter value on and off', () => {
    let state = stateFromParams(new URLSearchParams('q=x'));
    state = toggleFilter(state, 'country', 'SE', true);
    state = toggleFilter(state, 'country', 'NO', true);
    expect(state.filters.country).toEqual(['SE', 'NO']);
    state = toggleFilter(toggleFilter(state, 'country', 'SE', false), 'country', 'NO', false);
    expect(state.filters).toEqual({});
  });

  it('builds OR within a group and AND across groups, optionally without one group', () => {
    const filters = { country: ['SE', 'NO'], outcome: ['achieved'] };
    expect(pagefindFilters(filters)).toEqual({ country: { any: ['SE', 'NO'] }, outcome: { any: ['achieved'] } });
    expect(pagefindFilters(filters, 'country')).toEqual({ outcome: { any: ['achieved'] } });
  });
});

describe('pagefindQuery', () => {
  it('folds every word the way the index does', () => {
    expect(pagefindQuery('Kjøpe der vi kan')).toBe('kjope der vi kan');
    expect(pagefindQuery('kjoepe')).toBe('kjope');
    expect(pagefindQuery('Guðmundsson')).toBe('gudmundsson');
    expect(pagefindQuery('2018-04193')).toBe('2018 04193');
    expect(pagefindQuery('  ')).toBe('');
  });
});

describe('resultLabels', () => {
  it('labels type, language and countries in the reader language', () => {
    const labels = { type: { cases: 'Tapaukset' }, language: { sv: 'ruotsi' }, country: { SE: 'Ruotsi', NO: 'Norja' } } as never;
    expect(resultLabels({ type: 'cases', language: 'sv', country: 'SE,NO' }, labels)).toEqual(['Tapaukset', 'ruotsi', 'Ruotsi', 'Norja']);
    expect(resultLabels({ type: 'cases', language: 'sv' }, labels, { sv: 'Kirjoitettu ruotsiksi' })).toEqual(['Tapaukset', 'Kirjoitettu ruotsiksi']);
  });
});

describe('localiseResult', () => {
  it('points a topic or organisation result at the reader language, with its label there', async () => {
    const { localiseResult } = await import('../../src/search/meta.ts');
    const meta = { variant: 'en', title: 'COPD', title_fi: 'Keuhkoahtaumatauti' };
    expect(localiseResult('/en/topics/copd/', meta, 'fi')).toMatchObject({ url: '/fi/topics/copd/', title: 'Keuhkoahtaumatauti' });
    expect(localiseResult('/en/organisations/vinnova/', { variant: 'en', title: 'Vinnova' }, 'sv')).toMatchObject({ url: '/sv/organisations/vinnova/', title: 'Vinnova' });
  });

  it("opens an entry written in another language in the reader's interface language", async () => {
    const { localiseResult } = await import('../../src/search/meta.ts');
    expect(localiseResult('/sv/cases/x/', { title: 'X', language: 'sv' }, 'fi')).toMatchObject({ url: '/fi/cases/x/', title: 'X' });
    expect(localiseResult('/commons/sv/cases/sv/', { title: 'X', language: 'sv' }, 'nb')).toMatchObject({ url: '/commons/nb/cases/sv/' });
    expect(localiseResult('/sv/cases/x/', { title: 'X', language: 'sv' }, 'sv')).toMatchObject({ url: '/sv/cases/x/' });
    expect(localiseResult('/sv/cases/x/', { title: 'X', language: 'sv' }, 'xx')).toMatchObject({ url: '/sv/cases/x/' });
  });

  it("shows a topic's description in the reader's language, never the indexed page's", async () => {
    const { localiseResult } = await import('../../src/search/meta.ts');
    const meta = { variant: 'en', title: 'COPD', summary: 'A lung disease.', summary_en: 'A lung disease.', summary_fi: 'Keuhkosairaus.', summary_sv: 'En lungsjukdom.' };
    expect(localiseResult('/en/topics/copd/', meta, 'fi')).toMatchObject({ summary: 'Keuhkosairaus.', summaryLanguage: 'fi' });
    expect(localiseResult('/en/topics/copd/', meta, 'sv')).toMatchObject({ summary: 'En lungsjukdom.', summaryLanguage: 'sv' });
    expect(localiseResult('/en/topics/copd/', meta, 'en')).toMatchObject({ summary: 'A lung disease.', summaryLanguage: 'en' });
  });

  it("falls back for an organisation: the reader's language, else English, else the first written, with its language", async () => {
    const { localiseResult } = await import('../../src/search/meta.ts');
    const both = { variant: 'en', title: 'Lyngby', summary: 'A municipality.', summary_da: 'En kommune.', summary_en: 'A municipality.' };
    expect(localiseResult('/en/organisations/x/', both, 'da')).toMatchObject({ summary: 'En kommune.', summaryLanguage: 'da' });
    expect(localiseResult('/en/organisations/x/', both, 'fi')).toMatchObject({ summary: 'A municipality.', summaryLanguage: 'en' });
    const own = { variant: 'en', title: 'Lyngby', summary: 'En kommune.', summary_da: 'En kommune.' };
    expect(localiseResult('/en/organisations/x/', own, 'sv')).toMatchObject({ summary: 'En kommune.', summaryLanguage: 'da' });
    expect(localiseResult('/en/organisations/x/', { variant: 'en', title: 'Vinnova' }, 'sv').summary).toBeUndefined();
  });

  it("keeps an entry's own summary and language", async () => {
    const { localiseResult } = await import('../../src/search/meta.ts');
    expect(localiseResult('/sv/cases/x/', { title: 'X', summary: 'Ett fall.', language: 'sv' }, 'fi')).toEqual({ url: '/fi/cases/x/', title: 'X', summary: 'Ett fall.', summaryLanguage: 'sv' });
  });
});
