/**
 * Issue 17 item 4: with COMMONS_INCREMENTAL=1 (Astro's experimental.incrementalBuild), a rebuild
 * after one case's title and body changed writes the same pages as a cold build of the changed
 * content. The case chosen is one whose title other case pages show (related cases), so a key
 * that named only the entry's own digest would leave those pages stale; and the rebuild must
 * reuse some pages, or the test would prove nothing about reuse.
 *
 * Builds a snapshot of the site (as the benchmark does: Astro keeps generated modules in
 * <root>/.astro, which a build in the working tree would share) on a copy of content/.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild, repoRoot } from '../checks/helpers.ts';

const work = mkdtempSync(path.join(tmpdir(), 'nwtc-incremental-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const skipped = new Set(['node_modules', '.git', 'dist', '.astro', '.incr', 'bench', 'test', 'content']);
const site = path.join(work, 'site');
for (const name of readdirSync(repoRoot)) if (!skipped.has(name)) cpSync(path.join(repoRoot, name), path.join(site, name), { recursive: true });
symlinkSync(path.join(repoRoot, 'node_modules'), path.join(site, 'node_modules'));
const content = path.join(work, 'content');
cpSync(path.join(repoRoot, 'content'), content, { recursive: true });

/** An `astro build` into dist-<name> with cache-<name>; the same name reuses the cache (and must: outDir is in Astro's config hash). */
function build(name: 'incremental' | 'cold') {
  const out = path.join(site, `dist-${name}`);
  const result = astroBuild(site, {
    COMMONS_CONTENT_DIR: content,
    COMMONS_OUT_DIR: out,
    COMMONS_CACHE_DIR: path.join(work, `cache-${name}`),
    ...(name === 'incremental' ? { COMMONS_INCREMENTAL: '1' } : {}),
  }, 240_000);
  expect(result.status, result.stderr + result.stdout.slice(-3000)).toBe(0);
  return { out, reused: (result.stdout.match(/\((cached|restored)\)/g) ?? []).length };
}

/** Every file of a built site, by path; the data package's build time left out. */
function files(out: string): Map<string, string> {
  const map = new Map<string, string>();
  const all = readdirSync(out, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  for (const file of all.map((entry) => path.relative(out, path.join(entry.parentPath, entry.name))).sort()) {
    const text = readFileSync(path.join(out, file), 'utf8');
    map.set(file, file === 'data/datapackage.json' ? text.replace(/"created": "[^"]*"/, '"created": ""') : text);
  }
  return map;
}

describe('incremental build (COMMONS_INCREMENTAL=1)', () => {
  it('after a change to one case that other case pages list, rebuilds the same site as a cold build', () => {
    const first = build('incremental');
    // The case other case pages name most often among their related cases.
    const related = new Map<string, number>();
    const casesDir = path.join(first.out, 'en/cases');
    for (const id of readdirSync(casesDir)) {
      let html: string;
      try {
        html = readFileSync(path.join(casesDir, id, 'index.html'), 'utf8');
      } catch {
        continue;
      }
      const section = html.split('id="case-related"')[1]?.split('</section>')[0] ?? '';
      for (const [, other] of section.matchAll(/href="[^"]*\/en\/cases\/([^/"]+)\/"/g)) related.set(other!, (related.get(other!) ?? 0) + 1);
    }
    const [changed] = [...related].sort((a, b) => b[1] - a[1])[0]!;
    const file = readdirSync(path.join(content, 'cases')).find((name) => name.replace(/\.mdx?$/, '') === changed)!;
    const text = readFileSync(path.join(content, 'cases', file), 'utf8');
    writeFileSync(path.join(content, 'cases', file), `${text.replace(/^title: (["']?)(.*?)\1$/m, 'title: "Renamed Zyxwort case"')}\n\nAn added paragraph.\n`);

    const rebuilt = build('incremental');
    const cold = build('cold');
    expect(rebuilt.reused).toBeGreaterThan(0);

    const expected = files(cold.out);
    const actual = files(rebuilt.out);
    // The change reached other case pages in the cold build: a digest-only key would miss them.
    const showing = [...expected].filter(([name, html]) => name.endsWith('index.html') && name.includes('/cases/') && !name.includes(`/${changed}/`) && html.includes('Renamed Zyxwort case'));
    expect(showing.length).toBeGreaterThan(0);
    expect([...actual.keys()]).toEqual([...expected.keys()]);
    const differing = [...expected].filter(([name, text]) => actual.get(name) !== text).map(([name]) => name);
    expect(differing).toEqual([]);
  }, 900_000);
});
