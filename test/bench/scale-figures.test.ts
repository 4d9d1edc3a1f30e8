/** The arithmetic behind the bench's scale table (bench/scale-figures.ts). */
import { describe, expect, it } from 'vitest';
import { growthPerEntry, parseCorpus, projectTo, ratio, scaleRows, verdict, type BuildTotals, type SizeTotals } from '../../bench/scale-figures.ts';

const totals = (seconds: number, rss: number, index: number | null, bytes: number, files: number): BuildTotals => ({ seconds, peakRssBytes: rss, searchIndexSeconds: index, outputBytes: bytes, files });

describe('scale figures', () => {
  it('divides full by floor and judges against the target', () => {
    expect(ratio(30, 20)).toBe(1.5);
    expect(ratio(30, 0)).toBeNull();
    expect(ratio(null, 20)).toBeNull();
    expect(verdict(1.5, 1.5)).toBe('ok');
    expect(verdict(1.51, 1.5)).toBe('MISSED');
    expect(verdict(null, 1.5)).toBe('?');
    expect(verdict(3, null)).toBe('');
  });

  it('grows per entry from the previous size of the same corpus only', () => {
    const sizes: SizeTotals[] = [
      { corpus: 'real', entries: 10_000, full: totals(100, 3000, 40, 2_000_000, 30_000), floor: totals(40, 2500, 10, 500_000, 10_100) },
      { corpus: 'synthetic', entries: 1000, full: totals(10, 1000, 2, 100_000, 3000), floor: totals(4, 700, 1, 50_000, 1060) },
      { corpus: 'real', entries: 1000, full: totals(19, 1200, 4, 200_000, 3000), floor: totals(4, 700, 1, 50_000, 1060) },
    ];
    const rows = scaleRows(sizes);
    expect(rows.map((row) => `${row.corpus} ${row.entries}`).filter((v, i, all) => all.indexOf(v) === i)).toEqual(['real 1000', 'real 10000', 'synthetic 1000']);
    const time = rows.find((row) => row.corpus === 'real' && row.entries === 10_000 && row.figure === 'build wall time')!;
    expect(time).toMatchObject({ full: 100, floor: 40, ratio: 2.5, target: 1.5, verdict: 'MISSED', fullPerEntry: 0.01, floorPerEntry: 0.004, growthFrom: 1000 });
    expect(time.fullGrowthPerEntry).toBeCloseTo(81 / 9000);
    expect(time.floorGrowthPerEntry).toBeCloseTo(36 / 9000);
    const bytes = rows.find((row) => row.corpus === 'real' && row.entries === 10_000 && row.figure === 'output (apparent bytes)')!;
    expect(bytes).toMatchObject({ ratio: 4, target: 2.5, verdict: 'MISSED', fullGrowthPerEntry: 200, growthFrom: 1000 });
    const files = rows.find((row) => row.entries === 10_000 && row.figure === 'output files')!;
    expect(files).toMatchObject({ target: null, verdict: '' });
    const first = rows.filter((row) => row.corpus === 'synthetic');
    expect(first.every((row) => row.fullGrowthPerEntry === null && row.growthFrom === null)).toBe(true);
  });

  it('extrapolates and parses --corpus', () => {
    expect(growthPerEntry(300, 10, 100, 5)).toBe(40);
    expect(growthPerEntry(300, 10, 100, 10)).toBeNull();
    expect(projectTo(50_000, 10_000, 2_000_000, 200)).toBe(10_000_000);
    expect(parseCorpus('both')).toEqual(['synthetic', 'real']);
    expect(parseCorpus('real')).toEqual(['real']);
    expect(() => parseCorpus('fake')).toThrow(/synthetic, real or both/);
  });
});
