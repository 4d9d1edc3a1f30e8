import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vscodeSchemaCollections, vscodeSchemaText } from '../../src/outputs/json-schema.ts';
import { fieldHelpFromTemplate } from '../../src/contribute/scaffold.ts';
import { readTemplate, repoRoot } from './helpers.ts';

/** VS Code's settings files are JSON with comments. */
function readJsonc(file: string): Record<string, unknown> {
  const text = readFileSync(join(repoRoot, file), 'utf8').replace(/^\s*\/\/.*$/gm, '');
  return JSON.parse(text) as Record<string, unknown>;
}

describe('.vscode', () => {
  it.each(vscodeSchemaCollections)('.vscode/schemas/%s.schema.json is what the zod schema generates today', (collection) => {
    const committed = readFileSync(join(repoRoot, '.vscode', 'schemas', `${collection}.schema.json`), 'utf8');
    const generated = vscodeSchemaText(collection, fieldHelpFromTemplate(readTemplate(collection)));
    expect(committed, 'out of date: run node scripts/write-json-schemas.ts').toBe(generated);
  });

  it('maps each YAML collection folder to its schema, and turns on Astro content intellisense', () => {
    const settings = readJsonc('.vscode/settings.json');
    const schemas = settings['yaml.schemas'] as Record<string, string[]>;
    for (const collection of vscodeSchemaCollections) {
      const path = `./.vscode/schemas/${collection}.schema.json`;
      expect(schemas[path]).toEqual([`content/${collection}/*.yaml`]);
      expect(existsSync(join(repoRoot, path))).toBe(true);
    }
    expect(settings['astro.content-intellisense']).toBe(true);
    const astroConfig = readFileSync(join(repoRoot, 'astro.config.mjs'), 'utf8');
    expect(astroConfig).toMatch(/contentIntellisense:\s*true/);
  });

  it('recommends the extensions the settings are for', () => {
    const { recommendations } = readJsonc('.vscode/extensions.json') as { recommendations: string[] };
    expect(recommendations).toEqual(expect.arrayContaining(['astro-build.astro-vscode', 'redhat.vscode-yaml']));
  });

  it('.editorconfig keeps UTF-8 and LF everywhere', () => {
    const text = readFileSync(join(repoRoot, '.editorconfig'), 'utf8');
    expect(text).toMatch(/^root = true$/m);
    expect(text).toMatch(/^charset = utf-8$/m);
    expect(text).toMatch(/^end_of_line = lf$/m);
  });
});
