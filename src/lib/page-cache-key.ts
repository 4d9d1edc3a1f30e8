/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`, COMMONS_INCREMENTAL=1).
 * Astro reuses a page's previous output when its template code is unchanged and the `cacheKey`
 * its `getStaticPaths()` returned is the same as last build; content data is not in the template's
 * hash, so the key must name every piece of content the page shows. A key that names too little
 * serves a stale page, which is worse than a slow build; these keys err on the side of too much.
 *
 * A case page shows, besides its own entry: topics, organisations, methods, requirements and
 * events by name (any change in those five collections changes every case key), its translations
 * and its related cases (their titles, dates and topics: their digests), which feeds exist, and
 * two facts that depend on the build date (stale mark, "ended without a result").
 */
import { createHash } from 'node:crypto';

/** COMMONS_INCREMENTAL=1: astro.config.mjs turns the incremental build on, and case pages return a cacheKey. */
export const incrementalBuild = process.env['COMMONS_INCREMENTAL'] === '1';

/** What a content-layer entry contributes: its digest, or failing that its data and body. */
export interface DigestSource {
  id: string;
  digest?: number | string | undefined;
  data?: unknown;
  body?: string | undefined;
}

const sha = (parts: readonly string[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};

/** An entry's digest: Astro's when the loader set one, else a hash of its data and body. */
export function entryDigest(entry: DigestSource): string {
  return entry.digest !== undefined ? String(entry.digest) : sha([JSON.stringify(entry.data ?? null), entry.body ?? '']);
}

/** One digest for whole collections (ids and digests, order-independent). */
export function collectionsDigest(collections: Readonly<Record<string, readonly DigestSource[]>>): string {
  const parts: string[] = [];
  for (const name of Object.keys(collections).sort()) {
    const entries = collections[name]!.map((entry) => `${name}/${entry.id}=${entryDigest(entry)}`).sort();
    parts.push(...entries);
  }
  return sha(parts);
}

export interface CasePageKeyInput {
  /** The case's own digest. */
  own: string;
  /** collectionsDigest of every collection the page names entries of, except cases. */
  shared: string;
  /** Other cases the page names (translations, related cases), in the order shown. */
  shownCases: readonly { id: string; digest: string }[];
  /** Build-date facts the page shows (stale mark, end notice), as JSON-able values. */
  dated: unknown;
}

/** The cacheKey of one case page (the same for all six interface languages of it). */
export function casePageKey(input: CasePageKeyInput): string {
  return sha(['case-page-v1', input.own, input.shared, ...input.shownCases.map((shown) => `${shown.id}=${shown.digest}`), JSON.stringify(input.dated ?? null)]);
}
