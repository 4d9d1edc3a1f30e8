/**
 * What entry pages show, as pure functions: partial dates written honestly (a year stays a year),
 * money with its currency, the roles an organisation played in a case, and related cases. The
 * `.astro` components only place these values in HTML.
 */
import { parsePartialDate } from '../schema/dates.ts';
import type { Currency, VocabularyName } from '../schema/vocabulary.ts';
import { isLocale, type Locale } from '../i18n/locales.ts';
import { useTranslations, type Translate, type UiKey } from '../i18n/t.ts';
import type { CaseData } from '../schema/collections.ts';
import type { Case, Catalogue } from './catalogue.ts';
import { newestRank } from './comparison.ts';

/**
 * The BCP 47 tag used for Intl formatting. English gets the British conventions (day before
 * month, 24-hour clock), which Nordic readers of English expect more than the American ones.
 */
export function intlLocale(locale: Locale): string {
  return locale === 'en' ? 'en-GB' : locale;
}

/**
 * Intl formatters are slow to build and pages format thousands of dates (a topic comparison at
 * 10,000 cases), so each one is built once per locale and kind.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();
function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(key: string, make: () => F): F {
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

const dateStyles = {
  dayMonth: { day: 'numeric', month: 'long', timeZone: 'UTC' },
  monthYear: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  full: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

function dateFormat(locale: Locale, style: keyof typeof dateStyles): Intl.DateTimeFormat {
  return cached(`date:${style}:${locale}`, () => new Intl.DateTimeFormat(intlLocale(locale), dateStyles[style]));
}

/**
 * A partial date in words, showing only what is known: "2019", "September 2019", "2 May 2019",
 * "25 January (year not stated)". Never invents a day, month or year.
 */
export function formatPartialDate(value: string, locale: Locale): string {
  const { year, month, day } = parsePartialDate(value);
  if (year === undefined) {
    // Said in words, as the catalogue lists (src/lib/format.ts) and feeds do: "25 January (year not stated)".
    const dayMonth = dateFormat(locale, 'dayMonth').format(new Date(Date.UTC(2000, (month ?? 1) - 1, day ?? 1)));
    return `${dayMonth} (${useTranslations(locale)('date.yearNotStated')})`;
  }
  if (month === undefined) return String(year);
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  return dateFormat(locale, day === undefined ? 'monthYear' : 'full').format(date);
}

/** An amount with its ISO currency code (a bare "kr" would not say whose krona). */
export function formatMoney(amount: number, currency: Currency, locale: Locale): string {
  const fraction = Number.isInteger(amount) ? 0 : 2;
  return cached(`money:${currency}:${fraction}:${locale}`, () =>
    new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency, currencyDisplay: 'code', maximumFractionDigits: fraction }),
  ).format(amount);
}

export function formatNumber(value: number, locale: Locale): string {
  return cached(`number:${locale}`, () => new Intl.NumberFormat(intlLocale(locale))).format(value);
}

/** `lang` for content whose language differs from the page's, so screen readers switch voice. */
export function langAttr(contentLanguage: string, pageLanguage: string): string | undefined {
  return contentLanguage === pageLanguage ? undefined : contentLanguage;
}

/** The parts an organisation played in a case, in a fixed order. */
export const organisationRoles = ['coordinator', 'partner', 'funder', 'contact'] as const;
export type OrganisationRole = (typeof organisationRoles)[number];

export function rolesInCase(entry: Case, organisationId: string): OrganisationRole[] {
  const roles: OrganisationRole[] = [];
  const { data } = entry;
  if (data.coordinator === organisationId) roles.push('coordinator');
  else if (data.organisations.includes(organisationId)) roles.push('partner');
  if (data.funding.some((funding) => funding.funder === organisationId)) roles.push('funder');
  if (data.contact?.organisation === organisationId) roles.push('contact');
  return roles;
}

/**
 * Other cases sharing a topic with `entry`, most shared topics first, then newest. The case's own
 * translations are left out: they are listed separately.
 *
 * At 10,000 cases a topic holds thousands, and every case page asks this, so only the newest
 * `scanPerTopic` cases of each topic are considered (the topic comparison lists them all), and
 * the best `limit` are kept without sorting every candidate.
 */
