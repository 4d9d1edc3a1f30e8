/**
 * Filtered downloads: every list of cases offers exactly its cases as CSV and JSON. The static
 * lists (a facet value, or a country with a stage, outcome or topic) get static files at build
 * time; a list filtered in the browser, and search results, are cut from the collection files in
 * the browser with the functions below, so a filtered file holds the very rows and records of
 * the full one. Pure and free of build-only imports: the browser bundles it.
 */
import { facetSlug, withBase, type FacetStep } from '../i18n/routes.ts';
import { locales } from '../i18n/locales.ts';

export const downloadFormats = ['csv', 'json'] as const;
export type DownloadFormat = (typeof downloadFormats)[number];

/**
 * The static file of a list of cases: /data/lists/cases/country/se/topic/copd.csv. The whole
 * catalogue (no steps) is the collection file itself, /data/cases.csv.
 */
export function listDataPath(steps: readonly FacetStep[], format: DownloadFormat): string {
  if (steps.length === 0) return withBase(`/data/cases.${format}`);
  return withBase(`/data/lists/cases/${steps.flatMap((step) => [step.facet, facetSlug(step.value)]).join('/')}.${format}`);
}

/** The part of /data/lists/cases/… after the folder, as the route's rest parameter: "country/se/topic/copd.csv". */
export function listDataParam(steps: readonly FacetStep[], format: DownloadFormat): string {
  return `${steps.flatMap((step) => [step.facet, facetSlug(step.value)]).join('/')}.${format}`;
}

/**
 * Splits a CSV text (RFC 4180, as export.ts writes it) into records, each the exact text of one
 * record without its line end. Quoted fields may hold commas, quotes and line breaks.
 */
export function csvRecords(text: string): string[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '\r' && body[i + 1] === '\n') {
      records.push(body.slice(start, i));
      start = i + 2;
      i++;
    }
  }
  if (start < body.length) records.push(body.slice(start));
  return records;
}

/** The fields of one CSV record, unquoted. */
export function csvFields(record: string): string[] {
  const fields: string[] = [];
  let value = '';
  let quoted = false;
  for (let i = 0; i < record.length; i++) {
    const c = record[i]!;
    if (quoted) {
      if (c === '"' && record[i + 1] === '"') {
        value += '"';
        i++;
      } else if (c === '"') quoted = false;
      else value += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(value);
      value = '';
    } else value += c;
  }
  fields.push(value);
  return fields;
}

/**
 * The same CSV with only the rows of `ids`, in that order: byte order mark, header and records
 * exactly as in the full file, CRLF after each.
 */
export function filterCsv(text: string, ids: readonly string[]): string {
  const [header = '', ...rows] = csvRecords(text);
  const idColumn = csvFields(header).indexOf('id');
  if (idColumn < 0) throw new Error('filterCsv: the CSV has no "id" column');
  const byId = new Map(rows.map((row) => [csvFields(row)[idColumn], row]));
  const kept = ids.map((id) => byId.get(id)).filter((row): row is string => row !== undefined);
  return `\uFEFF${[header, ...kept].join('\r\n')}\r\n`;
}

/** The records of `ids`, in that order. */
export function filterRecords<R extends { id: string }>(records: readonly R[], ids: readonly string[]): R[] {
  const byId = new Map(records.map((record) => [record.id, record]));
  return ids.map((id) => byId.get(id)).filter((record): record is R => record !== undefined);
}

/** The collection and id of an entry page's address (/sv/cases/x/ or /en/topics/y/), if it is one. */
export function entryOfUrl(url: string, base = withBase('')): { collection: string; id: string } | undefined {
  const path = new URL(url, 'https://site.invalid').pathname;
  const rest = base && path.startsWith(base) ? path.slice(base.replace(/\/$/, '').length) : path;
  const match = /^\/([a-z]{2})\/(cases|methods|events|requirements|topics|organisations)\/([^/]+)\/$/.exec(rest);
  if (!match || !(locales as readonly string[]).includes(match[1]!)) return undefined;
  const id = decodeURIComponent(match[3]!);
  // List pages share the prefix: /en/cases/page/2/ is not an entry.
  if (id === 'page' || id === 'sort') return undefined;
  return { collection: match[2]!, id };
}

/** A file name for a download made in the browser: commons-cases-2024-06-01.csv. */
export function downloadName(what: string, format: DownloadFormat, date = new Date()): string {
  return `commons-${what}-${date.toISOString().slice(0, 10)}.${format}`;
}

/** The compact facet data as /facets/cases.json has it (FacetData, read back from JSON). */
export interface FacetFile {
  facets: readonly string[];
  values: Record<string, string[]>;
  rows: (string | number[])[][];
}

/** The ids of the cases a browser-filtered list shows, from the compact facet data (/facets/cases.json), in list order. */
export function filteredCaseIds(
  data: FacetFile,
  selection: Partial<Record<string, readonly string[]>>,
  sort: 'newest' | 'verified' = 'newest',
): string[] {
  const rows = data.rows.map((raw, order) => {
    const indices = raw.slice(8) as number[][];
    const values = Object.fromEntries(data.facets.map((facet, i) => [facet, (indices[i] ?? []).map((index) => data.values[facet]![index]!)]));
    return { id: raw[0] as string, lastVerified: raw[7] as string, values, order };
  });
  const matching = rows.filter((row) =>
    Object.entries(selection).every(([facet, wanted]) => !wanted || wanted.length === 0 || wanted.some((value) => row.values[facet]?.includes(value))),
  );
  if (sort === 'verified') matching.sort((a, b) => b.lastVerified.localeCompare(a.lastVerified) || a.order - b.order);
  return matching.map((row) => row.id);
}
