/**
 * Pure logic behind `npm run new` and the "propose" links: turn a title into a file name, suggest
 * topics from the shared vocabulary, and fill a template (templates/<collection>.*) with answers.
 * No file system here: the CLI (scripts/new-entry.ts) and the site read the templates and the
 * vocabulary and pass them in, so everything below is unit-tested without a disk.
 *
 * Templates are the one place where the fields are explained to a contributor. The renderer only
 * replaces the value on a field's line, so the help comments stay beside the fields they explain.
 */
import { newEntryExtension, type CollectionName } from '../schema/collection-registry.ts';
import { caseSectionHeadings, caseSections } from '../schema/sections.ts';
import { foldLetters } from '../lib/letters.ts';
import type { ContentLanguage } from '../schema/vocabulary.ts';

/** The marker for text an author must still replace. The pull-request check lists what is left. */
export const TODO_MARKER = 'TODO:';

/** Markdown collections get `.md`, the language-neutral YAML collections `.yaml`. */
export function fileExtensionFor(collection: CollectionName): '.md' | '.yaml' {
  return newEntryExtension(collection);
}

/**
 * Folds case, diacritics and the Nordic letters that Unicode normalisation cannot split
 * (æ ø ð þ), so "Hjärtsvikt" matches "hjartsvikt" and "Kjøpe" matches "kjope".
 */
export const fold = foldLetters;

/**
 * A file name (the entry's id) from a title: lower-case ASCII letters, digits and single hyphens,
 * cut at a word boundary so ids stay readable in URLs. "Ordnat införande i Jämtland Härjedalen"
 * becomes "ordnat-inforande-i-jamtland-harjedalen".
 */
