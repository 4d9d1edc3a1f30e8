/** The guides in three languages say the same things, and what they say is true of the repository. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { site } from '../../src/site.config.ts';
import { caseSectionHeadings, caseSections } from '../../src/schema/sections.ts';
import { allowedComponents } from '../../src/user-components/allowlist.ts';
import { repoRoot } from './helpers.ts';

const guides = { en: 'CONTRIBUTING.md', sv: 'CONTRIBUTING.sv.md', nb: 'CONTRIBUTING.nb.md' } as const;
const scripts = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

describe.each(Object.entries(guides))('%s: %s', (language, file) => {
  const text = readFileSync(join(repoRoot, file), 'utf8');

  it('links to the other two languages', () => {
    for (const other of Object.values(guides)) if (other !== file) expect(text).toContain(`(${other})`);
  });

  it('names only commands that exist', () => {
    for (const command of ['npm ci', 'npm run new', 'npm run check:content', 'npm start']) expect(text).toContain(command);
    for (const [, name] of text.matchAll(/npm run ([a-z:]+)/g)) expect(Object.keys(scripts), name).toContain(name);
  });

  it('explains proposing from the browser, the privacy rule, and both licences', () => {
    expect(text).toContain(`${site.url}/${language}/contribute/`);
    expect(text).toContain('Propose new file');
    expect(text).toMatch(/ehalsa@|ehelse@/);
    expect(text).toContain('CC BY 4.0');
    expect(text).toContain(site.contentLicence.url);
    expect(text).toContain(site.codeLicence);
    expect(text).toContain('(LICENSE)');
    expect(existsSync(join(repoRoot, 'LICENSE'))).toBe(true);
  });

  it('gives the case headings exactly as the content check knows them', () => {
    for (const lang of ['en', 'sv', 'nb'] as const) {
      const row = `| ${lang} | ${caseSections.map((section) => caseSectionHeadings[lang][section]).join(' | ')} |`;
      expect(text).toContain(row);
    }
  });

  it('says in plain words what an entry may contain: every allowed component, and what is refused', () => {
    for (const name of Object.keys(allowedComponents)) expect(text).toContain(`\`${name}\``);
    for (const refused of ['`import`', '`export`', '`<script>`', '`<iframe>`', '`<meta>`', '`javascript:`', '`on…=`']) expect(text).toContain(refused);
  });

  it('points to files that exist', () => {
    for (const [, path] of text.matchAll(/\]\(((?:\.github|templates|LICENSE)[^)#]*)\)/g)) {
      expect(existsSync(join(repoRoot, path!)), path).toBe(true);
    }
  });
});

describe('LICENSE', () => {
  it('is the MIT licence for the code and says where the content licence applies', () => {
    const text = readFileSync(join(repoRoot, 'LICENSE'), 'utf8');
    expect(text.startsWith('MIT License')).toBe(true);
    expect(text).toContain(site.contentLicence.url);
  });
});
