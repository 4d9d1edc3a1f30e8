/**
 * The search index in shards. Pagefind holds every page it is given until it writes the index, and
 * its writing step peaks at about 0.5 MB per real-shaped page (BENCHMARKS.md, issue 17): 10,000
 * entries take 5.3 GB, 50,000 would take more than the 24 GB build machine has. So the pages, in
 * their sorted order, are dealt into shards of at most `maxShardPages` pages, each indexed by its
 * own Pagefind process, one after the other. The first shard is the bundle at /pagefind/; the others
 * are bundles below it (/pagefind/shard-2/, …), listed in /pagefind/commons-shards.json, which the
 * search page reads and merges at query time (Pagefind's `mergeIndex`, with the first bundle's wasm).
 * A catalogue of up to `maxShardPages` entries has one shard: the index is what it was before shards.
 *
 * Pure, and free of Node imports: the search page bundles `parseShardManifest`.
 */

/** The shard list, beside the first shard's pagefind-entry.json. */
export const shardManifestFile = 'commons-shards.json';

/**
 * Pages per shard by default: the writing step of 20,000 real-shaped pages peaks near 10.5 GB, half
 * the build machine, and a catalogue below it keeps a single index (each further shard adds its own
 * metadata to a query's download).
 */
export const defaultMaxShardPages = 20_000;

/** The folder of shard `index` (0-based) inside the first shard's bundle: '' for the first. */
export function shardFolder(index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new Error(`shardFolder: expected a shard number from 0, got ${index}`);
  return index === 0 ? '' : `shard-${index + 1}/`;
}

/**
 * The pages dealt into `ceil(n / maxPages)` shards in turn (page i to shard i mod count), so every
 * shard holds a like share of each language and collection: Pagefind scores a word by how rare it is
 * in its own index, and shards cut in path order (all Danish pages in one, all Swedish in another)
 * would score the same page differently depending on its neighbours. Each shard keeps the pages'
 * order, by which Pagefind breaks equal scores, and none holds more than `maxPages`.
 */
export function planShards<T>(pages: readonly T[], maxPages: number): T[][] {
  if (!(maxPages >= 1)) throw new Error(`planShards: expected at least 1 page a shard, got ${maxPages}`);
  const count = Math.max(1, Math.ceil(pages.length / maxPages));
  const shards: T[][] = Array.from({ length: count }, () => []);
  pages.forEach((page, index) => shards[index % count]!.push(page));
  return shards;
}

/** The manifest's text: the folders of the shards after the first, relative to the first bundle. */
export function formatShardManifest(shardCount: number): string {
  const shards = Array.from({ length: Math.max(0, shardCount - 1) }, (_, index) => shardFolder(index + 1));
  return `${JSON.stringify({ shards })}\n`;
}

/**
 * The shard folders a manifest lists, checked: a folder the build did not write (anything but
 * shard-N/) is refused, so the page never merges an index from elsewhere.
 */
export function parseShardManifest(value: unknown): string[] {
  const shards = (value as { shards?: unknown } | null)?.shards;
  if (!Array.isArray(shards) || !shards.every((shard) => typeof shard === 'string' && /^shard-[1-9]\d*\/$/.test(shard))) {
    throw new Error(`${shardManifestFile}: expected {"shards": ["shard-2/", …]}, got ${JSON.stringify(value)}`);
  }
  return shards as string[];
}

/** `COMMONS_SEARCH_SHARD_PAGES`, else the default; a value that is not a whole number above 0 is an error. */
export function maxShardPagesSetting(value: string | undefined): number {
  if (value === undefined || value === '') return defaultMaxShardPages;
  const pages = Number(value);
  if (!Number.isInteger(pages) || pages < 1) throw new Error(`COMMONS_SEARCH_SHARD_PAGES: expected a whole number of pages above 0, got '${value}'`);
  return pages;
}
