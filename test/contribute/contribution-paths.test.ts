/**
 * scripts/contribution-paths.sh, the pull-request guard "only content/ changed", run against real
 * temporary git repositories (issue 12, finding 8: `git diff --name-only` reported
 * `git mv .github/CODEOWNERS content/.gitkeep` by its new path, so the rename passed).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.ts';

const script = path.join(repoRoot, 'scripts/contribution-paths.sh');
const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

function write(repo: string, file: string, text: string) {
  mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
  writeFileSync(path.join(repo, file), text);
}

/** A repository whose main branch holds a catalogue and the files a contribution must not touch; HEAD is a new branch `pr`. */
function repository(): string {
  const repo = mkdtempSync(path.join(tmpdir(), 'nwtc-guard-'));
  made.push(repo);
  git(repo, 'init', '-q', '-b', 'main');
  write(repo, 'content/cases/egenvard-kol.md', '---\ntitle: A case\n---\n');
  write(repo, 'content/README.md', '# About content\n');
  write(repo, '.github/CODEOWNERS', '* @maintainers\n');
  write(repo, '.github/workflows/check-contribution.yml', 'name: Check contribution\n');
  write(repo, 'scripts/contribution-paths.sh', 'exit 0\n');
  write(repo, 'package.json', '{}\n');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'base');
  git(repo, 'checkout', '-q', '-b', 'pr');
  return repo;
}

function commit(repo: string) {
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '--allow-empty', '-m', 'change');
}

function guard(repo: string, ...flags: string[]) {
  const result = spawnSync('sh', [script, 'main', 'HEAD', ...flags], { cwd: repo, encoding: 'utf8' });
  return { status: result.status, lines: result.stdout.split('\n').filter(Boolean), stderr: result.stderr };
}

describe('scripts/contribution-paths.sh', () => {
  let repo: string;
  beforeEach(() => {
    repo = repository();
  });

  it('passes a plain edit, a new entry and a deleted entry in content/', () => {
    write(repo, 'content/cases/egenvard-kol.md', '---\ntitle: A better case\n---\n');
    write(repo, 'content/cases/new-case.md', '---\ntitle: New\n---\n');
    write(repo, 'content/README.md', '# About the content\n');
    commit(repo);
    expect(guard(repo)).toEqual({ status: 0, lines: [], stderr: '' });
    git(repo, 'rm', '-q', 'content/cases/new-case.md');
    commit(repo);
    expect(guard(repo).status).toBe(0);
  });

  it('passes a content-only pull request while main moved on elsewhere (only the pull request is judged)', () => {
    write(repo, 'content/cases/egenvard-kol.md', '---\ntitle: A better case\n---\n');
    commit(repo);
    git(repo, 'checkout', '-q', 'main');
    write(repo, 'package.json', '{"name":"x"}\n');
    commit(repo);
    git(repo, 'checkout', '-q', 'pr');
    expect(guard(repo).status).toBe(0);
  });

  it('fails an edit outside content/, naming the file', () => {
    write(repo, 'package.json', '{"scripts":{"postinstall":"curl evil"}}\n');
    commit(repo);
    expect(guard(repo)).toMatchObject({ status: 1, lines: ['package.json is outside content/; a maintainer must review this change before it is merged'] });
  });

  it('fails a rename from .github/ into content/ (git mv .github/CODEOWNERS content/.gitkeep)', () => {
    git(repo, 'mv', '.github/CODEOWNERS', 'content/.gitkeep');
    commit(repo);
    // The control: the old guard's diff sees only the new path, inside content/.
    expect(git(repo, 'diff', '--name-only', 'main...HEAD').trim()).toBe('content/.gitkeep');
    const { status, lines } = guard(repo);
    expect(status).toBe(1);
    expect(lines).toEqual(['.github/CODEOWNERS is outside content/; a maintainer must review this change before it is merged']);
  });

  it('fails a rename of an entry out of content/', () => {
    mkdirSync(path.join(repo, 'src/pages'), { recursive: true });
    git(repo, 'mv', 'content/cases/egenvard-kol.md', 'src/pages/x.md');
    commit(repo);
    expect(guard(repo).lines).toEqual(['src/pages/x.md is outside content/; a maintainer must review this change before it is merged']);
  });

  it('fails a deletion outside content/', () => {
    git(repo, 'rm', '-q', '.github/CODEOWNERS');
    commit(repo);
    expect(guard(repo)).toMatchObject({ status: 1, lines: ['.github/CODEOWNERS is outside content/; a maintainer must review this change before it is merged'] });
  });

  it('fails a symbolic link in content/ (to a file outside, or to anything)', () => {
    symlinkSync('/etc/passwd', path.join(repo, 'content/cases/passwd.md'));
    symlinkSync('../../package.json', path.join(repo, 'content/cases/package.md'));
    commit(repo);
    const { status, lines } = guard(repo);
    expect(status).toBe(1);
    expect(lines).toEqual([
      'content/cases/package.md is a symbolic link; content/ may hold only plain files (a link could pull any file of the build machine into the site)',
      'content/cases/passwd.md is a symbolic link; content/ may hold only plain files (a link could pull any file of the build machine into the site)',
    ]);
  });

  it('fails an entry replaced by a symbolic link (a type change), and an executable file', () => {
    rmSync(path.join(repo, 'content/cases/egenvard-kol.md'));
    symlinkSync('/etc/hostname', path.join(repo, 'content/cases/egenvard-kol.md'));
    write(repo, 'content/cases/run.md', '#!/bin/sh\n');
    chmodSync(path.join(repo, 'content/cases/run.md'), 0o755);
    commit(repo);
    expect(guard(repo).lines).toEqual([
      'content/cases/egenvard-kol.md is a symbolic link; content/ may hold only plain files (a link could pull any file of the build machine into the site)',
      'content/cases/run.md is marked executable; content/ may hold only plain files',
    ]);
  });

  it('fails a change to a workflow or to the guard itself', () => {
    write(repo, '.github/workflows/check-contribution.yml', 'name: Nothing to see\n');
    write(repo, 'scripts/contribution-paths.sh', 'exit 0 # always pass\n');
    commit(repo);
    expect(guard(repo).lines).toEqual([
      '.github/workflows/check-contribution.yml is outside content/; a maintainer must review this change before it is merged',
      'scripts/contribution-paths.sh is outside content/; a maintainer must review this change before it is merged',
    ]);
  });

  it('takes a file name with a newline as outside content/ (fails closed), on one line that cannot start a command', () => {
    write(repo, 'content/cases/x\n::error::injected.md', 'x');
    commit(repo);
    const { status, lines } = guard(repo, '--github');
    expect(status).toBe(1);
    expect(lines).toEqual([
      '::warning file="content/cases/x\\n%3A%3Aerror%3A%3Ainjected.md",title=Maintainer review needed::"content/cases/x\\n::error::injected.md" is outside content/; a maintainer must review this change before it is merged',
    ]);
  });

  it('prints GitHub annotations with --github, escaping what would break them', () => {
    write(repo, 'docs/a,b:100%.md', 'x');
    commit(repo);
    expect(guard(repo, '--github').lines).toEqual([
      '::warning file=docs/a%2Cb%3A100%25.md,title=Maintainer review needed::docs/a,b:100%25.md is outside content/; a maintainer must review this change before it is merged',
    ]);
  });

  it('refuses to judge when the base cannot be found (exit 2, not a pass)', () => {
    const result = spawnSync('sh', [script, 'no-such-branch'], { cwd: repo, encoding: 'utf8' });
    expect(result.status).toBe(2);
  });
});
