/**
 * Input the schema cannot see: bytes that are not UTF-8, characters a reader cannot see (and that
 * break RSS, iCalendar and CSV), YAML aliases that make a small file expand into a huge page, and
 * list items given twice. Each finder is one linear pass over the text or the data.
 */
import { readFileSync } from 'node:fs';
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node as YamlNode } from 'yaml';
import { input as say } from './messages.ts';
import { formatPath, type PathSegment } from './problem.ts';

/** A problem inside one file: its line, the field (or 'body'), and what to say. */
export interface InputProblem {
  line: number;
  field: string;
  message: string;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * A file's text, decoded strictly: invalid UTF-8 is refused, not replaced with U+FFFD as
 * readFileSync(…, 'utf8') would. The byte order mark is kept, as readFileSync keeps it.
 */
export function readEntrySource(absolute: string): { source: string } | { line: number; message: string } {
  const bytes = readFileSync(absolute);
  try {
    return { source: strictUtf8.decode(bytes) };
  } catch {
    // 0x0A never occurs inside a multi-byte sequence, so the file splits into lines as bytes.
    let start = 0;
    for (let line = 1; ; line++) {
      const end = bytes.indexOf(0x0a, start);
      try {
        strictUtf8.decode(bytes.subarray(start, end === -1 ? bytes.length : end));
      } catch {
        return { line, message: say.notUtf8(line) };
      }
      if (end === -1) return { line: 1, message: say.notUtf8(1) };
      start = end + 1;
    }
  }
}

/** Control characters other than tab and line feed (a CR is text only as part of a line end). */
const CONTROL = /[\p{Cc}--[\t\n]]/gv;

/** The field a YAML line sets ("place" for "  place: x", "- place: x"), for a line that cannot be parsed. */
export function keyOfLine(line: string): string | undefined {
  return /^[ \t]*(?:-[ \t]+)?([A-Za-z][\w-]*)[ \t]*:/.exec(line)?.[1];
}

/**
 * Control characters written as they are, one problem per line. In YAML (`field` undefined) the
 * field is the key on that line; js-yaml would refuse most of them with a bare syntax error.
 */
export function rawCharacterProblems(text: string, firstLine: number, field?: string): (InputProblem & { offset: number })[] {
  const problems: (InputProblem & { offset: number })[] = [];
  let line = firstLine;
  let lineStart = 0;
  for (const match of text.matchAll(CONTROL)) {
    const char = match[0];
    const at = match.index;
    // The CR of a CRLF line end (the frontmatter's last line keeps its CR without the LF).
    if (char === '\r' && (text[at + 1] === '\n' || at + 1 === text.length)) continue;
    const reported = line;
    for (let nl = text.indexOf('\n', lineStart); nl !== -1 && nl < at; nl = text.indexOf('\n', lineStart)) {
      line++;
      lineStart = nl + 1;
    }
    // One problem a line is enough to find it.
    if (problems.length > 0 && line === reported) continue;
    const lineEnd = text.indexOf('\n', at);
    const lineText = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
    problems.push({ line, offset: at, field: field ?? keyOfLine(lineText) ?? 'frontmatter', message: char === '\0' ? say.nul() : say.controlCharacter(char) });
  }
  return problems;
}

/** Control characters a YAML line may not hold, as spaces: the text parses, with every offset unchanged. */
export function blankControlCharacters(text: string): string {
  return text.replace(/[\p{Cc}--[\t\n\r]]/gv, ' ');
}

/** The path of the value at `offset` in a parsed YAML document ([] when it is in none). */
export function pathAt(node: unknown, offset: number, path: PathSegment[] = []): PathSegment[] {
  const contains = (n: unknown) => {
    const range = (n as YamlNode | null)?.range;
    return range != null && range[0] <= offset && offset < range[2];
  };
  if (isMap(node)) {
    for (const pair of node.items) {
      if (contains(pair.value) || contains(pair.key)) {
        return pathAt(pair.value, offset, [...path, isScalar(pair.key) ? String(pair.key.value) : '?']);
      }
    }
  } else if (isSeq(node)) {
    const index = node.items.findIndex(contains);
    if (index >= 0) return pathAt(node.items[index], offset, [...path, index]);
  }
  return path;
}

/** In a field's text: every control character but the line feed, and the Unicode line and paragraph separators. */
const FORBIDDEN_IN_FIELD = /[[\p{Cc}\u2028\u2029]--[\n]]/v;

/**
 * Walks the parsed data: texts with characters that no field may hold (escapes such as "\v" or
 * "\x00" included), and list items given twice.
 */
export function valueProblems(data: unknown): { path: PathSegment[]; message: string }[] {
  const found: { path: PathSegment[]; message: string }[] = [];
  const walk = (value: unknown, path: PathSegment[]) => {
    if (typeof value === 'string') {
      const char = FORBIDDEN_IN_FIELD.exec(value)?.[0];
      if (char) found.push({ path, message: char === '\0' ? say.nul() : say.controlCharacter(char) });
    } else if (Array.isArray(value)) {
      const first = new Map<unknown, number>();
      value.forEach((item, i) => {
        if (typeof item === 'string' || typeof item === 'number') {
          const seen = first.get(item);
          if (seen === undefined) first.set(item, i);
          else found.push({ path: [...path, i], message: say.duplicateItem(item, formatPath([...path, seen])) });
        }
        walk(item, [...path, i]);
      });
    } else if (value && typeof value === 'object' && !(value instanceof Date)) {
      for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
    }
  };
  walk(data, []);
  return found;
}

/**
 * The first YAML alias (or, when there is none, the first anchor) in a parsed document, with its
 * path. js-yaml expands every alias, so one anchor used 2,000 times made a 40 MB page.
 */
export function aliasProblem(doc: Document.Parsed): { path: PathSegment[]; offset: number; message: string; isAlias: boolean } | undefined {
  let alias: { path: PathSegment[]; offset: number; name: string } | undefined;
  let anchor: { path: PathSegment[]; offset: number; name: string } | undefined;
  let aliases = 0;
  const visit = (node: unknown, path: PathSegment[]) => {
    if (!node || typeof node !== 'object') return;
    const yamlNode = node as YamlNode & { anchor?: string };
    const offset = yamlNode.range?.[0] ?? 0;
    if (isAlias(node)) {
      aliases++;
      alias ??= { path, offset, name: node.source };
      return;
    }
    if (yamlNode.anchor) anchor ??= { path, offset, name: yamlNode.anchor };
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        visit(pair.key, path);
        const key = isScalar(pair.key) ? String(pair.key.value) : '?';
        visit(pair.value, [...path, key]);
      }
    } else if (isSeq(node)) node.items.forEach((item, i) => visit(item, [...path, i]));
  };
  visit(doc.contents, []);
  if (alias) return { path: alias.path, offset: alias.offset, message: say.alias(alias.name, aliases - 1), isAlias: true };
  if (anchor) return { path: anchor.path, offset: anchor.offset, message: say.anchor(anchor.name), isAlias: false };
  return undefined;
}
