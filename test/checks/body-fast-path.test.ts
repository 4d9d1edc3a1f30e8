/**
 * The body check's fast path (plain prose is read line by line) must never disagree with the full
 * unified parse: same problems, same headings, on real entries and on tricky bodies.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBody, type BodyKind } from '../../src/checks/body.ts';
import { splitFrontmatter } from '../../src/checks/frontmatter.ts';
import { caseWithBody, repoRoot, validFixture } from './helpers.ts';

function entryFiles(root: string): string[] {
  const out: string[] = [];
  for (const collection of ['cases', 'methods', 'events', 'requirements']) {
    const dir = path.join(root, 'content', collection);
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) if (/\.mdx?$/.test(name)) out.push(path.join(dir, name));
  }
  return out;
}

const tricky = [
  '## Lessons learned\n\nPlain prose with a https://example.org/ link and Resultat: 52.',
  '## Lessons learned\n\n[x](javascript:alert(1))',
  '## Lessons learned\n\n[x]( JavaScript:alert(1))',
  '## Lessons learned\n\n[x]: javascript:alert(1)\n\n[x]',
  '## Lessons learned\n\n![x](data:text/html,hi)',
  '## Lessons learned\n\n[x](javascript: "title")',
  '## Lessons learned\n\n[x](file:///etc/passwd)',
  '## Lessons learned\n\nData: 52 municipalities. Note:the end.',
  '## Lessons learned ##\n\ntext',
  '   ## Lessons learned\n\ntext',
  '    ## Lessons learned\n\ntext',
  '> ## Lessons learned\n\ntext',
  'Lessons learned\n===\n\ntext',
  '- item\n\n  ## Lessons learned\n\ntext',
  '```\n## Lessons learned\n```',
  'text\nexport const a = 1\n\n## Lessons learned',
  '## **Lessons learned**\n\ntext',
  '#Lessons learned\n\ntext',
  '## Lessons learned\n\nSKL:s rapport och EU:n ohjelma (SKL:s) [x](\nfile:x) [y]:\n  ftp:x\n\n[y]',
  '## Lessons learned\n\n[x](  ftp://example.org/)',
  '## Lessons learned\n\n![A chart](https://example.org/chart.png)',
];

describe('fast path agrees with the full parse', () => {
  const sources: [string, string, BodyKind][] = [];
  for (const file of [...entryFiles(repoRoot), ...entryFiles(validFixture)]) {
    sources.push([path.relative(repoRoot, file), readFileSync(file, 'utf8'), file.endsWith('.mdx') ? 'mdx' : 'md']);
  }
  tricky.forEach((body, i) => {
    sources.push([`tricky ${i} (.md)`, caseWithBody(`\n${body}\n`), 'md']);
    sources.push([`tricky ${i} (.mdx)`, caseWithBody(`\n${body}\n`), 'mdx']);
  });

  it.each(sources)('%s', (_name, source, kind) => {
    const split = splitFrontmatter(source);
    if ('message' in split) throw new Error(split.message);
    const full = checkBody(source, kind);
    const fast = checkBody(source, kind, { bodyFirstLine: split.bodyFirstLine });
    expect(fast.problems).toEqual(full.problems);
    expect(fast.headings).toEqual(full.headings.filter((h) => fast.headings.some((f) => f.line === h.line)));
    // Whatever the fast path reports as headings, the full parse reports too, with the same text.
    for (const heading of fast.headings) expect(full.headings).toContainEqual(heading);
  });
});
