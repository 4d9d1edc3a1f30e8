/**
 * Issue 12, findings 5, 6, 7 and 9: input the check used to accept without a word, or slowly, or
 * at the wrong line. One fixture per scenario, each a copy of the valid fixture catalogue with one
 * file changed; the exact printed line (file, line, field, message) is asserted. Every attack has
 * a control beside it that differs only in the attack, so a pass proves the rule, not a typo.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, checkContentParallel, checkEntrySource, type EntryFile } from '../../src/checks/check.ts';
import { formatProblem } from '../../src/checks/report.ts';
import contentGuard, { ContentCheckError, contentGuardVitePlugin } from '../../src/checks/content-guard.ts';
import { caseWithBody, fixtureSite, fixtureText, problemLines, repoRoot } from './helpers.ts';

const LESSONS = '\n## Lessons learned\n\nText.\n';
/** caseWithBody with one extra frontmatter line: that line is line 12. */
const withLine = (line: string) => caseWithBody(LESSONS, line);
const file = 'content/cases/fixture.md';
const check = (text: string | Buffer, at = file) => problemLines({ [at]: text as string });

describe('finding 5: the frontmatter is read in time linear in its size', () => {
  const entry: EntryFile = { collection: 'cases', id: 'fixture', file, absolute: `/nowhere/${file}`, kind: 'md' };
  const problemsOf = (text: string) => checkEntrySource(entry, text).problems.map((p) => `${p.line}: ${p.field}: ${p.message}`);

  // No timer: 5 MB and 10 MB lines each finish well inside vitest's default time limit only when
  // the work is linear (the quadratic date-line pattern needed about 30 s for 150 KB).
  for (const [name, line] of [
    ['spaces', (n: number) => ' '.repeat(n)],
    ['tabs', (n: number) => '\t'.repeat(n)],
    ['spaces and tabs', (n: number) => ' \t'.repeat(n / 2)],
  ] as const) {
    it(`a whitespace line of ${name}, 5 MB and 10 MB, is read and found harmless`, () => {
      expect(problemsOf(withLine(''))).toEqual([]);
      expect(problemsOf(withLine(line(5_000_000)))).toEqual([]);
      expect(problemsOf(withLine(line(10_000_000)))).toEqual([]);
    });
  }

  it('a 5 MB run of spaces before a date, after a list dash or before a comment is read too', () => {
    const spaces = ' '.repeat(5_000_000);
    expect(problemsOf(caseWithBody(LESSONS).replace('lastVerified: 2024-05-02', `lastVerified:${spaces}2024-05-02`))).toEqual([]);
    expect(problemsOf(caseWithBody(LESSONS).replace('lastVerified: 2024-05-02', `lastVerified: 2024-05-02${spaces}# checked`))).toEqual([]);
    expect(problemsOf(withLine(`targetGroup:\n  -${spaces}older people`))).toEqual([]);
    // The date rule still works on such a line.
    expect(problemsOf(caseWithBody(LESSONS).replace('lastVerified: 2024-05-02', `lastVerified:${spaces}2024-02-30`))).toEqual([
      "11: lastVerified: '2024-02-30' is not a date in the calendar; expected a real date such as 2024-02-29",
    ]);
  });
});