export function slugify(title: string, maxLength = 60): string {
  const slug = fold(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

/** The first free name: slug, slug-2, slug-3 … (never overwrite someone's entry). */
export function freeSlug(slug: string, isTaken: (candidate: string) => boolean): string {
  if (!isTaken(slug)) return slug;
  for (let n = 2; ; n++) {
    const candidate = `${slug}-${n}`;
    if (!isTaken(candidate)) return candidate;
  }
}

// ---------------------------------------------------------------------------------------------
// Topic suggestions

/** What the suggester needs of a topic: its id and its words in every language. */
export interface TopicTerms {
  id: string;
  data: {
    labels: Partial<Record<ContentLanguage, string>>;
    synonyms?: Partial<Record<ContentLanguage, readonly string[]>>;
    abbreviations?: readonly string[];
  };
}

export interface TopicSuggestion {
  id: string;
  score: number;
  /** The label, synonym or abbreviation that matched, as written in the vocabulary. */
  matched: string;
}

function words(value: string): string[] {
  return fold(value)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

/** Whether `needle` occurs as a run of whole words in `haystack`. */
function containsPhrase(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Compound parts shorter than this are too common to mean anything ("vård", "hem"). */
const MIN_COMPOUND_PART = 6;

/**
 * How well one vocabulary term matches the text's words:
 * 3 + length bonus  the whole term occurs as words ("remote monitoring", "KOL")
 * 2                 a word of the text is a compound that contains the term ("hemmonitorering" ⊃ "monitorering")
 * 1                 the term is a compound that contains a long word of the text
 */
function termScore(textWords: readonly string[], term: string): number {
  const termWords = words(term);
  if (termWords.length === 0) return 0;
  if (containsPhrase(textWords, termWords)) return 3 + Math.min(termWords.join(' ').length, 30) / 30;
  if (termWords.length === 1) {
    const single = termWords[0]!;
    if (single.length >= MIN_COMPOUND_PART && textWords.some((word) => word.length > single.length && word.includes(single))) return 2;
    if (textWords.some((word) => word.length >= MIN_COMPOUND_PART && single.length > word.length && single.includes(word))) return 1;
  }
  return 0;
}

/**
 * Topics whose labels, synonyms or abbreviations (in any of the six languages) occur in the text,
 * best first. Nordic compounds count: "Hemmonitorering av KOL-patienter" suggests
 * remote-patient-monitoring and copd.
 */
export function suggestTopics(text: string, topics: readonly TopicTerms[], limit = 6): TopicSuggestion[] {
  const textWords = words(text);
  const suggestions: TopicSuggestion[] = [];
  for (const topic of topics) {
    const terms = [
      topic.id.replace(/-/g, ' '),
      ...Object.values(topic.data.labels),
      ...Object.values(topic.data.synonyms ?? {}).flat(),
      ...(topic.data.abbreviations ?? []),
    ].filter((term): term is string => typeof term === 'string');
    let best: TopicSuggestion | undefined;
    for (const term of terms) {
      const score = termScore(textWords, term);
      if (score > 0 && (!best || score > best.score)) best = { id: topic.id, score, matched: term };
    }
    if (best) suggestions.push(best);
  }
  return suggestions.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit);
}

// ---------------------------------------------------------------------------------------------
// Filling a template

export type FieldValue = string | number | boolean | readonly string[] | { readonly [key: string]: string | number | boolean };

/** Words YAML readers have taken for booleans or null; always quoted so NO stays Norway. */
const RISKY_PLAIN = new Set(['y', 'n', 'yes', 'no', 'on', 'off', 'true', 'false', 'null']);

function yamlScalar(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  const plain = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$|^[A-Z]{2}$/.test(value) && !RISKY_PLAIN.has(value.toLowerCase());
  // JSON strings are valid YAML double-quoted scalars, and keep å ä ö ø æ as they are.
  return plain ? value : JSON.stringify(value);
}

/** A value in YAML flow style, on one line, so it fits the template's `key: value` lines. */
export function yamlValue(value: FieldValue): string {
  // Array.isArray narrows a readonly array to any[]: say which array it is.
  if (Array.isArray(value)) return `[${(value as readonly string[]).map((item) => yamlScalar(item)).join(', ')}]`;
  if (typeof value === 'object') {
    return `{ ${Object.entries(value as Record<string, string | number | boolean>)
      .map(([key, item]) => `${key}: ${yamlScalar(item)}`)
      .join(', ')} }`;
  }
  return yamlScalar(value);
}

const KEY_LINE = (key: string) => new RegExp(`^(#\\s?)?${key}:(?:\\s|$)`);

/**
 * Sets one field in a template's YAML. `path` is a top-level key ("title") or a key one level
 * down ("labels.en"). A commented-out optional field (`# summaryEn: ""`) is uncommented. The help
 * comments around it stay. Returns false when the template has no such field.
 */
export function setField(lines: string[], path: string, value: FieldValue, todo?: string): boolean {
  const [parent, child] = path.split('.') as [string, string | undefined];
  const parentIndex = lines.findIndex((line) => KEY_LINE(parent).test(line));
  if (parentIndex < 0) return false;
  const comment = todo ? ` # ${TODO_MARKER} ${todo}` : '';
  if (child === undefined) {
    lines[parentIndex] = `${parent}: ${yamlValue(value)}${comment}`;
    return true;
  }
  for (let i = parentIndex + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\S/.test(line)) break; // the next top-level key or comment: the block has ended
    const match = new RegExp(`^(\\s+)${child}:(?:\\s|$)`).exec(line);
    if (match) {
      lines[i] = `${match[1]}${child}: ${yamlValue(value)}${comment}`;
      return true;
    }
  }
  return false;
}

/** Case templates carry English headings; an entry gets them in its own language. */
export function localiseCaseHeadings(markdown: string, language: ContentLanguage): string {
  const english = caseSectionHeadings.en;
  const target = caseSectionHeadings[language];
  return markdown.replace(/^## (.+)$/gm, (line, heading: string) => {
    const section = caseSections.find((name) => english[name] === heading.trim());
    return section ? `## ${target[section]}` : line;
  });
}

/** What the scaffolder asks, per collection. Fields a collection does not have are ignored. */
export interface EntryAnswers {
  collection: CollectionName;
  /** The title; for an organisation its name, for a topic its English label. */
  title: string;
  language?: ContentLanguage;
  countries?: readonly string[];
  topics?: readonly string[];
  organisations?: readonly string[];
  /** Today's date as YYYY-MM-DD, written as lastVerified. */
  today: string;
  /** Any other top-level field the author already knows (summary, stage, start, place …). */
  fields?: Record<string, FieldValue>;
  /**
   * Values the schema requires but the author has not given (a case's start, say): written so the
   * entry is valid, each with a TODO comment so nobody mistakes the guess for a fact.
   */
  guesses?: Record<string, { value: FieldValue; todo: string }>;
  /**
   * Optional fields the author could not answer yet: written commented out with a TODO, so they
   * fill them in or delete the line (a case's start, when they do not know it offhand).
   */
  open?: Record<string, string>;
}

/** The template field that holds each answer, per collection. */
function fieldsFromAnswers(answers: EntryAnswers): Record<string, FieldValue> {
  const { collection, title, language, countries = [], topics = [], organisations = [], today } = answers;
  const out: Record<string, FieldValue> = {};
  const firstCountry = countries[0];
  switch (collection) {
    case 'topics':
      out['labels.en'] = title;
      break;
    case 'organisations':
      out['name'] = title;
      if (firstCountry) out['country'] = firstCountry;
      break;
    default:
      out['title'] = title;
      if (language) out['language'] = language;
      if (topics.length > 0) out['topics'] = topics;
      out['lastVerified'] = today;
  }
  if (collection === 'cases') {
    if (countries.length > 0) out['countries'] = countries;
    if (organisations.length > 0) out['organisations'] = organisations;
  }
  if (collection === 'events') {
    if (organisations.length > 0) out['organisers'] = organisations;
    if (firstCountry) out['country'] = firstCountry;
  }
  if (collection === 'methods') {
    const origin: Record<string, string> = {};
    if (firstCountry) origin['country'] = firstCountry;
    if (organisations[0]) origin['organisation'] = organisations[0];
    if (Object.keys(origin).length > 0) out['origin'] = origin;
  }
  return { ...out, ...answers.fields };
}

/**
 * An entry from its template and the author's answers. What the author did not answer keeps the
 * template's text, including its TODO lines: the result is a valid entry for the schema, and the
 * TODO lines say plainly what is still to be written.
 */
export function renderEntry(template: string, answers: EntryAnswers): string {
  const lines = template.split('\n');
  const fields = fieldsFromAnswers(answers);
  for (const [path, { value, todo }] of Object.entries(answers.guesses ?? {})) {
    if (path in fields) continue;
    if (!setField(lines, path, value, todo)) throw new Error(`templates/${answers.collection} has no field '${path}'`);
  }
  for (const [path, value] of Object.entries(fields)) {
    if (!setField(lines, path, value)) throw new Error(`templates/${answers.collection} has no field '${path}'`);
  }
  for (const [key, todo] of Object.entries(answers.open ?? {})) {
    if (key in fields) continue;
    const index = lines.findIndex((line) => KEY_LINE(key).test(line));
    if (index < 0) throw new Error(`templates/${answers.collection} has no field '${key}'`);
    lines[index] = `# ${key}: "" # ${TODO_MARKER} ${todo}`;
  }
  const text = lines.join('\n');
  return answers.collection === 'cases' && answers.language ? localiseCaseHeadings(text, answers.language) : text;
}

export interface TodoLine {
  /** 1-based line number. */
  line: number;
  text: string;
}

/** The lines that still hold a template's TODO, so the author (and the pull-request check) sees them. */
export function findTodos(text: string): TodoLine[] {
  const out: TodoLine[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.includes(TODO_MARKER)) out.push({ line: index + 1, text: line.trim() });
  });
  return out;
}

/**
 * Help text per top-level field, read from the comment lines right above it in the template, so
 * the JSON Schema's hover help and the template never say different things.
 */
export function fieldHelpFromTemplate(template: string): Record<string, string> {
  const help: Record<string, string> = {};
  let comments: string[] = [];
  for (const line of template.split('\n')) {
    const key = /^(?:#\s?)?([a-z][A-Za-z]*):(?:\s|$)/.exec(line);
    if (key && !/^#\s{2,}/.test(line)) {
      if (comments.length > 0 && !(key[1]! in help)) help[key[1]!] = comments.join(' ');
      comments = [];
    } else if (/^#\s/.test(line) && !/^#\s{2,}/.test(line) && !/^#\s*-/.test(line)) {
      comments.push(line.replace(/^#\s?/, '').trim());
    } else {
      comments = [];
    }
  }
  return help;
}
