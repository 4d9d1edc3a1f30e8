/**
 * The requirement model and how cases record the requirements they used: the schema's rules, the
 * content check's messages for contributors, and the derived history of use.
 */
import { describe, expect, it } from 'vitest';
import { caseSchema, requirementSchema } from '../../src/schema/collections.ts';
import { deriveCatalogue, type Case } from '../../src/lib/catalogue.ts';
import { resultCounts, resultSummary } from '../../src/lib/requirement-usage.ts';
import { fixtureText, problemLines } from '../checks/helpers.ts';

const caseText = fixtureText('content/cases/egenvard-kol.md');
const withRequirements = (yaml: string) => caseText.replace('lastVerified:', `${yaml}\nlastVerified:`);

describe('a case’s requirements in the content check', () => {
  it('accepts plain ids and objects with a result, and normalises both to one shape', () => {
    expect(problemLines({ 'content/cases/egenvard-kol.md': withRequirements('requirements:\n  - test-requirement') })).toEqual([]);
    expect(
      problemLines({ 'content/cases/egenvard-kol.md': withRequirements('requirements:\n  - id: test-requirement\n    result: caused-problems\n    note: The interface was not ready when the pilot started.') }),
    ).toEqual([]);
    const base = { title: 'A case', language: 'en', summary: 'A case for the schema test of requirement uses.', topics: ['copd'], countries: ['SE'], place: 'Somewhere', organisations: ['o'], stage: 'pilot', outcome: 'unknown', lastVerified: '2024-01-01' };
    const parsed = caseSchema.parse({ ...base, requirements: ['a', { id: 'b', result: 'met' }, { id: 'c' }] });
    expect(parsed.requirements).toEqual([
      { id: 'a', result: 'not-assessed' },
      { id: 'b', result: 'met' },
      { id: 'c', result: 'not-assessed' },
    ]);
  });

  it('asks for a note when a requirement was not met or caused problems', () => {
    const lines = problemLines({ 'content/cases/egenvard-kol.md': withRequirements('requirements:\n  - id: test-requirement\n    result: not-met') });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^content\/cases\/egenvard-kol\.md:\d+: requirements\[0\]\.note: is required when result is 'not-met'; say what happened/);
  });

  it('names the allowed results, and the dangling id in either form', () => {
    const wrongResult = problemLines({ 'content/cases/egenvard-kol.md': withRequirements('requirements:\n  - id: test-requirement\n    result: worked') });
    expect(wrongResult.join('\n')).toMatch(/requirements\[0\]/);
    expect(wrongResult.join('\n')).toMatch(/met/);
    const dangling = problemLines({ 'content/cases/egenvard-kol.md': withRequirements('requirements:\n  - test-requirment\n  - id: test-requirment\n    result: met') });
    expect(dangling).toEqual([
      expect.stringMatching(/requirements\[0\]: 'test-requirment' is not a requirement in content\/requirements\/; did you mean 'test-requirement'\?$/),
      expect.stringMatching(/requirements\[1\]\.id: 'test-requirment' is not a requirement in content\/requirements\/; did you mean 'test-requirement'\?$/),
    ]);
  });
});

describe('the requirement schema', () => {
  const requirement = {
    title: 'A requirement',
    language: 'sv',
    summary: 'A requirement written for the schema tests.',
    code: 'NWTC-PRI-009',
    level: 'basic',
    category: 'privacy',
    statement: 'Leverantören ska göra något som går att verifiera.',
    motivation: 'Because a buyer needs to know this.',
    verification: { methods: ['documentation'], description: 'The supplier hands in a document.' },
    origin: { set: { title: 'A set', publisher: 'An agency', url: 'https://example.org/set' }, wording: 'restated' },
    phases: ['insight-and-idea'],
    lastVerified: '2026-12-05',
  };
  const issues = (data: object) => {
    const result = requirementSchema.safeParse(data);
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };

  it('accepts a complete requirement', () => {
    expect(issues(requirement)).toEqual([]);
  });

  it('refuses a code of the wrong shape, an unknown level and no Roadmap phase', () => {
    expect(issues({ ...requirement, code: 'IOP-4' })).toEqual(['code: expected a requirement code such as NWTC-IOP-004: NWTC, three capital letters, three digits']);
    expect(issues({ ...requirement, level: 'spjutspets' })[0]).toMatch(/^level: /);
    expect(issues({ ...requirement, phases: [] })).toEqual(['phases: expected at least one Roadmap phase']);
  });

  it('needs an origin: a set, a case, or both; restated or derived wording needs the set', () => {
    expect(issues({ ...requirement, origin: { wording: 'editors' } })).toEqual([
      'origin.set: is missing; expected the public requirement set (title, publisher, url), a case id under `case`, or both',
    ]);
    expect(issues({ ...requirement, origin: { case: 'a-case', wording: 'restated' } })).toEqual([
      "origin.wording: 'restated' needs the requirement set under `set`; without one, the wording is the editors' own: write wording: editors",
    ]);
    expect(issues({ ...requirement, origin: { case: 'a-case', wording: 'editors' } })).toEqual([]);
  });

  it('refuses a translation into the entry’s own language, and a method or phase listed twice', () => {
    expect(issues({ ...requirement, statementTranslations: { sv: 'Samma språk som kravet självt har.' } })).toEqual([
      "statementTranslations.sv: repeats the entry's own language (sv); the statement itself is in that language",
    ]);
    expect(issues({ ...requirement, verification: { methods: ['test', 'test'], description: 'Tested twice over and over.' } })).toEqual([
      "verification.methods: lists 'test' twice; expected each method once",
    ]);
    expect(issues({ ...requirement, phases: ['new-practice', 'new-practice'] })).toEqual(["phases: lists 'new-practice' twice; expected each phase once"]);
  });
});

describe('the history of use', () => {
  const makeCase = (id: string, start: string, requirements: unknown[]): Case => ({
    collection: 'cases',
    id,
    data: caseSchema.parse({
      title: `Case ${id}`,
      language: 'da',
      summary: 'A case used to test the history of requirement use.',
      topics: ['copd'],
      countries: ['DK'],
      place: 'Somewhere',
      organisations: ['o'],
      start,
      stage: 'pilot',
      outcome: 'unknown',
      lastVerified: '2024-01-01',
      requirements,
    }),
  });

  it('lists every case that used a requirement, newest first, with results and counts', () => {
    const catalogue = deriveCatalogue({
      cases: [
        makeCase('old', '2017', ['req']),
        makeCase('new', '2021', [{ id: 'req', result: 'caused-problems', note: 'The gateway did not speak the profile.' }, 'other']),
        makeCase('mid', '2019', [{ id: 'req', result: 'met' }, { id: 'req', result: 'not-met', note: 'Listed twice by mistake.' }]),
      ],
      methods: [],
      topics: [],
      organisations: [],
      events: [],
      requirements: [],
    });
    const uses = catalogue.requirementUses.get('req') ?? [];
    expect(uses.map((use) => [use.case.id, use.result, use.note])).toEqual([
      ['new', 'caused-problems', 'The gateway did not speak the profile.'],
      ['mid', 'met', undefined],
      ['old', 'not-assessed', undefined],
    ]);
    expect(resultCounts(uses)).toEqual({ met: 1, 'not-met': 0, 'caused-problems': 1, 'not-assessed': 1 });
    expect(resultSummary(uses)).toEqual([
      { result: 'met', count: 1 },
      { result: 'caused-problems', count: 1 },
      { result: 'not-assessed', count: 1 },
    ]);
    expect(catalogue.casesByRequirement.get('other')?.map((c) => c.id)).toEqual(['new']);
  });
});
