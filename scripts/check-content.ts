/**
 * `npm run check:content`: checks every entry in content/ (schema, references, duplicate ids, file
 * names, required sections, Markdown/MDX safety) without building the site, and prints every
 * problem at once, one per line:
 *
 *   content/cases/x.md:12: stage: 'pilott' is not an allowed value; did you mean 'pilot'? …
 *
 * Usage:
 *   node scripts/check-content.ts [paths…] [--root DIR] [--format text|github]
 *
 *   paths        only report on these files or folders (references are still resolved against
 *                the whole of content/)
 *   --root DIR   the folder that contains content/ (default: the current folder)
 *   --format     `github` prints ::error annotations for GitHub Actions
 *
 * Exits 0 when everything is fine, 1 when there are problems, 2 on a usage error.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContentParallel, CONTENT_DIR } from '../src/checks/check.ts';
import { summary } from '../src/checks/messages.ts';
import { formatReport, type ReportFormat } from '../src/checks/report.ts';

function usage(message: string): never {
  process.stderr.write(`check:content: ${message}\nusage: node scripts/check-content.ts [paths…] [--root DIR] [--format text|github]\n`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { root: { type: 'string' }, format: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h' } },
  });
} catch (error) {
  usage((error as Error).message);
}
const { values, positionals } = parsed;
if (values.help) {
  process.stdout.write('usage: node scripts/check-content.ts [paths…] [--root DIR] [--format text|github]\n');
  process.exit(0);
}
const format = values.format as ReportFormat;
if (format !== 'text' && format !== 'github') usage(`unknown --format '${String(values.format)}'; expected text or github`);

const root = path.resolve(values.root ?? '.');
if (!existsSync(path.join(root, CONTENT_DIR))) usage(`no ${CONTENT_DIR}/ folder in ${root}; pass --root DIR`);
// With --root, a relative path such as content/cases/x.md is taken from that folder first.
const paths = positionals.map((p) => {
  const candidates = values.root ? [path.resolve(root, p), path.resolve(p)] : [path.resolve(p)];
  const absolute = candidates.find((candidate) => existsSync(candidate));
  if (!absolute) usage(`'${p}' does not exist`);
  const relative = path.relative(root, absolute).split(path.sep).join('/');
  if (relative !== CONTENT_DIR && !relative.startsWith(`${CONTENT_DIR}/`)) usage(`'${p}' is not inside ${path.join(root, CONTENT_DIR)}`);
  return absolute;
});

const started = performance.now();
const result = await checkContentParallel({ root, paths });
const seconds = (performance.now() - started) / 1000;

if (result.problems.length === 0) {
  const perCollection = Object.entries(result.counts)
    .map(([name, count]) => `${count} ${name}`)
    .join(', ');
  process.stdout.write(`${summary.ok(result.entries, perCollection, seconds)}\n`);
  process.exit(0);
}

const lines = formatReport(result.problems, format);
const filesWithProblems = new Set(result.problems.map((p) => p.file)).size;
process.stdout.write(`${lines.join('\n')}\n${summary.failed(result.problems.length, filesWithProblems, result.entries)}\n`);
process.exitCode = 1;
