/**
 * `npm run bench`: what the Commons costs at scale, against the bare Astro + MDX + Pagefind floor.
 *
 *   npm run bench                          N = 1,000 and 10,000
 *   npm run bench -- --sizes 200           one size
 *   npm run bench -- --sizes 1000 --no-lighthouse --no-search
 *   npm run bench -- --sizes 1000,10000 --corpus real   one corpus (default: both)
 *
 * Two corpora (issue 17): `synthetic`, N generated entries (bench/generate.ts), and `real`, N
 * renamed copies of the richest real entry of each collection (bench/real-shaped.ts). For each
 * corpus and N it writes the entries next to a copy of content/, builds
 * the full site and the floor (bench/floor/) from them with cold caches, and prints build wall time,
 * peak memory of the process tree, output size, pages, cost per entry and full/floor ratios, the
 * build's phases, search latency and bytes per query (ours vs stock Pagefind on the floor), page
 * weight per page type, whether entry pages read without JavaScript, and Lighthouse per page type
 * (at the first size only), and issue 17's scale table: build time, peak memory, search-index
 * phase and output (bytes, files), full vs floor, per entry and growth per entry from the previous
 * size (bench/scale-figures.ts). Every figure is printed beside its target. Results go to
 * bench/out/bench-<time>.json, the latest figures of every corpus and size
 * into bench/results.json (committed: a run of one size keeps the others' rows, bench/results.ts),
 * and the figures into BENCHMARKS.md.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeSyntheticContent } from '../bench/generate.ts';
import { writeRealShapedContent } from '../bench/real-shaped.ts';
import { pagesLimitBytes, parseCorpus, projectTo, scaleRows, scaleTargets, type BuildTotals, type Corpus, type SizeTotals } from '../bench/scale-figures.ts';
import { corpusOf, mergeResults } from '../bench/results.ts';
import { folderStats, keyLines, phasePeaks, phases, renderTimes, runMeasured, type RunResult } from '../bench/measure.ts';
import { largestPages, pageWeight, type PageWeight } from '../bench/weight.ts';
import { benchQueries, measureOurs, measureOursEngine, measureStock, measureStockUi, median, medianOf, prepareStock, prepareStockUi, type QueryCost } from '../bench/search.ts';
import { runLighthouse, type LighthouseScores } from '../bench/lighthouse.ts';
import { builtPages, classify, contentIds, samplePages } from '../test/gates/support/pages.ts';
import { chromiumPath, launchBrowser, serveStatic } from '../test/helpers/site.ts';

const targets = {
  // Issue 17's targets (bench/scale-figures.ts), for both corpora.
  buildTimeRatio: scaleTargets['build wall time']!,
  peakMemoryRatio: scaleTargets['peak memory']!,
  searchBytesPerQuery: 300 * 1024,
  searchLatencyRatio: 1.3,
  entryPageBytes: 30 * 1024,
  lighthouse: { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 },
};

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    /** synthetic, real (renamed copies of the richest real entries) or both. */
    corpus: { type: 'string', default: 'both' },
    'no-lighthouse': { type: 'boolean', default: false },
    'no-search': { type: 'boolean', default: false },
    /** Runs per search query; the median run is kept. */
    'search-rounds': { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false },
    /** Re-measure search, weight and Lighthouse on the builds of the last run (no rebuild). */
    reuse: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map((size) => Number(size.trim())).filter((size) => Number.isInteger(size) && size > 0);
if (!sizes.length) throw new Error(`--sizes: expected numbers such as 1000,10000, got '${values.sizes}'`);
const corporaRun = parseCorpus(values.corpus);

const repo = resolve('.');
const bin = join(repo, 'node_modules/.bin');
const outRoot = join(repo, 'bench/out');
mkdirSync(outRoot, { recursive: true });
const buildScript = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts.build!;

/** What the build snapshot leaves out: dependencies (linked instead), history, outputs, tests. */
const snapshotSkips = new Set(['node_modules', '.git', 'dist', '.astro', 'bench', 'test', 'content']);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const mark = (ok: boolean | null) => (ok === null ? '?' : ok ? 'ok' : 'MISSED');
const log = (line = '') => process.stdout.write(`${line}\n`);

