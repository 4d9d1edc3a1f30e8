/**
 * One fixture per content rule: each breaks one thing in a copy of the valid fixture catalogue
 * and asserts the exact printed line (file, line, field, message).
 */
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/check.ts';
import { formatProblem } from '../../src/checks/report.ts';
import { BODY_LINE, caseWithBody, fixtureSite, fixtureText, problemLines } from './helpers.ts';

const LESSONS = '\n## Lessons learned\n\nText.\n';
const swedishCase = fixtureText('content/cases/egenvard-kol.md');

describe('the valid fixture', () => {
  it('has no problems', () => {
    expect(problemLines()).toEqual([]);
  });
});

describe('schema', () => {
  it('names a field in the wrong letter case and the field it should be', () => {
    expect(problemLines({ 'content/cases/egenvard-kol.md': swedishCase.replace('title:', 'Title:') })).toEqual([
      'content/cases/egenvard-kol.md:2: Title: `Title` is not a field; did you mean `title`? field names are case-sensitive',
    ]);
  });

  it('suggests the closest field for an unknown one (and does not also call it missing)', () => {
    expect(problemLines({ 'content/cases/egenvard-kol.md': swedishCase.replace('place:', 'plase:') })).toEqual([
      'content/cases/egenvard-kol.md:7: plase: `plase` is not a field; did you mean `place`?',
    ]);
    expect(problemLines({ 'content/cases/egenvard-kol.md': swedishCase.replace('funder:', 'fundr:') })).toEqual([
      'content/cases/egenvard-kol.md:12: funding[0].fundr: `fundr` is not a field; did you mean `funder`?',
    ]);
  });

  it('still finds the lessons heading when the language is wrong', () => {
    expect(problemLines({ 'content/cases/egenvard-kol.md': swedishCase.replace('language: sv', 'language: se') })).toEqual([
      "content/cases/egenvard-kol.md:3: language: 'se' is not an allowed value; did you mean 'sv'? allowed: en, sv, nb, da, fi, is",
    ]);
  });

  it('lists the allowed fields when nothing is close', () => {
    const lines = problemLines({ 'content/cases/egenvard-kol.md': swedishCase.replace('place: Testort', 'place: Testort\nbudget: 12') });
    expect(lines).toEqual([
      expect.stringMatching(/^content\/cases\/egenvard-kol\.md:8: budget: `budget` is not a field; expected one of: title, language, summary, summaryEn, topics, sources, lastVerified, countries, place, organisations, coordinator, start, …/),
    ]);
  });

  it('names the bad value, the closest allowed one and the list', () => {
    expect(problemLines({ 'content/cases/egenvard-kol.md': swedishCase.replace('stage: pilot', 'stage: pilott') })).toEqual([
      "content/cases/egenvard-kol.md:9: stage: 'pilott' is not an allowed value; did you mean 'pilot'? allowed: planned, pilot, implementation, scaled, discontinued",
    ]);
  });

  it('recognises a value written as its label in any interface language', () => {
    expect(problemLines({ 'content/cases/egenvard-kol.md': swedishCase.replace('countries: [SE]', 'countries: [Sweden, Suomi]') })).toEqual([
      "content/cases/egenvard-kol.md:6: countries[0]: 'Sweden' is not an allowed value; did you mean 'SE'? allowed: SE, NO, DK, FI, IS, FO, GL, AX",
      "content/cases/egenvard-kol.md:6: countries[1]: 'Suomi' is not an allowed value; did you mean 'FI'? allowed: SE, NO, DK, FI, IS, FO, GL, AX",
    ]);
    expect(problemLines({ 'content/cases/egenvard-kol.md': swedishCase.replace('stage: pilot', 'stage: Avbruten\nstopReason: staffing') })).toEqual([
      "content/cases/egenvard-kol.md:9: stage: 'Avbruten' is not an allowed value; did you mean 'discontinued'? allowed: planned, pilot, implementation, scaled, discontinued",
    ]);
  });

  it('points at a nested key such as effects[0].evidence', () => {
    expect(problemLines({ 'content/cases/egenvard-kol.md': swedishCase.replace('evidence: anecdotal', 'evidence: anekdotisk') })).toEqual([
      "content/cases/egenvard-kol.md:16: effects[0].evidence: 'anekdotisk' is not an allowed value; did you mean 'anecdotal'? allowed: anecdotal, survey, before-after, controlled, randomised",
    ]);
  });

  it('reports a missing required field with what it expects', () => {
    expect(problemLines({ 'content/cases/egenvard-kol.md': swedishCase.replace('outcome: unknown\n', '') })).toEqual([
      'content/cases/egenvard-kol.md:1: outcome: `outcome` is missing; expected one of: ongoing, achieved, partly, not-achieved, unknown',
    ]);
  });

  it('reports a wrong type with the value it got', () => {
    expect(problemLines({ 'content/cases/egenvard-kol.md': swedishCase.replace('place: Testort', 'place: [Testort]') })).toEqual([
      'content/cases/egenvard-kol.md:7: place: got a list of 1; expected text',
    ]);
  });

  it('keeps the schema’s own wording for dates and lengths', () => {
    expect(
      problemLines({
        'content/cases/egenvard-kol.md': swedishCase.replace('lastVerified: 2024-05-02', 'lastVerified: 2.5.2024').replace(/summary: .*/, 'summary: Too short'),
      }),
    ).toEqual([
      "content/cases/egenvard-kol.md:4: summary: 'Too short' is too short; expected a summary of at least 20 characters",
      "content/cases/egenvard-kol.md:17: lastVerified: '2.5.2024' is not valid; expected a full date such as 2024-05-02",
    ]);
  });

  it('reports a rule across fields (a discontinued case needs a stop reason)', () => {
    expect(problemLines({ 'content/cases/egenvard-kol.md': swedishCase.replace('stage: pilot', 'stage: discontinued') })).toEqual([
      "content/cases/egenvard-kol.md:1: stopReason: is required when stage is 'discontinued' or outcome is 'not-achieved'; say why it stopped",
    ]);
  });

  it('reports a YAML syntax error with its line', () => {
    expect(problemLines({ 'content/cases/egenvard-kol.md': swedishCase.replace('place: Testort', 'place: Testort\n  region: Norrbotten') })).toEqual([
      "content/cases/egenvard-kol.md:8: frontmatter: YAML syntax error: the indentation does not line up with the lines above (bad indentation of a mapping entry); expected 'field: value' lines (check indentation, colons and quotes)",
    ]);
  });

  it('refuses a date that is not in the calendar (which YAML would silently move to the next month)', () => {
    expect(
      problemLines({ 'content/cases/egenvard-kol.md': swedishCase.replace('lastVerified: 2024-05-02', 'lastVerified: 2024-02-30').replace('stage: pilot', 'stage: pilott') }),
    ).toEqual([
      "content/cases/egenvard-kol.md:9: stage: 'pilott' is not an allowed value; did you mean 'pilot'? allowed: planned, pilot, implementation, scaled, discontinued",
      "content/cases/egenvard-kol.md:17: lastVerified: '2024-02-30' is not a date in the calendar; expected a real date such as 2024-02-29",
    ]);
  });

  it('reports a field given twice', () => {
    expect(problemLines({ 'content/cases/egenvard-kol.md': swedishCase.replace('outcome: unknown', 'outcome: unknown\nstage: scaled') })).toEqual([
      "content/cases/egenvard-kol.md:11: frontmatter: YAML syntax error: this field is given twice (duplicated mapping key); expected 'field: value' lines (check indentation, colons and quotes)",
    ]);
  });

  it('checks YAML collections too', () => {
    expect(problemLines({ 'content/organisations/vinnova.yaml': 'name: Vinnova\ntype: agencies\ncountry: SE\n' })).toEqual([
      "content/organisations/vinnova.yaml:2: type: 'agencies' is not an allowed value; did you mean 'agency'? allowed: municipality, region, hospital, test-bed, university, agency, network, company, non-profit",
    ]);
  });

  it('says when an entry is in the wrong folder but fits another', () => {
    const event = fixtureText('content/events/test-seminar.md');
    const lines = problemLines({ 'content/cases/test-seminar.md': event });
    expect(lines).toContain('content/cases/test-seminar.md:1: file: this entry does not fit content/cases/ but is a valid event; move it to content/events/');
  });
});

