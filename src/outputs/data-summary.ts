/**
 * What the data page summarises: how many cases each country has per topic and outcome (the
 * country × topic × outcome table a researcher starts from). Pure, computed from the facet rows
 * the lists already use, so the table and the lists count the same way.
 */
import type { FacetRow } from '../lib/facets.ts';
import { countries, outcomes, type Outcome } from '../schema/vocabulary.ts';

/** A case with no country given (the sources do not say where) is counted under this key. */
export const NO_COUNTRY = '';

export interface CountryTopicOutcomeRow {
  /** ISO code, or NO_COUNTRY. */
  country: string;
  topic: string;
  counts: Record<Outcome, number>;
  total: number;
}

/**
 * One row per country and topic that have at least one case, countries in the vocabulary's order
 * (cases without a country last), topics by their number of cases, most first, then by id. A case
 * in two countries or with two topics counts in each row it belongs to.
 */
export function countryTopicOutcome(rows: readonly FacetRow[]): CountryTopicOutcomeRow[] {
  const byKey = new Map<string, CountryTopicOutcomeRow>();
  for (const row of rows) {
    const rowCountries = row.values.country.length ? row.values.country : [NO_COUNTRY];
    const outcome = row.values.outcome[0] as Outcome;
    for (const country of rowCountries) {
      for (const topic of row.values.topic) {
        const key = `${country}\u0000${topic}`;
        let entry = byKey.get(key);
        if (!entry) byKey.set(key, (entry = { country, topic, counts: Object.fromEntries(outcomes.map((o) => [o, 0])) as Record<Outcome, number>, total: 0 }));
        entry.counts[outcome] += 1;
        entry.total += 1;
      }
    }
  }
  const countryRank = (country: string) => (country === NO_COUNTRY ? countries.length : (countries as readonly string[]).indexOf(country));
  return [...byKey.values()].sort((a, b) => countryRank(a.country) - countryRank(b.country) || b.total - a.total || a.topic.localeCompare(b.topic));
}

const byteUnits = [
  ['byte', 1],
  ['kilobyte', 1_000],
  ['megabyte', 1_000_000],
  ['gigabyte', 1_000_000_000],
] as const;

/** A file size the way a reader says it: "840 byte", "12 kB", "3.4 MB" (decimal units, one decimal above 10 at most). */
export function formatBytes(bytes: number, languageTag: string): string {
  const [unit, size] = [...byteUnits].reverse().find(([, s]) => bytes >= s) ?? byteUnits[0];
  const value = bytes / size;
  return new Intl.NumberFormat(languageTag, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: value < 10 && unit !== 'byte' ? 1 : 0 }).format(value);
}