/** The latest figures of every corpus and size, committed (bench/results.ts). */
const resultsFile = join(repo, 'bench/results.json');
const previousResults: SizeResult[] = existsSync(resultsFile)
  ? ((JSON.parse(readFileSync(resultsFile, 'utf8')) as { results?: SizeResult[] }).results ?? []).filter((r) => r.date)
  : [];

const machine = {
  date: new Date().toISOString(),
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  memory: mb(totalmem()),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
};

interface BuildFigures {
  seconds: number;
  peakRssBytes: number;
  outputBytes: number;
  files: number;
  pages: number;
  phases: Record<string, number>;
  /** Peak RSS (MB) within each phase. */
  phasePeakMb?: Record<string, number>;
  log: string[];
  exitCode: number;
  tail?: string[];
}

function figures(run: RunResult, dist: string): BuildFigures {
  const stats = existsSync(dist) ? folderStats(dist) : { bytes: 0, files: 0, pages: 0 };
  return {
    seconds: Math.round(run.seconds * 100) / 100,
    peakRssBytes: run.peakRssBytes,
    outputBytes: stats.bytes,
    files: stats.files,
    pages: stats.pages,
    phases: phases(run),
    phasePeakMb: phasePeaks(run),
    log: keyLines(run),
    exitCode: run.exitCode,
    ...(run.exitCode ? { tail: run.lines.slice(-15).map((line) => line.text) } : {}),
  };
}

interface SizeResult {
  /** Missing in results written before there were two corpora: synthetic. */
  corpus?: Corpus;
  entries: number;
  date: string;
  /** Set when search, weight and Lighthouse were measured again on these builds (--reuse). */
  measuredAgain?: string;
  /** The 1-minute load average around the builds: other work on the machine skews the times. */
  loadAverage: { before: number; after: number };
  contentCheckSeconds: number;
  full: BuildFigures;
  floor: BuildFigures;
  ratios: { time: number; memory: number; size: number };
  /** Pages and summed render time per page type (from Astro's route log), full and floor. */
  renderByType?: { full: Record<string, { pages: number; ms: number }>; floor: Record<string, { pages: number; ms: number }> };
  search?: { ours: QueryCost[]; oursEngine?: QueryCost[]; stock: QueryCost[]; stockUi?: QueryCost[]; oursMedianMs: number | null; oursEngineMedianMs?: number | null; stockMedianMs: number | null; stockUiMedianMs?: number | null; oursMaxBytes: number; stockMaxBytes: number };
  weights?: { type: string; path: string; weight: PageWeight }[];
  readableWithoutJs?: { type: string; path: string; ok: boolean; textLength: number }[];
  lighthouse?: { type: string; path: string; scores: LighthouseScores }[];
  lighthouseDate?: string;
}

const label = (result: SizeResult) => `${result.entries} ${corpusOf(result)}`;
const contentRootOf = (corpus: Corpus, entries: number) => join('/tmp', `commons-bench-${corpus}-${entries}`);

async function benchSize(corpus: Corpus, entries: number, runLighthouseHere: boolean): Promise<SizeResult> {
  const work = join(outRoot, `${corpus}-n${entries}`);
  const contentDir = join(contentRootOf(corpus, entries), 'content');
  const reused = values.reuse ? previousResults.find((r) => r.entries === entries && corpusOf(r) === corpus) : undefined;
  if (values.reuse) {
    if (!reused || !existsSync(join(work, 'full/site/dist')) || !existsSync(join(work, 'floor/dist')) || !existsSync(contentDir)) {
      throw new Error(`--reuse: no previous build of ${entries} entries in ${work} (run without --reuse first)`);
    }
    log(`\n== ${entries} ${corpus} entries: re-measuring the builds of ${reused.date} ==`);
    const { search: _s, weights: _w, readableWithoutJs: _r, lighthouse: _l, ...builds } = reused;
    return measure({ ...builds, measuredAgain: new Date().toISOString() }, work, contentDir, runLighthouseHere);
  }
  return measure(await build(corpus, entries, work), work, contentDir, runLighthouseHere);
}

