/**
 * The one home of locale formatting: partial dates, periods, numbers, money and lists in the
 * reader's language. Partial dates show only what is known: "2019", "May 2019", "2 May 2019",
 * and "25 January (year not stated)" for "--01-25". Pure and free of the translations module
 * (the client-side catalogue island imports it too): words such as "year not stated" come from
 * the caller, usually through `periodWords(t)`.
 */
import { parsePartialDate } from '../schema/dates.ts';
import type { Currency } from '../schema/vocabulary.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Translate } from '../i18n/t.ts';
import { fillTemplate as fill } from '../i18n/template.ts';
import { textMemo } from './memo.ts';

/**
 * The BCP 47 tag used for Intl formatting. English gets the British conventions (day before
 * month, 24-hour clock), which Nordic readers of English expect more than the American ones.
 */
export function intlTag(locale: Locale): string {
  return locale === 'en' ? 'en-GB' : locale;
}

/**
 * Intl formatters are slow to build and pages format thousands of dates (a topic comparison at
 * 10,000 cases), so each one is built once per locale and kind.
 */
const formatters = textMemo<Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();
function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(key: string, make: () => F): F {
  return formatters(key, make) as F;
}

const dateStyles = {
  dayMonth: { day: 'numeric', month: 'long', timeZone: 'UTC' },
  monthYear: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  full: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  shortMonthYear: { month: 'short', year: 'numeric', timeZone: 'UTC' },
  shortFull: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * Finnish short month names ("marras", "syys") read as words cut off, not as abbreviations: Finnish
 * lists write the full month name, so the short styles use the long ones there.
 */
const fullMonthsOnly: ReadonlySet<Locale> = new Set(['fi']);

function dateFormat(locale: Locale, style: keyof typeof dateStyles): Intl.DateTimeFormat {
  const chosen = fullMonthsOnly.has(locale) ? ({ shortMonthYear: 'monthYear', shortFull: 'full' } as const)[style as 'shortMonthYear' | 'shortFull'] ?? style : style;
  return cached(`date:${chosen}:${locale}`, () => new Intl.DateTimeFormat(intlTag(locale), dateStyles[chosen]));
}

const utc = (year: number, month = 1, day = 1) => new Date(Date.UTC(year, month - 1, day));

export interface DateWords {
  /** e.g. "year not stated", shown after a day and month whose year is unknown. */
  yearNotStated: string;
}

/** "long": "November 2018" (entry pages, tables); "short": "Nov 2018" (compact list rows). */
export type DateStyle = 'long' | 'short';

/** A partial date in words, never inventing a day, month or year. */
export function formatPartialDate(value: string, locale: Locale, words: DateWords, style: DateStyle = 'long'): string {
  const { year, month, day } = parsePartialDate(value);
  if (year === undefined) {
    // A day and month without a year always says so, in every style and place.
    return `${dateFormat(locale, 'dayMonth').format(utc(2000, month, day))} (${words.yearNotStated})`;
  }
  if (month === undefined) return String(year);
  const short = style === 'short';
  if (day === undefined) return dateFormat(locale, short ? 'shortMonthYear' : 'monthYear').format(utc(year, month));
  return dateFormat(locale, short ? 'shortFull' : 'full').format(utc(year, month, day));
}

/** A compact partial date for list rows: "2019", "May 2019", "2 May 2019" with short month names. */
export function formatShortDate(value: string, locale: Locale, words: DateWords): string {
  return formatPartialDate(value, locale, words, 'short');
}

/** A full YYYY-MM-DD date, e.g. a last-verified date: "2 May 2024". */
export function formatDay(isoDate: string, locale: Locale): string {
  return formatPartialDate(isoDate, locale, { yearNotStated: '' });
}

/** Start, end and planned end of a case, any of them possibly unknown. */
export interface Period {
  start?: string | undefined;
  end?: string | undefined;
  plannedEnd?: string | undefined;
}

export interface PeriodWords extends DateWords {
  /** e.g. "not stated", shown when the source gives no start (or no date at all). */
  notStated: string;
  /** "{start} – {end}" */
  periodEnded: string;
  /** "{start} – {plannedEnd} (planned end)" */
  periodPlanned: string;
  /** "From {start}": says nothing about an end the source does not give. */
  periodOpen: string;
}

/** The words dates and periods need, from the interface language's translations. */
export function periodWords(t: Translate): PeriodWords {
  return {
    yearNotStated: t('date.yearNotStated'),
    notStated: t('date.notStated'),
    periodEnded: t('case.periodEnded'),
    periodPlanned: t('case.periodPlanned'),
    periodOpen: t('case.periodOpen'),
  };
}

/**
 * A case's period as plain text ("November 2018 – September 2019 (planned end)"), for tables and
 * list rows with many entries, where a component per date would slow the build. The templates
 * follow the word order of the language ("2020 alkaen"); unknown parts say "not stated".
 */
export function formatPeriod(period: Period, locale: Locale, words: PeriodWords, style: DateStyle = 'long'): string {
  const { start, end, plannedEnd } = period;
  if (!start && !end && !plannedEnd) return words.notStated;
  const date = (value: string | undefined) => (value ? formatPartialDate(value, locale, words, style) : words.notStated);
  if (end) return end === start ? date(start) : fill(words.periodEnded, { start: date(start), end: date(end) });
  if (plannedEnd) return fill(words.periodPlanned, { start: date(start), plannedEnd: date(plannedEnd) });
  return fill(words.periodOpen, { start: date(start) });
}

/**
 * An event's dates: "12 March 2024", or "12 March 2024 – 14 March 2024" when it ends on another
 * day (an event with only a start is a one-day event, not an open-ended one).
 */
export function formatDateRange(start: string, end: string | undefined, locale: Locale, words: PeriodWords): string {
  const from = formatPartialDate(start, locale, words);
  return end && end !== start ? fill(words.periodEnded, { start: from, end: formatPartialDate(end, locale, words) }) : from;
}

export function formatNumber(value: number, locale: Locale): string {
  return cached(`number:${locale}`, () => new Intl.NumberFormat(intlTag(locale))).format(value);
}

/** An amount with its ISO currency code (a bare "kr" would not say whose krona). */
export function formatMoney(amount: number, currency: Currency, locale: Locale): string {
  const fraction = Number.isInteger(amount) ? 0 : 2;
  return cached(`money:${currency}:${fraction}:${locale}`, () =>
    new Intl.NumberFormat(intlTag(locale), { style: 'currency', currency, currencyDisplay: 'code', maximumFractionDigits: fraction }),
  ).format(amount);
}

/** "Sweden, Norway and Finland" in the interface language. */
export function formatList(items: readonly string[], locale: Locale): string {
  return cached(`list:${locale}`, () => new Intl.ListFormat(intlTag(locale), { style: 'long', type: 'conjunction' })).format(items);
}
