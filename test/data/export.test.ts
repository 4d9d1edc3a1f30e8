import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import {
  caseColumns,
  collectionCsv,
  collectionRecords,
  columnsByCollection,
  csvField,
  dataPackage,
  type ExportLinks,
} from '../../src/outputs/export.ts';
import { exportCollections } from '../../src/schema/collection-registry.ts';
import { fixtureCatalogue } from './fixtures.ts';

const links: ExportLinks = {
  entryUrl: (entry) => `https://commons.example.org/${'language' in entry.data ? entry.data.language : 'en'}/${entry.collection}/${entry.id}/`,
  eventCalendarUrl: (event) => `https://commons.example.org/events/${event.id}.ics`,
};
const catalogue = fixtureCatalogue();

function parseCsv(text: string) {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true, newline: '\r\n', delimiter: ',' });
}

describe('csvField', () => {
  it('quotes only when RFC 4180 requires it and doubles quotes', () => {
    expect(csvField('Östersund')).toBe('Östersund');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "KOL"')).toBe('"say ""KOL"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField(undefined)).toBe('');
    expect(csvField(1498164)).toBe('1498164');
  });
});

describe('cases.csv', () => {
  const text = collectionCsv(catalogue, 'cases', links);
  const parsed = parseCsv(text);

  it('starts with a UTF-8 byte order mark and ends every record with CRLF', () => {
    const bytes = Buffer.from(text, 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.endsWith('\r\n')).toBe(true);
    // Outside quoted fields there is no bare LF.
    expect(text.replace(/"(?:[^"]|"")*"/g, '').replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('round-trips through a CSV parser: one row per case, every column, Nordic letters intact', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(caseColumns.map((column) => column.name));
    expect(parsed.data).toHaveLength(catalogue.cases.length);
    const jamtland = parsed.data.find((row) => row.id === 'hemmonitorering-kol')!;
    expect(jamtland.title).toBe('Hemmonitorering vid KOL, Jämtland; "fas 1"');
    expect(jamtland.summary).toBe('Ett testfall för enhetstester: hemmonitorering, "KOL" och å ä ö.');
    expect(jamtland.place).toBe('Östersund');
    expect(jamtland.organisations).toBe('Region Jämtland Härjedalen');
    expect(jamtland.fundingReferences).toBe('2018-04193');
    expect(jamtland.fundingAmounts).toBe('1498164 SEK');
    expect(jamtland.effects).toBe('Inläggningar: färre, enligt personalen [anecdotal]; Nöjdhet: hög [survey]');
    expect(jamtland.strongestEvidence).toBe('survey');
    expect(jamtland.methods).toBe('Veikart for tjenesteinnovasjon');
    const oslo = parsed.data.find((row) => row.id === 'kols-oslo')!;
    expect(oslo.summary).toContain('læring om tjenester');
    expect(oslo.countries).toBe('NO');
    expect(oslo.stopReason).toBe('no-integration');
    expect(oslo.url).toBe('https://commons.example.org/nb/cases/kols-oslo/');
    expect(parsed.data.find((row) => row.id === 'hjartsvikt-se')!.start).toBe('');
  });

  it('joins several values with "; "', () => {
    const many = collectionCsv(fixtureCatalogueWithTwoTopics(), 'cases', links);
    const row = parseCsv(many).data[0]!;
    expect(row.topics).toBe('COPD; Heart failure');
    expect(row.topicIds).toBe('copd; heart-failure');
  });
});

function fixtureCatalogueWithTwoTopics() {
  const base = fixtureCatalogue();
  const only = base.cases.find((entry) => entry.id === 'hemmonitorering-kol')!;
  return { ...base, cases: [{ ...only, data: { ...only.data, topics: ['copd', 'heart-failure'] } }] };
}

