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
import { textMemo } from './memo.ts';

const remember = textMemo<string>();

// Keys join the parts a result depends on with NUL, which never occurs in dates, words or labels.
// An empty string and a missing date read the same in format.ts ("not stated"), so both key as ''.

const periodKey = (words: PeriodWords) =>
  `${words.yearNotStated}\u0000${words.notStated}\u0000${words.periodEnded}\u0000${words.periodPlanned}\u0000${words.periodOpen}`;

export function formatPartialDate(value: string, locale: Locale, words: DateWords, style: DateStyle = 'long'): string {
  return remember(`date\u0000${locale}\u0000${style}\u0000${words.yearNotStated}\u0000${value}`, () =>
    formatPartialDateOnce(value, locale, words, style),
  );
}

export function formatDay(isoDate: string, locale: Locale): string {
  return remember(`day\u0000${locale}\u0000${isoDate}`, () => formatDayOnce(isoDate, locale));
}

export function formatPeriod(period: Period, locale: Locale, words: PeriodWords, style: DateStyle = 'long'): string {
  const { start = '', end = '', plannedEnd = '' } = period;
  return remember(`period\u0000${locale}\u0000${style}\u0000${start}\u0000${end}\u0000${plannedEnd}\u0000${periodKey(words)}`, () =>
    formatPeriodOnce(period, locale, words, style),
  );
}

export function formatDateRange(start: string, end: string | undefined, locale: Locale, words: PeriodWords): string {
  return remember(`range\u0000${locale}\u0000${start}\u0000${end ?? ''}\u0000${periodKey(words)}`, () =>
    formatDateRangeOnce(start, end, locale, words),
  );
}

export function formatList(items: readonly string[], locale: Locale): string {
  return remember(`list\u0000${locale}\u0000${items.join('\u0000')}`, () => formatListOnce(items, locale));
}
