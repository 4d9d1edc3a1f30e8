/**
 * The topic comparison: every case of a topic (and of its narrower topics) as one row each, with
 * the figures a reader compares (place, country, period, scale, stage, outcome, strongest
 * evidence, why it stopped), counts by outcome and country, and sort keys for the sortable table.
 * Pure, so the rows are unit-tested without a build.
 */
import { parsePartialDate } from '../schema/dates.ts';
import {
  outcomes,
  stages,
  stopReasons,
  type Country,
  type EvidenceLevel,
  type Outcome,
  type Stage,
  type StopReason,
} from '../schema/vocabulary.ts';
import type { Case, Catalogue, Topic } from './catalogue.ts';
import { evidenceRank, strongestEvidence } from './evidence.ts';
import { memoByKey, memoByOwner } from './memo.ts';

export interface ComparisonRow {
  id: string;
  title: string;
  language: string;
  place: string;
  countries: Country[];
  /** Undefined when no source says when the case began. */
  start: string | undefined;
  end: string | undefined;
  plannedEnd: string | undefined;
  users: number | undefined;
  sites: number | undefined;
  municipalities: number | undefined;
  regions: number | undefined;
  stage: Stage;
  outcome: Outcome;
  /** Highest evidence level among the case's effects; undefined when it reports none. */
  evidence: EvidenceLevel | undefined;
  stopReason: StopReason | undefined;
  /** Numeric sort keys (larger = later, bigger, further along, stronger). */
  sortKeys: { period: number; scale: number; stage: number; outcome: number; evidence: number; stopReason: number };
}

/** A partial date as a number that orders like the date: 20190900 for "2019-09". */
export function dateSortKey(value: string): number {
  const { year, month, day } = parsePartialDate(value);
  return (year ?? 0) * 10_000 + (month ?? 0) * 100 + (day ?? 0);
}

/**
 * The ids of a topic and every topic below it (via `broader`), so a comparison of "remote
 * monitoring" also lists a case filed under a narrower kind of monitoring. Guards against cycles.
 */
export function topicAndNarrower(topicId: string, topics: readonly Topic[]): string[] {
  const ids = [topicId];
  const seen = new Set(ids);
  for (let index = 0; index < ids.length; index += 1) {
    for (const topic of topics) {
      if (topic.data.broader === ids[index] && !seen.has(topic.id)) {
        seen.add(topic.id);
        ids.push(topic.id);
      }
    }
  }
  return ids;
}

/** Topics directly below `topicId`. */
export function narrowerTopics(topicId: string, topics: readonly Topic[]): Topic[] {
  return topics.filter((topic) => topic.data.broader === topicId);
}

/**
 * Each case's position in the catalogue's newest-first order (catalogue.cases is sorted once),
 * so pages can order thousands of cases by a number instead of re-parsing dates.
 */
export const newestRank = memoByOwner((catalogue: Catalogue): Map<string, number> => new Map(catalogue.cases.map((entry, index) => [entry.id, index])));

/** Every case of the topic or a narrower one, once each, newest start first. */
export function casesOfTopic(catalogue: Catalogue, topicId: string): Case[] {
  const ids = topicAndNarrower(topicId, catalogue.topics);
  // casesByTopic lists keep the catalogue's newest-first order already.
  if (ids.length === 1) return [...(catalogue.casesByTopic.get(topicId) ?? [])];
  const found = new Map<string, Case>();
  for (const id of ids) {
    for (const entry of catalogue.casesByTopic.get(id) ?? []) found.set(entry.id, entry);
  }
  const rank = newestRank(catalogue);
  return [...found.values()].sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
}

export function comparisonRow(entry: Case): ComparisonRow {
  const { data } = entry;
  const evidence = strongestEvidence(data.effects);
  return {
    id: entry.id,
    title: data.title,
    language: data.language,
    place: data.place,
    countries: data.countries,
    start: data.start,
    end: data.end,
    plannedEnd: data.plannedEnd,
    users: data.scale?.users,
    sites: data.scale?.sites,
    municipalities: data.scale?.municipalities,
    regions: data.scale?.regions,
    stage: data.stage,
    outcome: data.outcome,
    evidence,
    stopReason: data.stopReason,
    sortKeys: {
      // An unknown start sorts below every known one.
      period: data.start ? dateSortKey(data.start) : -1,
      // Users are the scale readers compare; a case without a count sorts below every count.
      scale: data.scale?.users ?? -1,
      stage: stages.indexOf(data.stage),
      outcome: outcomes.indexOf(data.outcome),
      evidence: evidenceRank(evidence),
      stopReason: data.stopReason ? stopReasons.indexOf(data.stopReason) : -1,
    },
  };
}

