/**
 * A tender annex of requirements as text files: CSV for a spreadsheet and Markdown for a document.
 * Pure and browser-safe (no translations, no catalogue): the build writes the static downloads
 * with it and the basket island (src/components/requirement-basket.ts) writes the reader's basket
 * with the same code, so the two cannot differ.
 */
import { csvField, csvFile, neutraliseFormula } from '../csv.ts';

/** One requirement as the annex prints it, already in the reader's language. */
export interface AnnexRow {
  id: string;
  code: string;
  title: string;
  level: string;
  category: string;
  statement: string;
  /** The language the statement is written in (ISO 639-1): a translation's, or the entry's own. */
  statementLanguage: string;
  motivation: string;
  /** Verification methods, as labels. */
  verificationMethods: string[];
  verification: string;
  /** Where the requirement comes from, as one line (set, publisher, address; or the case). */
  source: string;
  phases: string[];
  /** The requirement's page in the library. */
  url: string;
}

/** Headings and the sentences around the table, in the reader's language. */
export interface AnnexLabels {
  /** The reader's language (ISO 639-1), for the document's language tag. */
  language: string;
  title: string;
  intro: string;
  code: string;
  requirement: string;
  level: string;
  category: string;
  statementLanguage: string;
  motivation: string;
  verificationMethods: string;
  verification: string;
  source: string;
  phases: string;
  url: string;
}

/** The annex's columns, in order: the CSV header, the Markdown fields and the .odt table. */
export const annexColumns = [
  'code',
  'requirement',
  'level',
  'category',
  'statementLanguage',
  'motivation',
  'verificationMethods',
  'verification',
  'source',
  'phases',
  'url',
] as const satisfies readonly (keyof AnnexLabels)[];
export type AnnexColumn = (typeof annexColumns)[number];

/** A row's value in a column, as text; "requirement" is the title and the statement. */
export function cellText(row: AnnexRow, column: AnnexColumn): string {
  switch (column) {
    case 'requirement':
      return `${row.title}\n${row.statement}`;
    case 'verificationMethods':
      return row.verificationMethods.join(', ');
    case 'phases':
      return row.phases.join(', ');
    default:
      return row[column];
  }
}

/** The annex as CSV (src/outputs/csv.ts writes the cells, formula-safe): header in the reader's language, a row per requirement. */
export function annexCsv(rows: readonly AnnexRow[], labels: AnnexLabels): string {
  return csvFile(
    annexColumns.map((column) => labels[column]),
    rows.map((row) => annexColumns.map((column) => cellText(row, column))),
  );
}

/** The annex's names for the shared cell functions. */
export { csvField as annexCsvField, neutraliseFormula };

/** Backslash-escapes what Markdown would read as formatting or HTML in a line of plain text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (char) => `\\${char}`).replace(/^(\s*)([-+])(\s)/gm, '$1\\$2$3').replace(/^(\s*)(\d+)([.)])(\s)/gm, '$1$2\\$3$4');
}

/** The annex as Markdown: a heading per requirement, then its fields as a list. */
export function annexMarkdown(rows: readonly AnnexRow[], labels: AnnexLabels): string {
  const lines = [`# ${escapeMarkdown(labels.title)}`, '', escapeMarkdown(labels.intro), ''];
  for (const row of rows) {
    lines.push(`## ${row.code}: ${escapeMarkdown(row.title)}`, '');
    lines.push(...row.statement.split(/\n+/).map((paragraph) => `> ${escapeMarkdown(paragraph)}`), '');
    const field = (label: string, value: string) => lines.push(`- **${escapeMarkdown(label)}:** ${escapeMarkdown(value)}`);
    field(labels.level, row.level);
    field(labels.category, row.category);
    field(labels.statementLanguage, row.statementLanguage);
    field(labels.motivation, row.motivation);
    field(labels.verificationMethods, row.verificationMethods.join(', '));
    field(labels.verification, row.verification);
    field(labels.source, row.source);
    field(labels.phases, row.phases.join(', '));
    lines.push(`- **${escapeMarkdown(labels.url)}:** <${row.url}>`, '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
