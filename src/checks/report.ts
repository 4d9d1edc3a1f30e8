/**
 * Printing problems: one per line as `file:LINE: field: message` for people, or as GitHub Actions
 * annotations (`::error file=…,line=…,title=…::…`) so each problem shows on its line in a pull request.
 */
import type { Problem } from './problem.ts';

export type ReportFormat = 'text' | 'github';

export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}: ${problem.field}: ${problem.message}`;
}

/** GitHub's workflow-command escaping: data escapes % CR LF; properties also escape : and ,. */
function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithubAnnotation(problem: Problem): string {
  const file = problem.file.endsWith('/') ? problem.file.slice(0, -1) : problem.file;
  return `::error file=${escapeProperty(file)},line=${problem.line},title=${escapeProperty(`${problem.field}`)}::${escapeData(`${problem.field}: ${problem.message}`)}`;
}

export function formatReport(problems: readonly Problem[], format: ReportFormat = 'text'): string[] {
  return problems.map(format === 'github' ? formatGithubAnnotation : formatProblem);
}
