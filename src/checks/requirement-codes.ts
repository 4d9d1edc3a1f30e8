/**
 * Requirement codes (NWTC-IOP-004) are what a buyer cites in a tender, so one code must always
 * mean one requirement. Every code ever issued is recorded in a committed ledger,
 * content/requirements/codes.yaml, which only grows:
 *
 *   NWTC-IOP-001:
 *     requirement: krav-patientdata-anvandbar-i-varden   # the file id it was issued to
 *     issued: 2026-12-05
 *   NWTC-OPS-002:
 *     requirement: an-old-requirement
 *     issued: 2026-12-05
 *     retired: 2027-03-01                                  # withdrawn: the code is never used again
 *
 * The rules: a code in use is in the ledger and issued to that requirement; no two requirements
 * share a code; a retired code is not in use; a code not retired is carried by its requirement
 * (deleting a requirement means retiring its code). test/schema/requirement-codes.test.ts also
 * reads the ledger's git history so a code can never silently disappear from it.
 *
 * Pure apart from reading the ledger file; the content check (check.ts) calls it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseYaml } from './frontmatter.ts';
import type { Problem } from './problem.ts';
import { REQUIREMENT_CODE_PATTERN } from '../schema/collections.ts';
import { ID_PATTERN } from '../schema/fields.ts';
import { requirementCategories, requirementCategoryAbbreviations, type RequirementCategory } from '../schema/vocabulary.ts';

/** The ledger's file name inside content/requirements/ (the check lists it as a known file). */
export const LEDGER_FILE = 'codes.yaml';
export const LEDGER_PATH = `content/requirements/${LEDGER_FILE}`;

export interface LedgerEntry {
  code: string;
  requirement: string;
  issued: string;
  retired?: string;
  line: number;
}

export interface Ledger {
  entries: Map<string, LedgerEntry>;
  problems: Problem[];
}

const FULL_DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
const abbreviations = new Set(Object.values(requirementCategoryAbbreviations));

function dateText(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return typeof value === 'string' ? value : undefined;
}

/** Reads the ledger's text; every malformed line is a problem naming the ledger file and line. */
export function parseLedger(text: string, file = LEDGER_PATH): Ledger {
  const entries = new Map<string, LedgerEntry>();
  const problems: Problem[] = [];
  const parsed = parseYaml(text, 1);
  for (const error of parsed.errors) problems.push({ file, line: error.line, field: error.field ?? 'codes', message: error.message });
  const data = parsed.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data) || data === null) {
    problems.push({ file, line: 1, field: 'codes', message: 'expected a mapping of codes, e.g. "NWTC-IOP-001: { requirement: <id>, issued: 2026-12-05 }"' });
    return { entries, problems };
  }
  for (const [code, value] of Object.entries(data as Record<string, unknown>)) {
    const line = parsed.lineOf([code]);
    const problem = (field: string, message: string) => problems.push({ file, line: field === code ? line : parsed.lineOf([code, field.split('.').pop()!]), field, message });
    if (!REQUIREMENT_CODE_PATTERN.test(code)) {
      problem(code, `'${code}' is not a requirement code; expected NWTC, three capital letters and three digits, e.g. NWTC-IOP-004`);
      continue;
    }
    if (!abbreviations.has(code.slice(5, 8))) {
      problem(code, `'${code.slice(5, 8)}' is not a category abbreviation; expected one of ${[...abbreviations].join(', ')}`);
      continue;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      problem(code, 'expected { requirement: <requirement id>, issued: <YYYY-MM-DD> }');
      continue;
    }
    const record = value as Record<string, unknown>;
    const unknown = Object.keys(record).filter((key) => !['requirement', 'issued', 'retired', 'note'].includes(key));
    for (const key of unknown) problem(`${code}.${key}`, `is not a ledger field; expected requirement, issued, retired or note`);
    const requirement = record['requirement'];
    if (typeof requirement !== 'string' || !ID_PATTERN.test(requirement)) {
      problem(`${code}.requirement`, 'expected the id (file name without .md) of the requirement the code was issued to');
      continue;
    }
    const issued = dateText(record['issued']);
    if (!issued || !FULL_DATE.test(issued)) {
      problem(`${code}.issued`, 'expected the date the code was issued, YYYY-MM-DD');
      continue;
    }
    const retired = record['retired'] === undefined ? undefined : dateText(record['retired']);
    if (record['retired'] !== undefined && (!retired || !FULL_DATE.test(retired))) {
      problem(`${code}.retired`, 'expected the date the code was retired, YYYY-MM-DD');
      continue;
    }
    entries.set(code, { code, requirement, issued, ...(retired ? { retired } : {}), line });
  }
  return { entries, problems };
}

