/**
 * Safety and drift checks for .github/: every YAML file parses; no workflow that a pull request
 * can trigger gets a write token or a secret; the contribution workflow runs the content check
 * with annotations; issue forms offer exactly the vocabulary; links follow site.config.ts.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { site } from '../../src/site.config.ts';
import { countries, outcomes, stages, stopReasons } from '../../src/schema/vocabulary.ts';
import { repoRoot } from './helpers.ts';

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const githubDir = join(repoRoot, '.github');
/** "CC-BY-4.0" (the SPDX id in site.config.ts) as people write it: "CC BY 4.0". */
const licenceName = site.contentLicence.id.replace(/^CC-/, 'CC ').replace(/-(?=\d)/, ' ').replace(/-/g, ' ');
const yamlFiles = filesUnder(githubDir).filter((file) => /\.ya?ml$/.test(file));
const load = (file: string) => parseYaml(readFileSync(file, 'utf8')) as Record<string, unknown>;
const workflows = yamlFiles.filter((file) => file.includes(`${join('.github', 'workflows')}`));

type Permissions = string | Record<string, string> | undefined;

function triggers(workflow: Record<string, unknown>): string[] {
  const on = workflow['on'];
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on as string[];
  return Object.keys(on ?? {});
}

function isReadOnly(permissions: Permissions): boolean {
  if (permissions === undefined) return false; // the default token may be read-write: say it explicitly
  if (typeof permissions === 'string') return permissions === 'read-all' || permissions === '{}';
  return Object.values(permissions).every((level) => level === 'read' || level === 'none');
}

describe('.github YAML', () => {
  it('has the expected files', () => {
    const names = yamlFiles.map((file) => relative(githubDir, file).split('\\').join('/'));
    expect(names).toEqual(
      expect.arrayContaining([
        'workflows/check-contribution.yml',
        'ISSUE_TEMPLATE/propose-a-case.yml',
        'ISSUE_TEMPLATE/report-outdated.yml',
        'ISSUE_TEMPLATE/config.yml',
      ]),
    );
  });

  it.each(yamlFiles.map((file) => [relative(repoRoot, file), file]))('%s parses', (_name, file) => {
    expect(() => load(file)).not.toThrow();
    expect(load(file)).toBeTypeOf('object');
  });
});

describe('the pull-request workflow runs the same gates as npm test', () => {
  it('has a step for every part of `npm test`: content check, type check, lint, knip, build, the test suite', () => {
    const scripts = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    const parts = scripts.test!.split('&&').map((part) => part.trim());
    const workflow = load(join(githubDir, 'workflows', 'check-contribution.yml'));
    const steps = Object.values(workflow['jobs'] as Record<string, { steps?: { run?: string }[] }>).flatMap((job) => job.steps ?? []);
    const runs = steps.map((step) => step.run ?? '').join('\n');
    // `npm run x` in npm test may appear as itself or as the command it runs.
    const commandOf = (part: string) => {
      const script = /^npm run ([\w:-]+)$/.exec(part)?.[1];
      return script ? [part, scripts[script]!] : [part];
    };
    const missing = parts.filter((part) => !commandOf(part).some((command) => runs.includes(command) || runs.includes(command.replace(/^node /, 'node '))));
    expect(parts).toEqual(expect.arrayContaining(['npm run typecheck', 'npm run lint', 'npm run knip', 'npm run build']));
    expect(missing).toEqual([]);
  });
});

