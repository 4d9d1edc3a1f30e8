/**
 * Writes the JSON Schema of the YAML collections (topics, organisations) to .vscode/schemas/, where
 * .vscode/settings.json maps them for the YAML extension. Generated from the zod schemas and the
 * templates' help text (src/outputs/json-schema.ts); a unit test fails when the files are out of date.
 *
 *   node scripts/write-json-schemas.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { vscodeSchemaCollections, vscodeSchemaText } from '../src/outputs/json-schema.ts';
import { fieldHelpFromTemplate } from '../src/contribute/scaffold.ts';

const root = resolve(import.meta.dirname, '..');
for (const collection of vscodeSchemaCollections) {
  const help = fieldHelpFromTemplate(readFileSync(join(root, 'templates', `${collection}.yaml`), 'utf8'));
  const file = join(root, '.vscode', 'schemas', `${collection}.schema.json`);
  writeFileSync(file, vscodeSchemaText(collection, help));
  console.log(`Wrote ${file}`);
}