/** Reads content/requirements/codes.yaml from a content folder; a missing file is an empty ledger. */
export function readLedger(contentDir: string): { ledger: Ledger; exists: boolean } {
  let text: string;
  try {
    text = readFileSync(path.join(contentDir, 'requirements', LEDGER_FILE), 'utf8');
  } catch {
    return { ledger: { entries: new Map(), problems: [] }, exists: false };
  }
  return { ledger: parseLedger(text), exists: true };
}

/** The next code never issued for a category: one above the highest number with its abbreviation. */
export function nextFreeCode(entries: ReadonlyMap<string, unknown>, category: RequirementCategory): string {
  const abbreviation = requirementCategoryAbbreviations[category];
  let highest = 0;
  for (const code of entries.keys()) {
    if (code.slice(5, 8) === abbreviation) highest = Math.max(highest, Number(code.slice(9)));
  }
  return `NWTC-${abbreviation}-${String(highest + 1).padStart(3, '0')}`;
}

/** A requirement's code as the check found it, with where it stands. */
export interface CodeUse {
  requirement: string;
  file: string;
  line: number;
  code: string;
  category?: string;
}

/**
 * The rules between the requirements' codes and the ledger. `complete` says every requirement of
 * the catalogue is in `uses` (a check of selected files cannot tell whether a code is carried
 * elsewhere, so it skips the ledger-wide rule).
 */
export function checkRequirementCodes(uses: readonly CodeUse[], ledger: Ledger, options: { complete: boolean; reportLedger: boolean }): Problem[] {
  const problems: Problem[] = options.reportLedger ? [...ledger.problems] : [];
  const byCode = new Map<string, CodeUse[]>();
  for (const use of uses) byCode.set(use.code, [...(byCode.get(use.code) ?? []), use]);
  const suggestion = (use: CodeUse) => {
    const category = (requirementCategories as readonly string[]).includes(use.category ?? '') ? (use.category as RequirementCategory) : undefined;
    return category ? `; the next free code for ${category} is ${nextFreeCode(ledger.entries, category)}` : '';
  };
  for (const use of uses) {
    const entry = ledger.entries.get(use.code);
    const problem = (message: string) => problems.push({ file: use.file, line: use.line, field: 'code', message });
    const sharing = (byCode.get(use.code) ?? []).filter((other) => other !== use);
    if (sharing.length > 0) {
      problem(`'${use.code}' is also the code of ${sharing.map((other) => other.file).join(', ')}; expected one code per requirement${suggestion(use)}`);
      continue;
    }
    if (!entry) {
      problem(`'${use.code}' is not in ${LEDGER_PATH}; issue it there first (${use.code}: { requirement: ${use.requirement}, issued: <today> })${suggestion(use)}`);
      continue;
    }
    if (entry.requirement !== use.requirement) {
      problem(`'${use.code}' was issued to '${entry.requirement}' (${LEDGER_PATH}:${entry.line}); codes are never reused${suggestion(use)}`);
      continue;
    }
    if (entry.retired) problem(`'${use.code}' was retired on ${entry.retired} (${LEDGER_PATH}:${entry.line}); a retired code never comes back${suggestion(use)}`);
  }
  if (options.complete && options.reportLedger) {
    const carried = new Set(uses.map((use) => `${use.code} ${use.requirement}`));
    for (const entry of ledger.entries.values()) {
      if (entry.retired || carried.has(`${entry.code} ${entry.requirement}`)) continue;
      problems.push({
        file: LEDGER_PATH,
        line: entry.line,
        field: entry.code,
        message: `is issued to '${entry.requirement}', but no requirement of that id carries it; give that requirement \`code: ${entry.code}\`, or, if it was removed, mark the code \`retired: <date>\` (never delete it)`,
      });
    }
  }
  return problems;
}

/** Codes that an earlier version of the ledger had and the current one lacks (a ledger only grows). */
export function lostCodes(earlier: ReadonlyMap<string, unknown>, current: ReadonlyMap<string, unknown>): string[] {
  return [...earlier.keys()].filter((code) => !current.has(code)).sort();
}
