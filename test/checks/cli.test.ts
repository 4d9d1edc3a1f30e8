/**
 * The command line: `node scripts/check-content.ts` with --root, paths and --format github, run as
 * a contributor or CI would, on Node 24 from node_modules/.bin.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureSite, fixtureText, repoRoot, validFixture } from './helpers.ts';

function run(args: string[], cwd = repoRoot) {
  const result = spawnSync('node', [path.join(repoRoot, 'scripts/check-content.ts'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${path.join(repoRoot, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}` },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, lines: result.stdout.trimEnd().split('\n') };
}

const brokenCase = fixtureText('content/cases/egenvard-kol.md').replace('stage: pilot', 'stage: pilott').replace('topics: [copd, heart-failure]', 'topics: [copd, hjartsvikt]');

describe('check-content CLI', () => {
  it('prints a one-line summary with counts and exits 0 when all is well', () => {
    const { status, lines } = run(['--root', validFixture]);
    expect(status).toBe(0);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^check:content: 10 entries OK \(2 cases, 1 methods, 3 topics, 2 organisations, 1 events, 1 requirements\) in \d+\.\d\d s$/);
  });

  it('prints every problem as file:LINE: field: message, then a summary, and exits 1', () => {
    const root = fixtureSite({ 'content/cases/egenvard-kol.md': brokenCase, 'content/topics/bad.yml': 'x' });
    const { status, lines } = run(['--root', root]);
    expect(status).toBe(1);
    expect(lines).toEqual([
      "content/cases/egenvard-kol.md:5: topics[1]: 'hjartsvikt' is not a topic in content/topics/; did you mean 'heart-failure'?",
      "content/cases/egenvard-kol.md:9: stage: 'pilott' is not an allowed value; did you mean 'pilot'? allowed: planned, pilot, implementation, scaled, discontinued",
      "content/topics/bad.yml:1: file: the extension '.yml' is not used here; expected '.yaml'",
      'check:content: 3 problems in 2 files (10 entries checked); fix the lines above and run npm run check:content again',
    ]);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^content\/[a-z]+\/[^:]+:\d+: [^:]+: .+; .+$/);
  });

  it('checks only the paths given, relative to --root or absolute', () => {
    const root = fixtureSite({ 'content/cases/egenvard-kol.md': brokenCase, 'content/topics/bad.yml': 'x' });
    const relative = run(['--root', root, 'content/topics']);
    expect(relative.status).toBe(1);
    expect(relative.lines[0]).toBe("content/topics/bad.yml:1: file: the extension '.yml' is not used here; expected '.yaml'");
    expect(relative.lines).toHaveLength(2);
    const absolute = run(['--root', root, path.join(root, 'content/methods/test-method.md')]);
    expect(absolute.status).toBe(0);
    expect(absolute.lines[0]).toMatch(/^check:content: 1 entry OK \(0 cases, 1 methods,/);
  });

  it('takes the current folder as the root by default', () => {
    const root = fixtureSite({ 'content/cases/egenvard-kol.md': brokenCase });
    const { status, lines } = run(['content/cases/egenvard-kol.md'], root);
    expect(status).toBe(1);
    expect(lines).toHaveLength(3);
  });

  it('prints GitHub annotations with --format github', () => {
    const root = fixtureSite({ 'content/cases/egenvard-kol.md': brokenCase });
    const { status, lines } = run(['--root', root, '--format', 'github']);
    expect(status).toBe(1);
    expect(lines).toEqual([
      "::error file=content/cases/egenvard-kol.md,line=5,title=topics[1]::topics[1]: 'hjartsvikt' is not a topic in content/topics/; did you mean 'heart-failure'?",
      "::error file=content/cases/egenvard-kol.md,line=9,title=stage::stage: 'pilott' is not an allowed value; did you mean 'pilot'? allowed: planned, pilot, implementation, scaled, discontinued",
      'check:content: 2 problems in 1 file (10 entries checked); fix the lines above and run npm run check:content again',
    ]);
  });

  it('exits 2 with a usage line on a bad argument', () => {
    expect(run(['--root', '/nonexistent-nwtc']).status).toBe(2);
    expect(run(['--root', validFixture, '--format', 'xml']).status).toBe(2);
    const outside = run(['--root', validFixture, path.join(repoRoot, 'package.json')]);
    expect(outside.status).toBe(2);
    expect(outside.stderr).toMatch(/is not inside .*content/);
  });
});

describe('parallel check', () => {
  it('gives exactly the sequential result', async () => {
    const { checkContent, checkContentParallel } = await import('../../src/checks/check.ts');
    const root = fixtureSite({
      'content/cases/egenvard-kol.md': brokenCase,
      'content/topics/bad.yml': 'x',
      'content/cases/attack.mdx': fixtureText('content/cases/key-figures.mdx').replace('<KeyFigure', '{1}\n\n<KeyFigure'),
    });
    const sequential = checkContent({ root });
    const parallel = await checkContentParallel({ root, workers: 2 });
    expect(parallel).toEqual(sequential);
    expect(sequential.problems.length).toBe(4);
  });
});
