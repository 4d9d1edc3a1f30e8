/**
 * The content check: every rule over content/, reporting every problem at once. Shared by
 * `npm run check:content` (scripts/check-content.ts) and the build (src/checks/content-guard.ts).
 * Pure Node: no Astro runtime, so it runs in seconds on thousands of entries.
 */
import { readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import path from 'node:path';
import type { z } from 'astro/zod';
import { collectionNames, collections, type CollectionName } from '../schema/collections.ts';
import { NOT_ENTRIES, isEntryFile } from '../schema/entry-files.ts';
import { isEveryLanguageCollection } from '../schema/collection-registry.ts';
import { ID_PATTERN } from '../schema/fields.ts';
import { caseSectionHeadings, requiredCaseSections, sectionForHeading } from '../schema/sections.ts';
import { contentLanguages, type ContentLanguage } from '../schema/vocabulary.ts';
import { checkBody, type BodyKind, type Heading } from './body.ts';
import { verifyRenderedBody } from './rendered-body.ts';
import { parseYaml, splitFrontmatter } from './frontmatter.ts';
import { body as sayBody, files as sayFiles, frontmatter as sayFrontmatter, references as sayRef } from './messages.ts';
import { compareProblems, formatPath, type PathSegment, type Problem } from './problem.ts';
import { problemsFromIssues } from './schema-issues.ts';
import { findReferenceCycles, findReferenceProblems, referencePaths, selfReferences, type KnownIds, type SelfReference } from './references.ts';
import { rawCharacterProblems, readEntrySource } from './input-safety.ts';
import { closest, editDistance, foldForMatch, toId, type Candidate } from './suggest.ts';
import { LEDGER_FILE, checkRequirementCodes, readLedger, type CodeUse } from './requirement-codes.ts';
import { contentFolder } from '../content-dir.ts';

/** The content folder's name in the repository (src/content-dir.ts). */
export const CONTENT_DIR = contentFolder;

export interface EntryFile {
  collection: CollectionName;
  id: string;
  /** Relative to the root, forward slashes: content/cases/x.md */
  file: string;
  absolute: string;
  kind: BodyKind | 'yaml';
}

export interface CheckedEntry extends EntryFile {
  data: unknown;
  problems: Problem[];
  headings: Heading[];
  /** The file's lines, for judging whether a section has any text. */
  lines: readonly string[];
  /** False when the body has a syntax error: its sections are then not judged. */
  bodyParsed: boolean;
  bodyFirstLine: number;
  lineOf: (path: readonly PathSegment[]) => number;
}

export interface CheckOptions {
  /** The folder that contains content/. */
  root: string;
  /**
   * The content folder itself, when it is not `<root>/content` (COMMONS_CONTENT_DIR: benchmark and
   * fixture catalogues). Problems are still reported as content/<collection>/<file>.
   */
  contentDir?: string;
  /** Only report on these files or folders (absolute, or relative to `cwd`); the rest is still read for references. */
  paths?: readonly string[];
  cwd?: string;
}

export interface CheckResult {
  problems: Problem[];
  /** Entries checked, per collection. */
  counts: Record<CollectionName, number>;
  entries: number;
}

const extensionOwners = new Map<string, CollectionName[]>();
for (const name of collectionNames) {
  for (const ext of collections[name].extensions) extensionOwners.set(ext, [...(extensionOwners.get(ext) ?? []), name]);
}

function kindOf(ext: string): BodyKind | 'yaml' {
  return ext === '.mdx' ? 'mdx' : ext === '.md' ? 'md' : 'yaml';
}

function isCollection(name: string): name is CollectionName {
  return (collectionNames as readonly string[]).includes(name);
}

// --- One file ------------------------------------------------------------------------------------

/**
 * Limits that keep the check linear in the input. Markdown parsers (the build's Sätteri among
 * them) take time that grows with the square of the input for some shapes, e.g. thousands of
 * unclosed `<sup title="`: 3 s at 100 KB, 22 s at 200 KB. Both limits are read in one pass,
 * before any parser sees the file, so a 5 MB entry is refused in milliseconds. The longest real
 * entry is 18 KB with 4 `<`.
 */
export const MAX_ENTRY_BYTES = 100 * 1024;
export const MAX_BODY_ANGLE_BRACKETS = 1000;

function sizeProblem(entry: Pick<EntryFile, 'file' | 'kind'>, source: string): Problem | undefined {
  const bytes = Buffer.byteLength(source, 'utf8');
  if (bytes > MAX_ENTRY_BYTES) {
    return { file: entry.file, line: 1, field: 'file', message: sayFiles.tooLarge(Math.ceil(bytes / 1024), MAX_ENTRY_BYTES / 1024) };
  }
  if (entry.kind === 'yaml') return undefined;
  let count = 0;
  let line = 1;
  let lineOfLimit = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 60 && ++count === MAX_BODY_ANGLE_BRACKETS + 1) lineOfLimit = line;
  }
  return count > MAX_BODY_ANGLE_BRACKETS ? { file: entry.file, line: lineOfLimit, field: 'body', message: sayFiles.tooManyTags(count, MAX_BODY_ANGLE_BRACKETS) } : undefined;
}

