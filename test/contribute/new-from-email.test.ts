/**
 * The editors' side of the e-mail path: `npm run new -- --from FILE` imports what the site's form
 * put into an e-mail (saved as text, greeting and all), or an attached entry file with
 * --collection, writes it into content/ and runs the content check. Refuses what the issue bot
 * refuses (traversal, unknown collections) and never overwrites a file.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseProposalIssue } from '../../src/contribute/proposal-issue.ts';
import { repoRoot } from './helpers.ts';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'commons-from-'));
  cpSync(join(repoRoot, 'content'), join(root, 'content'), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const newEntry = (...args: string[]) => {
  const result = spawnSync(process.execPath, [join(repoRoot, 'scripts/new-entry.ts'), '--root', root, ...args], { encoding: 'utf8', input: '' });
  return { code: result.status, out: result.stdout, err: result.stderr };
};

// The bundle the form writes, as the valid issue fixture carries it.
const valid = JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/proposal-issues/valid.json'), 'utf8')) as { issue: { body: string } };
const files = parseProposalIssue(valid.issue.body).files;
const bundle = files.map((file) => `=== ${file.path} ===\n${file.text}`).join('\n');

describe('npm run new -- --from FILE', () => {
  it('imports an e-mail (with a greeting and CRLF line ends) and the content check passes', () => {
    const mail = join(root, 'mail.txt');
    writeFileSync(mail, `Hej redaktörerna,\r\n\r\nhär är vårt fall.\r\n\r\n${bundle.replace(/\n/g, '\r\n')}`);
    const run = newEntry('--from', mail);
    expect(run.code, run.err + run.out).toBe(0);
    expect(run.out).toContain('The content check passed');
    for (const file of files) expect(readFileSync(join(root, file.path), 'utf8')).toBe(file.text);
  });

  it('never overwrites: the same e-mail twice is refused', () => {
    const mail = join(root, 'mail.txt');
    const run = newEntry('--from', mail);
    expect(run.code).toBe(1);
    expect(run.err).toContain('already exists');
  });

  it('imports an attached entry file with --collection', () => {
    const attached = join(root, 'nattlig-tillsyn-bilaga.md');
    writeFileSync(attached, files[1]!.text.replace(/organisations: \[[^\]]*\]/, 'organisations: [aalborg-kommune]'));
    const run = newEntry('--from', attached, '--collection', 'cases');
    expect(run.code, run.err + run.out).toBe(0);
    expect(existsSync(join(root, 'content/cases/nattlig-tillsyn-bilaga.md'))).toBe(true);
  });

  it('refuses paths outside content/ and reports the check’s problems', () => {
    const evil = join(root, 'evil.txt');
    writeFileSync(evil, `=== content/cases/../../evil.md ===\n---\ntitle: x\n---\n`);
    const run = newEntry('--from', evil);
    expect(run.code).toBe(1);
    expect(existsSync(join(root, 'evil.md'))).toBe(false);
    const bad = join(root, 'bad.txt');
    writeFileSync(bad, bundle.replace('stage: implementation', 'stage: pilott').replace(/odeby-kommun/g, 'odeby-kommun-b').replace(/digital-tillsyn-nattetid-i-odeby-kommun/g, 'tillsyn-b'));
    const run2 = newEntry('--from', bad);
    expect(run2.code).toBe(1);
    expect(run2.out).toContain("'pilott' is not an allowed value");
  });
});
