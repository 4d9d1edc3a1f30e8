/**
 * The templates are hand-written for people, so these tests hold them to the zod schema: every
 * field is there and spelt as the schema spells it, no field is invented, required fields are not
 * commented out, and every "Allowed:" list is exactly the vocabulary the schema enforces.
 */
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { collectionNames } from '../../src/schema/collections.ts';
import { caseSectionHeadings, caseSections } from '../../src/schema/sections.ts';
import { jsonSchemaFor, type JsonSchema } from '../../src/outputs/json-schema.ts';
import { fieldHelpFromTemplate, fileExtensionFor } from '../../src/contribute/scaffold.ts';
import { readTemplate, yamlPart } from './helpers.ts';

/** Every property name at every depth, and every enum, of a JSON Schema. */
function walk(schema: unknown, names = new Set<string>(), enums: string[][] = []) {
  if (Array.isArray(schema)) {
    for (const item of schema) walk(item, names, enums);
  } else if (schema && typeof schema === 'object') {
    const node = schema as JsonSchema;
    if (Array.isArray(node['enum'])) enums.push(node['enum'] as string[]);
    const properties = node['properties'] as Record<string, unknown> | undefined;
    if (properties) for (const name of Object.keys(properties)) names.add(name);
    for (const [key, value] of Object.entries(node)) if (key !== 'enum') walk(value, names, enums);
  }
  return { names, enums };
}

function frontmatterLines(collection: (typeof collectionNames)[number]): string[] {
  return yamlPart(readTemplate(collection), collection).split('\n');
}

/** `key:` at the start of a line, commented or not, indented or not, as a list item or not. */
const KEY = /^(?:#\s*)?\s*(?:-\s+)?([a-z][A-Za-z]*):(?:\s|$)/;

describe.each(collectionNames)('templates/%s', (collection) => {
  const schema = jsonSchemaFor(collection);
  const { names, enums } = walk(schema);
  const lines = frontmatterLines(collection);
  const keysInTemplate = new Set(lines.map((line) => KEY.exec(line)?.[1]).filter((k): k is string => Boolean(k)));

  it('is valid YAML as it stands (the web editor opens it unchanged)', () => {
    expect(() => void parseYaml(lines.join('\n'))).not.toThrow();
  });

  it('has every top-level field of the schema on a line of its own', () => {
    for (const field of Object.keys(schema['properties'] as object)) {
      expect(lines.some((line) => new RegExp(`^(?:# )?${field}:(?:\\s|$)`).test(line)), field).toBe(true);
    }
  });

  it('mentions every nested field, spelt as the schema spells it', () => {
    for (const name of names) expect(keysInTemplate.has(name), name).toBe(true);
  });

  it('invents no field (a wrong letter case would be caught here)', () => {
    for (const key of keysInTemplate) expect(names.has(key), key).toBe(true);
  });

  it('never comments out a required field, and says it is required', () => {
    const help = fieldHelpFromTemplate(readTemplate(collection));
    for (const field of (schema['required'] as string[] | undefined) ?? []) {
      expect(lines.some((line) => new RegExp(`^${field}:(?:\\s|$)`).test(line)), field).toBe(true);
      expect(help[field], field).toMatch(/^Required\./);
    }
  });

  it('lists allowed values exactly as the vocabulary has them', () => {
    const allowedLines = lines.filter((line) => /allowed:/i.test(line));
    const listed = allowedLines.map((line) => line.replace(/^.*allowed:\s*/i, '').split(' | '));
    for (const values of enums) {
      expect(listed, `no "Allowed:" line for ${values.join(', ')}`).toContainEqual(values);
    }
    for (const values of listed) expect(enums, `"Allowed: ${values.join(' | ')}" is no vocabulary of this schema`).toContainEqual(values);
  });
});

describe.each(collectionNames.filter((c) => fileExtensionFor(c) === '.md'))('templates/%s (Markdown)', (collection) => {
  it('has a body with headings after the frontmatter', () => {
    const body = readTemplate(collection).split(/^---$/m)[2] ?? '';
    expect(body).toMatch(/^## /m);
  });
});

describe('templates/cases.md', () => {
  it('has every case section, with the English headings the content check knows', () => {
    const headings = readTemplate('cases')
      .split('\n')
      .filter((line) => line.startsWith('## '))
      .map((line) => line.slice(3));
    expect(headings).toEqual(caseSections.map((section) => caseSectionHeadings.en[section]));
  });
});
