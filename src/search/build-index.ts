/**
 * Builds the search index of a written site with Pagefind's Node API, from scripts/postbuild.ts
 * after `astro build` has exited (so Astro's memory is freed before Pagefind's is taken). One index for every content language (forceLanguage), so one query searches them
 * all at the cost of one index; each page is indexed with its extra terms (folded spellings and
 * compound parts, src/search/terms.ts) added to the indexed HTML only. A catalogue larger than a
 * shard (src/search/shards.ts, 20,000 pages by default) is indexed in shards, one Pagefind process
 * after another, which the search page merges.
 *
 * `buildSearchIndex` is also used by scripts/search-report.ts to build stock Pagefind's index of
 * the same site for comparison (`stock: true`: Pagefind's defaults, per-language indexes, without
 * our extra terms and without the hidden vocabulary terms).
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { createIndex, close } from 'pagefind';
import { load } from 'js-yaml';
import type { Lexicon } from './decompound.ts';
import { lexiconOf } from './vocabulary.ts';
import { extraTermsFor, extraTermsText } from './terms.ts';
import { indexedPart, readPage } from './page-text.ts';
import { indexedVariant } from './meta.ts';
import { indexedPageFiles, indexedPagesFile, readIndexedPages } from './indexed-pages.ts';
import { contentDir } from '../content-dir.ts';
import { collections, type TopicData } from '../schema/collections.ts';
import { isEntryFile } from '../schema/entry-files.ts';
import { formatShardManifest, maxShardPagesSetting, planShards, shardFolder, shardManifestFile } from './shards.ts';

const topicSchema = collections.topics.schema;

/**
 * The one index language. Swedish snowball stemming, applied to every entry at index and query
 * time alike, folds the inflections sv, nb and da share (-en, -er, -erna, -ene, -ens): with it
 * "tjänsterna", "regionerna", "kommunerne" and "patienter" find 20, 20, 12 and 20 entries on the
 * seed site, without it 1, 3, 3 and 5; on the quality set recall@5 is 1.00 with it and 0.98
 * without, MRR 0.667 and 0.674. Compare with `npm run search:report -- --language=xx`.
 */
export const indexLanguage = process.env.COMMONS_SEARCH_LANGUAGE ?? 'sv';

export interface SearchIndexOptions {
  /** The built site. */
  siteDir: string;
  /** Where the bundle goes; default `<siteDir>/pagefind`. */
  outputPath?: string;
  /** Stock Pagefind for comparison: default settings, no extra terms, no hidden vocabulary. */
  stock?: boolean;
  /** Override the index language (measurements). */
  language?: string;
  /** Pages per shard (shards.ts); default COMMONS_SEARCH_SHARD_PAGES, else 20,000. */
  maxShardPages?: number;
}

export interface SearchIndexReport {
  pages: number;
  extraTerms: number;
  /** Pagefind indexes written, each by its own process (shards.ts). */
  shards: number;
  seconds: number;
}

const variantPattern = /data-pagefind-meta="variant"[^>]*>([a-z]+)</;

/** Topic and organisation pages exist in six languages with the same content: only one is indexed. */
export function isIndexedPage(html: string): boolean {
  const variant = variantPattern.exec(html)?.[1];
  return variant === undefined || variant === indexedVariant;
}

/** Pages read and prepared ahead of the one being indexed. */
const lookahead = 8;

/** Pages sent to Pagefind ahead of its answers: at 10,000 entries adding took 8.5 s instead of 11 s. */
const inFlight = 8;

/** Every page of the site (stock Pagefind reads them all). */
async function allPages(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !relative(dir, file).split(sep).includes('pagefind'))
    .sort();
}

/** The lexicon compounds are split against (vocabulary.ts lexiconOf), from the topic files. */
export async function loadLexicon(topicsDir = join(contentDir, 'topics')): Promise<Lexicon> {
  const topics: TopicData[] = [];
  const files = await readdir(topicsDir).catch(() => [] as string[]);
  // The same files, parser (js-yaml, as Astro) and schema as the build's topics collection; a
  // file the content check refuses is left out here as the build would refuse it.
  for (const file of files.filter((name) => isEntryFile('topics', name)).sort()) {
    const parsed = topicSchema.safeParse(load(await readFile(join(topicsDir, file), 'utf8')));
    if (parsed.success) topics.push(parsed.data);
  }
  return lexiconOf(topics);
}

/**
 * The URL of a built page, directory index → trailing slash, relative to the site's root and
 * without its base path: Pagefind puts its `baseUrl` in front of every result, by default the
 * folder its bundle is in (under a base of /commons, /commons/), as its CLI does.
 */
function urlOf(siteDir: string, file: string): string {
  const path = relative(siteDir, file).split(sep).join('/');
  return `/${path}`.replace(/index\.html$/, '').replace(/\.html$/, '/');
}

