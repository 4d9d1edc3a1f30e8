/**
 * A problem found in a content file, pointing at the line a contributor has to change.
 * `message` reads "<what is wrong>; <what is expected>" (wording lives in messages.ts).
 */
export interface Problem {
  /** Path relative to the site root with forward slashes, e.g. content/cases/x.md. */
  file: string;
  /** 1-based line of the offending frontmatter key or body node. */
  line: number;
  /** The field, e.g. `stage` or `effects[1].evidence`; `body` for the Markdown body; `file` for the file itself. */
  field: string;
  message: string;
}

export type PathSegment = string | number;

/** ['effects', 1, 'evidence'] → effects[1].evidence */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

export function compareProblems(a: Problem, b: Problem): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;
}
