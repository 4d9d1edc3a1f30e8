/**
 * JSON Schema for each collection, generated from the zod schemas in src/schema/collections.ts
 * (never written by hand). Published at /schema/<collection>.json and mapped in
 * .vscode/settings.json, so an editor can complete field names and vocabulary values.
 *
 * zod's `toJSONSchema` does most of the work; this module adds what a contributor's editor needs
 * and zod cannot know: a readable description on reference fields (zod only sees "ref:topics"),
 * the year-as-number form YAML gives an unquoted `2019`, and (optionally) the ids that exist today
 * as completion examples.
 */
import { z } from 'astro/zod';
import { collections, collectionNames, type CollectionName } from '../schema/collections.ts';
import { collectionFacts, everyLanguageCollections, isEveryLanguageCollection, newEntryExtension } from '../schema/collection-registry.ts';
import { PARTIAL_DATE_PATTERN } from '../schema/fields.ts';

/** A JSON Schema node; loosely typed because we only walk and annotate it. */
export type JsonSchema = { [key: string]: unknown };

export interface JsonSchemaOptions {
  /** Absolute base URL the schemas are published under, used for `$id` (e.g. https://…/schema/). */
  baseUrl?: string;
  /** Ids that exist per collection; added to reference fields as `examples` for completion. */
  knownIds?: Partial<Record<CollectionName, readonly string[]>>;
  /** Help text per top-level field (from the templates), shown by editors on hover. */
  descriptions?: Record<string, string>;
}

const REF_PREFIX = 'ref:';

/** Walks every node of a JSON Schema document. */
function visit(node: unknown, fn: (node: JsonSchema) => void): void {
  if (Array.isArray(node)) {
    for (const item of node) visit(item, fn);
    return;
  }
  if (node && typeof node === 'object') {
    fn(node as JsonSchema);
    for (const value of Object.values(node)) visit(value, fn);
  }
}

export function jsonSchemaFor(collection: CollectionName, options: JsonSchemaOptions = {}): JsonSchema {
  const schema = z.toJSONSchema(collections[collection].schema, {
    // Contributors write the input form (before defaults and transforms are applied).
    io: 'input',
    unrepresentable: 'any',
  }) as JsonSchema;

  const madeHere = new WeakSet<object>();
  visit(schema, (node) => {
    if (madeHere.has(node)) return;
    const description = node['description'];
    if (typeof description === 'string' && description.startsWith(REF_PREFIX)) {
      const target = description.slice(REF_PREFIX.length);
      node['description'] =
        `The id of an entry in content/${target}/: its file name without ${newEntryExtension(target as CollectionName)} ` +
        `(lower-case letters, digits and hyphens). The content check fails if no such file exists.`;
      const known = options.knownIds?.[target as CollectionName];
      if (known && known.length > 0) node['examples'] = [...known].sort();
    }
    // YAML reads an unquoted year (start: 2019) as a number; the schema accepts it, so must we.
    if (node['type'] === 'string' && node['pattern'] === PARTIAL_DATE_PATTERN.source) {
      const { type: _type, pattern, ...rest } = node;
      const asString = { type: 'string', pattern };
      madeHere.add(asString);
      for (const key of Object.keys(node)) delete node[key];
      Object.assign(node, rest, {
        description: 'A date that may be partly known: 2019, 2019-05, 2019-05-02, or --01-25 when the year is not known.',
        anyOf: [asString, { type: 'integer', minimum: 1000, maximum: 9999 }],
      });
    }
  });

  const properties = schema['properties'] as Record<string, JsonSchema> | undefined;
  if (properties && options.descriptions) {
    for (const [field, text] of Object.entries(options.descriptions)) {
      const property = properties[field];
      if (!property) continue;
      const existing = typeof property['description'] === 'string' ? `\n\n${property['description']}` : '';
      property['description'] = `${text}${existing}`;
    }
  }

  return {
    $schema: schema['$schema'],
    ...(options.baseUrl ? { $id: new URL(`${collection}.json`, options.baseUrl).href } : {}),
    title: collectionFacts[collection].title,
    description:
      isEveryLanguageCollection(collection)
        ? `A file in content/${collection}/ (YAML). Field names are case-sensitive.`
        : `The frontmatter of a file in content/${collection}/ (Markdown). Field names are case-sensitive.`,
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}

/** The index at /schema/index.json: one line per collection with where its schema lives. */
export function jsonSchemaIndex(baseUrl: string) {
  return {
    description: 'JSON Schema for each collection of the catalogue, generated from the content model.',
    schemas: collectionNames.map((collection) => ({
      collection,
      title: collectionFacts[collection].title,
      folder: `content/${collection}/`,
      fileType: isEveryLanguageCollection(collection) ? 'yaml' : 'markdown-frontmatter',
      url: new URL(`${collection}.json`, baseUrl).href,
    })),
  };
}

/** The YAML collections, whose files the YAML extension validates with a schema from .vscode/schemas/. */
export const vscodeSchemaCollections = everyLanguageCollections;

/** The exact text of .vscode/schemas/<collection>.schema.json (stable: no ids of today's entries). */
export function vscodeSchemaText(collection: CollectionName, descriptions: Record<string, string>): string {
  return `${JSON.stringify(jsonSchemaFor(collection, { descriptions }), null, 2)}\n`;
}
