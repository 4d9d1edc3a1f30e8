/**
 * Reads a "Propose a case" issue (.github/ISSUE_TEMPLATE/propose-a-case.yml) that the site's guided
 * form prefilled: the `entry` field holds the file(s) as `=== content/<collection>/<id>.<ext> ===`
 * blocks (contribute-form.ts, bundleText). Pure and strict, because the text comes from anyone on
 * the internet: only new files in content/cases|methods|events|organisations with a safe id, at
 * most a few, each within the content check's size limit. Nothing here runs or evaluates the text;
 * the content check judges what the files say.
 */

import { newEntryExtension } from '../schema/collection-registry.ts';

/** The heading GitHub writes above the `entry` field (its label in the issue form). */
export const ENTRY_HEADING = "### Entry file(s) written by the site's form";
/** The whole issue body; GitHub's own limit is 65,536 characters. */
export const MAX_ISSUE_BODY = 65_536;
/** The content check's limit per entry (MAX_ENTRY_BYTES in src/checks/check.ts). */
export const MAX_FILE_BYTES = 100 * 1024;
/** A proposal is one entry and at most its new organisations. */
export const MAX_FILES = 4;

const FILE_LINE = /^=== (.*) ===$/;
const SAFE_PATH = /^content\/(cases|methods|events|organisations)\/([a-z0-9]+(?:-[a-z0-9]+)*)\.(md|yaml)$/;

export interface ProposedFile {
  collection: 'cases' | 'methods' | 'events' | 'organisations';
  id: string;
  path: string;
  text: string;
}

export interface ParsedProposal {
  files: ProposedFile[];
  /** Why the issue cannot become a pull request, for a comment on the issue. Empty when it can. */
  problems: string[];
}

/** The text of the fenced block under the entry heading, or undefined when the form was not used. */
function entryBlock(body: string): string | undefined {
  const lines = body.split('\n');
  const start = lines.findIndex((line) => line.trim() === ENTRY_HEADING);
  if (start < 0) return undefined;
  let open = -1;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('### ')) return undefined; // the next field: no block in this one
    if (/^```/.test(line)) {
      open = i;
      break;
    }
  }
  if (open < 0) return undefined;
  // The fence GitHub writes is three backticks; the block ends at the last plain fence before the next field.
  let close = -1;
  for (let i = open + 1; i < lines.length; i++) {
    if (lines[i]!.startsWith('### ')) break;
    if (lines[i] === '```') close = i;
  }
  if (close < 0) return undefined;
  return lines.slice(open + 1, close).join('\n');
}

export function parseProposalIssue(rawBody: string): ParsedProposal {
  if (rawBody.length > MAX_ISSUE_BODY) {
    return { files: [], problems: [`The issue is ${rawBody.length} characters long; an issue holds at most ${MAX_ISSUE_BODY}. Ask the proposer to send the file by e-mail instead.`] };
  }
  const body = rawBody.replace(/\r\n?/g, '\n');
  const block = entryBlock(body);
  if (block === undefined || block.trim() === '' || block.trim() === '_No response_') {
    return { files: [], problems: ['The issue has no entry written by the site\'s form. An editor writes the entry from the answers (npm run new), or asks the proposer to use the form.'] };
  }
  return parseEntryBundle(block);
}

/** A branch name for the pull request: only the issue number, never text from the issue. */
export function proposalBranch(issueNumber: number): string {
  if (!Number.isSafeInteger(issueNumber) || issueNumber <= 0) throw new Error(`not an issue number: ${issueNumber}`);
  return `proposal/issue-${issueNumber}`;
}

/** Markdown for the issue comment when the check finds problems: each in a code span, so nothing renders. */
export function problemsComment(problems: readonly string[]): string {
  const safe = (text: string) => text.replace(/`/g, "'").replace(/\r?\n/g, ' ');
  return [
    'Thank you! The entry could not be turned into a pull request yet. The content check says:',
    '',
    ...problems.map((problem) => `- \`${safe(problem)}\``),
    '',
    'An editor can correct it here, or you can use the form on the site again and open a new issue.',
  ].join('\n');
}

/**
 * The files in a bundle as the form writes it (`=== content/<collection>/<id>.<ext> ===` lines, each
 * followed by its file), with the same limits as an issue. `skipLeadingText` lets an e-mail's
 * greeting stand before the first file (`npm run new -- --from FILE`).
 */
export function parseEntryBundle(rawText: string, options: { skipLeadingText?: boolean } = {}): ParsedProposal {
  const block = rawText.replace(/\r\n?/g, '\n');
  const files: ProposedFile[] = [];
  const problems: string[] = [];
  let current: { path: string; lines: string[] } | undefined;
  const finish = () => {
    if (!current) return;
    const match = SAFE_PATH.exec(current.path);
    const text = `${current.lines.join('\n').replace(/\n+$/, '')}\n`;
    if (!match) {
      problems.push(`'${current.path.slice(0, 120)}' is not a new file in content/cases, content/methods, content/events or content/organisations with an id of lower-case letters, digits and hyphens.`);
    } else if (`.${match[3]}` !== newEntryExtension(match[1] as ProposedFile['collection'])) {
      problems.push(`'${current.path}': organisations are .yaml files, cases, methods and events .md files.`);
    } else if (new TextEncoder().encode(text).length > MAX_FILE_BYTES) {
      problems.push(`'${current.path}' is larger than ${MAX_FILE_BYTES / 1024} KB.`);
    } else if (files.some((file) => file.path === current!.path)) {
      problems.push(`'${current.path}' appears twice.`);
    } else {
      files.push({ collection: match[1] as ProposedFile['collection'], id: match[2]!, path: current.path, text });
    }
  };
  for (const line of block.split('\n')) {
    const header = FILE_LINE.exec(line);
    if (header) {
      finish();
      current = { path: header[1]!.trim(), lines: [] };
    } else if (current) {
      current.lines.push(line);
    } else if (line.trim() !== '') {
      if (options.skipLeadingText) continue;
      problems.push('The entry does not start with a line naming its file (=== content/<collection>/<id>.md ===).');
      return { files: [], problems };
    }
  }
  finish();
  if (files.length + problems.length > MAX_FILES) problems.push(`The entry holds more than ${MAX_FILES} files; a proposal is one entry and its new organisations.`);
  if (problems.length === 0 && !files.some((file) => file.collection !== 'organisations')) {
    problems.push('The entry holds no case, method or event.');
  }
  return problems.length > 0 ? { files: [], problems } : { files, problems };
}