describe('JSON records', () => {
  it('has one record per entry in every collection', () => {
    for (const collection of exportCollections) {
      expect(collectionRecords(catalogue, collection, links), collection).toHaveLength(catalogue[collection].length);
    }
  });

  it('names other entries by id and title only, and adds derived links', () => {
    const record = collectionRecords(catalogue, 'cases', links).find((entry) => (entry as { id: string }).id === 'hemmonitorering-kol') as Record<string, unknown> & { funding: { funder: unknown; amount: unknown }[] };
    expect(record.url).toBe('https://commons.example.org/sv/cases/hemmonitorering-kol/');
    expect(record.organisations).toEqual([{ id: 'region-a', title: 'Region Jämtland Härjedalen' }]);
    expect(record.topics).toEqual([{ id: 'copd', title: 'COPD' }]);
    expect(record.funding[0]!.funder).toEqual({ id: 'region-a', title: 'Region Jämtland Härjedalen' });
    expect(record.funding[0]!.amount).toEqual({ amount: 1498164, currency: 'SEK' });
    expect(record.methods).toEqual([{ id: 'veikart', title: 'Veikart for tjenesteinnovasjon' }]);
    expect(record.events).toEqual([{ id: 'mvte-workshop', title: expect.any(String) as unknown }]);
    expect(record.lastVerified).toBe('2024-03-01');
    const json = JSON.parse(JSON.stringify(record)) as { title: string };
    expect(json.title).toBe('Hemmonitorering vid KOL, Jämtland; "fas 1"');
  });

  it('never nests a whole entry inside another: every object naming an entry holds only id and title', () => {
    // Walk every record of every collection; any object with an `id` below the top level is a reference.
    const offenders: string[] = [];
    const walk = (value: unknown, path: string, depth: number) => {
      if (Array.isArray(value)) return value.forEach((item, index) => walk(item, `${path}[${index}]`, depth + 1));
      if (!value || typeof value !== 'object') return;
      const keys = Object.keys(value);
      if (depth > 0 && keys.includes('id') && keys.some((key) => !['id', 'title', 'code', 'result', 'note'].includes(key))) offenders.push(`${path}: ${keys.join(', ')}`);
      for (const [key, inner] of Object.entries(value)) walk(inner, `${path}.${key}`, depth + 1);
    };
    for (const collection of exportCollections) {
      for (const record of collectionRecords(catalogue, collection, links)) walk(record, `${collection}/${(record as { id: string }).id}`, 0);
    }
    expect(offenders).toEqual([]);
  });

  it('derives which cases used a method', () => {
    const method = collectionRecords(catalogue, 'methods', links)[0] as { cases: { id: string }[] };
    expect(method.cases.map((entry) => entry.id)).toEqual(['hemmonitorering-kol']);
  });
});

describe('datapackage.json', () => {
  const descriptor = dataPackage(catalogue, {
    name: 'commons',
    title: 'Commons',
    siteUrl: 'https://commons.example.org/',
    dataUrl: (file) => `https://commons.example.org/data/${file}`,
    schemaUrl: (collection) => `https://commons.example.org/schema/${collection}.json`,
    licence: { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    created: '2024-06-01T00:00:00.000Z',
  });

  it('describes a CSV and a JSON resource per collection', () => {
    expect(descriptor.resources.map((resource) => resource.name).sort()).toEqual(
      exportCollections.flatMap((collection) => [`${collection}-csv`, `${collection}-json`]).sort(),
    );
    for (const resource of descriptor.resources) expect(resource.name).toMatch(/^[-a-z0-9._/]+$/);
  });

  it('gives each CSV a Table Schema whose fields are exactly its header, with types and vocabularies', () => {
    for (const collection of exportCollections) {
      const resource = descriptor.resources.find((entry) => entry.name === `${collection}-csv`) as { schema: { fields: { name: string; type: string; constraints?: { enum?: string[] } }[] } };
      const header = parseCsv(collectionCsv(catalogue, collection, links)).meta.fields;
      expect(resource.schema.fields.map((field) => field.name), collection).toEqual(header);
      expect(resource.schema.fields.map((field) => field.name)).toEqual(columnsByCollection[collection].map((column) => column.name));
    }
    const cases = descriptor.resources.find((entry) => entry.name === 'cases-csv') as { schema: { fields: { name: string; type: string; constraints?: { enum?: string[] } }[] } };
    const field = (name: string) => cases.schema.fields.find((entry) => entry.name === name)!;
    expect(field('lastVerified').type).toBe('date');
    expect(field('scaleUsers').type).toBe('integer');
    expect(field('outcome').constraints?.enum).toContain('not-achieved');
  });

  it('points JSON resources at the JSON Schema of their collection', () => {
    const resource = descriptor.resources.find((entry) => entry.name === 'cases-json') as { homepage: string; description: string };
    expect(resource.homepage).toBe('https://commons.example.org/schema/cases.json');
  });
});
