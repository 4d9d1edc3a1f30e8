/**
 * Turns a labelled "Propose a case" issue into entry file(s) for .github/workflows/proposal-to-pr.yml.
 * Reads the event payload from a file (never from the command line, so no shell sees the issue's
 * text), writes only new files in content/, runs the content check on them, and writes what the
 * workflow needs into --out: the commit message, the pull-request title and body (crediting the
 * proposer), or the comment with the check's messages.
 *
 * Usage: node scripts/proposal-from-issue.ts --event FILE --out DIR [--root DIR]
 * Exit: 0 with DIR/result = "pr" or "comment"; 2 on a usage error.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/checks/check.ts';
import { parseProposalIssue, problemsComment, proposalBranch } from '../src/contribute/proposal-issue.ts';

interface IssueEvent {
  issue?: { number?: unknown; title?: unknown; body?: unknown; user?: { login?: unknown; id?: unknown } };
}

function usage(message: string): never {
  process.stderr.write(`proposal-from-issue: ${message}\nusage: node scripts/proposal-from-issue.ts --event FILE --out DIR [--root DIR]\n`);
  process.exit(2);
}

const { values } = parseArgs({ options: { event: { type: 'string' }, out: { type: 'string' }, root: { type: 'string' } } });
if (!values.event || !values.out) usage('--event and --out are required');
const root = path.resolve(values.root ?? '.');
const out = path.resolve(values.out);
mkdirSync(out, { recursive: true });

const event = JSON.parse(readFileSync(values.event, 'utf8')) as IssueEvent;
const issue = event.issue ?? {};
const number = Number(issue.number);
const body = typeof issue.body === 'string' ? issue.body : '';
// A GitHub login is letters, digits and single hyphens; anything else is not credited by name.
const login = typeof issue.user?.login === 'string' && /^[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}$/.test(issue.user.login) ? issue.user.login : undefined;
const userId = Number.isSafeInteger(issue.user?.id) ? Number(issue.user?.id) : undefined;

function finish(result: 'pr' | 'comment', files: Record<string, string>): never {
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(out, name), text);
  writeFileSync(path.join(out, 'result'), result);
  process.stdout.write(`proposal-from-issue: ${result}\n`);
  process.exit(0);
}

let branch: string;
try {
  branch = proposalBranch(number);
} catch {
  usage('the event has no issue number');
}
writeFileSync(path.join(out, 'issue'), String(number));

const parsed = parseProposalIssue(body);
if (parsed.problems.length > 0) finish('comment', { 'comment.md': problemsComment(parsed.problems) });

const taken = parsed.files.filter((file) => existsSync(path.join(root, file.path)));
if (taken.length > 0) {
  finish('comment', { 'comment.md': problemsComment(taken.map((file) => `${file.path} already exists; choose another name (the form picks a free one when the site is up to date).`)) });
}

for (const file of parsed.files) writeFileSync(path.join(root, file.path), file.text);
const check = checkContent({ root, paths: parsed.files.map((file) => path.join(root, file.path)) });
if (check.problems.length > 0) {
  finish('comment', { 'comment.md': problemsComment(check.problems.map((problem) => `${problem.file}:${problem.line}: ${problem.field}: ${problem.message}`)) });
}

const entry = parsed.files.find((file) => file.collection !== 'organisations')!;
const credit = login ? `@${login}` : 'the proposer';
const coAuthor = login && userId ? `\n\nCo-authored-by: ${login} <${userId}+${login}@users.noreply.github.com>` : '';
finish('pr', {
  branch,
  'title.txt': `Proposal from issue #${number}: ${entry.path}`,
  'commit.txt': `Add ${parsed.files.map((file) => file.path).join(', ')} (proposed in #${number})${coAuthor}\n`,
  'pr.md': [
    `Proposed by ${credit} in #${number}, written with the site's guided form. Closes #${number}.`,
    '',
    'Files:',
    ...parsed.files.map((file) => `- \`${file.path}\``),
    '',
    'The content check passed. Editors: check the facts against the sources and the privacy rule (roles, never private persons) before merging.',
  ].join('\n'),
});
