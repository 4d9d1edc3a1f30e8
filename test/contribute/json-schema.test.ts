import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { collectionNames, type CollectionName } from '../../src/schema/collections.ts';
import { vocabularies } from '../../src/schema/vocabulary.ts';
import { jsonSchemaFor, jsonSchemaIndex, type JsonSchema } from '../../src/outputs/json-schema.ts';
import { fieldHelpFromTemplate } from '../../src/contribute/scaffold.ts';
import { parseEntry, readTemplate, realEntries } from './helpers.ts';

// Formats (uri, email) are the zod schema's job; the JSON Schema is for editors.
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
const validators = Object.fromEntries(collectionNames.map((c) => [c, ajv.compile(jsonSchemaFor(c))])) as Record<
  CollectionName,
  ReturnType<typeof ajv.compile>
>;

function enumsOf(schema: unknown, out: string[][] = []): string[][] {
  if (Array.isArray(schema)) for (const item of schema) enumsOf(item, out);
  else if (schema && typeof schema === 'object') {
    const node = schema as JsonSchema;
    if (Array.isArray(node['enum'])) out.push(node['enum'] as string[]);
    for (const value of Object.values(node)) enumsOf(value, out);
  }
  return out;
}

describe('JSON Schema per collection', () => {
  const entries = realEntries();

  it('has real entries to test against', () => {
    expect(entries.length).toBeGreaterThan(10);
  });

  it.each(entries.map((e) => [e.file, e] as const))('accepts %s', (_file, entry) => {
    const validate = validators[entry.collection];
    const ok = validate(parseEntry(entry.text, entry.collection));
    expect(ok, JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects a broken entry: wrong letter case in a field name, a value outside the vocabulary', () => {
    const organisation = { name: 'Region Norrbotten', Type: 'region', country: 'SE' };
    expect(validators.organisations(organisation)).toBe(false);
    expect(validators.organisations.errors?.map((e) => e.keyword)).toEqual(expect.arrayContaining(['required', 'additionalProperties']));
    expect(validators.organisations({ name: 'Region Norrbotten', type: 'county', country: 'SE' })).toBe(false);
    expect(validators.topics({ kind: 'technology', labels: { en: 'x', sv: 'x', nb: 'x', da: 'x', fi: 'x' } })).toBe(false);
  });

  it('accepts a year written as a bare number, as YAML reads it, and rejects a malformed date', () => {
    const event = {
      title: 'Workshop',
      language: 'sv',
      summary: 'A workshop where municipal care managers met.',
      lastVerified: '2026-11-24',
      type: 'workshop',
      start: 2019,
      city: 'Kista',
      organisers: ['region-stockholm'],
    };
    expect(validators.events(event), JSON.stringify(validators.events.errors)).toBe(true);
    expect(validators.events({ ...event, start: '2019-13' })).toBe(false);
    expect(validators.events({ ...event, lastVerified: '24.11.2026' })).toBe(false);
  });

  it('offers exactly the vocabulary of src/schema/vocabulary.ts', () => {
    const known = Object.values(vocabularies).map((values) => JSON.stringify([...values]));
    const all = collectionNames.flatMap((c) => enumsOf(jsonSchemaFor(c)));
    expect(all.length).toBeGreaterThan(10);
    for (const values of all) expect(known).toContain(JSON.stringify(values));
    const caseSchema = jsonSchemaFor('cases') as { properties: Record<string, JsonSchema> };
    expect(caseSchema.properties['stage']?.['enum']).toEqual([...vocabularies.stage]);
    expect(caseSchema.properties['stopReason']?.['enum']).toEqual([...vocabularies.stopReason]);
    expect((caseSchema.properties['countries']?.['items'] as JsonSchema)['enum']).toEqual([...vocabularies.country]);
  });

  it('describes reference fields in words, and lists existing ids for completion', () => {
    const schema = jsonSchemaFor('cases', { knownIds: { topics: ['copd', 'self-care'] } }) as { properties: Record<string, JsonSchema> };
    const items = schema.properties['topics']?.['items'] as JsonSchema;
    expect(items['description']).toMatch(/content\/topics\/.*file name without \.yaml/);
    expect(items['examples']).toEqual(['copd', 'self-care']);
    expect(JSON.stringify(schema)).not.toContain('ref:');
  });

  it('carries the templates\' help as descriptions and a stable $id', () => {
    const schema = jsonSchemaFor('cases', {
      baseUrl: 'https://example.org/schema/',
      descriptions: fieldHelpFromTemplate(readTemplate('cases')),
    }) as { $id: string; properties: Record<string, JsonSchema> };
    expect(schema.$id).toBe('https://example.org/schema/cases.json');
    expect(schema.properties['lastVerified']?.['description']).toMatch(/^Required\. The day you last checked/);
  });

  it('indexes every collection', () => {
    const index = jsonSchemaIndex('https://example.org/schema/');
    expect(index.schemas.map((s) => s.collection)).toEqual(collectionNames);
    expect(index.schemas.find((s) => s.collection === 'topics')?.url).toBe('https://example.org/schema/topics.json');
  });
});
