/**
 * `npm run new` as a script would use it: flags, no terminal. Each entry it writes must pass the
 * same content check a pull request runs (scripts/check-content.ts), in a copy of content/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collections } from '../../src/schema/collections.ts';
import { parseEntry, repoRoot } from './helpers.ts';

let root: string;

function run(script: string, args: string[]) {
  // process.execPath is the Node that runs vitest (the project's Node 24, via npm scripts).
  const result = spawnSync(process.execPath, [join(repoRoot, 'scripts', script), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    input: '', // stdin is not a terminal: the scaffolder must not ask anything
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const newEntry = (...args: string[]) => run('new-entry.ts', ['--root', root, ...args]);
const checkContent = () => run('check-content.ts', ['--root', root]);

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'commons-new-'));
  cpSync(join(repoRoot, 'content'), join(root, 'content'), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run new (flags, no terminal)', () => {
  it('writes a case that passes the content check, with today as lastVerified', () => {
    const result = newEntry(
      '--collection', 'cases',
      '--title', 'Digital egenvård vid KOL i Norrbotten',
      '--language', 'sv',
      '--country', 'SE',
      '--topics', 'copd,self-care',
      '--organisation', 'region-norrbotten',
      '--yes',
    );
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const file = join(root, 'content/cases/digital-egenvard-vid-kol-i-norrbotten.md');
    expect(result.out).toContain('content/cases/digital-egenvard-vid-kol-i-norrbotten.md');
    const text = readFileSync(file, 'utf8');
    const data = parseEntry(text, 'cases') as Record<string, unknown>;
    expect(data).toMatchObject({ language: 'sv', countries: ['SE'], topics: ['copd', 'self-care'], organisations: ['region-norrbotten'], lastVerified: today() });
    expect(collections.cases.schema.safeParse(data).success).toBe(true);
    expect(text).toContain('## Lärdomar');
    const check = checkContent();
    expect(check.out + check.err).not.toContain('digital-egenvard-vid-kol-i-norrbotten');
    expect(check.code, check.out).toBe(0);
  });

  it('writes a valid entry in every other collection', () => {
    const common = ['--title', 'Trygghetslarm i Luleå', '--language', 'sv', '--country', 'SE', '--yes'];
    expect(newEntry('--collection', 'methods', ...common, '--topics', 'implementation').code).toBe(0);
    expect(newEntry('--collection', 'events', ...common, '--organisation', 'region-norrbotten').code).toBe(0);
    expect(newEntry('--collection', 'requirements', ...common).code).toBe(0);
    expect(newEntry('--collection', 'topics', '--title', 'Telecare alarms', '--yes').code).toBe(0);
    expect(newEntry('--collection', 'organisations', '--title', 'Exempelby kommun', '--country', 'SE', '--yes').code).toBe(0);
    for (const file of ['methods/trygghetslarm-i-lulea.md', 'events/trygghetslarm-i-lulea.md', 'requirements/trygghetslarm-i-lulea.md', 'topics/telecare-alarms.yaml', 'organisations/exempelby-kommun.yaml']) {
      expect(existsSync(join(root, 'content', file)), file).toBe(true);
    }
    const check = checkContent();
    expect(check.code, check.out).toBe(0);
  });

  it('never overwrites: refuses, names the existing file and suggests a free name', () => {
    const file = join(root, 'content/cases/digital-egenvard-vid-kol-i-norrbotten.md');
    writeFileSync(file, readFileSync(file, 'utf8') + '\nMy own text.\n');
    const before = readFileSync(file, 'utf8');
    const result = newEntry('--collection', 'cases', '--title', 'Digital egenvård vid KOL i Norrbotten', '--language', 'sv', '--country', 'SE', '--topics', 'copd', '--organisation', 'region-norrbotten', '--yes');
    expect(result.code).toBe(1);
    expect(result.err).toContain('content/cases/digital-egenvard-vid-kol-i-norrbotten.md already exists');
    expect(result.err).toContain('--id digital-egenvard-vid-kol-i-norrbotten-2');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('explains what is missing or wrong, with the allowed values or the closest id', () => {
    const missing = newEntry('--collection', 'cases', '--title', 'Hemmonitorering av KOL-patienter', '--language', 'sv', '--country', 'SE', '--organisation', 'region-norrbotten');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/--topics is missing for a case\. Suggested from the title: .*remote-patient-monitoring/);
    expect(missing.err).toMatch(/Suggested from the title: .*copd/);

    const typo = newEntry('--collection', 'cases', '--title', 'X y z', '--language', 'sv', '--country', 'SE', '--topics', 'selfcare', '--organisation', 'region-norrbotten');
    expect(typo.err).toContain("Topic 'selfcare' does not exist in content/topics/. Did you mean 'self-care'?");

    const language = newEntry('--collection', 'cases', '--title', 'X y z', '--language', 'SV');
    expect(language.err).toContain("--language 'SV' is not allowed. Did you mean 'sv'? Allowed: en, sv, nb, da, fi, is.");

    const collection = newEntry('--title', 'X y z');
    expect(collection.err).toContain('--collection is missing. Allowed: cases, methods, topics, organisations, events, requirements.');
  });

  it('refuses an id that is not a valid file name', () => {
    const result = newEntry('--collection', 'topics', '--title', 'Telecare', '--id', 'Telecare Alarms', '--yes');
    expect(result.code).toBe(1);
    expect(result.err).toContain("--id 'Telecare Alarms' is not a valid file name");
    expect(result.err).toContain('telecare-alarms');
  });
});
