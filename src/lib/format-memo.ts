/**
 * The formatters of format.ts, remembered for the length of a build. A catalogue has a few
 * thousand distinct dates and periods, but list, organisation and topic pages format each of them
 * many times over (a case appears in a dozen lists, in six languages), and Intl formatting was a
 * visible part of the render in profiles at 10,000 entries.
 *
 * Server-side only: format.ts itself stays free of caches because the browser island bundles it,
 * and the island formats each row once. Same signatures and results as format.ts (tested in
 * test/lib/format-memo.test.ts); a result depends only on the arguments, so remembering is safe.
 */
import type { Locale } from '../i18n/locales.ts';
import {
  formatDateRange as formatDateRangeOnce,
  formatDay as formatDayOnce,
  formatList as formatListOnce,
  formatPartialDate as formatPartialDateOnce,
  formatPeriod as formatPeriodOnce,
  type DateStyle,
  type DateWords,
  type Period,
  type PeriodWords,
} from './format.ts';

const remembered = new Map<string, string>();

function remember(key: string, format: () => string): string {
  let text = remembered.get(key);
  if (text === undefined) {
    text = format();
    remembered.set(key, text);
  }
  return text;
}

/** One key from the parts a result depends on (NUL never occurs in dates, words or labels). */
const keyOf = (...parts: readonly (string | undefined)[]) => parts.map((part) => part ?? '').join('\u0000');

const periodKey = (words: PeriodWords) => keyOf(words.yearNotStated, words.notStated, words.periodEnded, words.periodPlanned, words.periodOpen);

export function formatPartialDate(value: string, locale: Locale, words: DateWords, style: DateStyle = 'long'): string {
  return remember(keyOf('date', locale, style, words.yearNotStated, value), () => formatPartialDateOnce(value, locale, words, style));
}

export function formatDay(isoDate: string, locale: Locale): string {
  return remember(keyOf('day', locale, isoDate), () => formatDayOnce(isoDate, locale));
}

export function formatPeriod(period: Period, locale: Locale, words: PeriodWords, style: DateStyle = 'long'): string {
  // An empty string and a missing date read the same in formatPeriod ("not stated").
  const key = keyOf('period', locale, style, period.start, period.end, period.plannedEnd, periodKey(words));
  return remember(key, () => formatPeriodOnce(period, locale, words, style));
}

export function formatDateRange(start: string, end: string | undefined, locale: Locale, words: PeriodWords): string {
  return remember(keyOf('range', locale, start, end, periodKey(words)), () => formatDateRangeOnce(start, end, locale, words));
}

export function formatList(items: readonly string[], locale: Locale): string {
  return remember(keyOf('list', locale, ...items), () => formatListOnce(items, locale));
}