describe('frontmatter', () => {
  const path = 'content/cases/fixture.md';
  it('must start on line 1', () => {
    expect(problemLines({ [path]: `\n${caseWithBody(LESSONS)}` })).toEqual([
      `${path}:1: frontmatter: the frontmatter does not start on the first line; expected '---' as the very first line`,
    ]);
  });
  it('must be there', () => {
    expect(problemLines({ [path]: '# Just a heading\n' })).toEqual([
      `${path}:1: frontmatter: the file does not start with a '---' line; expected the fields between two '---' lines at the very top of the file`,
    ]);
  });
  it('must be closed', () => {
    expect(problemLines({ [path]: '---\ntitle: x\n' })).toEqual([
      `${path}:1: frontmatter: the frontmatter is never closed; expected a line with only '---' after the last field`,
    ]);
  });
  it('refuses a "---x" line that Astro would read as the end of the frontmatter', () => {
    const text = caseWithBody(LESSONS).replace('place: Test place', '---place: Test place');
    expect(problemLines({ [path]: text })).toContain(
      `${path}:7: frontmatter: line 7 starts with '---' and would end the frontmatter early; expected the closing line to be exactly '---'`,
    );
  });
  it('reads Windows line endings and a byte-order mark like any other file', () => {
    const windows = `\uFEFF${swedishCase.replace('stage: pilot', 'stage: pilott')}`.replace(/\n/g, '\r\n');
    expect(problemLines({ 'content/cases/egenvard-kol.md': windows })).toEqual([
      "content/cases/egenvard-kol.md:9: stage: 'pilott' is not an allowed value; did you mean 'pilot'? allowed: planned, pilot, implementation, scaled, discontinued",
    ]);
  });
  it('refuses TOML frontmatter', () => {
    expect(problemLines({ [path]: '+++\ntitle = "x"\n+++\n' })).toEqual([
      `${path}:1: frontmatter: '+++' (TOML) frontmatter is not supported; expected YAML fields between two '---' lines`,
    ]);
  });
});

