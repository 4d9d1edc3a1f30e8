import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { annexColumns, annexCsv, annexCsvField, annexMarkdown, escapeMarkdown, neutraliseFormula } from '../../src/outputs/annex/formats.ts';
import { labels, rows } from './fixtures.ts';

describe('annex CSV', () => {
  const csv = annexCsv(rows, labels);
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });

  it('starts with a byte order mark and ends every record with CRLF', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('has a header in the reader language and one row per requirement, multi-line cells intact', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual(annexColumns.map((column) => labels[column]));
    expect(parsed.data).toHaveLength(rows.length + 1);
    expect(parsed.data[1]?.[0]).toBe('NWTC-PRI-001');
    expect(parsed.data[2]?.[1]).toBe('A title with | pipe, *stars* and a "quote"\nLine one,\nline two\twith a tab and   three spaces.');
  });

  it('never leaves a cell a spreadsheet would run as a formula', () => {
    const cells = parsed.data.flat();
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    expect(cells).toContain('\'=HYPERLINK("http://evil.example","klikk") looks like a formula');
    expect(cells).toContain("'-1 starts with a minus");
    expect(cells).toContain("'@SUM(A1) starts with an at sign");
    expect(cells).toContain("'+46 number");
  });

  it('neutralises each formula starter and nothing else', () => {
    for (const text of ['=1', '+1', '-1', '@x', '\t=1', '\r=1']) expect(neutraliseFormula(text)).toBe(`'${text}`);
    for (const text of ['1', 'a=b', ' =1', "'quoted", '']) expect(neutraliseFormula(text)).toBe(text);
    expect(annexCsvField('=1,2')).toBe('"\'=1,2"');
  });
});

describe('annex Markdown', () => {
  const markdown = annexMarkdown(rows, labels);

  it('has the title, the introduction and a section per requirement with its code', () => {
    expect(markdown.startsWith('# Krav i anskaffelsen\n\nKrav fra kravbiblioteket. Hver kode er stabil.\n')).toBe(true);
    expect(markdown).toContain('## NWTC-PRI-001: Innebygd personvern i velferdsteknologi');
    expect(markdown).toContain('> Løsningen skal ha innebygd personvern; standardinnstillingene skal være de mest personvernvennlige (æøå, ð, þ).');
    expect(markdown).toContain('- **Verifiseres ved:** Dokumentasjon, Demonstrasjon');
    expect(markdown).toContain('- **Side:** <https://example.org/nb/requirements/innebygd-personvern/>');
  });

  it('escapes what Markdown would read as markup, so no HTML or formatting leaks from the text', () => {
    expect(markdown).toContain('\\<b\\>i en demonstrasjon\\</b\\>');
    expect(markdown).toContain('## NWTC-IOP-002: A title with \\| pipe, \\*stars\\* and a "quote"');
    expect(markdown).not.toMatch(/<b>/);
    expect(escapeMarkdown('- not a list\n1. not numbered')).toBe('\\- not a list\n1\\. not numbered');
  });
});
