/**
 * `npm run search:report`: search quality and cost of our search against stock Pagefind on the
 * same built site (dist/ or $COMMONS_OUT_DIR).
 *
 * - Ours: every query of test/search/quality-set.json typed on /{lang}/search/ in Chromium.
 * - Stock: a plain Pagefind index of the same pages (default settings: one index per <html lang>,
 *   no extra terms, the hidden vocabulary terms excluded), built to a temporary folder and queried
 *   from a page in the query's language, as stock Pagefind's UI would.
 * Prints recall@5 and MRR for both, the queries we miss, and per-query bytes and latency (cold
 * cache). `--language=xx` also measures our index built with another stemmer language;
 * `--per-query` lists every query with the rank of its first expected entry, ours and stock's.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertBuilt, distDir, launchBrowser, serveStatic } from '../test/helpers/site.ts';
import { buildSearchIndex, indexLanguage, isIndexedPage, loadLexicon } from '../src/search/build-index.ts';
import { compoundsIn, extraTermsFor } from '../src/search/terms.ts';
import { pageText } from '../src/search/page-text.ts';
import { measureQueries, median, searchOnPage, type QueryCost } from '../bench/search-measure.ts';
import { firstRank, rankedEntries, summarise, type QualitySet } from '../bench/search-quality.ts';

/** Extra terms per page and the most frequent compound splits, to review them for false splits. */
async function reviewExtraTerms(): Promise<void> {
  const lexicon = await loadLexicon();
  const files = (await readdir(distDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
  let pages = 0;
  let folded = 0;
  let parts = 0;
  const splits = new Map<string, { parts: string[]; pages: number }>();
  for (const file of files) {
    const html = await readFile(file, 'utf8');
    const text = pageText(html);
    if (!text.hasBody || !isIndexedPage(html)) continue;
    pages += 1;
    const terms = extraTermsFor(text.text, lexicon);
    folded += terms.folded.length;
    parts += terms.parts.length;
    for (const [word, wordParts] of compoundsIn(text.text, lexicon)) {
      const seen = splits.get(word) ?? { parts: wordParts, pages: 0 };
      seen.pages += 1;
      splits.set(word, seen);
    }
  }
  console.log(`\nExtra terms: ${pages} indexed pages, ${(folded / Math.max(1, pages)).toFixed(1)} folded spellings and ${(parts / Math.max(1, pages)).toFixed(1)} compound parts per page; ${splits.size} distinct compounds split.`);
  const top = [...splits].sort((a, b) => b[1].pages - a[1].pages || a[0].localeCompare(b[0])).slice(0, 25);
  console.log(`Most frequent splits (review for false splits): ${top.map(([word, s]) => `${word}=${s.parts.join('+')}`).join(', ')}`);
}

const altLanguage = process.argv.find((arg) => arg.startsWith('--language='))?.slice('--language='.length);
const perQuery = process.argv.includes('--per-query');

assertBuilt();
const set = JSON.parse(await readFile('test/search/quality-set.json', 'utf8')) as QualitySet;
const temp = await mkdtemp(join(tmpdir(), 'commons-search-report-'));
const stockReport = await buildSearchIndex({ siteDir: distDir, outputPath: join(temp, 'pagefind'), stock: true });
if (altLanguage) await buildSearchIndex({ siteDir: distDir, outputPath: join(temp, 'pagefind-alt'), language: altLanguage });

const site = await serveStatic(distDir);
const stockSite = await serveStatic(temp);
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  const ours = [];
  for (const query of set.queries) ours.push({ query, ranked: rankedEntries(await searchOnPage(page, site.url, query.lang, query.query)) });
  await page.close();
  const stockCosts = await measureQueries(browser, stockSite.url, set.queries, { flavour: 'stock', limit: 10 });
  const stock = set.queries.map((query, i) => ({ query, ranked: rankedEntries(stockCosts[i]!.urls) }));
  const ourCosts = await measureQueries(browser, site.url, set.queries, { flavour: 'ours', limit: 5 });

  const oursSummary = summarise(ours);
  const stockSummary = summarise(stock);
  const line = (name: string, s: ReturnType<typeof summarise>) =>
    `${name.padEnd(28)} recall@5 ${s.recallAt5.toFixed(3)}   MRR ${s.mrr.toFixed(3)}   (${s.queries - s.misses.length}/${s.queries} queries complete)`;
  console.log(`Search quality on ${distDir} (${set.queries.length} queries, test/search/quality-set.json)`);
  console.log(line(`ours (index language ${indexLanguage})`, oursSummary));
  console.log(line('stock Pagefind', stockSummary));
  if (altLanguage) {
    const altCosts = await measureQueries(browser, stockSite.url, set.queries, { flavour: 'ours', limit: 10, bundle: '/pagefind-alt/' });
    console.log(line(`ours, index language ${altLanguage}`, summarise(set.queries.map((query, i) => ({ query, ranked: rankedEntries(altCosts[i]!.urls) })))));
  }
  for (const miss of oursSummary.misses) {
    console.log(`  ours misses [${miss.query.lang}] "${miss.query.query}": expected ${miss.query.expect.join(', ')}; got ${miss.ranked.slice(0, 5).join(', ') || 'nothing'}`);
  }
  if (perQuery) {
    console.log('\nRank of the first expected entry per query (– when not returned):');
    ours.forEach(({ query, ranked }, i) => {
      const rank = (r: number | undefined) => (r === undefined ? '–' : String(r));
      console.log(`  [${query.lang}] ${`"${query.query}"`.padEnd(36)} ours ${rank(firstRank(query.expect, ranked)).padStart(2)}   stock ${rank(firstRank(query.expect, stock[i]!.ranked)).padStart(2)}`);
    });
  }
  const costLine = (name: string, costs: QueryCost[]) =>
    `${name.padEnd(28)} bytes/query median ${(median(costs.map((c) => c.bytes)) / 1024).toFixed(1)} KB, max ${(Math.max(...costs.map((c) => c.bytes)) / 1024).toFixed(1)} KB; ` +
    `latency median ${median(costs.map((c) => c.ms)).toFixed(1)} ms; requests median ${median(costs.map((c) => c.requests))}`;
  console.log('\nCost of one query with a cold cache (runtime + wasm + index + top-5 fragments):');
  console.log(costLine('ours', ourCosts));
  console.log(costLine('stock Pagefind', stockCosts));
  console.log(`latency ratio ours/stock: ${(median(ourCosts.map((c) => c.ms)) / Math.max(0.001, median(stockCosts.map((c) => c.ms)))).toFixed(2)}`);
  console.log(`stock index: ${stockReport.pages} pages in ${stockReport.seconds.toFixed(1)} s`);
  await reviewExtraTerms();
} finally {
  await browser.close();
  await site.close();
  await stockSite.close();
  await rm(temp, { recursive: true, force: true });
}