/**
 * Checks one entry from its source text: frontmatter or YAML, schema and body safety. References
 * need the ids of the whole catalogue and are checked by reportEntry.
 */
export function checkEntrySource(entry: EntryFile, source: string): CheckedEntry {
  const problems: Problem[] = [];
  const result: CheckedEntry = { ...entry, data: undefined, problems, headings: [], lines: source.split('\n'), bodyParsed: true, bodyFirstLine: 1, lineOf: () => 1 };
  const { file } = entry;
  let yamlText = source;
  let yamlFirstLine = 1;
  if (entry.kind !== 'yaml') {
    const split = splitFrontmatter(source);
    if ('message' in split) {
      problems.push({ file, line: split.line, field: 'frontmatter', message: split.message });
    } else {
      yamlText = split.yaml;
      yamlFirstLine = split.yamlFirstLine;
      result.bodyFirstLine = split.bodyFirstLine;
    }
    // Safety runs even when the frontmatter is broken: unsafe content is reported regardless.
    const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
    const bodyResult = checkBody(
      text,
      entry.kind,
      'message' in split
        ? {}
        : {
            bodyFirstLine: split.bodyFirstLine,
            // The fast path may only accept a case whose required sections it can see.
            acceptHeadings: (headings) => entry.collection !== 'cases' || hasRequiredSections(headings, entryLanguage(quickLanguage(split.yaml))),
          },
    );
    for (const p of bodyResult.problems) problems.push({ file, line: p.line, field: 'body', message: p.message });
    // The authority on safety: the body rendered by the build's own renderer and judged against
    // the allowlist. A line the syntax walk above already explained is not reported twice.
    for (const p of verifyRenderedBody(text, entry.kind, bodyResult.problems)) problems.push({ file, line: p.line, field: 'body', message: p.message });
    const bodyFirstLine = 'message' in split ? 1 : split.bodyFirstLine;
    for (const { line, message } of rawCharacterProblems(result.lines.slice(bodyFirstLine - 1).join('\n'), bodyFirstLine, 'body')) problems.push({ file, line, field: 'body', message });
    result.headings = bodyResult.headings;
    result.bodyParsed = bodyResult.parsed;
    if ('message' in split) return result;
  }

  const parsed = parseYaml(yamlText, yamlFirstLine);
  result.lineOf = parsed.lineOf;
  for (const error of parsed.errors) problems.push({ file, line: error.line, field: error.field ?? 'frontmatter', message: error.message });
  // A syntax error leaves nothing to validate; a date outside the calendar still lets the rest be checked.
  if (parsed.errors.length && parsed.data === undefined) return result;

  const data = parsed.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data) || data === null) {
    problems.push({ file, line: yamlFirstLine, field: 'frontmatter', message: sayFrontmatter.notAMapping(data) });
    return result;
  }
  result.data = data;

  const schema = collections[entry.collection].schema as z.ZodType;
  const parsedData = schema.safeParse(data);
  if (!parsedData.success) {
    const refPaths = referencePaths(entry.collection, data);
    problems.push(
      ...problemsFromIssues(parsedData.error.issues, {
        file,
        schema,
        data,
        lineOf: result.lineOf,
        isReference: (at) => refPaths.has(formatPath(at)),
      }),
    );
    const fitsElsewhere = (extensionOwners.get(path.extname(file)) ?? []).find(
      (other) => other !== entry.collection && (collections[other].schema as z.ZodType).safeParse(data).success,
    );
    if (fitsElsewhere) problems.push({ file, line: 1, field: 'file', message: sayFiles.looksLikeOther(entry.collection, fitsElsewhere) });
  }

  if (entry.collection === 'cases' && result.bodyParsed) problems.push(...checkCaseSections(result));
  return result;
}

