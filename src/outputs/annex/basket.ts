/**
 * The requirements basket as data: what the browser keeps in localStorage (one key, a versioned
 * JSON document of annex rows) and the pure operations on it. The islands
 * (src/components/basket-toggle.ts, requirement-basket.ts) only read, change and write it.
 *
 * Storage is another program's input: anything unreadable, of another version or shape, gives an
 * empty basket rather than an error, and rows are checked field by field.
 */
import type { AnnexRow } from './formats.ts';

export const BASKET_STORAGE_KEY = 'nwtc-requirements-basket';
const VERSION = 1;

export interface Basket {
  rows: AnnexRow[];
}

const stringFields = ['id', 'code', 'title', 'level', 'category', 'statement', 'statementLanguage', 'motivation', 'verification', 'source', 'url'] as const;

function isRow(value: unknown): value is AnnexRow {
  if (!value || typeof value !== 'object') return false;
  const row = value as Record<string, unknown>;
  return (
    stringFields.every((field) => typeof row[field] === 'string') &&
    Array.isArray(row['verificationMethods']) &&
    row['verificationMethods'].every((item) => typeof item === 'string') &&
    Array.isArray(row['phases']) &&
    row['phases'].every((item) => typeof item === 'string')
  );
}

export function parseBasket(text: string | null | undefined): Basket {
  if (!text) return { rows: [] };
  try {
    const data = JSON.parse(text) as { version?: unknown; rows?: unknown };
    if (data.version !== VERSION || !Array.isArray(data.rows)) return { rows: [] };
    const seen = new Set<string>();
    const rows = data.rows.filter(isRow).filter((row) => !seen.has(row.id) && Boolean(seen.add(row.id)));
    return { rows };
  } catch {
    return { rows: [] };
  }
}

export function serializeBasket(basket: Basket): string {
  return JSON.stringify({ version: VERSION, rows: basket.rows });
}

export function hasRequirement(basket: Basket, id: string): boolean {
  return basket.rows.some((row) => row.id === id);
}

/** Adds a row, or replaces the one with the same id (a newer text or another language). */
export function withRow(basket: Basket, row: AnnexRow): Basket {
  const index = basket.rows.findIndex((item) => item.id === row.id);
  if (index === -1) return { rows: [...basket.rows, row] };
  return { rows: basket.rows.map((item, i) => (i === index ? row : item)) };
}

export function withoutRequirement(basket: Basket, id: string): Basket {
  return { rows: basket.rows.filter((row) => row.id !== id) };
}

/**
 * The basket's rows in the reader's language: each replaced by the current row of the same id from
 * `fresh` (this language's rows, fetched when online), kept as stored otherwise. Ordered by code.
 */
export function refreshRows(basket: Basket, fresh: readonly AnnexRow[]): Basket {
  const byId = new Map(fresh.filter(isRow).map((row) => [row.id, row]));
  const rows = basket.rows.map((row) => byId.get(row.id) ?? row).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { rows };
}

export { isRow as isAnnexRow };
