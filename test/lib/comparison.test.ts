import { describe, expect, it } from 'vitest';
import {
  casesOfTopic,
  comparisonRow,
  comparisonRows,
  comparisonView,
  COMPARISON_TABLE_LIMIT,
  countByCountry,
  countByOutcome,
  countByStopReason,
  dateSortKey,
  narrowerTopics,
  topicAndNarrower,
  topicComparison,
  topicComparisonRows,
} from '../../src/lib/comparison.ts';
import { makeCase, makeCatalogue, makeTopic } from './entry-pages-fixtures.ts';

const stopped = makeCase('stopped', {
  start: '2017-03',
  end: '2018-06',
  countries: ['NO'],
  stage: 'discontinued',
  outcome: 'not-achieved',
  stopReason: 'no-integration',
  scale: { users: 40, sites: 2 },
  effects: [
    { indicator: 'Readmissions', result: 'No change', evidence: 'before-after' },
    { indicator: 'Staff view', result: 'Mixed', evidence: 'survey' },
  ],
});
const scaled = makeCase('scaled', {
  start: '2021-01-15',
  countries: ['SE', 'FI'],
  stage: 'scaled',
  outcome: 'achieved',
  scale: { users: 1200 },
  effects: [{ indicator: 'Bed days', result: '-20 %', evidence: 'controlled' }],
});
const yearOnly = makeCase('year-only', { start: '2019', countries: ['SE'], topics: ['heart-failure-monitoring'] });

const topics = [
  makeTopic('remote-monitoring'),
  makeTopic('heart-failure-monitoring', { broader: 'remote-monitoring' }),
  makeTopic('deep', { broader: 'heart-failure-monitoring' }),
  makeTopic('other'),
];

describe('comparisonRow', () => {
  it('derives the strongest evidence and the reason a case stopped', () => {
    const row = comparisonRow(stopped);
    expect(row.evidence).toBe('before-after');
    expect(row.stopReason).toBe('no-integration');
    expect(row.stage).toBe('discontinued');
    expect(row.users).toBe(40);
    expect(row.sites).toBe(2);
    expect(row.end).toBe('2018-06');
  });
  it('leaves evidence empty and sorts it lowest when a case reports no effect', () => {
    const row = comparisonRow(yearOnly);
    expect(row.evidence).toBeUndefined();
    expect(row.sortKeys.evidence).toBe(0);
    expect(row.sortKeys.scale).toBe(-1);
    expect(row.sortKeys.stopReason).toBe(-1);
  });
  it('gives sort keys that follow the vocabularies and dates', () => {
    const a = comparisonRow(stopped).sortKeys;
    const b = comparisonRow(scaled).sortKeys;
    expect(b.period).toBeGreaterThan(a.period);
    expect(b.scale).toBeGreaterThan(a.scale);
    expect(b.evidence).toBeGreaterThan(a.evidence);
    expect(a.stage).toBeGreaterThan(b.stage); // discontinued comes after scaled in the vocabulary
  });
});

describe('dateSortKey', () => {
  it('orders partial dates like compareDates does', () => {
    expect(dateSortKey('2019')).toBeLessThan(dateSortKey('2019-01'));
    expect(dateSortKey('2019-09')).toBeLessThan(dateSortKey('2019-09-02'));
    expect(dateSortKey('2019-12-31')).toBeLessThan(dateSortKey('2020'));
    expect(dateSortKey('--01-25')).toBeLessThan(dateSortKey('0001'));
  });
});

describe('topics', () => {
  it('finds a topic and every topic below it, without looping on a cycle', () => {
    expect(topicAndNarrower('remote-monitoring', topics)).toEqual(['remote-monitoring', 'heart-failure-monitoring', 'deep']);
    const cyclic = [makeTopic('a', { broader: 'b' }), makeTopic('b', { broader: 'a' })];
    expect(topicAndNarrower('a', cyclic).sort()).toEqual(['a', 'b']);
    expect(narrowerTopics('remote-monitoring', topics).map((t) => t.id)).toEqual(['heart-failure-monitoring']);
  });
  it('lists the cases of a topic and its narrower topics once each, newest first', () => {
    const both = makeCase('both', { start: '2018', topics: ['remote-monitoring', 'heart-failure-monitoring'] });
    const catalogue = makeCatalogue({ cases: [stopped, scaled, yearOnly, both], topics });
    expect(casesOfTopic(catalogue, 'remote-monitoring').map((c) => c.id)).toEqual(['scaled', 'year-only', 'both', 'stopped']);
    expect(casesOfTopic(catalogue, 'heart-failure-monitoring').map((c) => c.id)).toEqual(['year-only', 'both']);
    expect(casesOfTopic(catalogue, 'other')).toEqual([]);
  });
});

