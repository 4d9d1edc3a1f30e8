/**
 * Requirement codes are cited in tenders: one code, one requirement, for ever. The ledger rules
 * (src/checks/requirement-codes.ts) through the content check on a fixture catalogue, and the
 * real ledger's git history: a code once committed never disappears.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEDGER_PATH, lostCodes, nextFreeCode, parseLedger } from '../../src/checks/requirement-codes.ts';
import { fixtureText, problemLines, repoRoot } from '../checks/helpers.ts';

const requirement = fixtureText('content/requirements/test-requirement.md');
const ledger = fixtureText('content/requirements/codes.yaml');
const secondRequirement = requirement.replace('title: Fixture requirement', 'title: Second fixture requirement');

describe('the requirement-code ledger in the content check', () => {
  it('accepts the valid fixture (a code in use, a retired code in the ledger)', () => {
    expect(problemLines()).toEqual([]);
  });

  it('refuses a code that was never issued, naming the next free code of the category', () => {
    expect(problemLines({ 'content/requirements/test-requirement.md': requirement.replace('NWTC-IOP-001', 'NWTC-IOP-007') })).toEqual([
      "content/requirements/codes.yaml:2: NWTC-IOP-001: is issued to 'test-requirement', but no requirement of that id carries it; give that requirement `code: NWTC-IOP-001`, or, if it was removed, mark the code `retired: <date>` (never delete it)",
      "content/requirements/test-requirement.md:5: code: 'NWTC-IOP-007' is not in content/requirements/codes.yaml; issue it there first (NWTC-IOP-007: { requirement: test-requirement, issued: <today> }); the next free code for interoperability is NWTC-IOP-002",
    ]);
  });

  it('refuses a code issued to another requirement (codes are never reused)', () => {
    const lines = problemLines({ 'content/requirements/second-requirement.md': secondRequirement });
    expect(lines).toEqual([
      "content/requirements/second-requirement.md:5: code: 'NWTC-IOP-001' is also the code of content/requirements/test-requirement.md; expected one code per requirement; the next free code for interoperability is NWTC-IOP-002",
      "content/requirements/test-requirement.md:5: code: 'NWTC-IOP-001' is also the code of content/requirements/second-requirement.md; expected one code per requirement; the next free code for interoperability is NWTC-IOP-002",
    ]);
    // Alone (the first requirement gone and its code retired), the second still may not take it over.
    expect(
      problemLines({
        'content/requirements/test-requirement.md': null,
        'content/requirements/second-requirement.md': secondRequirement,
        'content/requirements/codes.yaml': ledger.replace('issued: 2024-05-02 }', 'issued: 2024-05-02, retired: 2024-06-01 }'),
      }),
    ).toEqual([
      "content/requirements/second-requirement.md:5: code: 'NWTC-IOP-001' was issued to 'test-requirement' (content/requirements/codes.yaml:2); codes are never reused; the next free code for interoperability is NWTC-IOP-002",
    ]);
  });

  it('refuses a retired code coming back on its own requirement', () => {
    const revived = requirement.replace('NWTC-IOP-001', 'NWTC-OPS-001').replace('category: interoperability', 'category: operations');
    expect(
      problemLines({
        'content/requirements/a-withdrawn-requirement.md': revived.replace('title: Fixture requirement', 'title: Withdrawn requirement'),
      }),
    ).toEqual([
      "content/requirements/a-withdrawn-requirement.md:5: code: 'NWTC-OPS-001' was retired on 2024-05-02 (content/requirements/codes.yaml:3); a retired code never comes back; the next free code for operations is NWTC-OPS-002",
    ]);
  });

  it('refuses a requirement deleted without retiring its code', () => {
    expect(problemLines({ 'content/requirements/test-requirement.md': null })).toEqual([
      "content/requirements/codes.yaml:2: NWTC-IOP-001: is issued to 'test-requirement', but no requirement of that id carries it; give that requirement `code: NWTC-IOP-001`, or, if it was removed, mark the code `retired: <date>` (never delete it)",
    ]);
  });

  it('reports a malformed ledger line by file, line and code', () => {
    expect(problemLines({ 'content/requirements/codes.yaml': `${ledger}NWTC-XYZ-001: { requirement: test-requirement, issued: 2024-05-02 }\nNWTC-EFF-001: { requirement: Not An Id, issued: 2024-05-02 }\n` })).toEqual([
      "content/requirements/codes.yaml:4: NWTC-XYZ-001: 'XYZ' is not a category abbreviation; expected one of IOP, SEC, PRI, SAF, USE, EFF, OPS",
      "content/requirements/codes.yaml:5: NWTC-EFF-001.requirement: expected the id (file name without .md) of the requirement the code was issued to",
    ]);
  });

  it('does not count the ledger as a stray file in content/requirements/', () => {
    expect(problemLines().filter((line) => line.includes('codes.yaml'))).toEqual([]);
  });
});

describe('nextFreeCode', () => {
  it('is one above the highest number ever issued in the category, retired ones included', () => {
    const { entries } = parseLedger('NWTC-IOP-001: { requirement: a, issued: 2024-01-01 }\nNWTC-IOP-004: { requirement: b, issued: 2024-01-01, retired: 2024-02-01 }\n');
    expect(nextFreeCode(entries, 'interoperability')).toBe('NWTC-IOP-005');
    expect(nextFreeCode(entries, 'privacy')).toBe('NWTC-PRI-001');
  });
});

describe('the real ledger', () => {
  const current = parseLedger(readFileSync(`${repoRoot}/${LEDGER_PATH}`, 'utf8'));

  it('is well formed', () => {
    expect(current.problems).toEqual([]);
    expect(current.entries.size).toBeGreaterThanOrEqual(15);
  });

  it('never loses a code that an earlier commit had (the ledger only grows)', () => {
    let commits: string[] = [];
    try {
      commits = execFileSync('git', ['log', '--format=%H', '--', LEDGER_PATH], { cwd: repoRoot, encoding: 'utf8' }).split('\n').filter(Boolean);
    } catch {
      // Not a git checkout (an exported tarball): the history cannot be read; the ledger rules above still hold.
    }
    for (const commit of commits) {
      let text: string;
      try {
        text = execFileSync('git', ['show', `${commit}:${LEDGER_PATH}`], { cwd: repoRoot, encoding: 'utf8' });
      } catch {
        continue; // the commit deleted the file; a later one must bring every code back, checked below
      }
      const earlier = parseLedger(text);
      expect(lostCodes(earlier.entries, current.entries), `codes in ${commit.slice(0, 8)} that the ledger has lost`).toEqual([]);
      for (const [code, entry] of earlier.entries) {
        // A code keeps its requirement unless the file was renamed; a rename keeps the code's history in git.
        if (entry.retired) expect(current.entries.get(code)?.retired, `${code} was retired in ${commit.slice(0, 8)}`).toBeDefined();
      }
    }
  });

  it('lostCodes names what an earlier version had and the current one lacks', () => {
    const earlier = parseLedger('NWTC-IOP-001: { requirement: a, issued: 2024-01-01 }\nNWTC-IOP-002: { requirement: b, issued: 2024-01-01 }\n').entries;
    const later = parseLedger('NWTC-IOP-002: { requirement: b, issued: 2024-01-01 }\n').entries;
    expect(lostCodes(earlier, later)).toEqual(['NWTC-IOP-001']);
  });
});
