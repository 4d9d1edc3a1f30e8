/**
 * Which files under content/ are entries: the content check and the build must agree, so that no
 * file is published without being checked (issue 12, finding 2: content/cases/README.md with
 * valid frontmatter was skipped by the check and built as the entry `readme`).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
// The matcher Astro's glob() loader calls (node_modules/astro/dist/content/loaders/glob.js), with its options.
import { globSync } from 'tinyglobby';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, listEntryFiles } from '../../src/checks/check.ts';
import { collectionNames } from '../../src/schema/collections.ts';
import { NOT_ENTRIES, entryPatterns, isEntryFile } from '../../src/schema/entry-files.ts';
import { astroBuild, fixtureSite, fixtureText, repoRoot } from './helpers.ts';

const site = path.join(repoRoot, 'test/fixtures/entry-files-site');
const work = mkdtempSync(path.join(tmpdir(), 'nwtc-entry-files-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const caseText = fixtureText('content/cases/egenvard-kol.md');
const readmeTitle = 'A README that looks like a case';

/** Files that are not entries, in every shape a contributor (or an attacker) might try. */
const variants: Record<string, string> = {
  'content/cases/README.md': caseText.replace(/^title: .*$/m, `title: ${readmeTitle}`),
  'content/methods/README.md': fixtureText('content/methods/test-method.md'),
  'content/events/README.md': fixtureText('content/events/test-seminar.md'),
  'content/requirements/README.md': fixtureText('content/requirements/test-requirement.md'),
  'content/topics/README.md': '# About topics\n',
  'content/organisations/README.md': '---\nname: Not an organisation\n---\n',
  'content/cases/.gitkeep': '',
  'content/cases/README.mdx': caseText,
  'content/cases/_draft.md': caseText,
  'content/cases/.hidden.md': caseText,
  'content/cases/sub/nested.md': caseText,
  'content/cases/draft.markdown': caseText,
  'content/topics/extra.yml': fixtureText('content/topics/copd.yaml'),
  'content/topics/extra.json': '{}',
};
/** The only files the check may pass over in silence; the build must then not load them. */
const allowedSilently = ['content/cases/README.md', 'content/methods/README.md', 'content/events/README.md', 'content/requirements/README.md', 'content/topics/README.md', 'content/organisations/README.md', 'content/cases/.gitkeep'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((item) => item.isFile())
    .map((item) => path.join(item.parentPath, item.name));
}

/** Names to try in every collection folder: entries, near-entries and non-entries. */
const names = [
  'egenvard-kol.md', 'key-figures.mdx', 'copd.yaml', 'a.md', '0.yaml', 'a_b.md', 'a b.md', 'x.y.md', 'readme.md',
  'README.md', 'README.mdx', 'Readme.md', 'README.MD', 'README.yaml', 'README', 'x.MD', 'x.Mdx', 'x.YAML',
  '_draft.md', '_draft.yaml', '.hidden.md', '.hidden.yaml', '.gitkeep', '.md', '.yaml', 'md', 'x.markdown',
  'x.yml', 'x.json', 'x.txt', 'x.md.bak', 'x.md~', '-x.md', 'Æble.md', 'æble.md', 'codes.yaml',
  'sub/x.md', 'sub/x.yaml', 'sub/deeper/x.mdx', '_sub/x.md', '.sub/x.md',
];

describe('one definition of an entry (src/schema/entry-files.ts)', () => {
  const folder = mkdtempSync(path.join(work, 'names-'));
  for (const name of names) {
    mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    writeFileSync(path.join(folder, name), '');
  }

  it.each(collectionNames)("the loader's glob patterns and isEntryFile pick the same files in %s", (collection) => {
    const loaded = globSync(entryPatterns(collection), { cwd: folder, expandDirectories: false }).sort();
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded).toEqual(names.filter((name) => isEntryFile(collection, name)).sort());
  });

  it.each(collectionNames)('never loads README.md or .gitkeep, nor anything in a sub-folder, in %s', (collection) => {
    const loaded = globSync(entryPatterns(collection), { cwd: folder, expandDirectories: false });
    for (const name of NOT_ENTRIES) expect(loaded).not.toContain(name);
    expect(loaded.filter((name) => name.includes('/'))).toEqual([]);
  });
});

describe('the files the check reads are the files the build loads', { timeout: 180_000 }, () => {
  const root = fixtureSite(variants);
  const contentDir = path.join(root, 'content');
  const out = path.join(work, 'dist');
  const result = astroBuild(site, {
    COMMONS_CONTENT_DIR: contentDir,
    NWTC_FIXTURE_OUT: out,
    NWTC_FIXTURE_CACHE: path.join(work, 'cache'),
  }, 150_000);

  it('builds (the control: the loader did load the catalogue)', () => {
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    expect(JSON.parse(readFileSync(path.join(out, 'entries.json'), 'utf8'))).toContain('content/cases/egenvard-kol.md');
  });

  it("lists exactly the entries the build loaded (README.md, _draft, .hidden, sub-folders, other extensions included)", () => {
    const built = JSON.parse(readFileSync(path.join(out, 'entries.json'), 'utf8')) as string[];
    expect(built).toEqual(listEntryFiles(contentDir).sort());
  });

  it('does not turn a README.md with valid frontmatter into a page', () => {
    expect(existsSync(path.join(out, 'cases/readme'))).toBe(false);
    for (const file of filesUnder(out)) expect(readFileSync(file, 'utf8'), file).not.toContain(readmeTitle);
  });

  it('reports every other file it will not load, naming the file', () => {
    const reported = new Set(checkContent({ root }).problems.map((p) => p.file));
    const expected = Object.keys(variants).filter((file) => !allowedSilently.includes(file));
    expect([...reported].sort()).toEqual(expected.sort());
  });
});
