/**
 * The tender annex as an OpenDocument text file (.odt), which LibreOffice, Microsoft Word, Google
 * Docs and every other office suite open and a buyer can edit into a tender. Written here rather
 * than with a document library: an ODF package is a zip with
 *
 *   mimetype               first, stored without compression and without extra fields, so a
 *                          reader can identify the package from its first bytes (ODF 1.3 part 2, 3.3)
 *   META-INF/manifest.xml  every file of the package and its media type
 *   styles.xml             a landscape A4 page and the bold table header
 *   content.xml            the heading, the introduction and one table row per requirement
 *   meta.xml               the title, language and generator
 *
 * Pure and browser-safe (fflate's zipSync), so the build and the basket island write the same file.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { cellText, type AnnexLabels, type AnnexRow } from './formats.ts';

export const ODT_MEDIA_TYPE = 'application/vnd.oasis.opendocument.text';
const ODF_VERSION = '1.3';

const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  'xmlns:xlink="http://www.w3.org/1999/xlink"',
].join(' ');

/**
 * Text as XML character data: markup characters escaped, and the control characters XML 1.0 does
 * not allow dropped (a stray one would make the whole document unreadable).
 */
export function xmlText(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex -- XML 1.0 forbids these characters, so they are removed
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Paragraphs of a cell: one text:p per line; a tab becomes text:tab, runs of spaces text:s. */
function paragraphs(text: string, style: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => {
      const body = xmlText(line)
        .replace(/\t/g, '<text:tab/>')
        .replace(/ {2,}/g, (spaces) => ` <text:s text:c="${spaces.length - 1}"/>`);
      return `<text:p text:style-name="${style}">${body}</text:p>`;
    })
    .join('');
}

/** Relative widths of the printed columns (the table shows fewer columns than the CSV). */
const printedColumns = [
  { column: 'code', width: 10 },
  { column: 'requirement', width: 34 },
  { column: 'level', width: 9 },
  { column: 'verification', width: 25 },
  { column: 'source', width: 22 },
] as const;

function contentXml(rows: readonly AnnexRow[], labels: AnnexLabels): string {
  const columns = printedColumns.map(({ width }, i) => `<style:style style:name="col${i}" style:family="table-column"><style:table-column-properties style:rel-column-width="${width}*"/></style:style>`).join('');
  const header = printedColumns
    .map(({ column }) => `<table:table-cell table:style-name="cell" office:value-type="string">${paragraphs(labels[column], 'Table_20_Heading')}</table:table-cell>`)
    .join('');
  const body = rows
    .map((row) => {
      const cells = printedColumns.map(({ column }) => {
        let text = cellText(row, column);
        if (column === 'level') text = `${row.level}\n${row.category}`;
        if (column === 'verification') text = `${row.verificationMethods.join(', ')}\n${row.verification}`;
        if (column === 'source') text = `${row.source}\n${row.url}`;
        return `<table:table-cell table:style-name="cell" office:value-type="string">${paragraphs(text, 'Table_20_Contents')}</table:table-cell>`;
      });
      return `<table:table-row>${cells.join('')}</table:table-row>`;
    })
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>` +
    `<office:document-content ${NS} office:version="${ODF_VERSION}">` +
    `<office:automatic-styles>` +
    `<style:style style:name="annex" style:family="table"><style:table-properties style:rel-width="100%" table:align="margins"/></style:style>` +
    columns +
    `<style:style style:name="cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>` +
    `</office:automatic-styles>` +
    `<office:body><office:text>` +
    `<text:h text:style-name="Heading_20_1" text:outline-level="1">${xmlText(labels.title)}</text:h>` +
    paragraphs(labels.intro, 'Text_20_body') +
    `<table:table table:name="${xmlText(labels.title)}" table:style-name="annex">` +
    printedColumns.map((_, i) => `<table:table-column table:style-name="col${i}"/>`).join('') +
    `<table:table-header-rows><table:table-row>${header}</table:table-row></table:table-header-rows>` +
    body +
    `</table:table>` +
    `</office:text></office:body></office:document-content>`
  );
}

function stylesXml(labels: AnnexLabels): string {
  const [language = 'en'] = labels.language.split('-');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>` +
    `<office:document-styles ${NS} office:version="${ODF_VERSION}">` +
    `<office:styles>` +
    `<style:default-style style:family="paragraph"><style:text-properties fo:language="${xmlText(language)}" fo:font-size="10pt"/></style:default-style>` +
    `<style:style style:name="Standard" style:family="paragraph"/>` +
    `<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.25cm"/></style:style>` +
    `<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1"><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>` +
    `<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard"/>` +
    `<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents"><style:text-properties fo:font-weight="bold"/></style:style>` +
    `</office:styles>` +
    `<office:automatic-styles>` +
    `<style:page-layout style:name="landscape"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="1.5cm" fo:margin-right="1.5cm"/></style:page-layout>` +
    `</office:automatic-styles>` +
    `<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="landscape"/></office:master-styles>` +
    `</office:document-styles>`
  );
}

function metaXml(labels: AnnexLabels, generator: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>` +
    `<office:document-meta ${NS} office:version="${ODF_VERSION}"><office:meta>` +
    `<meta:generator>${xmlText(generator)}</meta:generator>` +
    `<dc:title>${xmlText(labels.title)}</dc:title>` +
    `<dc:language>${xmlText(labels.language)}</dc:language>` +
    `</office:meta></office:document-meta>`
  );
}

const manifestXml =
  `<?xml version="1.0" encoding="UTF-8"?>` +
  `<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="${ODF_VERSION}">` +
  `<manifest:file-entry manifest:full-path="/" manifest:version="${ODF_VERSION}" manifest:media-type="${ODT_MEDIA_TYPE}"/>` +
  `<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>` +
  `<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>` +
  `<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>` +
  `</manifest:manifest>`;

/**
 * The annex as the bytes of an .odt file. `mtime` is fixed by default so the same annex always
 * gives the same bytes (the build's downloads do not change between identical builds).
 */
export function annexOdt(rows: readonly AnnexRow[], labels: AnnexLabels, options: { generator?: string; mtime?: Date } = {}): Uint8Array<ArrayBuffer> {
  const mtime = options.mtime ?? new Date(Date.UTC(2020, 0, 1));
  const generator = options.generator ?? 'Nordic Welfare Tech Commons';
  // Object order is zip order: mimetype must come first, stored (level 0).
  const files: Zippable = {
    mimetype: [strToU8(ODT_MEDIA_TYPE), { level: 0, mtime }],
    'META-INF/manifest.xml': [strToU8(manifestXml), { level: 6, mtime }],
    'content.xml': [strToU8(contentXml(rows, labels)), { level: 6, mtime }],
    'styles.xml': [strToU8(stylesXml(labels)), { level: 6, mtime }],
    'meta.xml': [strToU8(metaXml(labels, generator)), { level: 6, mtime }],
  };
  // fflate's type says the bytes sit in a plain ArrayBuffer, so a Response or Blob takes them.
  return zipSync(files);
}
