/**
 * What entry pages show, as pure functions: the roles an organisation played in a case, related
 * cases and translations, why a case stopped, and UI-string templates. Dates, periods, numbers,
 * money and lists are formatted by src/lib/format.ts. The `.astro` components only place these
 * values in HTML.
 */
import { isLocale, type Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/t.ts';
import type { CaseData } from '../schema/collections.ts';
import type { Case, Catalogue, Event, Method, Requirement } from './catalogue.ts';
import { newestRank } from './comparison.ts';
import { periodWords } from './format.ts';
import { formatPartialDate, formatPeriod } from './format-memo.ts';
import { vocabKey } from './i18n-labels.ts';

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
 * the best `limit` are kept without sorting every candidate. Cases are counted by their newest
 * rank in one array shared by all calls (relatedIndex), not by id in a new map per page.
 */
export function relatedCases(catalogue: Catalogue, entry: Case, limit = 12, scanPerTopic = 200): Case[] {
  const { ranksByTopic, counts } = relatedIndex(catalogue);
  const rank = newestRank(catalogue);
  const excluded: number[] = [];
  for (const other of [entry, ...(catalogue.translationGroup.get(entry.id) ?? [])]) {
    const otherRank = rank.get(other.id);
    if (otherRank !== undefined) excluded.push(otherRank);
  }
  const touched: number[] = [];
  for (const topic of new Set(entry.data.topics)) {
    const ranks = ranksByTopic.get(topic);
    if (!ranks) continue;
    let scanned = 0;
    for (let index = 0; index < ranks.length && scanned < scanPerTopic; index += 1) {
      const other = ranks[index]!;
      if (excluded.includes(other)) continue;
      scanned += 1;
      const count = counts[other]!;
      if (count === 0) touched.push(other);
      counts[other] = count + 1;
    }
  }
  // Best first: more shared topics, then a lower rank (newer). `best` stays sorted and short.
  const best: { rank: number; count: number }[] = [];
  const better = (a: { count: number; rank: number }, b: { count: number; rank: number }) => a.count > b.count || (a.count === b.count && a.rank < b.rank);
  for (const other of touched) {
    const candidate = { rank: other, count: counts[other]! };
    counts[other] = 0;
    if (best.length === limit && !better(candidate, best[best.length - 1]!)) continue;
    let index = best.length;
    while (index > 0 && better(candidate, best[index - 1]!)) index -= 1;
    best.splice(index, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best.map(({ rank: other }) => catalogue.cases[other]!);
}

interface RelatedIndex {
  /** Each topic's cases as newest ranks (positions in catalogue.cases), in casesByTopic order. */
  ranksByTopic: Map<string, Int32Array>;
  /** Shared-topic counts by rank; all zero between calls. */
  counts: Int32Array;
}

const relatedIndexes = new WeakMap<Catalogue, RelatedIndex>();

function relatedIndex(catalogue: Catalogue): RelatedIndex {
  let index = relatedIndexes.get(catalogue);
  if (!index) {
    const rank = newestRank(catalogue);
    const ranksByTopic = new Map<string, Int32Array>();
    for (const [topic, cases] of catalogue.casesByTopic) {
      ranksByTopic.set(topic, Int32Array.from(cases.flatMap((other) => rank.get(other.id) ?? [])));
    }
    index = { ranksByTopic, counts: new Int32Array(catalogue.cases.length) };
    relatedIndexes.set(catalogue, index);
  }
  return index;
}

/** An entry that EntryLinks lists. */
export type LinkedEntry = Case | Method | Event | Requirement;

/**
 * What a reader needs to choose among links to entries (EntryLinks): the entry's language when it
 * is not the page's, then for cases the place, period and outcome, for events the type and date,
 * joined with " · ". A case is linked from a dozen pages (related cases, methods, requirements,
 * events), so the text is made once per entry and interface language.
 */
export function entryLinkMeta(entry: LinkedEntry, locale: Locale): string {
  let byLocale = linkMetas.get(entry);
  if (!byLocale) linkMetas.set(entry, (byLocale = new Map<Locale, string>()));
  let meta = byLocale.get(locale);
  if (meta === undefined) {
    meta = linkMetaOf(entry, locale);
    byLocale.set(locale, meta);
  }
  return meta;
}

const linkMetas = new WeakMap<LinkedEntry, Map<Locale, string>>();

function linkMetaOf(entry: LinkedEntry, locale: Locale): string {
  const t = useTranslations(locale);
  const words = periodWords(t);
  const parts: (string | undefined)[] = [entry.data.language === locale ? undefined : t(vocabKey('language', entry.data.language))];
  if (entry.collection === 'cases') {
    const { place, start, end, outcome } = entry.data;
    parts.push(place, start || end ? formatPeriod({ start, end }, locale, words) : undefined, t(vocabKey('outcome', outcome)));
  } else if (entry.collection === 'events') {
    parts.push(t(vocabKey('eventType', entry.data.type)), formatPartialDate(entry.data.start, locale, words));
  }
  return parts.filter(Boolean).join(' · ');
}

/** The other-language versions of a case (catalogue.translationGroup without the case itself). */
export function translationsOf(catalogue: Catalogue, entry: Case): Case[] {
  return (catalogue.translationGroup.get(entry.id) ?? []).filter((other) => other.id !== entry.id);
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
