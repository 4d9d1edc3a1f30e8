/**
 * Frontmatter and YAML files, with the line of every key. The split is strict on purpose and is
 * cross-checked against the looser rule Astro uses, so the body we check is exactly the body Astro
 * compiles: a file where the two would disagree (a closing "---x" line, blank lines before the
 * opening "---", TOML "+++") is refused rather than guessed.
 */
import jsYaml from 'js-yaml';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { frontmatter as say } from './messages.ts';
import type { PathSegment } from './problem.ts';

export interface LocatedError {
  line: number;
  message: string;
  /** The field the error is about, when known. */
  field?: string | undefined;
}

export interface SplitFile {
  /** The YAML text between the fences. */
  yaml: string;
  /** File line of the first YAML line (2 when the file opens with ---). */
  yamlFirstLine: number;
  /** File line right after the closing ---. */
  bodyFirstLine: number;
}

/** The rule @astrojs/internal-helpers uses to find frontmatter (kept verbatim to compare against). */
const ASTRO_FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

export function splitFrontmatter(source: string): SplitFile | LocatedError {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const lines = text.split('\n');
  const first = (lines[0] ?? '').replace(/\r$/, '');
  if (/^\+\+\+\s*$/.test(first)) return { line: 1, message: say.toml() };
  if (!/^---[ \t]*$/.test(first)) {
    const astro = ASTRO_FRONTMATTER.exec(text);
    return { line: 1, message: astro ? say.notOnFirstLine() : say.missing() };
  }
  let close = -1;
  for (let i = 1; i < lines.length; i++) {
    if (/^---[ \t]*$/.test((lines[i] ?? '').replace(/\r$/, ''))) {
      close = i;
      break;
    }
  }
  if (close === -1) return { line: 1, message: say.unclosed() };

  // Astro ends the frontmatter at the first "\n---" or "\n+++", even inside a longer line.
  const astro = ASTRO_FRONTMATTER.exec(text);
  const closingOffset = lines.slice(0, close).reduce((sum, line) => sum + line.length + 1, 0);
  if (astro && astro.index === 0 && astro[0].length !== closingOffset + 3) {
    const astroEnd = astro[0].length;
    const earlyLine = text.slice(0, astroEnd).split('\n').length;
    return { line: earlyLine, message: say.endsEarly(earlyLine) };
  }
  return { yaml: lines.slice(1, close).join('\n'), yamlFirstLine: 2, bodyFirstLine: close + 2 };
}

export interface ParsedYaml {
  /** Undefined when the YAML could not be read at all. */
  data: unknown;
  errors: LocatedError[];
  /** File line of the key (or list item) at `path`; for a missing key, the line of its parent. */
  lineOf(path: readonly PathSegment[]): number;
}

/**
 * Reads YAML with js-yaml, the parser Astro uses, so the data we validate is exactly the data the
 * build sees (unquoted dates become Date objects there too). Lines are looked up with the `yaml`
 * package's source map, built only when a problem needs a line.
 */
export function parseYaml(text: string, firstLine: number): ParsedYaml {
  let data: unknown;
  const errors: LocatedError[] = [];
  try {
    data = jsYaml.load(text);
  } catch (error) {
    const e = error as { reason?: string; message?: string; mark?: { line?: number } };
    errors.push({
      line: (e.mark?.line ?? 0) + firstLine,
      message: say.yamlSyntax(e.reason ?? e.message?.split('\n')[0] ?? String(error)),
    });
  }

  // js-yaml (like Astro) turns an unquoted 2024-02-30 into 1 March without a word; catch it here.
  if (errors.length === 0) {
    text.split('\n').forEach((lineText, i) => {
      const match = /^\s*(?:-\s+)?([A-Za-z][\w-]*)?:?\s*(\d{4})-(\d{2})-(\d{2})\s*(?:#.*)?$/.exec(lineText);
      if (!match || (match[1] === undefined && !/^\s*-\s/.test(lineText))) return;
      const [year, month, day] = [Number(match[2]), Number(match[3]), Number(match[4])];
      const date = new Date(Date.UTC(year, month - 1, day));
      if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
        errors.push({ line: i + firstLine, message: say.notACalendarDate(`${match[2]}-${match[3]}-${match[4]}`), field: match[1] });
      }
    });
  }

  let doc: Document.Parsed | undefined;
  let lineCounter: LineCounter | undefined;
  const toFileLine = (offset: number) => (lineCounter?.linePos(offset).line ?? 1) + firstLine - 1;

  function lineOf(path: readonly PathSegment[]): number {
    if (!doc) {
      lineCounter = new LineCounter();
      doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
    }
    let node: unknown = doc.contents;
    // A field missing at the top level is reported on the first line of the file.
    let line = Math.max(1, firstLine - 1);
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
        if (!pair) break;
        const key = pair.key as YamlNode;
        if (key.range) line = toFileLine(key.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as YamlNode | undefined;
        if (!item) break;
        if (item.range) line = toFileLine(item.range[0]);
        node = item;
      } else {
        break;
      }
    }
    return line;
  }

  return { data, errors, lineOf };
}
