/**
 * Frontmatter and YAML files, with the line of every key. The split is strict on purpose and is
 * cross-checked against the looser rule Astro uses, so the body we check is exactly the body Astro
 * compiles: a file where the two would disagree (a closing "---x" line, blank lines before the
 * opening "---", TOML "+++") is refused rather than guessed.
 */
import jsYaml from 'js-yaml';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { aliasProblem, blankControlCharacters, keyOfLine, pathAt, rawCharacterProblems, valueProblems } from './input-safety.ts';
import { frontmatter as say, input as sayInput } from './messages.ts';
import { formatPath, type PathSegment } from './problem.ts';

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
  lineOf: (path: readonly PathSegment[]) => number;
}

/**
 * Reads YAML with js-yaml, the parser Astro uses, so the data we validate is exactly the data the
 * build sees (unquoted dates become Date objects there too). Lines are looked up with the `yaml`
 * package's source map, built only when a problem needs a line.
 */
export function parseYaml(text: string, firstLine: number): ParsedYaml {
  let data: unknown;
  const errors: LocatedError[] = [];
  let doc: Document.Parsed | undefined;
  let lineCounter: LineCounter | undefined;
  const toFileLine = (offset: number) => (lineCounter?.linePos(offset).line ?? 1) + firstLine - 1;
  const parsedDocument = () => {
    if (!doc) {
      lineCounter = new LineCounter();
      doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
    }
    return doc;
  };

  function lineOf(path: readonly PathSegment[]): number {
    let node: unknown = parsedDocument().contents;
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

  // Control characters as they are: named with their line and field rather than as a bare syntax error.
  const raw = rawCharacterProblems(text, firstLine);
  if (raw.length > 0) {
    // Their field: the path of the value they stand in, read with them blanked out.
    const blanked = parseDocument(blankControlCharacters(text), { prettyErrors: false, uniqueKeys: false });
    const located = raw.map(({ offset, ...problem }) => {
      const path = pathAt(blanked.contents, offset);
      return path.length > 0 ? { ...problem, field: formatPath(path) } : problem;
    });
    return { data, errors: located, lineOf };
  }

  try {
    data = jsYaml.load(text);
  } catch (error) {
    const e = error as { reason?: string; message?: string; mark?: { line?: number; position?: number } };
    const reason = e.reason ?? e.message?.split('\n')[0] ?? String(error);
    const noticed = (e.mark?.line ?? 0) + firstLine;
    // The parser notices an unclosed [ { or quote lines later; a person looks where it was opened.
    const open = e.mark?.position === undefined ? undefined : openConstructAt(text, e.mark.position);
    if (open && open.line + firstLine < noticed) {
      errors.push({ line: open.line + firstLine, message: sayInput.unclosed(open.opener, noticed, reason), field: open.key });
    } else {
      errors.push({ line: noticed, message: say.yamlSyntax(reason) });
    }
  }

  // js-yaml (like Astro) turns an unquoted 2024-02-30 into 1 March without a word; catch it here.
  // Linear on purpose: no two neighbouring quantifiers can match the same characters.
  if (errors.length === 0) {
    text.split('\n').forEach((lineText, i) => {
      const match = /^[ \t]*(-[ \t]+)?(?:([A-Za-z][\w-]*)[ \t]*:[ \t]*)?(\d{4})-(\d{2})-(\d{2})[ \t]*(?:#.*)?\r?$/.exec(lineText);
      if (!match || (match[2] === undefined && match[1] === undefined)) return;
      const [year, month, day] = [Number(match[3]), Number(match[4]), Number(match[5])];
      const date = new Date(Date.UTC(year, month - 1, day));
      if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
        errors.push({ line: i + firstLine, message: say.notACalendarDate(`${match[3]}-${match[4]}-${match[5]}`), field: match[2] });
      }
    });
  }

  if (errors.length === 0) {
    // Aliases: the `yaml` parser keeps them as nodes (js-yaml expands them); only asked when one may be there.
    const alias = /[&*]/.test(text) ? aliasProblem(parsedDocument()) : undefined;
    if (alias) errors.push({ line: toFileLine(alias.offset), message: alias.message, field: formatPath(alias.path) });
    // Expanded aliases are not what the file says: like a syntax error, they leave nothing to validate.
    if (alias?.isAlias) data = undefined;
    for (const found of valueProblems(data)) errors.push({ line: lineOf(found.path), message: found.message, field: formatPath(found.path) });
  }

  return { data, errors, lineOf };
}

/**
 * The [ { or quote that is still open at `offset` (where the parser gave up), with its 0-based
 * line in `text` and the key on that line. One pass, tracking only what can open a construct: a
 * quote or bracket where a value starts, any bracket inside brackets; comments and block texts
 * (| and >) are passed over.
 */
export function openConstructAt(text: string, offset: number): { line: number; opener: string; key?: string } | undefined {
  const flows: { line: number; opener: string }[] = [];
  let quote: { line: number; opener: string } | undefined;
  let blockIndent = -1;
  const lines = text.slice(0, offset).split('\n');
  for (let n = 0; n < lines.length; n++) {
    const lineText = lines[n]!;
    const indent = lineText.length - lineText.replace(/^ */, '').length;
    if (blockIndent >= 0) {
      if (lineText.trim() === '' || indent > blockIndent) continue;
      blockIndent = -1;
    }
    let valueStart = !quote;
    for (let i = quote ? 0 : indent; i < lineText.length; i++) {
      const c = lineText[i]!;
      if (quote) {
        if (quote.opener === '"' && c === '\\') i++;
        else if (c === quote.opener && quote.opener === "'" && lineText[i + 1] === "'") i++;
        else if (c === quote.opener) {
          quote = undefined;
          valueStart = false;
        }
        continue;
      }
      if (c === ' ' || c === '\t') continue;
      if (c === '#' && (i === 0 || lineText[i - 1] === ' ' || lineText[i - 1] === '\t')) break;
      const inFlow = flows.length > 0;
      if ((c === '[' || c === '{') && (valueStart || inFlow)) {
        flows.push({ line: n, opener: c });
        valueStart = true;
      } else if ((c === ']' || c === '}') && inFlow) {
        flows.pop();
        valueStart = false;
      } else if ((c === '"' || c === "'") && valueStart) {
        quote = { line: n, opener: c };
      } else if ((c === '|' || c === '>') && valueStart && !inFlow) {
        blockIndent = indent;
        break;
      } else if ((c === '-' || c === ':' || c === '?') && (lineText[i + 1] === undefined || lineText[i + 1] === ' ' || lineText[i + 1] === '\t')) {
        valueStart = true;
      } else if (c === ',' && inFlow) {
        valueStart = true;
      } else {
        valueStart = false;
      }
    }
  }
  const open = quote ?? flows[0];
  if (!open) return undefined;
  const key = keyOfLine(lines[open.line] ?? '');
  return key ? { ...open, key } : open;
}
