/**
 * References between entries: which fields are references is read from the schema (`ref()` in
 * src/schema/fields.ts describes them as "ref:<collection>"), so a new reference field is checked
 * without touching this file. Astro does not fail on a dangling reference; this check does.
 */
import type { z } from 'astro/zod';
import { collectionNames, collections, type CollectionName } from '../schema/collections.ts';
import { input as sayRef } from './messages.ts';
import { formatPath, type PathSegment, type Problem } from './problem.ts';
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

/** A reference to an entry of the same collection (translationOf, broader, parent), with its line. */
export interface SelfReference {
  path: PathSegment[];
  /** The field as declared, e.g. "translationOf". */
  field: string;
  value: string;
  line: number;
}

/** The references of an entry to entries of its own collection; lines are filled in by the caller. */
export function selfReferences(entry: { collection: CollectionName }, data: unknown): Omit<SelfReference, 'line'>[] {
  return referenceFieldsByCollection[entry.collection]
    .filter((field) => field.collection === entry.collection)
    .flatMap((field) =>
      valuesAt(data, field.path).flatMap(({ path, value }) => (typeof value === 'string' ? [{ path, field: field.path.join('.'), value }] : [])),
    );
}

/**
 * Loops of references within a collection (A is a translation of B and B of A; a topic broader
 * than itself through others). Each entry on a loop is named, at the reference that leads into it,
 * with the loop spelled out; an entry that merely leads into a loop is not.
 */
export function findReferenceCycles(
  reports: readonly { file: string; collection: CollectionName; selfReferences?: readonly SelfReference[] }[],
): Problem[] {
  const idOf = (file: string) => file.slice(file.lastIndexOf('/') + 1, file.lastIndexOf('.'));
  // One graph per collection and field: id → the ids it points at.
  const graphs = new Map<string, Map<string, string[]>>();
  for (const report of reports) {
    for (const ref of report.selfReferences ?? []) {
      const key = `${report.collection}\0${ref.field}`;
      const graph = graphs.get(key) ?? new Map<string, string[]>();
      graphs.set(key, graph);
      graph.set(idOf(report.file), [...(graph.get(idOf(report.file)) ?? []), ref.value]);
    }
  }
  const problems: Problem[] = [];
  for (const report of reports) {
    for (const ref of report.selfReferences ?? []) {
      const graph = graphs.get(`${report.collection}\0${ref.field}`)!;
      const start = idOf(report.file);
      // Pointing at itself is its own rule (findReferenceProblems).
      if (ref.value === start) continue;
      // Breadth first from the target, remembering the way back, until the start is reached.
      const cameFrom = new Map<string, string>([[ref.value, start]]);
      const queue = [ref.value];
      for (let i = 0; i < queue.length && !cameFrom.has(`\0${start}`); i++) {
        const at = queue[i]!;
        for (const next of graph.get(at) ?? []) {
          if (next === start) cameFrom.set(`\0${start}`, at);
          else if (!cameFrom.has(next)) {
            cameFrom.set(next, at);
            queue.push(next);
          }
        }
      }
      const last = cameFrom.get(`\0${start}`);
      if (last === undefined) continue;
      const chain = [start];
      for (let at: string | undefined = last; at !== undefined && at !== start; at = cameFrom.get(at)) chain.splice(1, 0, at);
      chain.push(start);
      problems.push({ file: report.file, line: ref.line, field: formatPath(ref.path), message: sayRef.cycle(ref.field, chain) });
    }
  }
  return problems;
}