function entryLanguage(data: unknown): ContentLanguage {
  const language = (data as { language?: unknown } | undefined)?.language;
  return (contentLanguages as readonly unknown[]).includes(language) ? (language as ContentLanguage) : 'en';
}

/** The `language:` line, read without parsing YAML, for choosing section headings early. */
function quickLanguage(yaml: string): { language?: string } {
  const match = /^language:[ \t]*['"]?([a-z]{2})['"]?[ \t]*$/m.exec(yaml);
  return match?.[1] ? { language: match[1] } : {};
}

function hasRequiredSections(headings: readonly { text: string }[], language: ContentLanguage): boolean {
  const found = new Set(headings.map((h) => sectionForHeading(h.text, language)));
  return requiredCaseSections.every((section) => found.has(section));
}

function checkCaseSections(entry: CheckedEntry): Problem[] {
  const language = entryLanguage(entry.data);
  // With an unknown language (already reported), a heading in any of the six languages counts.
  const languages = language === (entry.data as { language?: unknown } | undefined)?.language ? [language] : contentLanguages;
  const found = new Set(entry.headings.flatMap((h) => languages.map((l) => sectionForHeading(h.text, l))));
  const problems: Problem[] = [];
  for (const section of requiredCaseSections) {
    if (found.has(section)) {
      const index = entry.headings.findIndex((h) => languages.some((l) => sectionForHeading(h.text, l) === section));
      const heading = entry.headings[index];
      if (heading && sectionIsEmpty(entry, index)) {
        problems.push({ file: entry.file, line: heading.line, field: 'body', message: sayBody.emptySection(section, heading.text) });
      }
      continue;
    }
    const heading = caseSectionHeadings[language][section];
    const english = caseSectionHeadings.en[section];
    problems.push({ file: entry.file, line: entry.bodyFirstLine, field: 'body', message: sayBody.missingSection(section, heading, english) });
    // A heading that is nearly right ("## Lärdommar") is the likeliest cause; point at it.
    for (const h of entry.headings) {
      const folded = foldForMatch(h.text);
      const near = [heading, english].find((want) => editDistance(folded, foldForMatch(want), 3) <= Math.max(1, Math.floor(want.length / 4)));
      if (near) problems.push({ file: entry.file, line: h.line, field: 'body', message: sayBody.nearlySection(h.text, near) });
    }
  }
  return problems;
}

/** Whether no text stands between a heading and the next heading of the same or a higher level. */
function sectionIsEmpty(entry: CheckedEntry, index: number): boolean {
  const heading = entry.headings[index]!;
  const next = entry.headings.slice(index + 1).find((h) => h.depth <= heading.depth);
  const subheadingLines = new Set(entry.headings.map((h) => h.line));
  const end = next ? next.line - 1 : entry.lines.length;
  for (let line = heading.line + 1; line <= end; line++) {
    if (subheadingLines.has(line)) continue;
    if ((entry.lines[line - 1] ?? '').trim() !== '') return false;
  }
  return true;
}

// --- The whole content folder -----------------------------------------------------------------

function readDir(dir: string) {
  try {
    return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return [];
  }
}

interface Listing {
  entries: EntryFile[];
  problems: Problem[];
}

/** Lists content/ and applies the folder and file-name rules. */
function listContent(contentDir: string): Listing {
  const entries: EntryFile[] = [];
  const problems: Problem[] = [];
  const rel = (...parts: string[]) => [CONTENT_DIR, ...parts].join('/');

  for (const item of readDir(contentDir)) {
    if (item.isSymbolicLink()) {
      problems.push({ file: rel(item.name), line: 1, field: 'file', message: sayFiles.symlink(item.name) });
      continue;
    }
    if (!item.isDirectory()) {
      if (!NOT_ENTRIES.has(item.name)) problems.push({ file: rel(item.name), line: 1, field: 'file', message: sayFiles.strayRootFile(item.name, collectionNames) });
      continue;
    }
    if (!isCollection(item.name)) {
      problems.push({ file: `${rel(item.name)}/`, line: 1, field: 'folder', message: sayFiles.unknownFolder(item.name, collectionNames, closest(item.name, collectionNames)) });
      continue;
    }
    const collection = item.name;
    const allowed: readonly string[] = collections[collection].extensions;
    const walkNested = (dir: string, parts: string[]) => {
      for (const nested of readDir(dir)) {
        const nestedParts = [...parts, nested.name];
        if (nested.isSymbolicLink()) problems.push({ file: rel(collection, ...nestedParts), line: 1, field: 'file', message: sayFiles.symlink(nested.name) });
        else if (nested.isDirectory()) walkNested(path.join(dir, nested.name), nestedParts);
        else problems.push({ file: rel(collection, ...nestedParts), line: 1, field: 'file', message: sayFiles.nestedFolder(collection) });
      }
    };
    for (const file of readDir(path.join(contentDir, collection))) {
      const relative = rel(collection, file.name);
      // A link could pull any file of the build machine into the site.
      if (file.isSymbolicLink()) {
        problems.push({ file: relative, line: 1, field: 'file', message: sayFiles.symlink(file.name) });
        continue;
      }
      if (file.isDirectory()) {
        walkNested(path.join(contentDir, collection, file.name), [file.name]);
        continue;
      }
      // Not loaded by the build (schema/entry-files.ts), so nothing to check; every other file is
      // either an entry or named below.
      if (NOT_ENTRIES.has(file.name)) continue;
      // The ledger of requirement codes (requirement-codes.ts) is read by its own rule.
      if (collection === 'requirements' && file.name === LEDGER_FILE) continue;
      const dot = file.name.lastIndexOf('.');
      const ext = dot > 0 ? file.name.slice(dot) : '';
      const id = dot > 0 ? file.name.slice(0, dot) : file.name;
      const problem = (message: string) => problems.push({ file: relative, line: 1, field: 'file', message });
      if (!allowed.includes(ext)) {
        if (allowed.includes(ext.toLowerCase())) problem(sayFiles.upperCaseExtension(ext));
        else if (ext.toLowerCase() === '.yml' && allowed.includes('.yaml')) problem(sayFiles.ymlExtension());
        else if (ext === '' || file.name.startsWith('.')) problem(sayFiles.strayFile(file.name, collection, allowed));
        else problem(sayFiles.wrongExtension(ext, collection, allowed, extensionOwners.get(ext.toLowerCase()) ?? []));
        continue;
      }
      if (!ID_PATTERN.test(id) || !isEntryFile(collection, file.name)) {
        problem(sayFiles.badId(file.name, `${toId(id) || 'entry-name'}${ext}`));
        continue;
      }
      entries.push({ collection, id, file: relative, absolute: path.join(contentDir, collection, file.name), kind: kindOf(ext) });
    }
  }
  return { entries, problems };
}

/** The files the check reads as entries (content/<collection>/<file>), for comparing with what the build loads. */
export function listEntryFiles(contentDir: string): string[] {
  return listContent(path.resolve(contentDir)).entries.map((entry) => entry.file);
}

/** Whether a reported file is inside one of the selected paths (all files when none are given). */
function selector(contentDir: string, paths: readonly string[] | undefined, cwd: string): (file: string) => boolean {
  if (!paths || paths.length === 0) return () => true;
  const selected = paths.map((p) => {
    const absolute = path.resolve(cwd, p);
    // A folder that contains the content folder selects everything.
    if (`${contentDir}${path.sep}`.startsWith(`${absolute}${path.sep}`)) return '';
    const inside = path.relative(contentDir, absolute);
    if (inside.startsWith('..') || path.isAbsolute(inside)) return '\0';
    let relative = [CONTENT_DIR, ...inside.split(path.sep)].filter(Boolean).join('/');
    try {
      if (statSync(absolute).isDirectory()) relative += '/';
    } catch {
      // A path that does not exist selects nothing; the CLI says so.
    }
    return relative;
  });
  return (file) => selected.some((s) => s === '' || file === s || file.startsWith(s.endsWith('/') ? s : `${s}/`) || `${file}/` === s);
}

/** Label-aware candidates for "did you mean": ids plus the names people actually type. */
function candidatesFor(entries: readonly CheckedEntry[]): Candidate[] {
  const out: Candidate[] = [];
  for (const entry of entries) {
    out.push({ text: entry.id, id: entry.id });
    const data = entry.data as Record<string, unknown> | undefined;
    if (!data) continue;
    const texts: unknown[] = [data.title, data.name];
    for (const key of ['labels', 'synonyms'] as const) {
      const byLanguage = data[key];
      if (byLanguage && typeof byLanguage === 'object') texts.push(...Object.values(byLanguage as Record<string, unknown>).flat());
    }
    for (const key of ['abbreviations', 'otherNames'] as const) if (Array.isArray(data[key])) texts.push(...(data[key] as unknown[]));
    for (const text of texts) if (typeof text === 'string' && text.trim()) out.push({ text, id: entry.id });
  }
  return out;
}

/** What one entry contributes to the whole-catalogue result: plain data, so a worker can send it. */
export interface EntryReport {
  file: string;
  collection: CollectionName;
  problems: Problem[];
  /** References to ids that do not exist; phrased later, when suggestions from the whole catalogue are known. */
  dangling: { line: number; field: string; value: string; target: CollectionName }[];
  /** The texts that name this entry (id, title, labels, synonyms), for "did you mean". */
  candidates: Candidate[];
  /** A requirement's code, for the ledger rule that spans the catalogue. */
  requirementCode?: CodeUse;
  /** References to entries of its own collection (translationOf, broader, parent), for the cycle rule. */
  selfReferences?: SelfReference[];
}

/** Reads and checks one entry, references included (against the ids known from file names). */
export function reportEntry(entry: EntryFile, ids: KnownIds): EntryReport {
  let result: CheckedEntry;
  const refused = (problem: Problem): EntryReport => ({ file: entry.file, collection: entry.collection, problems: [problem], dangling: [], candidates: [{ text: entry.id, id: entry.id }] });
  try {
    const read = readEntrySource(entry.absolute);
    if (!('source' in read)) return refused({ file: entry.file, line: read.line, field: 'file', message: read.message });
    // Over the limits nothing else is read: the file is refused whole, in time linear in its size.
    const tooLarge = sizeProblem(entry, read.source);
    if (tooLarge) return refused(tooLarge);
    result = checkEntrySource(entry, read.source);
  } catch (error) {
    return refused({ file: entry.file, line: 1, field: 'file', message: sayFiles.unreadable((error as Error).message) });
  }
  const report: EntryReport = { file: entry.file, collection: entry.collection, problems: result.problems, dangling: [], candidates: candidatesFor([result]) };
  if (!result.data) return report;
  const data = result.data as { code?: unknown; category?: unknown };
  if (entry.collection === 'requirements' && typeof data.code === 'string') {
    // A top-level key in the frontmatter; found by its line, without building a YAML source map.
    const line = result.lines.findIndex((text) => /^code\s*:/.test(text)) + 1 || 1;
    report.requirementCode = { requirement: entry.id, file: entry.file, line, code: data.code, ...(typeof data.category === 'string' ? { category: data.category } : {}) };
  }
  for (const found of findReferenceProblems(entry, result.data, ids)) {
    // lineOf builds a source map of the YAML, so it is only asked for when there is a problem.
    const line = result.lineOf(found.path);
    const field = formatPath(found.path);
    if (found.kind === 'itself') report.problems.push({ file: entry.file, line, field, message: sayRef.itself(found.value) });
    else report.dangling.push({ line, field, value: found.value, target: found.target });
  }
  const own = selfReferences(entry, result.data).map((found) => ({ ...found, line: result.lineOf(found.path) }));
  if (own.length > 0) report.selfReferences = own;
  return report;
}

interface Prepared {
  listing: Listing;
  ids: KnownIds;
  problems: Problem[];
  selected: EntryFile[];
  contentDir: string;
  /** Whether every file is checked (no path selection). */
  complete: boolean;
  isSelected: (file: string) => boolean;
}

/** Lists content/, applies the folder, file-name and duplicate-id rules, and picks the entries to check. */
function prepare(options: CheckOptions): Prepared {
  const contentDir = path.resolve(options.contentDir ?? path.join(options.root, CONTENT_DIR));
  const isSelected = selector(contentDir, options.paths, options.cwd ?? process.cwd());
  const listing = listContent(contentDir);
  const problems: Problem[] = listing.problems.filter((p) => isSelected(p.file));

  // Ids known to exist, from file names alone (cheap even when only a few files are checked).
  const ids = Object.fromEntries(collectionNames.map((n) => [n, new Set<string>()])) as Record<CollectionName, Set<string>>;
  const byId = new Map<string, EntryFile[]>();
  for (const entry of listing.entries) {
    ids[entry.collection].add(entry.id);
    const key = `${entry.collection}/${entry.id}`;
    byId.set(key, [...(byId.get(key) ?? []), entry]);
  }
  for (const group of byId.values()) {
    if (group.length < 2) continue;
    for (const entry of group) {
      if (!isSelected(entry.file)) continue;
      const others = group.filter((o) => o !== entry).map((o) => o.file);
      problems.push({ file: entry.file, line: 1, field: 'file', message: sayFiles.duplicateId(entry.id, entry.collection, others) });
    }
  }
  const complete = !options.paths || options.paths.length === 0;
  return { listing, ids, problems, selected: listing.entries.filter((e) => isSelected(e.file)), contentDir, complete, isSelected };
}

/** Gathers the entry reports into one result, phrasing dangling references with the closest match. */
function finish(prepared: Prepared, reports: readonly EntryReport[]): CheckResult {
  const { listing, ids, selected } = prepared;
  const problems = [...prepared.problems];
  const counts = Object.fromEntries(collectionNames.map((n) => [n, 0])) as Record<CollectionName, number>;
  for (const entry of selected) counts[entry.collection]++;
  const reportByFile = new Map(reports.map((r) => [r.file, r]));
  for (const report of reports) problems.push(...report.problems);

  // Suggestions: label-aware for the small vocabularies (topics, organisations, read on demand
  // when they were not checked in this run); ids alone for the rest.
  const candidateCache = new Map<CollectionName, Candidate[]>();
  const candidates = (collection: CollectionName): Candidate[] => {
    let list = candidateCache.get(collection);
    if (!list) {
      const labelled = isEveryLanguageCollection(collection);
      list = listing.entries
        .filter((e) => e.collection === collection)
        .flatMap((e) => reportByFile.get(e.file)?.candidates ?? (labelled ? reportEntry(e, ids).candidates : [{ text: e.id, id: e.id }]));
      candidateCache.set(collection, list);
    }
    return list;
  };
  for (const report of reports) {
    for (const d of report.dangling) {
      problems.push({ file: report.file, line: d.line, field: d.field, message: sayRef.dangling(d.value, d.target, closest(d.value, candidates(d.target))) });
    }
  }

  problems.push(...requirementCodeProblems(prepared, reports));
  // A loop may pass through entries outside the selected paths: read those of the same collections.
  const looped = new Set(reports.filter((r) => r.selfReferences).map((r) => r.collection));
  const others = looped.size === 0 ? [] : listing.entries.filter((e) => looped.has(e.collection) && !reportByFile.has(e.file)).map((e) => reportEntry(e, ids));
  problems.push(...findReferenceCycles([...reports, ...others]).filter((p) => reportByFile.has(p.file)));
  problems.sort(compareProblems);
  return { problems, counts, entries: selected.length };
}

/** The requirement-code ledger rules (requirement-codes.ts) over the checked requirements. */
function requirementCodeProblems(prepared: Prepared, reports: readonly EntryReport[]): Problem[] {
  const uses = reports.flatMap((report) => (report.requirementCode ? [report.requirementCode] : []));
  const hasRequirements = prepared.listing.entries.some((entry) => entry.collection === 'requirements');
  const { ledger, exists } = readLedger(prepared.contentDir);
  if (!exists && !hasRequirements) return [];
  const ledgerFile = `${CONTENT_DIR}/requirements/${LEDGER_FILE}`;
  return checkRequirementCodes(uses, ledger, { complete: prepared.complete, reportLedger: prepared.complete || prepared.isSelected(ledgerFile) });
}

/** Checks content/ (or the selected paths) in this thread. */
export function checkContent(options: CheckOptions): CheckResult {
  const prepared = prepare(options);
  return finish(prepared, prepared.selected.map((entry) => reportEntry(entry, prepared.ids)));
}

/** Below this many entries, starting worker threads costs more than it saves. */
const PARALLEL_THRESHOLD = 1500;

/**
 * Checks content/ like checkContent, spreading large catalogues over worker threads (one per core,
 * at most four). The result is identical: reports are plain data and sorted at the end.
 */
export async function checkContentParallel(options: CheckOptions & { workers?: number }): Promise<CheckResult> {
  const prepared = prepare(options);
  const workers = options.workers ?? Math.min(availableParallelism(), 4, Math.ceil(prepared.selected.length / 500));
  if (workers < 2 || (options.workers === undefined && prepared.selected.length < PARALLEL_THRESHOLD)) {
    return finish(prepared, prepared.selected.map((entry) => reportEntry(entry, prepared.ids)));
  }
  const ids = Object.fromEntries(collectionNames.map((n) => [n, [...prepared.ids[n]]]));
  const chunks: EntryFile[][] = Array.from({ length: workers }, () => []);
  prepared.selected.forEach((entry, i) => chunks[i % workers]?.push(entry));
  const results = await Promise.all(
    chunks.map(
      (entries) =>
        new Promise<EntryReport[]>((resolve, reject) => {
          const worker = new Worker(new URL('./check-worker.ts', import.meta.url), { workerData: { entries, ids } });
          worker.once('message', (reports: EntryReport[]) => resolve(reports));
          worker.once('error', reject);
          worker.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`content check worker exited with code ${code}`))));
        }),
    ),
  );
  return finish(prepared, results.flat());
}

