/**
 * Builds test/fixtures/malicious-site (a case whose MDX imports node:fs and writes a marker file
 * from an `export` and from an expression) with `astro build`, and asserts the build fails, names
 * the file and line, and the entry's code never ran. A control build without the guard shows the
 * payload is live, so the test cannot pass merely because the entry was never compiled.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild, repoRoot } from './helpers.ts';

const fixture = path.join(repoRoot, 'test/fixtures/malicious-site');
const work = mkdtempSync(path.join(tmpdir(), 'nwtc-malicious-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(guard: 'on' | 'compile-only' | 'off') {
  const marker = path.join(tmpdir(), `nwtc-pwned-${randomUUID()}`);
  const result = astroBuild(fixture, {
    NWTC_GUARD: guard,
    NWTC_PWNED_MARKER: marker,
    NWTC_FIXTURE_OUT: path.join(work, `dist-${guard}`),
    NWTC_FIXTURE_CACHE: path.join(work, `cache-${guard}`),
  }, 90_000);
  const ran = existsSync(marker);
  rmSync(marker, { force: true });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, ran };
}

// Each build takes a few seconds; allow for a busy machine.
describe('building a site with a malicious MDX entry', { timeout: 180_000 }, () => {
  it('fails before compiling anything, names the file and lines, and runs none of its code', () => {
    const { status, output, ran } = build('on');
    expect(status).not.toBe(0);
    expect(output).toContain('content/cases/pwned.mdx:15: body: `import` is not allowed in an entry');
    expect(output).toContain('content/cases/pwned.mdx:17: body: `export` is not allowed in an entry');
    expect(output).toMatch(/content\/cases\/pwned\.mdx:21: body: '\{writeFileSync.*' is a JavaScript expression/);
    expect(ran).toBe(false);
  });

  it('is stopped by the compile-time check alone (a file that slipped past the first check)', () => {
    const { status, output, ran } = build('compile-only');
    expect(status).not.toBe(0);
    expect(output).toContain('Content check failed before compiling');
    expect(output).toContain('content/cases/pwned.mdx:17: body: `export` is not allowed in an entry');
    expect(ran).toBe(false);
  });

  it('control: without the guard the same entry does run code (so the assertions above mean something)', () => {
    const { status, ran } = build('off');
    expect(status).toBe(0);
    expect(ran).toBe(true);
  });
});