/**
 * The table's rows in its no-JavaScript order: newest start first, unknown starts last, ties by
 * title (the order of catalogue.byNewestStart, on precomputed keys).
 */
export function comparisonRows(cases: readonly Case[]): ComparisonRow[] {
  return cases.map(comparisonRow).sort((a, b) => b.sortKeys.period - a.sortKeys.period || a.title.localeCompare(b.title));
}

/** The comparison rows of a topic, computed once per build and shared by its six language pages. */
export const topicComparisonRows = memoByKey((catalogue: Catalogue, topicId: string): ComparisonRow[] =>
  comparisonRows(casesOfTopic(catalogue, topicId)),
);

/** How many cases reached each outcome, every outcome listed in vocabulary order (zeros too). */
export function countByOutcome(rows: readonly ComparisonRow[]): { outcome: Outcome; count: number }[] {
  return outcomes.map((outcome) => ({ outcome, count: rows.filter((row) => row.outcome === outcome).length }));
}

/**
 * How many cases ran in each country, most first; a case in two countries counts in both. Only
 * countries with cases are listed.
 */
export function countByCountry(rows: readonly ComparisonRow[]): { country: Country; count: number }[] {
  const counts = new Map<Country, number>();
  for (const row of rows) for (const country of new Set(row.countries)) counts.set(country, (counts.get(country) ?? 0) + 1);
  return [...counts.entries()]
    .map(([country, count]) => ({ country, count }))
    .sort((a, b) => b.count - a.count || a.country.localeCompare(b.country));
}

/** How many cases stopped for each reason, most first; only reasons that occur. */
export function countByStopReason(rows: readonly ComparisonRow[]): { stopReason: StopReason; count: number }[] {
  return stopReasons
    .map((stopReason) => ({ stopReason, count: rows.filter((row) => row.stopReason === stopReason).length }))
    .filter(({ count }) => count > 0)
    .sort((a, b) => b.count - a.count);
}

/**
 * Rows the topic page renders in its table. Beyond this the page would grow with the catalogue
 * (at 10,000 entries a busy topic had ~1,750 rows, 2.5 MB of HTML in each of six languages), so
 * it shows the newest rows and links to the topic's case lists for the rest; the counts still
 * cover every case.
 */
export const COMPARISON_TABLE_LIMIT = 200;

/** What a topic page shows: the counts over every case, and the newest rows for the table. */
export interface TopicComparison {
  /** Number of cases of the topic and its narrower topics. */
  total: number;
  /** The first `limit` rows in the table's no-JavaScript order (newest first). */
  rows: ComparisonRow[];
  /** Some cases are not in `rows`. */
  truncated: boolean;
  byOutcome: { outcome: Outcome; count: number }[];
  byCountry: { country: Country; count: number }[];
  /** Some rows come from a narrower topic, not the topic itself. */
  includesNarrower: boolean;
}

/** The comparison of `rows` (all of a topic's rows, in table order) with at most `limit` in the table. */
export function comparisonView(rows: readonly ComparisonRow[], includesNarrower: boolean, limit: number = COMPARISON_TABLE_LIMIT): TopicComparison {
  return {
    total: rows.length,
    rows: rows.slice(0, limit),
    truncated: rows.length > limit,
    byOutcome: countByOutcome(rows),
    byCountry: countByCountry(rows),
    includesNarrower,
  };
}

/** A topic page's comparison, computed once per build and shared by its six language pages. */
export const topicComparison = memoByKey((catalogue: Catalogue, topicId: string): TopicComparison => {
  const rows = topicComparisonRows(catalogue, topicId);
  const includesNarrower = rows.some((row) => !catalogue.caseById.get(row.id)?.data.topics.includes(topicId));
  return comparisonView(rows, includesNarrower);
});
