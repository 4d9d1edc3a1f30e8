/**
 * The benchmark's synthetic catalogue must pass the same content check as real entries, or the
 * build would stop (or, worse, the benchmark would measure a build that skips work).
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateEntries, readRealCatalogue, writeSyntheticContent } from '../../bench/generate.ts';
import { checkContent } from '../../src/checks/check.ts';

describe('synthetic benchmark entries', () => {
  it('pass the content check next to a copy of the real catalogue', () => {
    const root = mkdtempSync(join(tmpdir(), 'commons-synthetic-'));
    try {
      writeSyntheticContent(root, 120);
      const result = checkContent({ root });
      expect(result.problems.map((p) => `${p.file}:${p.line}: ${p.field}: ${p.message}`)).toEqual([]);
      expect(readdirSync(join(root, 'content/cases')).filter((f) => f.startsWith('bench-')).length).toBe(84);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('are deterministic, multilingual and say that they are synthetic', () => {
    const real = readRealCatalogue('content');
    const a = generateEntries(200, real);
    const b = generateEntries(200, real);
    expect(a).toEqual(b);
    expect(a).toHaveLength(200);
    const languages = new Set(a.map((entry) => /^language: (\w+)$/m.exec(entry.text)?.[1]));
    expect([...languages].sort()).toEqual(['da', 'en', 'fi', 'is', 'nb', 'sv']);
    for (const entry of a) expect(entry.text).toMatch(/^title: .*(synt|tilbúið)/im);
    expect(new Set(a.map((entry) => entry.collection))).toEqual(new Set(['cases', 'methods', 'events', 'requirements']));
  });
});
