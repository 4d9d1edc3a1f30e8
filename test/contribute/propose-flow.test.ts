/**
 * "A person with no local setup proposes a valid case from the site in the browser": take the
 * text the "Propose a case" link prefills, edit it the way a person would in GitHub's editor, and
 * run the same content check the pull request runs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { proposeUrl } from '../../src/contribute/edit-links.ts';
import { findTodos, setField } from '../../src/contribute/scaffold.ts';
import { readTemplate, repoRoot } from './helpers.ts';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'commons-propose-'));
  cpSync(join(repoRoot, 'content'), join(root, 'content'), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function check(file: string) {
  const result = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'check-content.ts'), '--root', root, file], { cwd: repoRoot, encoding: 'utf8' });
  return { code: result.status, out: result.stdout + result.stderr };
}

/** What GitHub's editor shows when the link is opened. */
function prefilled(language: 'sv' | 'nb') {
  const url = new URL(proposeUrl('cases', readTemplate('cases'), language));
  return { filename: url.searchParams.get('filename')!, text: url.searchParams.get('value')! };
}

describe('proposing a case from the browser', () => {
  it('the untouched template fails with messages that name each field to fill in', () => {
    const { text } = prefilled('sv');
    writeFileSync(join(root, 'content/cases/untouched.md'), text);
    const { code, out } = check('content/cases/untouched.md');
    expect(code).toBe(1);
    for (const field of ['topics', 'organisations', 'start', 'lastVerified']) {
      expect(out).toMatch(new RegExp(`untouched\\.md:\\d+: ${field}: `));
    }
    rmSync(join(root, 'content/cases/untouched.md'));
  });

  it('filled in as a person would, it passes the check and leaves no TODO', () => {
    const { filename, text } = prefilled('sv');
    expect(filename).toBe('short-name-of-the-case.md');
    const lines = text.split('\n');
    // The fields, typed over the template's values.
    setField(lines, 'title', 'Digital egenvård vid KOL i Norrbotten');
    setField(lines, 'summary', 'Personer med KOL i Norrbotten följde sina värden hemma med en app; vårdcentralen såg mätningarna.');
    setField(lines, 'topics', ['copd', 'self-care']);
    setField(lines, 'countries', ['SE']);
    setField(lines, 'place', 'Region Norrbotten');
    setField(lines, 'organisations', ['region-norrbotten']);
    setField(lines, 'start', '2019');
    setField(lines, 'stage', 'pilot');
    setField(lines, 'outcome', 'unknown');
    setField(lines, 'lastVerified', '2026-11-24');
    // The body: each instruction replaced by the person's own text.
    const filled = lines.map((line) => (line.startsWith('TODO:') ? 'Här skriver vi vad som hände och vad vi lärde oss.' : line)).join('\n');
    expect(filled).toContain('## Lärdomar');
    expect(findTodos(filled)).toEqual([]);

    writeFileSync(join(root, 'content/cases/digital-egenvard-kol-norrbotten.md'), filled);
    const { code, out } = check('content/cases/digital-egenvard-kol-norrbotten.md');
    expect(out).not.toContain('digital-egenvard-kol-norrbotten.md:');
    expect(code).toBe(0);
  });
});