describe('finding 6: YAML aliases are refused', () => {
  it('control: the same values written out in full pass', () => {
    expect(check(caseWithBody(LESSONS).replace('place: Test place', 'place: Fixture case for one rule'))).toEqual([]);
  });

  it('an alias in a Markdown entry names its line and field', () => {
    const text = caseWithBody(LESSONS).replace('title: Fixture', 'title: &t Fixture').replace('place: Test place', 'place: *t');
    expect(check(text)).toEqual([
      `${file}:7: place: the value is a YAML alias (*t), which repeats another value without writing it out; expected the value written in full (anchors & and aliases * are not allowed)`,
    ]);
  });

  it('an anchor used 2,000 times is one problem, not a 40 MB page', () => {
    const text = caseWithBody(LESSONS, `targetGroup: [&g older people living at home, ${Array(2000).fill('*g').join(', ')}]`);
    expect(check(text)).toEqual([
      `${file}:12: targetGroup[1]: the value is a YAML alias (*g), which repeats another value without writing it out, and 1999 more aliases follow; expected the value written in full (anchors & and aliases * are not allowed)`,
    ]);
  });

  it('an alias in a YAML entry, and a merge key, are refused too', () => {
    const topic = 'content/topics/copd.yaml';
    const aliased = fixtureText(topic).replace('abbreviations: [COPD, KOL, KOLS]', 'abbreviations: [&a COPD, KOL, *a]');
    expect(check(aliased, topic)).toEqual([
      `${topic}:3: abbreviations[2]: the value is a YAML alias (*a), which repeats another value without writing it out; expected the value written in full (anchors & and aliases * are not allowed)`,
    ]);
    const merged = `${fixtureText(topic).replace('description:', 'description: &d')}synonyms:\n  <<: *d\n`;
    expect(check(merged, topic)).toEqual([
      `${topic}:12: synonyms.<<: the value is a YAML alias (*d), which repeats another value without writing it out; expected the value written in full (anchors & and aliases * are not allowed)`,
    ]);
  });

  it('an anchor that nothing uses is refused where it stands', () => {
    expect(check(caseWithBody(LESSONS).replace('place: Test place', 'place: &p Test place'))).toEqual([
      `${file}:7: place: the value has a YAML anchor (&p); expected the value written without one (anchors & and aliases * are not allowed)`,
    ]);
  });
});

