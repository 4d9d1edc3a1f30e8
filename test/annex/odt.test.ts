/**
 * The .odt tender annex: the package layout ODF requires, well-formed XML with the text escaped,
 * and LibreOffice opening it (`soffice --headless --convert-to`), which is what a buyer will do.
 * .ci/run installs LibreOffice Writer (Debian's libreoffice-writer-nogui).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { Parser } from 'htmlparser2';
import { afterAll, describe, expect, it } from 'vitest';
import { ODT_MEDIA_TYPE, annexOdt, xmlText } from '../../src/outputs/annex/odt.ts';
import { labels, rows } from './fixtures.ts';

const odt = annexOdt(rows, labels);
const files = unzipSync(odt);

/** Element names in order, and whether the parser met unbalanced or unknown markup. */
function xmlOutline(xml: string): { names: string[]; text: string; errors: string[] } {
  const names: string[] = [];
  const stack: string[] = [];
  const errors: string[] = [];
  let text = '';
  const parser = new Parser(
    {
      onopentag: (name) => {
        names.push(name);
        stack.push(name);
      },
      onclosetag: (name) => {
        if (stack.pop() !== name) errors.push(`unbalanced </${name}>`);
      },
      ontext: (data) => {
        text += data;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  if (stack.length) errors.push(`unclosed ${stack.join(', ')}`);
  return { names, text, errors };
}

describe('the .odt package', () => {
  it('starts with the mimetype file, stored uncompressed, with no extra field', () => {
    const view = new DataView(odt.buffer, odt.byteOffset, odt.byteLength);
    expect(view.getUint32(0, true)).toBe(0x04034b50); // local file header
    expect(view.getUint16(8, true)).toBe(0); // compression: stored
    const nameLength = view.getUint16(26, true);
    expect(view.getUint16(28, true)).toBe(0); // extra field length
    expect(strFromU8(odt.subarray(30, 30 + nameLength))).toBe('mimetype');
    expect(strFromU8(odt.subarray(30 + nameLength, 30 + nameLength + ODT_MEDIA_TYPE.length))).toBe(ODT_MEDIA_TYPE);
  });

  it('lists every file in the manifest with the package media type', () => {
    expect(Object.keys(files)).toEqual(['mimetype', 'META-INF/manifest.xml', 'content.xml', 'styles.xml', 'meta.xml']);
    const manifest = strFromU8(files['META-INF/manifest.xml']!);
    expect(manifest).toContain(`manifest:full-path="/" manifest:version="1.3" manifest:media-type="${ODT_MEDIA_TYPE}"`);
    for (const name of ['content.xml', 'styles.xml', 'meta.xml']) expect(manifest).toContain(`manifest:full-path="${name}"`);
  });

  it('writes well-formed XML with the text escaped, one table row per requirement plus the header', () => {
    for (const name of ['META-INF/manifest.xml', 'content.xml', 'styles.xml', 'meta.xml']) expect(xmlOutline(strFromU8(files[name]!)).errors, name).toEqual([]);
    const content = strFromU8(files['content.xml']!);
    const outline = xmlOutline(content);
    expect(outline.names.filter((name) => name === 'table:table-row')).toHaveLength(rows.length + 1);
    expect(content).toContain('&lt;b&gt;i en demonstrasjon&lt;/b&gt; &amp; dokumenterer');
    expect(content).not.toContain('<b>');
    expect(outline.text).toContain('(æøå, ð, þ)');
    expect(content).toContain('<text:tab/>');
    expect(content).toContain('and <text:s text:c="2"/>three spaces');
  });

  it('is the same bytes for the same annex (reproducible builds)', () => {
    expect(Buffer.from(annexOdt(rows, labels)).equals(Buffer.from(odt))).toBe(true);
  });

  it('drops characters XML 1.0 does not allow', () => {
    expect(xmlText('a\u0000b\u0008c\u001Fd\uFFFEe & <f>')).toBe('abcde &amp; &lt;f&gt;');
    expect(xmlText('tab\tnew\nline')).toBe('tab\tnew\nline');
  });
});

describe('LibreOffice opens the .odt', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'nwtc-odt-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('converts it to PDF and to text with every code and the Nordic letters intact', () => {
    let soffice = '';
    try {
      soffice = execFileSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' }).trim();
    } catch {
      // Reported below with what to install.
    }
    expect(soffice, 'LibreOffice is needed to test the .odt annex: apt-get install libreoffice-writer-nogui (.ci/run does)').not.toBe('');
    const file = path.join(dir, 'annex.odt');
    writeFileSync(file, odt);
    // A profile of its own, so a LibreOffice the developer has open does not take the job.
    const profile = `-env:UserInstallation=file://${path.join(dir, 'profile')}`;
    for (const format of ['pdf', 'txt:Text (encoded):UTF8']) {
      execFileSync(soffice, [profile, '--headless', '--convert-to', format, '--outdir', dir, file], { stdio: 'pipe', timeout: 90_000 });
    }
    const pdf = readFileSync(path.join(dir, 'annex.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(1000);
    const text = readFileSync(path.join(dir, 'annex.txt'), 'utf8');
    for (const row of rows) expect(text).toContain(row.code);
    expect(text).toContain('Krav i anskaffelsen');
    expect(text).toContain('(æøå, ð, þ)');
    expect(text).toContain('<b>i en demonstrasjon</b> & dokumenterer');
  }, 120_000);
});