describe('descriptions of topics and organisations', () => {
  const copd = fixtureText('content/topics/copd.yaml');
  const vinnova = fixtureText('content/organisations/vinnova.yaml');

  it('says which language a topic description lacks, on its line', () => {
    const withoutFinnish = copd.replace(/^ {2}fi: .*\n/m, '');
    const line = withoutFinnish.split('\n').findIndex((text) => text.startsWith('description:')) + 1;
    expect(problemLines({ 'content/topics/copd.yaml': withoutFinnish })).toEqual([
      `content/topics/copd.yaml:${line}: description.fi: \`fi\` is missing; expected the description in Finnish as text`,
    ]);
  });

  it('explains the six-language form when a topic has the old one-language description', () => {
    const old = copd.replace(/^description:[\s\S]*$/m, 'description: A long-term lung disease.\n');
    const line = old.split('\n').findIndex((text) => text.startsWith('description:')) + 1;
    expect(problemLines({ 'content/topics/copd.yaml': old })).toEqual([
      `content/topics/copd.yaml:${line}: description: got the text 'A long-term lung disease.'; expected a description in each of the six languages: a group with the keys en, sv, nb, da, fi, is, one or two sentences each`,
    ]);
  });

  it('names an organisation description language that does not exist, with the closest one', () => {
    const norwegian = vinnova.replace('  sv: ', '  no: ');
    const line = norwegian.split('\n').findIndex((text) => text.startsWith('  no:')) + 1;
    expect(problemLines({ 'content/organisations/vinnova.yaml': norwegian })).toEqual([
      expect.stringMatching(new RegExp(`^content/organisations/vinnova\\.yaml:${line}: description\\.no: \`no\` is not a field; did you mean \`nb\`\\?`)),
    ]);
  });

  it('refuses an organisation description with no language', () => {
    const empty = vinnova.replace(/^description:[\s\S]*$/m, 'description: {}\n');
    const line = empty.split('\n').findIndex((text) => text.startsWith('description:')) + 1;
    expect(problemLines({ 'content/organisations/vinnova.yaml': empty })).toEqual([
      `content/organisations/vinnova.yaml:${line}: description: has no language; expected at least one of en, sv, nb, da, fi, is (e.g. en: …), or leave description out`,
    ]);
  });
});

