import { describe, expect, it } from 'vitest';
import {
  casesByCountry,
  countryCoverage,
  casesByOutcome,
  casesByTopic,
  eventTimeline,
  newestCases,
  outcomeTone,
  pastEvents,
  recentlyVerified,
  stoppedEarlyCases,
  totals,
  upcomingEvents,
} from '../../src/lib/overview.ts';
import { makeCase, makeCatalogue, makeEvent } from './entry-pages-fixtures.ts';

const catalogue = makeCatalogue({
  cases: [
    makeCase('a', { countries: ['SE'], topics: ['rpm'], start: '2018', outcome: 'achieved', lastVerified: '2022-01-01' }),
    makeCase('b', { countries: ['SE', 'NO'], topics: ['rpm', 'copd'], start: '2020', stage: 'discontinued', outcome: 'partly', stopReason: 'staffing', lastVerified: '2025-03-01' }),
    makeCase('c', { countries: ['FI'], topics: ['copd'], start: '2021', outcome: 'not-achieved', stopReason: 'no-measured-effect', lastVerified: '2023-05-05' }),
    makeCase('d', { countries: [], topics: ['copd'], outcome: 'unknown', lastVerified: '2024-01-01' }),
  ],
  events: [
    makeEvent('past', { start: '2019-05-02' }),
    makeEvent('running', { start: '2025-06-01', end: '2025-06-03' }),
    makeEvent('next-year', { start: '2026' }),
    makeEvent('soon', { start: '2025-07' }),
  ],
});

describe('overview', () => {
  it('counts cases by country (a case in two countries counts in both), outcome and topic', () => {
    expect(casesByCountry(catalogue.cases)).toEqual([
      { value: 'SE', count: 2 },
      { value: 'NO', count: 1 },
      { value: 'FI', count: 1 },
    ]);
    expect(casesByOutcome(catalogue.cases).map((c) => c.count)).toEqual([0, 1, 1, 1, 1]);
    expect(casesByTopic(catalogue, 1)).toEqual([{ value: 'copd', count: 3 }]);
  });

  it('says why the country bars need not add up: cases without a country, and cases in several', () => {
    expect(countryCoverage(catalogue.cases)).toEqual({ withoutCountry: 1, inSeveral: 1 });
  });

  it('lists the newest, the recently verified and the ones that stopped early', () => {
    expect(newestCases(catalogue.cases, 2).map((c) => c.id)).toEqual(['c', 'b']);
    expect(recentlyVerified(catalogue.cases, 2).map((c) => c.id)).toEqual(['b', 'd']);
    expect(stoppedEarlyCases(catalogue.cases).map((c) => c.id)).toEqual(['c', 'b']);
  });

  it('splits events into upcoming (soonest first, still running included) and past', () => {
    expect(upcomingEvents(catalogue.events, '2025-06-02').map((e) => e.id)).toEqual(['running', 'soon', 'next-year']);
    expect(pastEvents(catalogue.events, '2025-06-02').map((e) => e.id)).toEqual(['past']);
    expect(pastEvents(catalogue.events, '2025-06-04').map((e) => e.id)).toEqual(['running', 'past']);
  });

  it('keeps one timeline of upcoming and past events per day, shared by the pages of the events list', () => {
    const onDay = eventTimeline(catalogue.events, '2025-06-02');
    expect(onDay.upcoming.map((e) => e.id)).toEqual(['running', 'soon', 'next-year']);
    expect(onDay.past.map((e) => e.id)).toEqual(['past']);
    expect(eventTimeline(catalogue.events, '2025-06-02')).toBe(onDay);
    expect(eventTimeline(catalogue.events, '2025-06-04').past.map((e) => e.id)).toEqual(['running', 'past']);
  });

  it('gives every outcome a tone and counts collections', () => {
    expect(outcomeTone('not-achieved')).toBe('bad');
    expect(outcomeTone('unknown')).toBe('neutral');
    expect(totals(catalogue).cases).toBe(4);
  });
});

describe('collection index groupings', () => {
  it('groups in a fixed order and leaves out empty groups', async () => {
    const { groupInOrder } = await import('../../src/lib/overview.ts');
    const groups = groupInOrder(['b1', 'a1', 'c1', 'a2'], (s) => s[0] as 'a' | 'b' | 'c', ['c', 'a']);
    expect(groups).toEqual([
      { key: 'c', items: ['c1'] },
      { key: 'a', items: ['a1', 'a2'] },
      { key: 'b', items: ['b1'] },
    ]);
  });

  it('groups events by start year, newest first', async () => {
    const { eventsByYear } = await import('../../src/lib/overview.ts');
    expect(eventsByYear(catalogue.events).map((g) => [g.year, g.events.map((e) => e.id)])).toEqual([
      ['2026', ['next-year']],
      ['2025', ['soon', 'running']],
      ['2019', ['past']],
    ]);
  });
});
