/** Small readers shared by the contribution tests: templates and frontmatter. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { collectionNames, type CollectionName } from '../../src/schema/collections.ts';
import { fileExtensionFor } from '../../src/contribute/scaffold.ts';

export const repoRoot = resolve(import.meta.dirname, '..', '..');

export function readTemplate(collection: CollectionName): string {
  return readFileSync(join(repoRoot, 'templates', `${collection}${fileExtensionFor(collection)}`), 'utf8');
}

/** The YAML of an entry: the frontmatter of a Markdown file, or the whole of a YAML file. */
export function yamlPart(text: string, collection: CollectionName): string {
  if (fileExtensionFor(collection) === '.yaml') return text;
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!match) throw new Error('no frontmatter');
  return match[1]!;
}

export function parseEntry(text: string, collection: CollectionName): unknown {
  return parseYaml(yamlPart(text, collection));
}

/** Every real entry in content/, with its collection. */
export function realEntries(): { collection: CollectionName; file: string; text: string }[] {
  const out: { collection: CollectionName; file: string; text: string }[] = [];
  for (const collection of collectionNames) {
    const folder = join(repoRoot, 'content', collection);
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    // content/requirements/codes.yaml is the ledger of requirement codes, not an entry.
    for (const name of names.filter((n) => /\.(md|mdx|yaml)$/.test(n) && !(collection === 'requirements' && n === 'codes.yaml'))) {
      out.push({ collection, file: `content/${collection}/${name}`, text: readFileSync(join(folder, name), 'utf8') });
    }
  }
  return out;
}
