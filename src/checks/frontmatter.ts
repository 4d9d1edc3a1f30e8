/**
 * Frontmatter and YAML files, with the line of every key. The split is strict on purpose and is
 * cross-checked against the looser rule Astro uses, so the body we check is exactly the body Astro
 * compiles: a file where the two would disagree (a closing "---x" line, blank lines before the
 * opening "---", TOML "+++") is refused rather than guessed.
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { frontmatter as say } from './messages.ts';
import type { PathSegment } from './problem.ts';

export interface LocatedError {
  line: number;
  message: string;
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
  data: unknown;
  errors: LocatedError[];
  /** File line of the key (or list item) at `path`; for a missing key, the line of its parent. */
  lineOf(path: readonly PathSegment[]): number;
}

export function parseYaml(text: string, firstLine: number): ParsedYaml {
  const lineCounter = new LineCounter();
  // YAML 1.2 core schema, like js-yaml (which Astro uses): "NO" stays a string, dates stay text.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  // One mistake often yields several parser errors on the same line; the first says the most.
  const errors: LocatedError[] = [];
  for (const error of doc.errors) {
    const line = toFileLine(error.pos[0]);
    if (errors.some((e) => e.line === line)) continue;
    errors.push({ line, message: say.yamlSyntax(error.message.split('\n')[0]?.replace(/ at line \d+, column \d+.*$/, '') ?? error.code) });
  }
  const data = errors.length ? undefined : doc.toJS({ maxAliasCount: 100 });

  function lineOf(path: readonly PathSegment[]): number {
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
