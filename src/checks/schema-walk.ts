/**
 * Reading the zod schemas as data: which fields an object has, which values an enum allows, and
 * which fields are references (`ref()` in src/schema/fields.ts describes them as "ref:<collection>").
 * Deriving these from the schema keeps the checks in step with the content model automatically.
 */
import type { z } from 'astro/zod';
import type { PathSegment } from './problem.ts';

/** The minimal view of zod 4's internal definition that the walk needs. */
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

/** Strips optional/default/… wrappers and preprocess pipes down to the schema that does the work. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let i = 0; i < 20; i++) {
    const def = defOf(current);
    if (WRAPPERS.has(def.type) && def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in && def.out) current = defOf(def.in).type === 'transform' ? def.out : def.in;
    else break;
  }
  return current;
}

/** The schema of the value at `path`, or undefined when the path leaves the schema. */
export function schemaAt(schema: z.ZodType, path: readonly PathSegment[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const segment of path) {
    if (!current) return undefined;
    const def = defOf(unwrap(current));
    if (def.type === 'object' && typeof segment === 'string') current = def.shape?.[segment];
    else if (def.type === 'array' && typeof segment === 'number') current = def.element;
    else return undefined;
  }
  return current;
}

export function fieldNames(schema: z.ZodType): string[] {
  const def = defOf(unwrap(schema));
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

export function enumValues(schema: z.ZodType): string[] | undefined {
  const def = defOf(unwrap(schema));
  return def.type === 'enum' && def.entries ? Object.values(def.entries).map(String) : undefined;
}

export function typeName(schema: z.ZodType): string {
  return defOf(unwrap(schema)).type;
}

function refCollection(schema: z.ZodType): string | undefined {
  const description = (schema as { description?: string }).description;
  return description?.startsWith('ref:') ? description.slice(4) : undefined;
}

export interface RefField {
  /** Path with '*' for "every item of a list", e.g. ['funding', '*', 'funder']. */
  path: string[];
  collection: string;
}

/** Every reference field in a schema, found by walking it once. */
export function referenceFields(schema: z.ZodType): RefField[] {
  const found: RefField[] = [];
  const walk = (node: z.ZodType, path: string[], depth: number) => {
    if (depth > 30) return;
    const collection = refCollection(node);
    if (collection) {
      found.push({ path, collection });
      return;
    }
    const def = defOf(node);
    if (WRAPPERS.has(def.type) && def.innerType) walk(def.innerType, path, depth + 1);
    else if (def.type === 'pipe') {
      if (def.in) walk(def.in, path, depth + 1);
      if (def.out) walk(def.out, path, depth + 1);
    } else if (def.type === 'object' && def.shape) {
      for (const [key, child] of Object.entries(def.shape)) walk(child, [...path, key], depth + 1);
    } else if (def.type === 'array' && def.element) walk(def.element, [...path, '*'], depth + 1);
    else if (def.type === 'union' && def.options) for (const option of def.options) walk(option, path, depth + 1);
  };
  walk(schema, [], 0);
  const seen = new Set<string>();
  return found.filter((field) => {
    const key = field.path.join('.');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Expands a RefField's path ('*' for every item of a list) against data: every concrete path and the value found there. */
export function valuesAt(data: unknown, path: readonly string[]): { path: PathSegment[]; value: unknown }[] {
  let frontier: { path: PathSegment[]; value: unknown }[] = [{ path: [], value: data }];
  for (const segment of path) {
    const next: typeof frontier = [];
    for (const { path: at, value } of frontier) {
      if (segment === '*') {
        if (Array.isArray(value)) value.forEach((item, i) => next.push({ path: [...at, i], value: item }));
      } else if (value && typeof value === 'object' && !Array.isArray(value) && segment in value) {
        next.push({ path: [...at, segment], value: (value as Record<string, unknown>)[segment] });
      }
    }
    frontier = next;
  }
  return frontier;
}

export function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}
