/**
 * The Astro side of the incremental build's page keys (src/lib/page-cache-key.ts): reads the
 * collections and the catalogue, as load-catalogue.ts does, and returns each case page's key.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { loadCatalogue } from './load-catalogue.ts';
import { relatedCases, translationsOf } from './entry-view.ts';
import { endNotice, isStale } from './staleness.ts';
import { casePageKey, collectionsDigest, entryDigest } from './page-cache-key.ts';
import { publishedFeedPaths } from '../outputs/feed-endpoints.ts';
import { site } from '../site.config.ts';

/** Case id → cacheKey, for every case. */
export async function casePageKeys(cases: readonly CollectionEntry<'cases'>[]): Promise<Map<string, string>> {
  const catalogue = await loadCatalogue();
  const [methods, topics, organisations, events, requirements] = await Promise.all([
    getCollection('methods'),
    getCollection('topics'),
    getCollection('organisations'),
    getCollection('events'),
    getCollection('requirements'),
  ]);
  const feeds = [...(await publishedFeedPaths())].sort();
  const shared = collectionsDigest({ methods, topics, organisations, events, requirements, feeds: feeds.map((id) => ({ id, digest: '' })) });
  const digestOf = new Map(cases.map((entry) => [entry.id, entryDigest(entry)]));
  const now = new Date();
  const keys = new Map<string, string>();
  for (const source of cases) {
    const entry = catalogue.caseById.get(source.id);
    if (!entry) continue;
    const shown = [...translationsOf(catalogue, entry), ...relatedCases(catalogue, entry)];
    keys.set(
      source.id,
      casePageKey({
        own: digestOf.get(source.id)!,
        shared,
        shownCases: shown.map((other) => ({ id: other.id, digest: digestOf.get(other.id) ?? '' })),
        dated: [isStale(entry.data.lastVerified, now, site.staleAfterMonths), endNotice(entry.data, now) ?? null],
      }),
    );
  }
  return keys;
}
