/**
 * Dates and numbers in the reader's language. Partial dates show only what is known: "2019",
 * "May 2019", "2 May 2019", and "25 January (year not stated)" for "--01-25". Pure: labels that
 * need words ("year not stated", "ongoing") are passed in by the caller from the translations.
 */
import { parsePartialDate } from '../schema/dates.ts';
import type { Locale } from '../i18n/locales.ts';

/** The tag for Intl: British English conventions (day before month) suit Nordic readers of English. */
export function intlTag(locale: Locale): string {
  return locale === 'en' ? 'en-GB' : locale;
}

const utc = (year: number, month = 1, day = 1) => new Date(Date.UTC(year, month - 1, day));

export interface DateWords {
  /** e.g. "year not stated", shown after a day and month whose year is unknown. */
  yearNotStated: string;
}

/** A partial date in words, never inventing a day, month or year. */
export function formatPartialDate(value: string, locale: Locale, words: DateWords): string {
  const { year, month, day } = parsePartialDate(value);
  const tag = intlTag(locale);
  if (year === undefined) {
    const dayMonth = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(utc(2000, month, day));
    return `${dayMonth} (${words.yearNotStated})`;
  }
  if (month === undefined) return String(year);
  if (day === undefined) return new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utc(year, month));
  return new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utc(year, month, day));
}

/** A compact partial date for list rows and tables: "2019", "05/2019"-style per locale, "2 May 2019" shortened. */
export function formatShortDate(value: string, locale: Locale, words: DateWords): string {
  const { year, month, day } = parsePartialDate(value);
  const tag = intlTag(locale);
  if (year === undefined) return formatPartialDate(value, locale, words);
  if (month === undefined) return String(year);
  if (day === undefined) return new Intl.DateTimeFormat(tag, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(utc(year, month));
  return new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(utc(year, month, day));
}

export interface PeriodWords extends DateWords {
  /** e.g. "no end date", shown when a period has a start but no end. */
  open: string;
  /** e.g. "not stated", shown when the source gives no start. */
  notStated: string;
}

/**
 * "2019 – 2021", "May 2019 – no end date"; an en dash with spaces reads well in all six
 * languages. A case whose source gives no start says so rather than guessing.
 */
export function formatPeriod(start: string | undefined, end: string | undefined, locale: Locale, words: PeriodWords): string {
  if (!start) return end ? `${words.notStated} – ${formatShortDate(end, locale, words)}` : words.notStated;
  const from = formatShortDate(start, locale, words);
  if (end === start) return from;
  return `${from} – ${end ? formatShortDate(end, locale, words) : words.open}`;
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlTag(locale)).format(value);
}

/** A full YYYY-MM-DD date, e.g. a last-verified date: "2 May 2024". */
export function formatDay(isoDate: string, locale: Locale): string {
  return formatPartialDate(isoDate, locale, { yearNotStated: '' });
}