// --- A single source text, as the build sees it ---------------------------------------------

/**
 * Checks the source of one Markdown/MDX file under content/ as the bundler is about to compile it.
 * Used by the build's last line of defence (src/checks/content-guard.ts), so a file that
 * appeared after the full check still cannot run code. References are not resolved here.
 */
export function checkSourceForBuild(contentDir: string, absoluteFile: string, source: string): Problem[] {
  const relative = [CONTENT_DIR, ...path.relative(path.resolve(contentDir), absoluteFile).split(path.sep)].join('/');
  const parts = relative.split('/');
  const name = parts[parts.length - 1] ?? '';
  const dot = name.lastIndexOf('.');
  const ext = name.slice(dot).toLowerCase();
  const kind: BodyKind = ext === '.mdx' ? 'mdx' : 'md';
  const collection = parts[1] ?? '';
  const id = name.slice(0, dot);
  const tooLarge = sizeProblem({ file: relative, kind }, source);
  if (tooLarge) return [tooLarge];
  if (parts.length === 3 && isCollection(collection) && (collections[collection].extensions as readonly string[]).includes(ext) && ID_PATTERN.test(id)) {
    return checkEntrySource({ collection, id, file: relative, absolute: absoluteFile, kind }, source).problems;
  }
  // Not a well-placed entry: the full check names the file rule; here only safety matters.
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const walked = checkBody(text, kind).problems;
  const found = [...walked, ...verifyRenderedBody(text, kind, walked)];
  return found.map((p) => ({ file: relative, line: p.line, field: 'body', message: p.message }));
}
