/**
 * Issue 17's scale figures, full site against the floor, as pure arithmetic on the bench's build
 * results: ratio to the floor beside its target, cost per entry, growth per entry from one size to
 * the next, and the output projected to a larger size from that growth. scripts/bench.ts prints
 * them; test/bench/scale-figures.test.ts checks the arithmetic.
 */

export type Corpus = 'synthetic' | 'real';
export const corpora: readonly Corpus[] = ['synthetic', 'real'];

/** `--corpus synthetic|real|both`. */
export function parseCorpus(value: string): Corpus[] {
  if (value === 'both') return [...corpora];
  if ((corpora as readonly string[]).includes(value)) return [value as Corpus];
  throw new Error(`--corpus: expected synthetic, real or both, got '${value}'`);
}

/** One build's totals (full site or floor). */
export interface BuildTotals {
  seconds: number;
  peakRssBytes: number;
  /** The search-index phase: our postbuild indexing, or the floor's `pagefind --site`. */
  searchIndexSeconds: number | null;
  outputBytes: number;
  files: number;
}

export interface SizeTotals {
  corpus: Corpus;
  entries: number;
  full: BuildTotals;
  floor: BuildTotals;
}

export type FigureName = 'build wall time' | 'peak memory' | 'search-index phase' | 'output (apparent bytes)' | 'output files';

/** Issue 17's targets, full/floor ratio at most this (files: no target, reported). */
export const scaleTargets: Record<FigureName, number | null> = {
  'build wall time': 1.5,
  'peak memory': 1.3,
  'search-index phase': 1.3,
  'output (apparent bytes)': 2.5,
  'output files': null,
};

/** GitHub Pages refuses a published site over 1 GB. */
export const pagesLimitBytes = 1024 ** 3;

const pick: Record<FigureName, (totals: BuildTotals) => number | null> = {
  'build wall time': (t) => t.seconds,
  'peak memory': (t) => t.peakRssBytes,
  'search-index phase': (t) => t.searchIndexSeconds,
  'output (apparent bytes)': (t) => t.outputBytes,
  'output files': (t) => t.files,
};
export const figureNames = Object.keys(pick) as FigureName[];

export function figureOf(totals: BuildTotals, name: FigureName): number | null {
  return pick[name](totals);
}

/** full/floor, or null when either is missing or the floor is 0. */
export function ratio(full: number | null, floor: number | null): number | null {
  if (full === null || floor === null || floor <= 0) return null;
  return full / floor;
}

/** 'ok', 'MISSED', or '' when there is no target, '?' when there is no ratio. */
export function verdict(value: number | null, target: number | null): string {
  if (target === null) return '';
  if (value === null) return '?';
  return value <= target ? 'ok' : 'MISSED';
}

export interface FigureRow {
  corpus: Corpus;
  entries: number;
  figure: FigureName;
  full: number | null;
  floor: number | null;
  ratio: number | null;
  target: number | null;
  verdict: string;
  fullPerEntry: number | null;
  floorPerEntry: number | null;
  /** (value here − value at the previous size) / (entries here − entries there), same corpus. */
  fullGrowthPerEntry: number | null;
  floorGrowthPerEntry: number | null;
  /** The previous size the growth is measured from. */
  growthFrom: number | null;
}

const perEntry = (value: number | null, entries: number) => (value === null ? null : value / entries);

export function growthPerEntry(value: number | null, entries: number, previousValue: number | null, previousEntries: number): number | null {
  if (value === null || previousValue === null || entries === previousEntries) return null;
  return (value - previousValue) / (entries - previousEntries);
}

/** Every figure of every size, with growth from the next smaller size of the same corpus. */
export function scaleRows(sizes: readonly SizeTotals[]): FigureRow[] {
  const rows: FigureRow[] = [];
  const sorted = [...sizes].sort((a, b) => a.corpus.localeCompare(b.corpus) || a.entries - b.entries);
  for (const [i, size] of sorted.entries()) {
    const previous = i > 0 && sorted[i - 1]!.corpus === size.corpus ? sorted[i - 1]! : undefined;
    for (const figure of figureNames) {
      const full = figureOf(size.full, figure);
      const floor = figureOf(size.floor, figure);
      const r = ratio(full, floor);
      rows.push({
        corpus: size.corpus,
        entries: size.entries,
        figure,
        full,
        floor,
        ratio: r,
        target: scaleTargets[figure],
        verdict: verdict(r, scaleTargets[figure]),
        fullPerEntry: perEntry(full, size.entries),
        floorPerEntry: perEntry(floor, size.entries),
        fullGrowthPerEntry: previous ? growthPerEntry(full, size.entries, figureOf(previous.full, figure), previous.entries) : null,
        floorGrowthPerEntry: previous ? growthPerEntry(floor, size.entries, figureOf(previous.floor, figure), previous.entries) : null,
        growthFrom: previous?.entries ?? null,
      });
    }
  }
  return rows;
}

/** A figure at `entries`, extrapolated linearly from a measured size and the growth per entry. */
export function projectTo(entries: number, measuredEntries: number, measured: number, growth: number): number {
  return measured + growth * (entries - measuredEntries);
}
