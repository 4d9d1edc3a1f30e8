/**
 * The build's compile-time guard on its own: the Vite transform refuses an unsafe .md/.mdx under
 * content/ (even one that appeared after the full check) and leaves everything else alone.
 */
import { renameSync } from 'node:fs';
import path from 'node:path';
import { checkContent } from '../../src/checks/check.ts';
import { formatProblem } from '../../src/checks/report.ts';
import { describe, expect, it } from 'vitest';
import contentGuard, { ContentCheckError, contentGuardVitePlugin } from '../../src/checks/content-guard.ts';
import { caseWithBody, fixtureSite, validFixture } from './helpers.ts';

type Handler = (code: string, id: string) => unknown;
const plugin = contentGuardVitePlugin(path.join(validFixture, 'content'));
const transform = (plugin.transform as { handler: Handler }).handler;
const LESSONS = '\n## Lessons learned\n\nText.\n';

describe('content guard Vite plugin', () => {
  it('runs before other plugins', () => {
    expect(plugin.enforce).toBe('pre');
    expect((plugin.transform as { order?: string }).order).toBe('pre');
  });

  it('throws on an unsafe MDX entry, naming file, line and problem', () => {
    const id = path.join(validFixture, 'content/cases/new-entry.mdx');
    const source = caseWithBody(`\nexport const x = 1\n${LESSONS}`);
    expect(() => transform(source, id)).toThrow(ContentCheckError);
    expect(() => transform(source, `${id}?astroContentCollectionEntry=true`)).toThrow(
      /content\/cases\/new-entry\.mdx:14: body: `export` is not allowed in an entry/,
    );
  });

  it('throws on raw script in a .md entry and on unsafe files outside a collection folder', () => {
    expect(() => transform(caseWithBody(`\n<script>x</script>\n${LESSONS}`), path.join(validFixture, 'content/cases/a.md'))).toThrow(/a\.md:14: body: <script> is not allowed/);
    expect(() => transform('{process.exit(1)}\n', path.join(validFixture, 'content/stray.mdx'))).toThrow(/content\/stray\.mdx:1: body: '\{process\.exit\(1\)\}' is a JavaScript expression/);
  });

  it('lets a safe entry through and ignores files outside content/', () => {
    expect(transform(caseWithBody(LESSONS), path.join(validFixture, 'content/cases/fine.mdx'))).toBeNull();
    expect(transform('export const x = 1', path.join(validFixture, 'src/pages/page.mdx'))).toBeNull();
    expect(transform('export const x = 1', path.join(validFixture, 'content/cases/x.ts'))).toBeNull();
  });
});

describe('a content folder elsewhere (COMMONS_CONTENT_DIR)', () => {
  it('is checked where it is, and reported as content/…', () => {
    const root = fixtureSite({ 'content/cases/attack.mdx': caseWithBody(`\n{1}\n${LESSONS}`) });
    const elsewhere = path.join(root, 'catalogue-10k');
    renameSync(path.join(root, 'content'), elsewhere);
    const lines = checkContent({ root, contentDir: elsewhere }).problems.map(formatProblem);
    expect(lines).toEqual([expect.stringMatching(/^content\/cases\/attack\.mdx:14: body: '\{1\}' is a JavaScript expression/)]);
    expect(checkContent({ root, contentDir: elsewhere, paths: [path.join(elsewhere, 'cases/attack.mdx')] }).problems).toHaveLength(1);
    expect(checkContent({ root, contentDir: elsewhere, paths: [path.join(elsewhere, 'topics')] }).problems).toHaveLength(0);
    const guard = contentGuardVitePlugin(elsewhere);
    expect(() => (guard.transform as { handler: Handler }).handler('{1}\n', path.join(elsewhere, 'cases/new.mdx'))).toThrow(/content\/cases\/new\.mdx:1:/);
  });
});

describe('content guard integration (astro:config:setup)', () => {
  const broken = { 'content/cases/attack.mdx': caseWithBody(`\nexport const x = 1\n${LESSONS}`) };
  function setup(command: 'build' | 'dev', root: string) {
    const logged: string[] = [];
    const plugins: unknown[] = [];
    const hook = contentGuard({ root }).hooks['astro:config:setup'] as unknown as (options: unknown) => Promise<void>;
    const logger = { error: (m: string) => logged.push(m), info: () => undefined, warn: () => undefined };
    const run = hook({
      command,
      config: { root: new URL(`file://${root}/`) },
      logger,
      updateConfig: (c: { vite: { plugins: unknown[] } }) => plugins.push(...c.vite.plugins),
    });
    return { run, logged, plugins };
  }

  it('fails the build on any problem, after logging each in the check:content form', async () => {
    const { run, logged, plugins } = setup('build', fixtureSite(broken));
    await expect(run).rejects.toThrow(ContentCheckError);
    expect(logged).toEqual([expect.stringMatching(/^content\/cases\/attack\.mdx:14: body: `export` is not allowed in an entry/)]);
    expect(plugins).toHaveLength(1);
  });

  it('passes a valid catalogue', async () => {
    const { run, logged } = setup('build', fixtureSite());
    await expect(run).resolves.toBeUndefined();
    expect(logged).toEqual([]);
  });

  it('only reports during astro dev (the compile-time check still refuses unsafe MDX)', async () => {
    const { run, logged, plugins } = setup('dev', fixtureSite(broken));
    await expect(run).resolves.toBeUndefined();
    expect(logged).toHaveLength(1);
    expect(plugins).toHaveLength(1);
  });
});
