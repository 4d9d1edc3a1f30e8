/**
 * CSV as the site publishes it: one function writes every cell of every CSV file (the collection
 * files, the per-list files, the requirement annex, and, through them, the lists cut in the
 * browser), so no writer can forget the formula rule. Pure and free of build-only imports: the
 * browser bundles it.
 */

/** A cell's value: text from an entry, or a number or yes/no the site computed itself. */
export type CsvValue = string | number | boolean | undefined;

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return before one; some
 * also read the full-width ＝ ＋ － ＠) as a formula. OWASP's advice: a leading apostrophe makes it
 * plain text. The JSON keeps the true value.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r＝＋－＠]/.test(text) ? `'${text}` : text;
}

/**
 * One CSV field (RFC 4180). Text is formula-safe, and quoted when it was neutralised or holds a
 * comma, quote, CR or LF (quotes doubled). Numbers and booleans are the site's own, written as
 * they are, so a count or a negative amount stays a number.
 */
export function csvField(value: CsvValue): string {
  if (value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const safe = neutraliseFormula(value);
  return safe !== value || /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A whole CSV file: UTF-8 byte order mark (so spreadsheet programs read å ä ö ø æ ð þ as UTF-8 and
 * not their local code page), a header row, CRLF after every record.
 */
export function csvFile(header: readonly CsvValue[], rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