describe('file names and folders', () => {
  it('refuses an id that is not lower-case kebab ASCII and proposes one', () => {
    expect(problemLines({ 'content/cases/Egenvård KOL.md': caseWithBody(LESSONS) })).toEqual([
      "content/cases/Egenvård KOL.md:1: file: 'Egenvård KOL.md' is not a valid file name; expected lower-case letters a-z, digits and single hyphens, e.g. 'egenvard-kol.md'",
    ]);
  });
  it('refuses an extension in capitals', () => {
    expect(problemLines({ 'content/cases/fixture.MD': caseWithBody(LESSONS) })).toEqual([
      "content/cases/fixture.MD:1: file: the extension '.MD' has capital letters; expected '.md'",
    ]);
  });
  it('refuses .yml', () => {
    expect(problemLines({ 'content/topics/fixture.yml': 'kind: condition\n' })).toEqual([
      "content/topics/fixture.yml:1: file: the extension '.yml' is not used here; expected '.yaml'",
    ]);
  });
  it('refuses a file type that belongs in another collection', () => {
    expect(problemLines({ 'content/cases/region-norrbotten.yaml': 'name: Region Norrbotten\n' })).toEqual([
      "content/cases/region-norrbotten.yaml:1: file: '.yaml' files are not read in content/cases/ (they belong in content/topics/ or content/organisations/); expected .md, .mdx",
    ]);
  });
  it('refuses stray files and unknown folders, allows README.md', () => {
    expect(
      problemLines({
        'content/notes.txt': 'x',
        'content/case/x.md': 'x',
        'content/cases/README.md': '# About cases',
        'content/cases/draft.txt': 'x',
        'content/cases/old/x.md': 'x',
      }),
    ).toEqual([
      "content/case/:1: folder: 'case' is not a collection folder; did you mean 'cases'? expected one of: cases, methods, topics, organisations, events, requirements",
      "content/cases/draft.txt:1: file: '.txt' files are not read in content/cases/; expected .md, .mdx",
      'content/cases/old/x.md:1: file: entries in sub-folders are not allowed; move the file directly into content/cases/',
      "content/notes.txt:1: file: 'notes.txt' does not belong directly in content/; expected only the folders cases, methods, topics, organisations, events, requirements and README.md",
    ]);
  });
  it('refuses symbolic links (they could pull any file of the build machine into the site)', () => {
    const root = fixtureSite();
    symlinkSync('/etc/hostname', path.join(root, 'content/cases/linked.md'));
    expect(checkContent({ root }).problems.map(formatProblem)).toEqual([
      "content/cases/linked.md:1: file: 'linked.md' is a symbolic link, which is not allowed in content/; expected a plain file (copy the content instead)",
    ]);
  });

  it('refuses the same id twice (x.md and x.mdx)', () => {
    expect(problemLines({ 'content/cases/egenvard-kol.mdx': caseWithBody(LESSONS) })).toEqual([
      "content/cases/egenvard-kol.md:1: file: the id 'egenvard-kol' is also used by content/cases/egenvard-kol.mdx; expected each id once in content/cases/ (rename or remove one of the files)",
      "content/cases/egenvard-kol.mdx:1: file: the id 'egenvard-kol' is also used by content/cases/egenvard-kol.md; expected each id once in content/cases/ (rename or remove one of the files)",
    ]);
  });
});

