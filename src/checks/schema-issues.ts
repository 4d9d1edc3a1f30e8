/**
 * Turns zod's issues into messages a contributor understands: the field, the bad value, and what
 * is allowed (the list, or the closest match). Messages the schema itself writes ("expected a date
 * such as 2019, …") are kept; zod's generic ones ("Invalid input") are replaced.
 */
import type { z } from 'astro/zod';
import { expected, fields as say } from './messages.ts';
import { formatPath, type PathSegment, type Problem } from './problem.ts';
import { enumValues, fieldNames, schemaAt, typeName, valueAt } from './schema-walk.ts';
import { closest } from './suggest.ts';
import { vocabularyCandidates } from './vocabulary-labels.ts';

type Issue = z.core.$ZodIssue;

const GENERIC_MESSAGE = /^(Invalid|Too (small|big)|Unrecognized|Expected)/;

function ownMessage(issue: Issue): string | undefined {
  return issue.message && !GENERIC_MESSAGE.test(issue.message) ? issue.message : undefined;
}

/** What a field expects, from its schema, for "missing" and "wrong type" messages. */
function expectation(schema: z.ZodType | undefined, fallback: string | undefined): string {
  if (fallback) return fallback;
  if (!schema) return expected.generic;
  const values = enumValues(schema);
  if (values) return expected.oneOf(values);
  switch (typeName(schema)) {
    case 'string':
      return expected.text;
    case 'number':
      return expected.number;
    case 'int':
      return expected.wholeNumber;
    case 'boolean':
      return expected.boolean;
    case 'array':
      return expected.list;
    case 'object':
      return expected.group;
    default:
      return expected.generic;
  }
}

export interface IssueContext {
  file: string;
  schema: z.ZodType;
  data: unknown;
  lineOf: (path: readonly PathSegment[]) => number;
  /** Concrete paths of reference fields; their format errors are reported by the reference check. */
  isReference(path: readonly PathSegment[]): boolean;
}

export function problemsFromIssues(issues: readonly Issue[], context: IssueContext): Problem[] {
  const problems: Problem[] = [];
  const { file, schema, data, lineOf } = context;
  const add = (path: readonly PathSegment[], message: string) =>
    problems.push({ file, line: lineOf(path), field: formatPath(path) || 'frontmatter', message });
  // A field missing because it was misspelt ("Title", "fundr") is reported once, as the unknown
  // field with "did you mean `title`?", not a second time as missing.
  const hasCaseVariant = (path: readonly PathSegment[]) => {
    const last = path[path.length - 1];
    const parentPath = path.slice(0, -1);
    const parent = valueAt(data, parentPath);
    if (typeof last !== 'string' || !parent || typeof parent !== 'object' || last in parent) return false;
    const allowed = fieldNames(schemaAt(schema, parentPath) ?? schema);
    return Object.keys(parent).some(
      (key) => !allowed.includes(key) && (key.toLowerCase() === last.toLowerCase() || closest(key, allowed) === last),
    );
  };

  // zod may add a length issue after a type issue on the same value; the type is what to fix.
  const wrongTypeAt = new Set<string>();
  for (const issue of issues) {
    const path = issue.path.filter((p): p is PathSegment => typeof p === 'string' || typeof p === 'number');
    const key = formatPath(path);
    if (wrongTypeAt.has(key)) continue;
    if (issue.code === 'invalid_type') wrongTypeAt.add(key);
    const value = valueAt(data, path);
    const fieldSchema = schemaAt(schema, path);
    switch (issue.code) {
      case 'unrecognized_keys': {
        const allowed = fieldNames(schemaAt(schema, path) ?? schema);
        for (const key of issue.keys) {
          const sameLetters = allowed.find((name) => name.toLowerCase() === key.toLowerCase());
          const suggestion = sameLetters ?? closest(key, allowed);
          add([...path, key], say.unknownField(key, allowed, suggestion, sameLetters !== undefined));
        }
        break;
      }
      case 'invalid_type': {
        if (context.isReference(path) && typeof value === 'string') break;
        const want = expectation(fieldSchema, ownMessage(issue));
        if (value === undefined && hasCaseVariant(path)) break;
        if (value === undefined) add(path, say.missing(String(path[path.length - 1] ?? 'frontmatter'), want));
        else if (issue.expected === 'int' || (issue.expected === 'number' && typeof value === 'number'))
          add(path, say.notAWholeNumber(value));
        else add(path, say.wrongType(value, want));
        break;
      }
      case 'invalid_value': {
        if (value === undefined) {
          if (hasCaseVariant(path)) break;
          add(path, say.missing(String(path[path.length - 1]), expectation(fieldSchema, undefined)));
          break;
        }
        const allowed = issue.values.map(String);
        const suggestion =
          typeof value === 'string' ? (closest(value, allowed) ?? closest(value, vocabularyCandidates(allowed))) : undefined;
        add(path, say.notAllowed(value, allowed, suggestion));
        break;
      }
      case 'too_small': {
        const minimum = Number(issue.minimum);
        const own = ownMessage(issue);
        if (Array.isArray(value)) add(path, own ? `${say.tooFewItems(value.length, minimum).split(';')[0]}; ${own}` : say.tooFewItems(value.length, minimum));
        else if (typeof value === 'string') add(path, own ? `${say.tooShort(value, minimum).split(';')[0]}; ${own}` : say.tooShort(value, minimum));
        else add(path, say.tooLow(value, minimum, issue.inclusive ?? true));
        break;
      }
      case 'too_big': {
        const maximum = Number(issue.maximum);
        const own = ownMessage(issue);
        if (Array.isArray(value)) add(path, say.tooManyItems(value.length, maximum));
        else if (typeof value === 'string') add(path, own ? `${say.tooLong(value.length, maximum).split(';')[0]}; ${own}` : say.tooLong(value.length, maximum));
        else add(path, say.tooHigh(value, maximum, issue.inclusive ?? true));
        break;
      }
      case 'invalid_format': {
        if (context.isReference(path)) break;
        add(path, say.badFormat(value, ownMessage(issue) ?? `expected ${issue.format === 'regex' ? 'a value in the documented form' : `a valid ${issue.format}`}`));
        break;
      }
      case 'not_multiple_of':
        add(path, say.notAWholeNumber(value));
        break;
      case 'custom':
        add(path, say.rule(issue.message));
        break;
      default:
        add(path, say.invalid(value, ownMessage(issue) ?? expectation(fieldSchema, undefined)));
    }
  }
  return problems;
}