describe.each(workflows.map((file) => [relative(repoRoot, file), file]))('%s', (_name, file) => {
  const workflow = load(file);
  const text = readFileSync(file, 'utf8');
  const on = triggers(workflow);
  const jobs = Object.values(workflow['jobs'] as Record<string, Record<string, unknown>>);

  it('never runs on pull_request_target or workflow_run (which would hand a fork write access)', () => {
    expect(on).not.toContain('pull_request_target');
    expect(on).not.toContain('workflow_run');
    const code = text.split('\n').filter((line) => !/^\s*#/.test(line)).join('\n');
    expect(code).not.toMatch(/pull_request_target/);
  });

  it('gives the workflow-wide token read-only permissions', () => {
    expect(isReadOnly(workflow['permissions'] as Permissions)).toBe(true);
  });

  it('uses no secrets when a pull request can trigger it', () => {
    if (!on.includes('pull_request')) return;
    expect(text).not.toMatch(/secrets\./);
    for (const job of jobs) {
      if (job['permissions'] !== undefined) expect(isReadOnly(job['permissions'] as Permissions)).toBe(true);
    }
  });

  it('pins every action to a full commit SHA, with its version in a comment (a tag can be moved)', () => {
    const uses = text.split('\n').filter((line) => /^\s*(-\s+)?uses:/.test(line));
    expect(uses.length).toBeGreaterThan(0);
    for (const line of uses) expect(line).toMatch(/^\s*(-\s+)?uses:\s+[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+(\.\d+)*\s*$/);
  });

  it('never puts text a contributor controls into a shell command', () => {
    expect(text).not.toMatch(/\$\{\{\s*github\.(head_ref|event\.pull_request\.(title|body|head\.ref|head\.label))/);
    expect(text).not.toMatch(/\$\{\{\s*github\.event\.(issue|comment|review)/);
  });
});

describe('workflows/check-contribution.yml', () => {
  const file = join(githubDir, 'workflows', 'check-contribution.yml');
  const workflow = load(file);
  const jobs = workflow['jobs'] as Record<string, { steps: ({ run?: string; uses?: string } & Record<string, unknown>)[] }>;
  const steps = Object.values(jobs).flatMap((job) => job.steps);
  const runs = steps.map((step) => step.run ?? '').join('\n');

  it('runs on pull_request with a read-only token', () => {
    expect(triggers(workflow)).toEqual(['pull_request']);
    expect(workflow['permissions']).toEqual({ contents: 'read' });
  });

  it('installs Node 24 with actions/setup-node and exactly the lockfile with npm ci', () => {
    const setup = steps.find((step) => (step.uses ?? '').startsWith('actions/setup-node@'));
    expect((setup?.['with'] as Record<string, unknown>)['node-version']).toBe(24);
    expect(runs).toMatch(/npm ci\b/);
    expect(runs).not.toMatch(/npm install/);
  });

  it('reports content problems as annotations, then builds and tests', () => {
    expect(runs).toContain('node scripts/check-content.ts --format github');
    expect(runs).toContain('npm run build');
    expect(runs).toMatch(/vitest run/);
    expect(runs).toContain('::error file=${file},line=${line}');
  });

  it('flags files outside content/ for a maintainer, and fails so it cannot be merged unnoticed', () => {
    // scripts/contribution-paths.sh prints the ::warning annotations (tested in contribution-paths.test.ts).
    expect(runs).toContain('sh "$guard" "$BASE_SHA" HEAD --github');
    expect(runs).toMatch(/exit 1\s*$/);
  });

  it("judges the pull request with the base branch's guard, which a pull request cannot change", () => {
    expect(runs).toContain('git show "$BASE_SHA:scripts/contribution-paths.sh" > "$guard"');
    expect(runs).not.toMatch(/(^|\s)(sh|bash|\.\/)\s*scripts\/contribution-paths/m);
    // The old guard, `git diff --name-only`, reported a rename by its new path only.
    expect(runs).not.toMatch(/git diff/);
    const guard = readFileSync(join(repoRoot, 'scripts', 'contribution-paths.sh'), 'utf8');
    expect(guard).toMatch(/git .*diff --raw --no-renames/);
  });

  it('does not keep the checkout token around', () => {
    for (const step of steps.filter((s) => (s.uses ?? '').startsWith('actions/checkout@'))) {
      expect((step['with'] as Record<string, unknown>)['persist-credentials']).toBe(false);
    }
  });
});

describe('what maintainers must set (README.md)', () => {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const jobs = load(join(githubDir, 'workflows', 'check-contribution.yml'))['jobs'] as Record<string, { name: string }>;
  const codeowners = readFileSync(join(githubDir, 'CODEOWNERS'), 'utf8');

  it('names the required check and the signal exactly as the workflow names its jobs', () => {
    expect(readme).toContain(`with the check\n   **${jobs['content']!.name}**`);
    expect(readme).toContain(`**${jobs['outside-content']!.name}** stays *not* required`);
  });

  it('asks for Code Owners review, no bypass, fresh approval after a push, and no auto-merge', () => {
    for (const setting of ['Require review from Code Owners', 'Do not allow bypassing the above settings', 'Require approval of the most recent reviewable push', 'Allow auto-merge* off']) {
      expect(readme.replace(/\s+/g, ' ')).toContain(setting);
    }
  });

  it('gives .github/ and scripts/ (the guard) to the maintainers alone in CODEOWNERS', () => {
    expect(codeowners).toMatch(/^\/\.github\/\s+@[\w-]+\/maintainers\s*$/m);
    expect(codeowners).toMatch(/^\/scripts\/\s+@[\w-]+\/maintainers\s*$/m);
  });
});

describe('issue forms', () => {
  const form = load(join(githubDir, 'ISSUE_TEMPLATE', 'propose-a-case.yml'));
  const body = form['body'] as { type: string; id?: string; attributes: { options?: unknown[] } }[];
  const options = (id: string) => body.find((field) => field.id === id)?.attributes.options;

  it('offer exactly the vocabulary of src/schema/vocabulary.ts', () => {
    expect(options('countries')).toEqual([...countries]);
    expect(options('stage')).toEqual([...stages]);
    expect(options('outcome')).toEqual([...outcomes]);
    expect(options('stopReason')).toEqual([...stopReasons]);
  });

  it('ask for lessons learned, and for consent to the privacy rule and the licence', () => {
    expect(body.find((field) => field.id === 'lessons')).toBeDefined();
    const consent = JSON.stringify(body.find((field) => field.id === 'consent'));
    expect(consent).toContain('role');
    expect(consent).toContain(licenceName);
  });

  it('report-outdated has a `page` field, which the "Report outdated information" link fills in', () => {
    const outdated = load(join(githubDir, 'ISSUE_TEMPLATE', 'report-outdated.yml'));
    expect((outdated['body'] as { id?: string }[]).some((field) => field.id === 'page')).toBe(true);
  });

  it('link to this site and repository (site.config.ts)', () => {
    const config = load(join(githubDir, 'ISSUE_TEMPLATE', 'config.yml'));
    const urls = (config['contact_links'] as { url: string }[]).map((link) => link.url);
    expect(urls.some((url) => url.startsWith(site.url))).toBe(true);
    expect(urls.some((url) => url.startsWith(`${site.repository}/blob/${site.branch}/`))).toBe(true);
  });
});

describe('PULL_REQUEST_TEMPLATE.md', () => {
  const text = readFileSync(join(githubDir, 'PULL_REQUEST_TEMPLATE.md'), 'utf8');
  it('is short, and states the privacy rule and the licence', () => {
    expect(text.split('\n').length).toBeLessThan(30);
    expect(text).toContain('role');
    expect(text).toContain(licenceName);
  });
});
