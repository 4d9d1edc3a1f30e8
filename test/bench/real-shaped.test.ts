/**
 * The bench's real-shaped corpus (bench/real-shaped.ts) must pass the content check like real
 * entries, or the build stops, or worse, measures a build that skipped work.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { compareRichness, freshCodes, realShapedEntries, richestOfCatalogue, richness, writeRealShapedContent } from '../../bench/real-shaped.ts';
import { collectionCounts } from '../../bench/generate.ts';
import { checkContent } from '../../src/checks/check.ts';

const frontmatter = (text: string) => parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;

describe('real-shaped benchmark corpus', () => {
  it('passes the content check next to a copy of the real catalogue (ids, codes and references)', () => {
    const root = mkdtempSync(join(tmpdir(), 'commons-real-shaped-'));
    try {
      writeRealShapedContent(root, 60);
      const result = checkContent({ root });
      expect(result.problems.map((p) => `${p.file}:${p.line}: ${p.field}: ${p.message}`)).toEqual([]);
      expect(readdirSync(join(root, 'content/cases')).filter((f) => f.startsWith('real-case-'))).toHaveLength(42);
      expect(readFileSync(join(root, 'content/requirements/codes.yaml'), 'utf8')).toMatch(/real-requirement-7, issued/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('copies the richest real entry of each collection, with unique titles and no translationOf', () => {
    const richest = richestOfCatalogue('content');
    expect(richest.cases.id).toBe('digital-hjemmeoppfolging-nasjonal-utproving-2018-2021');
    const entries = realShapedEntries(200, richest, readFileSync('content/requirements/codes.yaml', 'utf8'));
    expect(entries).toHaveLength(200);
    const titles = entries.map((entry) => String(frontmatter(entry.text).title));
    expect(new Set(titles).size).toBe(200);
    expect(new Set(entries.map((entry) => `${entry.collection}/${entry.file}`)).size).toBe(200);
    const firstCase = entries.find((entry) => entry.collection === 'cases')!;
    const original = frontmatter(richest.cases.text);
    const copy = frontmatter(firstCase.text);
    expect(copy.title).toBe(`${String(original.title)} (benchmark copy 1)`);
    expect({ ...copy, title: original.title, translationOf: original.translationOf }).toEqual(original);
    expect(firstCase.text.split('\n---\n')[1]).toBe(richest.cases.text.split('\n---\n')[1]);
    const codes = entries.filter((entry) => entry.code).map((entry) => frontmatter(entry.text).code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('ranks richness by fields, then values, then body length', () => {
    expect(richness('---\ntitle: A\ntopics: [a, b]\n---\nbody')).toEqual({ fields: 2, values: 3, bodyChars: 4 });
    const ranked = [
      { fields: 2, values: 9, bodyChars: 1 },
      { fields: 3, values: 1, bodyChars: 1 },
      { fields: 2, values: 9, bodyChars: 5 },
    ].sort(compareRichness);
    expect(ranked).toEqual([{ fields: 3, values: 1, bodyChars: 1 }, { fields: 2, values: 9, bodyChars: 5 }, { fields: 2, values: 9, bodyChars: 1 }]);
  });

  it('splits a corpus in the synthetic shares and issues codes never issued before', () => {
    expect(collectionCounts(10_000)).toEqual({ cases: 7000, methods: 800, events: 1000, requirements: 1200 });
    expect(freshCodes('NWTC-IOP-006: { requirement: a }\nNWTC-SEC-002: { requirement: b }\n', 9)).toEqual([
      'NWTC-IOP-007', 'NWTC-SEC-003', 'NWTC-PRI-001', 'NWTC-SAF-001', 'NWTC-USE-001', 'NWTC-EFF-001', 'NWTC-OPS-001',
      'NWTC-IOP-008', 'NWTC-SEC-004',
    ]);
    expect(freshCodes('', 6000)).toHaveLength(6000);
    expect(() => freshCodes('', 7000)).toThrow(/only 6993 requirement codes/);
  });
});
