/**
 * The benchmark's real-shaped corpus (issue 17): N renamed copies of the richest real entry of
 * each single-language collection (cases, methods, events, requirements), in the synthetic
 * corpus's shares (bench/generate.ts), next to a copy of content/. The synthetic entries are short
 * and spread over many topics and organisations; a real entry is longer, names more of both and
 * carries every field, which is what a catalogue that grows will hold, so the two corpora cost
 * differently and the bench prints both.
 *
 * Each copy keeps the original's fields, references and body; only what must stay unique changes:
 * the id (file name, hence the slug), the title (" (benchmark copy N)"), a requirement's code (a
 * fresh code, issued in the copied ledger) and `translationOf` (dropped: N copies claiming to
 * translate one case would be a fact about the bench, not about the catalogue). Topics and
 * organisations are the real ones, so every reference still resolves and the content check passes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseDocument, parse as parseYaml } from 'yaml';
import { requirementCategoryAbbreviations } from '../src/schema/vocabulary.ts';
import { collectionCounts, writeCorpus, type GeneratedEntry } from './generate.ts';

export type CopiedCollection = GeneratedEntry['collection'];
export const copiedCollections: readonly CopiedCollection[] = ['cases', 'methods', 'events', 'requirements'];

/** How rich an entry is: its frontmatter fields, then its values (every leaf), then its body's length. */
export interface Richness {
  fields: number;
  values: number;
  bodyChars: number;
}

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

function split(text: string): { front: string; body: string } {
  const match = frontmatterPattern.exec(text);
  if (!match) throw new Error('expected a file that starts with --- frontmatter ---');
  return { front: match[1]!, body: match[2]! };
}

function leaves(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + leaves(item), 0);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) return Object.values(value).reduce((sum: number, item) => sum + leaves(item), 0);
  return value === null || value === undefined || value === '' ? 0 : 1;
}

export function richness(text: string): Richness {
  const { front, body } = split(text);
  const data = (parseYaml(front) ?? {}) as Record<string, unknown>;
  return { fields: Object.keys(data).length, values: leaves(data), bodyChars: body.trim().length };
}

/** Orders by fields, then values, then body length, richest first. */
export function compareRichness(a: Richness, b: Richness): number {
  return b.fields - a.fields || b.values - a.values || b.bodyChars - a.bodyChars;
}

export interface SourceEntry {
  id: string;
  extension: string;
  text: string;
}

/** The richest entry of a collection folder (ties: the first id in sorted order). */
export function richestEntry(folder: string): SourceEntry {
  const files = readdirSync(folder).filter((name) => ['.md', '.mdx'].includes(extname(name))).sort();
  if (!files.length) throw new Error(`no entries in ${folder}`);
  const scored = files.map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') })).map((file) => ({ ...file, richness: richness(file.text) }));
  scored.sort((a, b) => compareRichness(a.richness, b.richness));
  const best = scored[0]!;
  return { id: basename(best.name, extname(best.name)), extension: extname(best.name), text: best.text };
}

/** Entries per collection for a corpus of `count`, in the synthetic corpus's shares. */
const codePattern = /^(NWTC-([A-Z]{3})-(\d{3}))\s*:/gm;

/**
 * Requirement codes never issued in `ledgerText`, round-robin over the category abbreviations
 * (a code keeps its letters whatever the category, so copies may carry any of them). Throws when
 * the three-digit numbers run out (about 6,900 codes).
 */
export function freshCodes(ledgerText: string, count: number): string[] {
  const highest = new Map<string, number>(Object.values(requirementCategoryAbbreviations).map((abbreviation) => [abbreviation, 0]));
  for (const match of ledgerText.matchAll(codePattern)) highest.set(match[2]!, Math.max(highest.get(match[2]!) ?? 0, Number(match[3])));
  const abbreviations = [...highest.keys()];
  const codes: string[] = [];
  for (let round = 1; codes.length < count; round++) {
    let added = 0;
    for (const abbreviation of abbreviations) {
      const number = highest.get(abbreviation)! + round;
      if (number > 999 || codes.length >= count) continue;
      codes.push(`NWTC-${abbreviation}-${String(number).padStart(3, '0')}`);
      added++;
    }
    if (!added) throw new Error(`only ${codes.length} requirement codes are left to issue, ${count} needed`);
  }
  return codes;
}

/** One renamed copy of `source` as entry `id`: new title (and code), no translationOf. */
export function renamedCopy(source: SourceEntry, copy: number, code?: string): string {
  const { front, body } = split(source.text);
  const doc = parseDocument(front);
  const title = doc.get('title');
  if (typeof title !== 'string') throw new Error(`${source.id}: no title to rename`);
  doc.set('title', `${title} (benchmark copy ${copy})`);
  if (code !== undefined) doc.set('code', code);
  doc.delete('translationOf');
  return `---\n${doc.toString({ lineWidth: 0 }).trimEnd()}\n---\n${body}`;
}

/** The ids copies get: `real-case-1`, `real-method-1`, … (never a real id: real ids are named by what they are). */
export const copyId = (collection: CopiedCollection, n: number) => `real-${collection.replace(/s$/, '')}-${n}`;

/** `count` renamed copies of the richest entry of each collection; pure given its inputs. */
export function realShapedEntries(count: number, richest: Record<CopiedCollection, SourceEntry>, ledgerText: string): GeneratedEntry[] {
  const counts = collectionCounts(count);
  const codes = freshCodes(ledgerText, counts.requirements);
  const entries: GeneratedEntry[] = [];
  for (const collection of copiedCollections) {
    const source = richest[collection];
    for (let n = 1; n <= counts[collection]; n++) {
      const code = collection === 'requirements' ? codes[n - 1] : undefined;
      entries.push({
        collection,
        file: `${copyId(collection, n)}${source.extension}`,
        text: renamedCopy(source, n, code),
        ...(code ? { code } : {}),
      });
    }
  }
  return entries;
}

/** The richest entry of each collection in a content folder. */
export function richestOfCatalogue(contentDir: string): Record<CopiedCollection, SourceEntry> {
  return Object.fromEntries(copiedCollections.map((collection) => [collection, richestEntry(join(contentDir, collection))])) as Record<CopiedCollection, SourceEntry>;
}

/**
 * Writes `<root>/content`: a copy of the real catalogue plus `count` real-shaped copies, their
 * requirement codes issued in the copied ledger. Returns the content folder.
 */
export function writeRealShapedContent(root: string, count: number, realContentDir = 'content'): string {
  return writeCorpus(root, realContentDir, (contentDir) =>
    realShapedEntries(count, richestOfCatalogue(realContentDir), readFileSync(join(contentDir, 'requirements', 'codes.yaml'), 'utf8')),
  );
}