describe('references', () => {
  it('accepts references that exist (the valid fixture uses topics, organisations, methods, cases)', () => {
    expect(problemLines()).toEqual([]);
  });
  it('finds a topic from a Swedish word (label match, diacritics folded)', () => {
    expect(problemLines({ 'content/cases/egenvard-kol.md': swedishCase.replace('topics: [copd, heart-failure]', 'topics: [copd, hjartsvikt]') })).toEqual([
      "content/cases/egenvard-kol.md:5: topics[1]: 'hjartsvikt' is not a topic in content/topics/; did you mean 'heart-failure'?",
    ]);
  });
  it('finds a topic from an abbreviation and an id typed as words', () => {
    expect(problemLines({ 'content/cases/egenvard-kol.md': swedishCase.replace('topics: [copd, heart-failure]', 'topics:\n  - KOLS\n  - Heart Failure') })).toEqual([
      "content/cases/egenvard-kol.md:6: topics[0]: 'KOLS' is not a topic in content/topics/; did you mean 'copd'?",
      "content/cases/egenvard-kol.md:7: topics[1]: 'Heart Failure' is not a topic in content/topics/; did you mean 'heart-failure'?",
    ]);
  });
  it('reports a dangling reference in a nested field, with no guess when nothing is close', () => {
    expect(problemLines({ 'content/cases/egenvard-kol.md': swedishCase.replace('funder: vinnova', 'funder: european-union') })).toEqual([
      "content/cases/egenvard-kol.md:12: funding[0].funder: 'european-union' is not an organisation in content/organisations/; expected the id (file name without extension) of an existing organisation, or add that organisation first",
    ]);
  });
  it('checks references in every collection: speakers, cases, origin, broader', () => {
    const lines = problemLines({
      'content/events/test-seminar.md': fixtureText('content/events/test-seminar.md').replace('organisation: vinnova', 'organisation: vinova').replace('cases: [egenvard-kol]', 'cases: [egenvard]'),
      'content/requirements/test-requirement.md': fixtureText('content/requirements/test-requirement.md').replace('case: egenvard-kol', 'case: key-figure'),
      'content/topics/copd.yaml': `${fixtureText('content/topics/copd.yaml')}broader: chronic-diseases\n`,
      'content/methods/test-method.md': fixtureText('content/methods/test-method.md').replace('organisation: vinnova', 'organisation: vinnova-se'),
    });
    expect(lines).toEqual([
      "content/events/test-seminar.md:11: speakers[0].organisation: 'vinova' is not an organisation in content/organisations/; did you mean 'vinnova'?",
      "content/events/test-seminar.md:12: cases[0]: 'egenvard' is not a case in content/cases/; did you mean 'egenvard-kol'?",
      "content/methods/test-method.md:7: origin.organisation: 'vinnova-se' is not an organisation in content/organisations/; did you mean 'vinnova'?",
      "content/requirements/test-requirement.md:16: origin.case: 'key-figure' is not a case in content/cases/; did you mean 'key-figures'?",
      "content/topics/copd.yaml:11: broader: 'chronic-diseases' is not a topic in content/topics/; did you mean 'chronic-disease'?",
    ]);
  });
  it('refuses an entry that points at itself', () => {
    expect(problemLines({ 'content/topics/copd.yaml': `${fixtureText('content/topics/copd.yaml')}broader: copd\n` })).toEqual([
      "content/topics/copd.yaml:11: broader: 'copd' is this entry itself; expected the id of another entry",
    ]);
  });
  it('resolves references against the whole catalogue when only some files are checked', () => {
    const changes = {
      'content/cases/egenvard-kol.md': swedishCase.replace('topics: [copd, heart-failure]', 'topics: [copd, hjartsvikt]'),
      'content/methods/test-method.md': fixtureText('content/methods/test-method.md').replace('organisation: vinnova', 'organisation: nobody'),
    };
    expect(problemLines(changes, ['content/cases'])).toEqual([
      "content/cases/egenvard-kol.md:5: topics[1]: 'hjartsvikt' is not a topic in content/topics/; did you mean 'heart-failure'?",
    ]);
  });
});