describe('finding 7: impossible dates, control characters, NUL, invalid UTF-8, repeats and cycles are refused', () => {
  it('control: the fixture case with a real date passes', () => {
    expect(check(withLine('start: "2019-02-28"'))).toEqual([]);
  });

  it('a quoted date that is not in the calendar', () => {
    expect(check(withLine('start: "2019-02-30"'))).toEqual([
      `${file}:12: start: '2019-02-30' is not a date in the calendar; expected a real date such as 2024-02-29`,
    ]);
    expect(check(withLine("start: '2019-02-29'"))).toEqual([
      `${file}:12: start: '2019-02-29' is not a date in the calendar; expected a real date such as 2024-02-29`,
    ]);
    expect(check(caseWithBody(LESSONS).replace('lastVerified: 2024-05-02', 'lastVerified: "2024-04-31"'))).toEqual([
      `${file}:11: lastVerified: '2024-04-31' is not a date in the calendar; expected a real date such as 2024-02-29`,
    ]);
    expect(check(withLine('start: "2024-02-29"'))).toEqual([]);
  });

  it('an impossible event date, which would reach the calendar file as DTSTART:20240231', () => {
    const event = 'content/events/test-seminar.md';
    expect(check(fixtureText(event).replace('start: 2024-04', 'start: "2024-02-31"'), event)).toEqual([
      `${event}:6: start: '2024-02-31' is not a date in the calendar; expected a real date such as 2024-02-29`,
    ]);
    expect(check(fixtureText(event).replace('start: 2024-04', 'start: "--02-30"'), event)).toEqual([
      `${event}:6: start: '--02-30' is not a date in the calendar; expected a real date such as 2024-02-29`,
    ]);
  });

  it('a control character written as a YAML escape in a title', () => {
    expect(check(caseWithBody(LESSONS).replace('title: Fixture case for one rule', 'title: "Fixture case\\e for one rule"'))).toEqual([
      `${file}:2: title: the text holds the control character U+001B, which readers cannot see and which breaks feeds and calendars; remove it`,
    ]);
  });

  it('VT, FF, U+2028 and U+2029 in a frontmatter text, escaped or written as they are', () => {
    const replaceTitle = (title: string) => caseWithBody(LESSONS).replace('title: Fixture case for one rule', `title: ${title}`);
    const message = (code: string) => `${file}:2: title: the text holds the control character ${code}, which readers cannot see and which breaks feeds and calendars; remove it`;
    expect(check(replaceTitle('"Fixture\\vcase for one rule"'))).toEqual([message('U+000B')]);
    expect(check(replaceTitle('"Fixture\\fcase for one rule"'))).toEqual([message('U+000C')]);
    expect(check(replaceTitle('Fixture\u2028case for one rule'))).toEqual([message('U+2028')]);
    expect(check(replaceTitle('"Fixture\\Pcase for one rule"'))).toEqual([message('U+2029')]);
    expect(check(replaceTitle('Fixture\u000bcase for one rule'))).toEqual([message('U+000B')]);
    expect(check(replaceTitle('"Fixture\tcase for one rule"'))).toEqual([message('U+0009')]);
  });

  it('a control character in a nested field of a YAML entry', () => {
    const topic = 'content/topics/copd.yaml';
    expect(check(fixtureText(topic).replace('sv: Ett testämne.', 'sv: "Ett\\x07testämne."'), topic)).toEqual([
      `${topic}:6: description.sv: the text holds the control character U+0007, which readers cannot see and which breaks feeds and calendars; remove it`,
    ]);
  });

  it('a control character written as it is in a nested field names the whole field', () => {
    const topic = 'content/topics/copd.yaml';
    expect(check(fixtureText(topic).replace('sv: Ett testämne.', 'sv: Ett\u000btestämne.'), topic)).toEqual([
      `${topic}:6: description.sv: the text holds the control character U+000B, which readers cannot see and which breaks feeds and calendars; remove it`,
    ]);
    expect(check(fixtureText(topic).replace('abbreviations: [COPD, KOL, KOLS]', 'abbreviations:\n  - COPD\n  - K\u0001OL'), topic)).toEqual([
      `${topic}:5: abbreviations[1]: the text holds the control character U+0001, which readers cannot see and which breaks feeds and calendars; remove it`,
    ]);
  });

  it('control characters in the body, other than tab and line breaks', () => {
    expect(check(caseWithBody(`Text\twith a tab.\r\n${LESSONS}`))).toEqual([]);
    expect(check(caseWithBody(`Text with a bell \u0007 here.\n${LESSONS}`))).toEqual([
      `${file}:13: body: the text holds the control character U+0007, which readers cannot see and which breaks feeds and calendars; remove it`,
    ]);
    expect(check(caseWithBody(`One\n\nTwo\u000cpage\n${LESSONS}`))).toEqual([
      `${file}:15: body: the text holds the control character U+000C, which readers cannot see and which breaks feeds and calendars; remove it`,
    ]);
  });

  it('NUL bytes, in the body and in the frontmatter', () => {
    expect(check(caseWithBody(`Text\u0000 here.\n${LESSONS}`))).toEqual([
      `${file}:13: body: the file holds a NUL byte (U+0000), which is not text; remove it`,
    ]);
    expect(check(caseWithBody(LESSONS).replace('place: Test place', 'place: Test\u0000place'))).toEqual([
      `${file}:7: place: the file holds a NUL byte (U+0000), which is not text; remove it`,
    ]);
    expect(check(caseWithBody(LESSONS).replace('place: Test place', 'place: "Test\\0place"'))).toEqual([
      `${file}:7: place: the file holds a NUL byte (U+0000), which is not text; remove it`,
    ]);
  });

  it('invalid UTF-8 is refused, not silently replaced', () => {
    const text = caseWithBody(LESSONS).replace('place: Test place', 'place: Test\uFFFDplace');
    // Control: U+FFFD written as real UTF-8 is a character like any other.
    expect(check(text)).toEqual([]);
    const bytes = Buffer.from(text.replace('\uFFFD', '@'), 'utf8');
    bytes[bytes.indexOf('Test@place') + 4] = 0xff;
    expect(check(bytes)).toEqual([`${file}:7: file: line 7 is not valid UTF-8 text; expected a UTF-8 text file (save it again as UTF-8)`]);
    const latin1 = Buffer.from(caseWithBody(`Text from Östersund.\n${LESSONS}`), 'latin1');
    expect(check(latin1)).toEqual([`${file}:13: file: line 13 is not valid UTF-8 text; expected a UTF-8 text file (save it again as UTF-8)`]);
  });

  it('an item listed twice', () => {
    expect(check(caseWithBody(LESSONS).replace('topics: [copd]', 'topics: [copd, heart-failure]'))).toEqual([]);
    expect(check(caseWithBody(LESSONS).replace('topics: [copd]', 'topics: [copd, copd]'))).toEqual([
      `${file}:5: topics[1]: 'copd' is listed twice (also as topics[0]); expected each item once`,
    ]);
    expect(check(caseWithBody(LESSONS).replace('countries: [SE]', 'countries:\n  - SE\n  - NO\n  - SE'))).toEqual([
      `${file}:9: countries[2]: 'SE' is listed twice (also as countries[0]); expected each item once`,
    ]);
    const topic = 'content/topics/copd.yaml';
    expect(check(fixtureText(topic).replace('abbreviations: [COPD, KOL, KOLS]', 'abbreviations: [COPD, KOL, KOL]'), topic)).toEqual([
      `${topic}:3: abbreviations[2]: 'KOL' is listed twice (also as abbreviations[1]); expected each item once`,
    ]);
  });

  it('a translation cycle: A is a translation of B and B of A', () => {
    const a = 'content/cases/case-a.md';
    const b = 'content/cases/case-b.md';
    // Control: a chain that ends at the original passes.
    expect(problemLines({ [a]: withLine('translationOf: case-b'), [b]: caseWithBody(LESSONS) })).toEqual([]);
    expect(problemLines({ [a]: withLine('translationOf: case-b'), [b]: withLine('translationOf: case-a') })).toEqual([
      `${a}:12: translationOf: following translationOf from here comes back to this entry (case-a → case-b → case-a); expected a chain that ends at an entry without translationOf`,
      `${b}:12: translationOf: following translationOf from here comes back to this entry (case-b → case-a → case-b); expected a chain that ends at an entry without translationOf`,
    ]);
  });

  it('a longer cycle of broader topics, and only the entries on it are named', () => {
    const t = (id: string) => `content/topics/${id}.yaml`;
    const topic = (broader: string) => `${fixtureText(t('copd'))}broader: ${broader}\n`;
    expect(problemLines({ [t('copd')]: topic('heart-failure'), [t('heart-failure')]: topic('chronic-disease'), [t('chronic-disease')]: topic('copd') })).toEqual([
      `${t('chronic-disease')}:11: broader: following broader from here comes back to this entry (chronic-disease → copd → heart-failure → chronic-disease); expected a chain that ends at an entry without broader`,
      `${t('copd')}:11: broader: following broader from here comes back to this entry (copd → heart-failure → chronic-disease → copd); expected a chain that ends at an entry without broader`,
      `${t('heart-failure')}:11: broader: following broader from here comes back to this entry (heart-failure → chronic-disease → copd → heart-failure); expected a chain that ends at an entry without broader`,
    ]);
  });
});