export function relatedCases(catalogue: Catalogue, entry: Case, limit = 12, scanPerTopic = 200): Case[] {
  const excluded = new Set((catalogue.translationGroup.get(entry.id) ?? [entry]).map((c) => c.id));
  excluded.add(entry.id);
  const shared = new Map<string, number>();
  for (const topic of new Set(entry.data.topics)) {
    let scanned = 0;
    for (const other of catalogue.casesByTopic.get(topic) ?? []) {
      if (scanned === scanPerTopic) break;
      if (excluded.has(other.id)) continue;
      scanned += 1;
      shared.set(other.id, (shared.get(other.id) ?? 0) + 1);
    }
  }
  const rank = newestRank(catalogue);
  // Best first: more shared topics, then a lower rank (newer). `best` stays sorted and short.
  const best: { id: string; count: number; rank: number }[] = [];
  const better = (a: { count: number; rank: number }, b: { count: number; rank: number }) => a.count > b.count || (a.count === b.count && a.rank < b.rank);
  for (const [id, count] of shared) {
    const candidate = { id, count, rank: rank.get(id) ?? Number.MAX_SAFE_INTEGER };
    if (best.length === limit && !better(candidate, best[best.length - 1]!)) continue;
    let index = best.length;
    while (index > 0 && better(candidate, best[index - 1]!)) index -= 1;
    best.splice(index, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best.map(({ id }) => catalogue.caseById.get(id)!);
}

/** The other-language versions of a case (catalogue.translationGroup without the case itself). */
export function translationsOf(catalogue: Catalogue, entry: Case): Case[] {
  return (catalogue.translationGroup.get(entry.id) ?? []).filter((other) => other.id !== entry.id);
}

/** The translation key of a vocabulary value's label, e.g. vocab.stage.discontinued. */
export function vocabKey(name: VocabularyName, id: string): UiKey {
  return `vocab.${name}.${id}` as UiKey;
}

/**
 * The interface language of the page at `pathname` (its first segment after the base path), for
 * components that only see the URL, such as the MDX components inside an entry's body.
 */
export function localeFromPath(pathname: string, base = ''): Locale {
  const rest = base && pathname.startsWith(base) ? pathname.slice(base.replace(/\/$/, '').length) : pathname;
  const first = rest.split('/').find((segment) => segment !== '');
  return first !== undefined && isLocale(first) ? first : 'en';
}

/** "Sweden, Norway and Finland" in the interface language. */
export function formatList(items: readonly string[], locale: Locale): string {
  return cached(`list:${locale}`, () => new Intl.ListFormat(intlLocale(locale), { style: 'long', type: 'conjunction' })).format(items);
}

/** A piece of a UI string: literal text, or the name of a {placeholder} to fill with markup. */
export type TemplatePart = { text: string } | { name: string };

/**
 * Splits "{start} – {end}" into text and placeholders, so a page can put a `<time>` or a link
 * where a translation says, whatever order the language puts them in.
 */
export function splitTemplate(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    if (match.index > last) parts.push({ text: template.slice(last, match.index) });
    parts.push({ name: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return parts;
}

/** How a case page shows why it stopped. */
export interface StopView {
  /** Whether there is anything to say (a reason or a note). */
  show: boolean;
  /** Discontinued or not achieved: shown right under the title, in a coloured panel. */
  prominent: boolean;
  heading: 'case.whyStopped' | 'case.whyNotAchieved';
}

export function stopView(data: Pick<CaseData, 'stage' | 'outcome' | 'stopReason' | 'stopNote'>): StopView {
  const discontinued = data.stage === 'discontinued';
  const notAchieved = data.outcome === 'not-achieved';
  return {
    show: data.stopReason !== undefined || (data.stopNote ?? '').trim() !== '',
    prominent: discontinued || notAchieved,
    heading: notAchieved && !discontinued ? 'case.whyNotAchieved' : 'case.whyStopped',
  };
}

/** Start, end and planned end of a case, any of them possibly unknown. */
export interface Period {
  start?: string | undefined;
  end?: string | undefined;
  plannedEnd?: string | undefined;
}

/**
 * A case's period as plain text ("November 2018 – September 2019 (planned end)"), for tables and
 * lists with many rows, where a component per date would slow the build. Unknown parts say so.
 */
export function formatPeriod(period: Period, locale: Locale, t: Translate): string {
  const { start, end, plannedEnd } = period;
  if (!start && !end && !plannedEnd) return t('entry.notReported');
  const date = (value: string | undefined) => (value ? formatPartialDate(value, locale) : t('entry.notReported'));
  if (end) return t('case.periodEnded', { start: date(start), end: date(end) });
  if (plannedEnd) return t('case.periodPlanned', { start: date(start), plannedEnd: date(plannedEnd) });
  return t('case.periodOpen', { start: date(start) });
}