describe('required sections of a case', () => {
  it('refuses an empty lessons section, on the heading’s line, but accepts text under a subheading', () => {
    const empty = swedishCase.replace(/## Lärdomar\n\nText med[^\n]*\n/, '## Lärdomar\n\n');
    expect(problemLines({ 'content/cases/egenvard-kol.md': empty })).toEqual([
      "content/cases/egenvard-kol.md:24: body: the 'lessons' section under 'Lärdomar' is empty; write what you learned, even if it is that the results are not known yet",
    ]);
    const emptyBeforeNext = swedishCase.replace(/## Lärdomar\n\nText med[^\n]*\n/, '## Lärdomar\n\n## Resultat\n\nText.\n');
    expect(problemLines({ 'content/cases/egenvard-kol.md': emptyBeforeNext })).toEqual([
      "content/cases/egenvard-kol.md:24: body: the 'lessons' section under 'Lärdomar' is empty; write what you learned, even if it is that the results are not known yet",
    ]);
    const withSubheading = swedishCase.replace(/## Lärdomar\n\nText med[^\n]*\n/, '## Lärdomar\n\n### Om personalen\n\nText.\n');
    expect(problemLines({ 'content/cases/egenvard-kol.md': withSubheading })).toEqual([]);
  });

  it('asks for the lessons heading in the entry’s language and in English', () => {
    expect(problemLines({ 'content/cases/egenvard-kol.md': swedishCase.replace('## Lärdomar', '## Slutsatser') })).toEqual([
      "content/cases/egenvard-kol.md:19: body: the 'lessons' section is missing; add a heading '## Lärdomar' (or '## Lessons learned')",
    ]);
  });
  it('accepts the English heading in a Swedish entry', () => {
    expect(problemLines({ 'content/cases/egenvard-kol.md': swedishCase.replace('## Lärdomar', '## Lessons learned') })).toEqual([]);
  });
  it('points at a heading that is nearly right', () => {
    expect(problemLines({ 'content/cases/egenvard-kol.md': swedishCase.replace('## Lärdomar', '## Lärdommar') })).toEqual([
      "content/cases/egenvard-kol.md:19: body: the 'lessons' section is missing; add a heading '## Lärdomar' (or '## Lessons learned')",
      "content/cases/egenvard-kol.md:24: body: the heading 'Lärdommar' is close to a section name; did you mean '## Lärdomar'?",
    ]);
  });
  it('asks for the English heading only once in an English entry', () => {
    expect(problemLines({ 'content/cases/fixture.md': caseWithBody('\nNo sections.\n') })).toEqual([
      `content/cases/fixture.md:${BODY_LINE}: body: the 'lessons' section is missing; add a heading '## Lessons learned'`,
    ]);
  });
});

describe('reporting', () => {
  it('reports every problem at once, sorted by file and line', () => {
    const lines = problemLines({
      'content/cases/egenvard-kol.md': swedishCase.replace('stage: pilot', 'stage: pilott').replace('## Lärdomar', '## Slut'),
      'content/cases/fixture.mdx': caseWithBody(`\n<script>alert(1)</script>\n${LESSONS}`),
      'content/topics/x.yml': 'x',
    });
    expect(lines).toEqual([
      "content/cases/egenvard-kol.md:9: stage: 'pilott' is not an allowed value; did you mean 'pilot'? allowed: planned, pilot, implementation, scaled, discontinued",
      "content/cases/egenvard-kol.md:19: body: the 'lessons' section is missing; add a heading '## Lärdomar' (or '## Lessons learned')",
      `content/cases/fixture.mdx:${BODY_LINE + 1}: body: <script> is not allowed: it could run code or load other pages in a reader's browser; remove it`,
      "content/topics/x.yml:1: file: the extension '.yml' is not used here; expected '.yaml'",
    ]);
  });
});
