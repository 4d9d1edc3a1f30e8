/**
 * The build's compile-time guard on its own: the Vite transform refuses an unsafe .md/.mdx under
 * content/ (even one that appeared after the full check) and leaves everything else alone.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentCheckError, contentGuardVitePlugin } from '../../src/integrations/content-guard.ts';
import { caseWithBody, validFixture } from './helpers.ts';

type Handler = (code: string, id: string) => unknown;
const plugin = contentGuardVitePlugin(validFixture);
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