describe('finding 9: a YAML error is reported where the broken construct begins', () => {
  const org = 'content/organisations/vinnova.yaml';

  it('an unclosed [ on line 2 is reported at line 2, not where the parser noticed it', () => {
    expect(check('name: Vinnova\nbroken: [unclosed\ntype: agency\ncountry: SE\n', org)).toEqual([
      `${org}:2: broken: YAML syntax error: the list opened with '[' on this line is not closed (missed comma between flow collection entries, noticed on line 3); expected a closing ']' (check brackets, commas and quotes)`,
    ]);
  });

  it('an unclosed { and an unclosed quote, in a YAML entry and in frontmatter', () => {
    expect(check('name: Vinnova\ntype: agency\ndescription: { en: Agency\ncountry: SE\n', org)).toEqual([
      `${org}:3: description: YAML syntax error: the group opened with '{' on this line is not closed (missed comma between flow collection entries, noticed on line 4); expected a closing '}' (check brackets, commas and quotes)`,
    ]);
    expect(check(caseWithBody(LESSONS).replace('title: Fixture case for one rule', 'title: "Fixture case for one rule'))).toEqual([
      `${file}:2: title: YAML syntax error: the text opened with '"' on this line is not closed (unexpected end of the stream within a double quoted scalar, noticed on line 12); expected a closing '"' (check brackets, commas and quotes)`,
    ]);
  });

  it('control: an apostrophe or bracket inside plain text, a comment or a block of text opens nothing', () => {
    const text = caseWithBody(LESSONS, "stopNote: It's [not] a list # or {this}\ntargetGroup:\n  - Mary's \"group\"\nsummaryEn: |\n  A [ text with { and ' in it.\n  \"Quoted [ too\nbroken: ]");
    expect(check(text)).toEqual([expect.stringMatching(new RegExp(`^${file}:18: frontmatter: YAML syntax error: `))]);
  });
});

