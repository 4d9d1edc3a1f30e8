/** Partial dates ("2019", "2019-05", "2019-05-02", "--01-25"): parsing and ordering. */

export interface PartialDateParts {
  year?: number | undefined;
  month?: number | undefined;
  day?: number | undefined;
}

export function parsePartialDate(value: string): PartialDateParts {
  if (value.startsWith('--')) {
    const [month, day] = value.slice(2).split('-').map(Number);
    return { month, day };
  }
  const [year, month, day] = value.split('-').map(Number);
  return { year, month, day };
}

/**
 * Whether the day of a date exists in its month: 2019-02-29 and --02-30 do not (a date without a
 * year may be 29 February). A date without a day, or not in a date form at all, is not judged here.
 */
export function isCalendarDate(value: string): boolean {
  const { year, month, day } = parsePartialDate(value);
  if (month === undefined || day === undefined || !Number.isInteger(month) || !Number.isInteger(day)) return true;
  const leap = year === undefined || (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days === undefined || (day >= 1 && day <= days);
}

/**
 * Orders partial dates by what is known; a missing part counts as the earliest possible value and
 * a missing year sorts before every known year. Returns <0, 0 or >0.
 */
export function compareDates(a: string, b: string): number {
  const pa = parsePartialDate(a);
  const pb = parsePartialDate(b);
  return (
    (pa.year ?? -1) - (pb.year ?? -1) || (pa.month ?? 0) - (pb.month ?? 0) || (pa.day ?? 0) - (pb.day ?? 0)
  );
}

/** The last day a partial date can stand for, as YYYY-MM-DD; undefined when the year is unknown. */
export function latestDayOf(value: string): string | undefined {
  const { year, month, day } = parsePartialDate(value);
  if (year === undefined) return undefined;
  const m = month ?? 12;
  const d = day ?? new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function yearOf(value: string): number | undefined {
  return parsePartialDate(value).year;
}