async function build(corpus: Corpus, entries: number, work: string): Promise<SizeResult> {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  log(`\n== ${entries} ${corpus} entries ==`);
  const contentRoot = contentRootOf(corpus, entries);
  const contentDir = corpus === 'real' ? writeRealShapedContent(contentRoot, entries) : writeSyntheticContent(contentRoot, entries);
  log(`content: ${contentDir}`);

  const env = (out: string, cache: string): NodeJS.ProcessEnv => ({
    ...process.env,
    PATH: `${bin}:${process.env.PATH}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    // As the site's build script sets it, for the floor too: Node's default heap (4.5 GB here) is
    // too small for Astro at 50,000 entries.
    NODE_OPTIONS: '--max-old-space-size-percentage=75',
    COMMONS_CONTENT_DIR: contentDir,
    COMMONS_OUT_DIR: out,
    COMMONS_CACHE_DIR: cache,
  });

  const check = await runMeasured(`node scripts/check-content.ts --root ${contentRoot}`, { cwd: repo, env: env('', '') });
  log(`content check: ${check.seconds.toFixed(1)} s, exit ${check.exitCode}${check.exitCode ? `\n${check.lines.slice(-10).map((l) => l.text).join('\n')}` : ''}`);

  // Output inside the working folder: Astro keeps its prerender chunks beside outDir only when
  // outDir is under the current folder, otherwise in ./.astro, shared with every other build.
  const floorDist = join(work, 'floor/dist');
  log('building the floor (bench/floor: astro build + pagefind)…');
  const loadBefore = loadavg()[0]!;
  const floorRun = await runMeasured(`astro build && pagefind --site "${floorDist}"`, {
    cwd: join(repo, 'bench/floor'),
    env: env(floorDist, join(work, 'floor/cache')),
  });
  const floor = figures(floorRun, floorDist);
  log(`  floor: ${floor.seconds} s, peak ${mb(floor.peakRssBytes)}, exit ${floor.exitCode}`);

  // Astro keeps generated modules in <root>/.astro/ whatever outDir and cacheDir say, so a build in
  // the working tree would race with any other build there: build a snapshot of the site instead.
  const site = join(work, 'full/site');
  mkdirSync(site, { recursive: true });
  for (const name of readdirSync(repo)) {
    if (!snapshotSkips.has(name)) cpSync(join(repo, name), join(site, name), { recursive: true });
  }
  symlinkSync(join(repo, 'node_modules'), join(site, 'node_modules'));
  const fullDist = join(site, 'dist');
  log(`building the full site (${buildScript})…`);
  const fullRun = await runMeasured(buildScript, { cwd: site, env: env(fullDist, join(work, 'full/cache')) });
  const full = figures(fullRun, fullDist);
  log(`  full: ${full.seconds} s, peak ${mb(full.peakRssBytes)}, exit ${full.exitCode}`);
  if (full.exitCode) log(full.tail!.join('\n'));

  const result: SizeResult = {
    corpus,
    entries,
    date: new Date().toISOString(),
    loadAverage: { before: Math.round(loadBefore * 10) / 10, after: Math.round(loadavg()[0]! * 10) / 10 },
    contentCheckSeconds: Math.round(check.seconds * 100) / 100,
    full,
    floor,
    ratios: {
      time: full.seconds / floor.seconds,
      memory: full.peakRssBytes / floor.peakRssBytes,
      size: full.outputBytes / Math.max(1, floor.outputBytes),
    },
  };
  if (full.exitCode || floor.exitCode) return result;
  const ids = contentIds(contentDir);
  const byType = (run: RunResult, typeOf: (path: string) => string) => {
    const table: Record<string, { pages: number; ms: number }> = {};
    for (const { path, ms } of renderTimes(run)) {
      const type = typeOf(path);
      table[type] ??= { pages: 0, ms: 0 };
      table[type].pages++;
      table[type].ms += ms;
    }
    return table;
  };
  result.renderByType = {
    full: byType(fullRun, (path) => classify(path, ids).type),
    floor: byType(floorRun, (path) => `entry:${path.split('/')[1] ?? ''}`),
  };
  return result;
}

/** Search, page weight, no-JS reading and Lighthouse, on the builds in `work`. */
async function measure(result: SizeResult, work: string, contentDir: string, runLighthouseHere: boolean): Promise<SizeResult> {
  if (result.full.exitCode || result.floor.exitCode) return result;
  const fullDist = join(work, 'full/site/dist');
  const floorDist = join(work, 'floor/dist');
  const ids = contentIds(contentDir);
  const pages = builtPages(fullDist);
  const samples = samplePages(pages, ids).filter((page) => page.locale === 'en' || page.onceAcrossLocales);
  result.weights = samples.map((page) => ({ type: page.type, path: page.path, weight: pageWeight(fullDist, page.file, page.path) }));
  // The largest page of each type too: the first in sorted order is often a small one.
  const sampled = new Set(samples.map((page) => page.file));
  const typed = pages.map((page) => ({ ...page, ...classify(page.path, ids) })).filter((page) => page.locale === 'en' || page.onceAcrossLocales);
  for (const page of largestPages(typed, (file) => statSync(file).size).filter((largest) => !sampled.has(largest.file))) {
    result.weights.push({ type: `${page.type} (largest)`, path: page.path, weight: pageWeight(fullDist, page.file, page.path) });
  }

  const browser = await launchBrowser();
  const fullServer = await serveStatic(fullDist);
  const floorServer = await serveStatic(floorDist);
  try {
    result.readableWithoutJs = [];
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    for (const page of samples.filter((sample) => sample.type.startsWith('entry:'))) {
      const tab = await noJs.newPage();
      await tab.goto(`${fullServer.url}${page.path}`);
      const textLength = await tab.evaluate(() => (document.querySelector('main')?.textContent ?? '').replace(/\s+/g, ' ').trim().length);
      const hasHeading = (await tab.locator('main h1').count()) > 0;
      result.readableWithoutJs.push({ type: page.type, path: page.path, ok: hasHeading && textLength > 200, textLength });
      await tab.close();
    }
    await noJs.close();

    if (!values['no-search']) {
      const stockPage = prepareStock(floorDist, [...new Set(benchQueries.map((q) => q.lang))]);
      const blankPage = prepareStock(fullDist, ['en'])('en');
      const stockUiPage = prepareStockUi(floorDist, [...new Set(benchQueries.map((q) => q.lang))]);
      const stockUi: QueryCost[] = [];
      const rounds = Number(values['search-rounds']) || 3;
      const ours: QueryCost[] = [];
      const oursEngine: QueryCost[] = [];
      const stock: QueryCost[] = [];
      for (const { query, lang } of benchQueries) {
        ours.push(await medianOf(rounds, () => measureOurs(browser, fullServer.url, query)));
        oursEngine.push(await medianOf(rounds, () => measureOursEngine(browser, fullServer.url, blankPage, query)));
        stock.push(await medianOf(rounds, () => measureStock(browser, floorServer.url, stockPage(lang), query)));
        stockUi.push(await medianOf(rounds, () => measureStockUi(browser, floorServer.url, stockUiPage(lang), query)));
      }
      const ok = (costs: QueryCost[]) => costs.filter((cost) => cost.ms !== null);
      result.search = {
        ours,
        oursEngine,
        stock,
        oursMedianMs: median(ok(ours).map((cost) => cost.ms!)),
        oursEngineMedianMs: median(ok(oursEngine).map((cost) => cost.ms!)),
        stockUi,
        stockUiMedianMs: median(ok(stockUi).map((cost) => cost.ms!)),
        stockMedianMs: median(ok(stock).map((cost) => cost.ms!)),
        oursMaxBytes: Math.max(0, ...ours.map((cost) => cost.bytes)),
        stockMaxBytes: Math.max(0, ...stock.map((cost) => cost.bytes)),
      };
    }
  } finally {
    await browser.close();
  }

  if (runLighthouseHere && !values['no-lighthouse']) {
    result.lighthouse = [];
    for (const page of samples.filter((sample) => sample.type !== 'root')) {
      log(`lighthouse ${page.path}…`);
      result.lighthouse.push({ type: page.type, path: page.path, scores: await runLighthouse(`${fullServer.url}${page.path}`, chromiumPath) });
    }
  }
  await fullServer.close();
  await floorServer.close();
  if (!values.keep) {
    rmSync(join(work, 'full/cache'), { recursive: true, force: true });
    rmSync(join(work, 'floor/cache'), { recursive: true, force: true });
  }
  return result;
}

const searchIndexPhase = 'after astro build: search index (postbuild or pagefind CLI)';

function totals(build: BuildFigures): BuildTotals {
  return { seconds: build.seconds, peakRssBytes: build.peakRssBytes, searchIndexSeconds: build.phases[searchIndexPhase] ?? null, outputBytes: build.outputBytes, files: build.files };
}

/** Issue 17's table: each figure full vs floor, its target, per entry, and growth per entry. */
function scaleReport(results: SizeResult[]): string[] {
  const built = results.filter((r) => !r.full.exitCode && !r.floor.exitCode);
  const sizes: SizeTotals[] = built.map((r) => ({ corpus: corpusOf(r), entries: r.entries, full: totals(r.full), floor: totals(r.floor) }));
  const rows = scaleRows(sizes);
  const lines: string[] = ['### Scale (issue 17): full site vs floor, per entry, growth per entry', ''];
  lines.push('Targets are full/floor ratios on the real-shaped corpus at 10,000 entries (build ≤ 1.5x, peak memory ≤ 1.3x, search-index phase ≤ 1.3x the floor\'s `pagefind --site`, output ≤ 2.5x); at 50,000 the output must stay under 1 GB (GitHub Pages). Search-index phase: from `[build] Complete!` to the index written (ours: scripts/postbuild.ts; floor: the Pagefind CLI). Output: apparent bytes of every file. Growth: (figure here − figure at the previous size) / (entries here − entries there).', '');
  const value = (figure: string, v: number | null) => {
    if (v === null) return '–';
    if (figure === 'build wall time' || figure === 'search-index phase') return `${v.toFixed(1)} s`;
    if (figure === 'output files') return v.toFixed(0);
    return mb(v);
  };
  const small = (figure: string, v: number | null) => {
    if (v === null) return '–';
    if (figure === 'build wall time' || figure === 'search-index phase') return `${(v * 1000).toFixed(2)} ms`;
    if (figure === 'output files') return v.toFixed(2);
    return kb(v);
  };
  lines.push('| corpus | entries | figure | full | floor | ratio | target | full per entry | floor per entry | full growth per entry | floor growth per entry |');
  lines.push('| --- | ---: | --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |');
  for (const row of rows) {
    lines.push(`| ${row.corpus} | ${row.entries} | ${row.figure} | ${value(row.figure, row.full)} | ${value(row.figure, row.floor)} | ${row.ratio === null ? '–' : `${row.ratio.toFixed(2)}x`} | ${row.target === null ? '' : `≤ ${row.target}x ${row.verdict}`} | ${small(row.figure, row.fullPerEntry)} | ${small(row.figure, row.floorPerEntry)} | ${row.growthFrom === null ? '–' : `${small(row.figure, row.fullGrowthPerEntry)} (from ${row.growthFrom})`} | ${row.growthFrom === null ? '–' : small(row.figure, row.floorGrowthPerEntry)} |`);
  }
  lines.push('');
  for (const size of sizes) {
    const ok = size.full.outputBytes < pagesLimitBytes;
    const growth = rows.find((row) => row.corpus === size.corpus && row.entries === size.entries && row.figure === 'output (apparent bytes)')?.fullGrowthPerEntry;
    const projected = growth === null || growth === undefined || size.entries >= 50_000 ? '' : `; at 50,000 entries, extrapolated from the growth per entry: ${mb(projectTo(50_000, size.entries, size.full.outputBytes, growth))}`;
    lines.push(`- ${size.entries} ${size.corpus}: full output ${mb(size.full.outputBytes)}, under GitHub Pages' 1 GB: ${ok ? 'ok' : 'MISSED'}${projected}.`);
  }
  return lines;
}

function report(results: SizeResult[]): string[] {
  const lines: string[] = [];
  const row = (...cells: (string | number)[]) => lines.push(`| ${cells.join(' | ')} |`);
  lines.push(`Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memory} RAM, Node ${machine.node}, ${machine.platform}. Runs: ${results.map((r) => `${label(r)} entries built on ${r.date.slice(0, 16).replace('T', ' ')} UTC${r.measuredAgain ? `, measured again on ${r.measuredAgain.slice(0, 16).replace('T', ' ')} UTC` : ''}`).join('; ')}.`, '');
  lines.push('### Build: full site vs the bare floor (cold caches)', '');
  row('entries', 'full time', 'floor time', `ratio (target ≤ ${targets.buildTimeRatio})`, 'full peak RSS', 'floor peak RSS', `ratio (target ≤ ${targets.peakMemoryRatio})`, 'full pages', 'floor pages', 'full output', 'floor output', 'full ms/entry', 'floor ms/entry');
  row('---:', '---:', '---:', '---', '---:', '---:', '---', '---:', '---:', '---:', '---:', '---:', '---:');
  for (const r of results) {
    row(
      label(r),
      `${r.full.seconds.toFixed(1)} s`,
      `${r.floor.seconds.toFixed(1)} s`,
      `${r.ratios.time.toFixed(2)}x ${mark(r.ratios.time <= targets.buildTimeRatio)}`,
      mb(r.full.peakRssBytes),
      mb(r.floor.peakRssBytes),
      `${r.ratios.memory.toFixed(2)}x ${mark(r.ratios.memory <= targets.peakMemoryRatio)}`,
      r.full.pages,
      r.floor.pages,
      mb(r.full.outputBytes),
      mb(r.floor.outputBytes),
      ((r.full.seconds * 1000) / r.entries).toFixed(1),
      ((r.floor.seconds * 1000) / r.entries).toFixed(1),
    );
  }
  lines.push('', ...scaleReport(results));
  lines.push('', `Load average (1 min) around the builds: ${results.map((r) => `${label(r)}: ${r.loadAverage.before} → ${r.loadAverage.after}`).join('; ')} on ${machine.cpus} CPUs; anything above the CPU count means other work shared the machine and the times are high.`);
  lines.push('', '### Build phases (seconds, from the build output)', '');
  for (const r of results) {
    lines.push(`- ${label(r)} entries, full: ${Object.entries(r.full.phases).map(([phase, s]) => `${phase} ${s}`).join('; ')}`);
    lines.push(`- ${label(r)} entries, floor: ${Object.entries(r.floor.phases).map(([phase, s]) => `${phase} ${s}`).join('; ')}`);
    if (r.full.phasePeakMb) lines.push(`- ${label(r)} entries, full, peak RSS per phase (MB): ${Object.entries(r.full.phasePeakMb).map(([phase, peak]) => `${phase} ${peak}`).join('; ')}`);
    if (r.floor.phasePeakMb) lines.push(`- ${label(r)} entries, floor, peak RSS per phase (MB): ${Object.entries(r.floor.phasePeakMb).map(([phase, peak]) => `${phase} ${peak}`).join('; ')}`);
    lines.push(`- ${label(r)} entries: \`check:content\` alone ${r.contentCheckSeconds} s`);
    for (const line of r.full.log) lines.push(`  - full: ${line}`);
  }
  for (const r of results.filter((r) => r.renderByType)) {
    const top = (table: Record<string, { pages: number; ms: number }>) =>
      Object.entries(table)
        .sort((a, b) => b[1].ms - a[1].ms)
        .slice(0, 8)
        .map(([type, { pages, ms }]) => `${type} ${pages} pages ${(ms / 1000).toFixed(1)} s`)
        .join('; ');
    lines.push(`- ${label(r)} entries, render time by page type (summed from Astro's route log), full: ${top(r.renderByType!.full)}`);
    lines.push(`- ${label(r)} entries, floor: ${top(r.renderByType!.floor)}`);
  }
  const searched = results.filter((r) => r.search);
  if (searched.length) {
    lines.push('', '### Search, per query, cold (first search of a visit)', '');
    lines.push('Two like-for-like comparisons. Engine: Pagefind\'s API on a blank page, `init`, `search` and `data()` of the top 10 (ours: our bundle, ranking and folded query, all six languages; stock: the index of the query\'s language). Search page: from the document\'s arrival to the first result link (ours: `/en/search/?q=`; stock: Pagefind\'s Default UI on a floor page in the query\'s language).', '');
    row('entries', 'ours engine', 'stock engine', 'engine ratio (target ≤ 1.3)', 'ours search page', 'stock UI page', 'page ratio (target ≤ 1.3)', 'ours max bytes (target ≤ 300 KB)', 'stock max bytes', 'queries with results: ours / stock');
    row('---:', '---:', '---:', '---', '---:', '---:', '---', '---:', '---:', '---');
    const msOf = (value: number | null | undefined) => (value === null || value === undefined ? '–' : `${value.toFixed(0)} ms`);
    const ratioOf = (ours: number | null | undefined, stock: number | null | undefined) =>
      ours === null || ours === undefined || !stock ? '–' : `${(ours / stock).toFixed(2)}x ${mark(ours / stock <= targets.searchLatencyRatio)}`;
    for (const r of searched) {
      const s = r.search!;
      row(
        label(r),
        msOf(s.oursEngineMedianMs),
        msOf(s.stockMedianMs),
        ratioOf(s.oursEngineMedianMs, s.stockMedianMs),
        msOf(s.oursMedianMs),
        msOf(s.stockUiMedianMs),
        ratioOf(s.oursMedianMs, s.stockUiMedianMs),
        `${kb(s.oursMaxBytes)} ${mark(s.oursMedianMs === null ? null : s.oursMaxBytes <= targets.searchBytesPerQuery)}`,
        kb(s.stockMaxBytes),
        `${s.ours.filter((c) => c.results > 0).length} / ${s.stock.filter((c) => c.results > 0).length} of ${s.ours.length}`,
      );
    }
    const last = searched.at(-1)!;
    lines.push('', `Per query at ${label(last)} entries, median of ${values['search-rounds']} runs (ours: all six languages at once; stock: the index of the query's language):`, '');
    row('query', 'ours engine', 'stock engine', 'ours search page', 'stock UI page', 'ours bytes', 'stock bytes', 'ours results', 'stock results');
    row('---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:');
    last.search!.ours.forEach((o, i) => {
      const st = last.search!.stock[i]!;
      const engine = last.search!.oursEngine?.[i];
      const ui = last.search!.stockUi?.[i];
      const ms = (cost: QueryCost | undefined) => (cost === undefined ? '–' : cost.ms === null ? 'failed' : `${cost.ms.toFixed(0)} ms`);
      row(`\`${o.query}\``, ms(engine), ms(st), ms(o), ms(ui), kb(o.bytes), kb(st.bytes), engine?.results ?? o.results, st.results);
    });
    for (const r of searched) {
      const errors = [
        ...r.search!.ours.filter((c) => c.error).map((c) => `ours "${c.query}": ${c.error}`),
        ...(r.search!.oursEngine ?? []).filter((c) => c.error).map((c) => `ours engine "${c.query}": ${c.error}`),
        ...r.search!.stock.filter((c) => c.error).map((c) => `stock "${c.query}": ${c.error}`),
        ...(r.search!.stockUi ?? []).filter((c) => c.error).map((c) => `stock UI "${c.query}": ${c.error}`),
      ];
      if (errors.length) lines.push('', `Search errors at ${label(r)}: ${errors.slice(0, 4).join('; ')}`);
    }
  }
  // At the largest size measured, real-shaped first: where pages grow with the catalogue.
  const weighed = results.filter((r) => r.weights).sort((a, b) => Number(corpusOf(b) === 'real') - Number(corpusOf(a) === 'real') || b.entries - a.entries)[0];
  if (weighed) {
    lines.push('', `### Page weight per page type (gzip, HTML + CSS + JS loaded up front; at ${label(weighed)} entries; the first page of each type and, marked "largest", the one with the most HTML)`, '');
    row('page type', 'example', 'HTML', 'CSS', 'JS', 'total', 'target');
    row('---', '---', '---:', '---:', '---:', '---:', '---');
    for (const w of weighed.weights!) {
      const isEntry = w.type.startsWith('entry:');
      row(w.type, `\`${w.path}\``, kb(w.weight.html), kb(w.weight.css), kb(w.weight.js), kb(w.weight.total), isEntry ? `≤ 30 KB ${mark(w.weight.total <= targets.entryPageBytes)}` : '');
    }
    lines.push('', `Entry pages readable with JavaScript off: ${weighed.readableWithoutJs!.map((r) => `${r.type} ${r.ok ? 'yes' : 'NO'} (${r.textLength} characters in main)`).join('; ') || 'no entry pages found'}.`);
  }
  const audited = results.find((r) => r.lighthouse);
  if (audited) {
    lines.push('', `### Lighthouse per page type (mobile, simulated throttling; at ${label(audited)} entries, ${(audited.lighthouseDate ?? audited.measuredAgain ?? audited.date).slice(0, 16).replace('T', ' ')} UTC)`, '');
    row('page type', 'example', 'performance (≥ 95)', 'accessibility (100)', 'best practices (100)', 'SEO (100)', 'audits below 90');
    row('---', '---', '---:', '---:', '---:', '---:', '---');
    for (const l of audited.lighthouse!) {
      const s = l.scores;
      const cell = (value: number | null, target: number) => (value === null ? 'n/a' : `${value} ${mark(value >= target)}`);
      row(
        l.type,
        `\`${l.path}\``,
        cell(s.performance, targets.lighthouse.performance),
        cell(s.accessibility, targets.lighthouse.accessibility),
        cell(s['best-practices'], targets.lighthouse['best-practices']),
        cell(s.seo, targets.lighthouse.seo),
        s.error ?? (s.failing.join(', ') || '—'),
      );
    }
  }
  return lines;
}

function updateBenchmarksFile(lines: string[], sizesRun: string[]): void {
  const file = 'BENCHMARKS.md';
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const generated = `${start}\n<!-- Figures for ${sizesRun.join(", ")} entries, written by \`npm run bench\`; edit the text outside these markers only. -->\n\n${lines.join('\n')}\n${end}`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : `# Benchmarks\n\n${start}\n${end}\n`;
  const next = current.includes(start) && current.includes(end)
    ? current.slice(0, current.indexOf(start)) + generated + current.slice(current.indexOf(end) + end.length)
    : `${current.trimEnd()}\n\n${generated}\n`;
  writeFileSync(file, next);
}

const fresh: SizeResult[] = [];
for (const [c, corpus] of corporaRun.entries()) {
  for (const [index, entries] of sizes.entries()) fresh.push(await benchSize(corpus, entries, c === 0 && index === 0));
}
// Sizes not run this time keep their latest figures, so `--sizes 10000` alone does not drop the
// 1,000-entry figures (or their Lighthouse table) from BENCHMARKS.md.
const results = mergeResults(previousResults, fresh);
const lines = report(results);
log('');
for (const line of lines) log(line);
const stamp = machine.date.replace(/[:.]/g, '-');
const json = `${JSON.stringify({ machine, targets, results }, null, 2)}\n`;
writeFileSync(join(outRoot, `bench-${stamp}.json`), json);
writeFileSync(resultsFile, json);
updateBenchmarksFile(lines, results.map(label));
log(`\nWrote bench/out/bench-${stamp}.json, bench/results.json and BENCHMARKS.md.`);
const failedBuild = fresh.some((r) => r.full.exitCode || r.floor.exitCode);
process.exitCode = failedBuild ? 1 : 0;
