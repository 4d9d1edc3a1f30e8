/**
 * References between entries: which fields are references is read from the schema (`ref()` in
 * src/schema/fields.ts describes them as "ref:<collection>"), so a new reference field is checked
 * without touching this file. Astro does not fail on a dangling reference; this check does.
 */
import type { z } from 'astro/zod';
import { collectionNames, collections, type CollectionName } from '../schema/collections.ts';
import { formatPath, type PathSegment } from './problem.ts';
import { referenceFields, valuesAt, type RefField } from './schema-walk.ts';

/** The ids that exist, per collection (from file names). */
export type KnownIds = Record<CollectionName, ReadonlySet<string>>;

export const referenceFieldsByCollection = Object.fromEntries(
  collectionNames.map((name) => [name, referenceFields(collections[name].schema as z.ZodType)]),
) as Record<CollectionName, RefField[]>;

export interface ReferenceProblem {
  kind: 'dangling' | 'itself';
  path: PathSegment[];
  value: string;
  target: CollectionName;
}

/** Every reference in an entry's data that points nowhere, or at the entry itself. */
export function findReferenceProblems(
  entry: { collection: CollectionName; id: string },
  data: unknown,
  ids: KnownIds,
): ReferenceProblem[] {
  const found: ReferenceProblem[] = [];
  for (const field of referenceFieldsByCollection[entry.collection]) {
    const target = field.collection as CollectionName;
    for (const { path, value } of valuesAt(data, field.path)) {
      if (typeof value !== 'string') continue;
      if (target === entry.collection && value === entry.id) found.push({ kind: 'itself', path, value, target });
      else if (!ids[target]?.has(value)) found.push({ kind: 'dangling', path, value, target });
    }
  }
  return found;
}

/** The concrete paths of an entry's reference fields, e.g. {"topics[0]", "funding[1].funder"}. */
export function referencePaths(collection: CollectionName, data: unknown): Set<string> {
  const paths = new Set<string>();
  for (const field of referenceFieldsByCollection[collection]) {
    for (const found of valuesAt(data, field.path)) paths.add(formatPath(found.path));
  }
  return paths;
}