describe('comparisonRows and counts', () => {
  const rows = comparisonRows([stopped, yearOnly, scaled]);
  it('orders rows newest start first (the order without JavaScript)', () => {
    expect(rows.map((row) => row.id)).toEqual(['scaled', 'year-only', 'stopped']);
  });
  it('counts every outcome, zeros included, in vocabulary order', () => {
    expect(countByOutcome(rows)).toEqual([
      { outcome: 'ongoing', count: 1 },
      { outcome: 'achieved', count: 1 },
      { outcome: 'partly', count: 0 },
      { outcome: 'not-achieved', count: 1 },
      { outcome: 'unknown', count: 0 },
    ]);
  });
  it('counts a case in each of its countries, most first', () => {
    expect(countByCountry(rows)).toEqual([
      { country: 'SE', count: 2 },
      { country: 'FI', count: 1 },
      { country: 'NO', count: 1 },
    ]);
  });
  it('counts only the stop reasons that occur', () => {
    expect(countByStopReason(rows)).toEqual([{ stopReason: 'no-integration', count: 1 }]);
  });
});

describe('topicComparisonRows', () => {
  it('computes a topic once per catalogue and shares the rows between its language pages', () => {
    const catalogue = makeCatalogue({ cases: [stopped, scaled, yearOnly], topics });
    const first = topicComparisonRows(catalogue, 'remote-monitoring');
    expect(first.map((row) => row.id)).toEqual(['scaled', 'year-only', 'stopped']);
    expect(topicComparisonRows(catalogue, 'remote-monitoring')).toBe(first);
  });
});

describe('comparisonView and topicComparison', () => {
  it('keeps the newest rows for the table but counts every case', () => {
    const rows = comparisonRows([stopped, scaled, yearOnly]);
    const view = comparisonView(rows, false, 2);
    expect(view.rows.map((row) => row.id)).toEqual(['scaled', 'year-only']);
    expect(view.total).toBe(3);
    expect(view.truncated).toBe(true);
    expect(view.byOutcome).toEqual(countByOutcome(rows));
    expect(view.byCountry).toEqual(countByCountry(rows));
    expect(view.byCountry.find((c) => c.country === 'NO')?.count, 'a case left out of the table still counts').toBe(1);
  });

  it('shows every row when the topic has no more cases than the limit', () => {
    const rows = comparisonRows([stopped, scaled, yearOnly]);
    const view = comparisonView(rows, false, 3);
    expect(view.rows).toHaveLength(3);
    expect(view.truncated).toBe(false);
  });

  it('caps the table at COMPARISON_TABLE_LIMIT rows by default', () => {
    const many = Array.from({ length: COMPARISON_TABLE_LIMIT + 5 }, (_, index) =>
      makeCase(`case-${String(index).padStart(4, '0')}`, { start: `${2000 + (index % 20)}-01`, countries: ['DK'] }),
    );
    const view = comparisonView(comparisonRows(many), false);
    expect(view.rows).toHaveLength(COMPARISON_TABLE_LIMIT);
    expect(view.total).toBe(COMPARISON_TABLE_LIMIT + 5);
    expect(view.byCountry).toEqual([{ country: 'DK', count: COMPARISON_TABLE_LIMIT + 5 }]);
  });

  it('computes a topic once per catalogue and says when narrower topics add cases', () => {
    const catalogue = makeCatalogue({ cases: [stopped, scaled, yearOnly], topics });
    const view = topicComparison(catalogue, 'remote-monitoring');
    expect(view.total).toBe(3);
    expect(view.includesNarrower).toBe(true);
    expect(topicComparison(catalogue, 'remote-monitoring')).toBe(view);
    expect(topicComparison(catalogue, 'heart-failure-monitoring').includesNarrower).toBe(false);
  });
});
