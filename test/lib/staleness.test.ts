import { describe, expect, it } from 'vitest';
import { addMonths, endNotice, isStale, monthsSince } from '../../src/lib/staleness.ts';
import { site } from '../../src/site.config.ts';

const now = new Date('2026-11-24T10:00:00Z');

describe('addMonths', () => {
  it('adds calendar months and clamps to the end of a shorter month', () => {
    expect(addMonths('2024-05-02', 18)).toBe('2025-11-02');
    expect(addMonths('2023-08-31', 18)).toBe('2025-02-28');
    expect(addMonths('2022-08-31', 18)).toBe('2024-02-29');
  });
});

describe('monthsSince', () => {
  it('counts whole months and never goes negative', () => {
    expect(monthsSince('2025-05-24', now)).toBe(18);
    expect(monthsSince('2025-05-25', now)).toBe(17);
    expect(monthsSince('2027-01-01', now)).toBe(0);
  });
});

describe('isStale', () => {
  it('marks an entry verified more than 18 months before "now"', () => {
    expect(isStale('2019-09-30', now, site.staleAfterMonths)).toBe(true);
    expect(isStale('2025-05-23', now, 18)).toBe(true);
  });
  it('keeps an entry verified exactly 18 months ago, or more recently, fresh', () => {
    expect(isStale('2025-05-24', now, 18)).toBe(false);
    expect(isStale('2026-11-01', now, 18)).toBe(false);
    expect(isStale('2027-01-01', now, 18)).toBe(false);
  });
});

describe('endNotice', () => {
  it('says when a planned end has passed without an end or a result', () => {
    expect(endNotice({ plannedEnd: '2019-09', outcome: 'ongoing' }, now)).toEqual({ kind: 'planned-end-passed', plannedEnd: '2019-09' });
    expect(endNotice({ plannedEnd: '2019', outcome: 'unknown' }, now)).toEqual({ kind: 'planned-end-passed', plannedEnd: '2019' });
  });
  it('reads a partial planned end as its last possible day', () => {
    const lateSeptember = new Date('2019-09-30T23:00:00Z');
    expect(endNotice({ plannedEnd: '2019-09', outcome: 'ongoing' }, lateSeptember)).toBeUndefined();
    expect(endNotice({ plannedEnd: '2019-09', outcome: 'ongoing' }, new Date('2019-10-01T00:00:00Z'))).toBeDefined();
  });
  it('says when a case ended but still reports no result', () => {
    expect(endNotice({ end: '2020-06-30', outcome: 'unknown' }, now)).toEqual({ kind: 'ended-without-result', end: '2020-06-30' });
  });
  it('stays silent when a result is reported or the end is still ahead', () => {
    expect(endNotice({ plannedEnd: '2019-09', outcome: 'achieved' }, now)).toBeUndefined();
    expect(endNotice({ plannedEnd: '2019-09', outcome: 'not-achieved' }, now)).toBeUndefined();
    expect(endNotice({ plannedEnd: '2027-03', outcome: 'ongoing' }, now)).toBeUndefined();
    expect(endNotice({ outcome: 'ongoing' }, now)).toBeUndefined();
    expect(endNotice({ plannedEnd: '--09-01', outcome: 'ongoing' }, now)).toBeUndefined();
  });
});