export async function buildSearchIndex(options: SearchIndexOptions): Promise<SearchIndexReport> {
  const started = performance.now();
  const { siteDir, stock = false } = options;
  const language = options.language ?? indexLanguage;
  const outputPath = options.outputPath ?? join(siteDir, 'pagefind');
  const lexicon = stock ? undefined : await loadLexicon();
  let pages = 0;
  let extraTerms = 0;
  const failures: string[] = [];
  /** A page's HTML as Pagefind gets it, or undefined when it is not indexed. */
  const prepare = async (file: string): Promise<string | undefined> => {
    // A folder without a page of its own (cases/country/) has no index.html.
    const html = await readFile(file, 'utf8').catch(() => '');
    if (!html.includes('data-pagefind-body')) {
      if (!stock) failures.push(`${file}: listed in ${indexedPagesFile} but not a page to index (no data-pagefind-body)`);
      return undefined;
    }
    // Only the part Pagefind reads goes over its stdin: at 10,000 entries indexing took 33 s
    // instead of 40 s, with a byte-identical index.
    const page = readPage(html);
    if (!lexicon) return indexedPart(html, '', page);
    const terms = extraTermsFor(page.text, lexicon);
    extraTerms += terms.folded.length + terms.parts.length;
    return indexedPart(html, extraTermsText(terms), page);
  };
  // Ours: the pages the build listed (indexed-pages.ts), read once each, instead of every language
  // variant of every entry page (six reads per page indexed). The index is byte-identical; the time
  // saved is lost in Pagefind's own work (BENCHMARKS.md, notes of 2026-12-06, issue 17).
  const files = stock ? await allPages(siteDir) : indexedPageFiles(siteDir, await readIndexedPages(siteDir));
  // Ours in shards of at most maxShardPages, one Pagefind process each, so its memory is one
  // shard's (shards.ts); stock Pagefind, the comparison, in one index as its CLI builds it.
  const shards = planShards(files, stock ? Number.POSITIVE_INFINITY : (options.maxShardPages ?? maxShardPagesSetting(process.env.COMMONS_SEARCH_SHARD_PAGES)));
  await removeShardFolders(outputPath);
  for (const [shard, shardFiles] of shards.entries()) {
    const { index, errors } = await createIndex(
      stock ? { excludeSelectors: ['[data-search-terms]'] } : { forceLanguage: language },
    );
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    // Pagefind breaks equal scores by the order pages are added, so pages are handed over strictly in
    // the sorted order of `files`. Reading and preparing runs ahead (`lookahead` files), and up to
    // `inFlight` pages are sent before their answers come back: the messages go down Pagefind's stdin
    // in that order and its service handles them in turn, so the index is byte-identical to one built
    // a page at a time (checked at 10,000 entries), only without waiting out each round trip.
    const prepared: Promise<string | undefined>[] = [];
    const sent: Promise<void>[] = [];
    for (let i = 0; i < shardFiles.length; i++) {
      while (prepared.length < Math.min(shardFiles.length, i + lookahead)) prepared.push(prepare(shardFiles[prepared.length]!));
      const content = await prepared[i]!;
      prepared[i] = Promise.resolve(undefined); // let the string go
      if (content === undefined) continue;
      const file = shardFiles[i]!;
      sent.push(index.addHTMLFile({ url: urlOf(siteDir, file), content }).then((added) => {
        if (added.errors.length > 0) failures.push(`${file}: ${added.errors.join('; ')}`);
      }));
      pages += 1;
      if (sent.length >= inFlight) await sent.shift();
    }
    await Promise.all(sent);
    if (failures.length > 0) throw new Error(`Pagefind could not index ${failures.join(' | ')}`);
    const shardPath = join(outputPath, shardFolder(shard));
    const written = await index.writeFiles({ outputPath: shardPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    await index.deleteIndex();
    // A new process for the next shard: the memory of this one is given back.
    await close();
    if (shard > 0) await keepShardIndexOnly(shardPath);
  }
  if (!stock) await writeFile(join(outputPath, shardManifestFile), formatShardManifest(shards.length));
  return { pages, extraTerms, shards: shards.length, seconds: (performance.now() - started) / 1000 };
}

/** Shard folders of an earlier build in the same place: a smaller catalogue writes fewer. */
async function removeShardFolders(outputPath: string): Promise<void> {
  const names = await readdir(outputPath).catch(() => [] as string[]);
  await Promise.all(names.filter((name) => /^shard-\d+$/.test(name)).map((name) => rm(join(outputPath, name), { recursive: true, force: true })));
}

/**
 * A merged shard is read with the first bundle's code and wasm (Pagefind's mergeIndex does not
 * load its own): only its entry file, metadata, index, fragments and filters are kept.
 */
async function keepShardIndexOnly(shardPath: string): Promise<void> {
  const kept = (name: string) => name === 'pagefind-entry.json' || name.endsWith('.pf_meta') || ['index', 'fragment', 'filter'].includes(name);
  const names = await readdir(shardPath);
  await Promise.all(names.filter((name) => !kept(name)).map((name) => rm(join(shardPath, name), { recursive: true, force: true })));
}

/** The build log line for a report; scripts/bench.ts reads it (bench/measure.ts keyLines). */
export function indexReportLine(report: SearchIndexReport): string {
  return `[commons:search-index] indexed ${report.pages} pages with ${report.extraTerms} extra terms (${(report.extraTerms / Math.max(1, report.pages)).toFixed(1)} per page)${report.shards > 1 ? ` in ${report.shards} shards` : ''} in ${report.seconds.toFixed(1)} s`;
}
