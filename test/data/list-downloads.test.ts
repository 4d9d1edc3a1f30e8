import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { caseListColumnNames, caseListColumns, caseListRecords, collectionCsv, collectionRecords, toCsv, type ExportLinks } from '../../src/outputs/export.ts';
import { csvFields, csvRecords, downloadName, entryOfUrl, filterCsv, filterRecords, filteredCaseIds, listDataParam, listDataPath, type FacetFile } from '../../src/outputs/list-downloads.ts';
import { countryTopicOutcome, formatBytes, NO_COUNTRY } from '../../src/outputs/data-summary.ts';
import { facetData, facetRows } from '../../src/lib/facets.ts';
import { fixtureCatalogue, fixtureCase } from './fixtures.ts';
import { deriveCatalogue } from '../../src/lib/catalogue.ts';

const links: ExportLinks = {
  entryUrl: (entry) => `https://commons.example.org/${entry.collection}/${entry.id}/`,
  entryDataUrl: (entry) => `https://commons.example.org/data/${entry.collection}/${entry.id}.json`,
};
const catalogue = fixtureCatalogue();

describe('static list files', () => {
  it('are addressed by their facet steps, the whole catalogue by the collection file', () => {
    expect(listDataPath([], 'csv')).toBe('/data/cases.csv');
    expect(listDataPath([{ facet: 'country', value: 'SE' }, { facet: 'topic', value: 'copd' }], 'json')).toBe('/data/lists/cases/country/se/topic/copd.json');
    expect(listDataParam([{ facet: 'stage', value: 'discontinued' }], 'csv')).toBe('stage/discontinued.csv');
  });

  it('carry the columns a list shows, the same in CSV and JSON', () => {
    const csv = toCsv(caseListColumns, catalogue.cases, catalogue, links);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true, newline: '\r\n' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...caseListColumnNames]);
    const byId = new Map(collectionRecords(catalogue, 'cases', links).map((record) => [(record as { id: string }).id, record]));
    const records = catalogue.cases.map((entry) => byId.get(entry.id)!);
    const json = caseListRecords(records) as Record<string, unknown>[];
    expect(json.map((row) => row['id'])).toEqual(parsed.data.map((row) => row.id));
    const oslo = json.find((row) => row['id'] === 'kols-oslo')!;
    expect(Object.keys(oslo)).toEqual(['id', 'url', 'title', 'language', 'countries', 'place', 'organisations', 'start', 'stage', 'outcome', 'stopReason', 'topics', 'lastVerified']);
    expect(oslo['topics']).toEqual(['copd']);
    expect(oslo['organisations']).toEqual(['Oslo kommune']);
    expect(oslo['countries']).toEqual(['NO']);
    // Row for row the same cases and values as the CSV.
    const osloCsv = parsed.data.find((row) => row.id === 'kols-oslo')!;
    expect(osloCsv.organisations).toBe('Oslo kommune');
    expect(osloCsv.stopReason).toBe(oslo['stopReason']);
    expect(oslo['summary']).toBeUndefined();
  });
});

