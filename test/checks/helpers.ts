/**
 * Test helpers for the content check: copy the valid fixture catalogue to a temporary folder,
 * change some files, run the check, and read the problems as the printed lines.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { checkContent } from '../../src/checks/check.ts';
import { formatProblem } from '../../src/checks/report.ts';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const validFixture = path.join(repoRoot, 'test/fixtures/check-content/valid');

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the valid fixture with `changes` applied: a string writes the file, null deletes it. */
export function fixtureSite(changes: Record<string, string | null> = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), 'nwtc-check-'));
  made.push(root);
  cpSync(path.join(validFixture, 'content'), path.join(root, 'content'), { recursive: true });
  for (const [file, text] of Object.entries(changes)) {
    const target = path.join(root, file);
    if (text === null) rmSync(target, { recursive: true, force: true });
    else {
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
  }
  return root;
}

/** The fixture file's text, to derive a broken variant from it. */
export function fixtureText(file: string): string {
  return readFileSync(path.join(validFixture, file), 'utf8');
}

/** Runs the check on a fixture site with `changes` and returns the printed problem lines. */
export function problemLines(changes: Record<string, string | null> = {}, paths?: string[]): string[] {
  const root = fixtureSite(changes);
  return checkContent({ root, ...(paths ? { paths: paths.map((p) => path.join(root, p)) } : {}) }).problems.map(formatProblem);
}

/** A valid case frontmatter (English) followed by `body`; the body starts on line 13. */
export function caseWithBody(body: string, extraFrontmatter = ''): string {
  return `---
title: Fixture case for one rule
language: en
summary: A fixture case written for the content-check tests.
topics: [copd]
countries: [SE]
place: Test place
organisations: [region-norrbotten]
stage: pilot
outcome: unknown
lastVerified: 2024-05-02${extraFrontmatter ? `\n${extraFrontmatter}` : ''}
---
${body}`;
}

/** Line 13 onwards of caseWithBody; `## Lessons learned` is appended so only the attack is reported. */
export const BODY_LINE = 13;

/** Runs `astro build` in a fixture site with the repository's Astro and Node, `env` added. */
export function astroBuild(cwd: string, env: Record<string, string>, timeout = 150_000) {
  return spawnSync(path.join(repoRoot, 'node_modules/.bin/astro'), ['build'], {
    cwd,
    encoding: 'utf8',
    timeout,
    env: {
      ...process.env,
      PATH: `${path.join(repoRoot, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      ...env,
    },
  });
}
