/**
 * Freshness of an entry. A case whose last verification is older than `site.staleAfterMonths`
 * months is marked "may be out of date"; a case whose planned end has passed without a reported
 * result says so instead of pretending to be ongoing. Pure: "now" is always passed in, so pages
 * compute it once at build time and tests pin it.
 */
import { latestDayOf } from '../schema/dates.ts';
import type { Outcome } from '../schema/vocabulary.ts';

/** A YYYY-MM-DD date as a UTC midnight Date. */
function utcDay(isoDate: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

/** Today (UTC) as YYYY-MM-DD. */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The date `months` calendar months after `isoDate`, clamped to the end of a shorter month
 * (2023-08-31 + 18 months = 2025-02-28), as YYYY-MM-DD.
 */
export function addMonths(isoDate: string, months: number): string {
  const start = utcDay(isoDate);
  const targetMonth = start.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(start.getUTCFullYear(), targetMonth + 1, 0)).getUTCDate();
  const result = new Date(Date.UTC(start.getUTCFullYear(), targetMonth, Math.min(start.getUTCDate(), lastDay)));
  return isoDay(result);
}

/** Whole calendar months from `isoDate` to `now`; 0 when `isoDate` is in the future. */
export function monthsSince(isoDate: string, now: Date): number {
  const then = utcDay(isoDate);
  let months = (now.getUTCFullYear() - then.getUTCFullYear()) * 12 + (now.getUTCMonth() - then.getUTCMonth());
  if (now.getUTCDate() < then.getUTCDate()) months -= 1;
  return Math.max(0, months);
}

/**
 * Whether an entry verified on `lastVerified` may be out of date on `now`: strictly more than
 * `staleAfterMonths` calendar months have passed. Exactly 18 months old is still fresh.
 */
export function isStale(lastVerified: string, now: Date, staleAfterMonths: number): boolean {
  return isoDay(now) > addMonths(lastVerified, staleAfterMonths);
}

/** What a case says about its end when the dates and the outcome disagree with the calendar. */
export type EndNotice =
  /** The planned end has passed, no end date and no result has been reported. */
  | { kind: 'planned-end-passed'; plannedEnd: string }
  /** The case ended, but its outcome is still ongoing or unknown. */
  | { kind: 'ended-without-result'; end: string };

interface CaseDates {
  end?: string | undefined;
  plannedEnd?: string | undefined;
  outcome: Outcome;
}

const unreported: readonly Outcome[] = ['ongoing', 'unknown'];

/**
 * Whether a case's period is over (by the last day its partial date can stand for) while no
 * result has been reported. "Planned to end in September 2019" has passed on 2019-10-01.
 */
export function endNotice(entry: CaseDates, now: Date): EndNotice | undefined {
  if (!unreported.includes(entry.outcome)) return undefined;
  const today = isoDay(now);
  if (entry.end) {
    const last = latestDayOf(entry.end);
    return last !== undefined && last < today ? { kind: 'ended-without-result', end: entry.end } : undefined;
  }
  if (entry.plannedEnd) {
    const last = latestDayOf(entry.plannedEnd);
    return last !== undefined && last < today ? { kind: 'planned-end-passed', plannedEnd: entry.plannedEnd } : undefined;
  }
  return undefined;
}