describe('the command line and the build say the same', () => {
  const a = 'content/cases/case-a.md';
  const b = 'content/cases/case-b.md';
  const changes = {
    [a]: withLine('translationOf: case-b'),
    [b]: withLine('translationOf: case-a'),
    'content/organisations/vinnova.yaml': 'name: Vinnova\nbroken: [unclosed\ntype: agency\ncountry: SE\n',
  };

  it('npm run check:content prints path:line: field: message and fails', () => {
    const root = fixtureSite(changes);
    const result = spawnSync('node', [path.join(repoRoot, 'scripts/check-content.ts'), '--root', root], {
      encoding: 'utf8',
      env: { ...process.env, PATH: `${path.join(repoRoot, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}` },
    });
    expect(result.status).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.slice(0, -1).map((line) => line.replace(/: [^:]*$/, ''))).toEqual([
      `${a}:12: translationOf`,
      `${b}:12: translationOf`,
      'content/organisations/vinnova.yaml:2: broken: YAML syntax error',
    ]);
  });

  it('the build’s check, spread over worker threads, finds the same problems', async () => {
    const root = fixtureSite(changes);
    const serial = checkContent({ root }).problems.map(formatProblem);
    const parallel = (await checkContentParallel({ root, workers: 2 })).problems.map(formatProblem);
    expect(serial).toHaveLength(3);
    expect(parallel).toEqual(serial);
  });
});

describe('the build refuses them too', () => {
  const scenarios = {
    'content/cases/alias.md': caseWithBody(LESSONS).replace('title: Fixture', 'title: &t Fixture').replace('place: Test place', 'place: *t'),
    'content/cases/bad-date.md': withLine('start: "2019-02-30"'),
    'content/cases/control.md': caseWithBody(LESSONS).replace('title: Fixture case for one rule', 'title: "Fixture\\vcase for one rule"'),
    'content/cases/nul.md': caseWithBody(`Text\u0000 here.\n${LESSONS}`),
    'content/cases/twice.md': caseWithBody(LESSONS).replace('topics: [copd]', 'topics: [copd, copd]'),
    'content/organisations/vinnova.yaml': 'name: Vinnova\nbroken: [unclosed\ntype: agency\ncountry: SE\n',
  };

  it('astro:config:setup fails and logs exactly what check:content prints', async () => {
    const root = fixtureSite(scenarios);
    const logged: string[] = [];
    const hook = contentGuard({ root }).hooks['astro:config:setup'] as unknown as (options: unknown) => Promise<void>;
    const run = hook({
      command: 'build',
      config: { root: new URL(`file://${root}/`) },
      logger: { error: (m: string) => logged.push(m), info: () => undefined, warn: () => undefined },
      updateConfig: () => undefined,
    });
    await expect(run).rejects.toThrow(ContentCheckError);
    expect(logged).toEqual(checkContent({ root }).problems.map(formatProblem));
    expect(logged).toHaveLength(Object.keys(scenarios).length);
  });

  it('the compile-time guard refuses a control character in a body that appears after the first check', () => {
    const root = fixtureSite();
    const guard = contentGuardVitePlugin(path.join(root, 'content'));
    const handler = (guard.transform as { handler: (code: string, id: string) => unknown }).handler;
    expect(handler(caseWithBody(LESSONS), path.join(root, 'content/cases/late.md'))).toBeNull();
    expect(() => handler(caseWithBody(`Bell \u0007 here.\n${LESSONS}`), path.join(root, 'content/cases/late.md'))).toThrow(
      /content\/cases\/late\.md:13: body: the text holds the control character U\+0007/,
    );
  });
});

describe('a loop is found when only some files are checked', () => {
  it('checking one file of a translation loop still names it', () => {
    const a = 'content/cases/case-a.md';
    const b = 'content/cases/case-b.md';
    expect(problemLines({ [a]: withLine('translationOf: case-b'), [b]: withLine('translationOf: case-a') }, [a])).toEqual([
      `${a}:12: translationOf: following translationOf from here comes back to this entry (case-a → case-b → case-a); expected a chain that ends at an entry without translationOf`,
    ]);
  });
});