describe('lists cut in the browser', () => {
  const full = collectionCsv(catalogue, 'cases', links);

  it('split a CSV into its records, quoted line breaks and quotes included', () => {
    const text = '\uFEFFid,title\r\na,"two\r\nlines"\r\nb,"say ""hi"", ok"\r\n';
    expect(csvRecords(text)).toEqual(['id,title', 'a,"two\r\nlines"', 'b,"say ""hi"", ok"']);
    expect(csvFields('b,"say ""hi"", ok",')).toEqual(['b', 'say "hi", ok', '']);
  });

  it('keep the header and exactly the rows asked for, in the order asked, byte for byte', () => {
    const cut = filterCsv(full, ['kols-oslo', 'hemmonitorering-kol']);
    const records = csvRecords(full);
    expect(cut.startsWith('\uFEFF')).toBe(true);
    expect(csvRecords(cut)).toEqual([records[0], records.find((r) => r.startsWith('kols-oslo,')), records.find((r) => r.startsWith('hemmonitorering-kol,'))]);
    const parsed = Papa.parse<Record<string, string>>(cut.slice(1), { header: true, skipEmptyLines: true, newline: '\r\n' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((row) => row.id)).toEqual(['kols-oslo', 'hemmonitorering-kol']);
    // The title with a quote and a semicolon survives.
    expect(parsed.data[1]!.title).toBe('Hemmonitorering vid KOL, Jämtland; "fas 1"');
  });

  it('find the id column wherever it is', () => {
    expect(filterCsv('\uFEFFcode,id\r\nX-1,"a"\r\nX-2,b\r\n', ['b', 'a'])).toBe('\uFEFFcode,id\r\nX-2,b\r\nX-1,"a"\r\n');
    expect(() => filterCsv('\uFEFFname\r\nx\r\n', ['x'])).toThrow(/no "id" column/);
  });

  it('filter records by id in the order asked, skipping unknown ids', () => {
    expect(filterRecords([{ id: 'a' }, { id: 'b' }], ['b', 'z', 'a'])).toEqual([{ id: 'b' }, { id: 'a' }]);
  });

  it('select the cases of an in-place filter exactly as the facet island does (OR within a facet, AND across)', () => {
    const data = JSON.parse(JSON.stringify(facetData(catalogue.cases, catalogue.organisationById))) as FacetFile;
    expect(filteredCaseIds(data, { country: ['SE'] }).sort()).toEqual(['hemmonitorering-kol', 'hjartsvikt-se']);
    expect(filteredCaseIds(data, { country: ['SE', 'NO'], topic: ['copd'] }).sort()).toEqual(['hemmonitorering-kol', 'kols-oslo']);
    expect(filteredCaseIds(data, { country: ['SE'], topic: ['copd'] })).toEqual(['hemmonitorering-kol']);
    expect(filteredCaseIds(data, {}, 'verified')).toEqual(['kols-oslo', 'hemmonitorering-kol', 'hjartsvikt-se']);
  });

  it('read the collection and id from a search result address, and nothing from a list page', () => {
    expect(entryOfUrl('/sv/cases/hemmonitorering-kol/')).toEqual({ collection: 'cases', id: 'hemmonitorering-kol' });
    expect(entryOfUrl('https://commons.example.org/fi/topics/copd/')).toEqual({ collection: 'topics', id: 'copd' });
    expect(entryOfUrl('/en/cases/page/2/')).toBeUndefined();
    expect(entryOfUrl('/en/cases/')).toBeUndefined();
    expect(entryOfUrl('/xx/cases/a/')).toBeUndefined();
    expect(downloadName('cases', 'csv', new Date('2024-06-01T10:00:00Z'))).toBe('commons-cases-2024-06-01.csv');
  });
});

describe('the country × topic × outcome table', () => {
  it('counts each case once per country and topic it has, countries in order, cases without one last', () => {
    const c = deriveCatalogue({
      ...catalogue,
      cases: [
        fixtureCase('a', { countries: ['NO', 'SE'], topics: ['copd', 'heart-failure'], outcome: 'achieved' }),
        fixtureCase('b', { countries: ['SE'], topics: ['copd'], outcome: 'not-achieved', stopReason: 'staffing' }),
        fixtureCase('c', { countries: [], topics: ['copd'] }),
      ],
    });
    const rows = countryTopicOutcome(facetRows(c.cases, c.organisationById));
    expect(rows.map((row) => `${row.country || '-'} ${row.topic} ${row.total}`)).toEqual([
      'SE copd 2',
      'SE heart-failure 1',
      'NO copd 1',
      'NO heart-failure 1',
      '- copd 1',
    ]);
    expect(rows[0]!.counts).toMatchObject({ achieved: 1, 'not-achieved': 1, ongoing: 0 });
    expect(rows.at(-1)!.country).toBe(NO_COUNTRY);
  });

  it('writes file sizes in the reader’s language', () => {
    expect(formatBytes(840, 'en')).toBe('840 byte');
    expect(formatBytes(12_345, 'en')).toBe('12 kB');
    expect(formatBytes(3_400_000, 'sv')).toMatch(/^3,4\sMB$/);
  });
});
