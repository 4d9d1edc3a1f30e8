/**
 * The guided form's pure logic: the files it writes pass the real content check unchanged (one
 * checker: checkContent, as `npm run check:content` runs it), its errors come from the content
 * schema, and the three sending links carry the entry and respect their size limits.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/check.ts';
import {
  MAX_MAILTO_LENGTH,
  bodyText,
  compactText,
  emptyProposal,
  mailtoLink,
  proposalFiles,
  proposalIssueLink,
  pullRequestLinks,
  validateProposal,
  type KnownIds,
  type Proposal,
  type Templates,
} from '../../src/contribute/contribute-form.ts';
import { readTemplate, repoRoot } from './helpers.ts';

const templates: Templates = {
  cases: readTemplate('cases'),
  methods: readTemplate('methods'),
  events: readTemplate('events'),
  organisations: readTemplate('organisations'),
};
const ids = (collection: string) => readdirSync(join(repoRoot, 'content', collection)).map((name) => name.replace(/\.(md|mdx|yaml)$/, ''));
const known: KnownIds = { cases: ids('cases'), methods: ids('methods'), events: ids('events'), organisations: ids('organisations') };
const today = '2026-12-06';

export function sampleCase(language: Proposal['language'] = 'sv'): Proposal {
  return {
    ...emptyProposal('cases', language),
    title: 'Digital tillsyn nattetid i Ödeby kommun',
    summary: 'Kameratillsyn nattetid för äldre i hemtjänsten prövades i två år; de flesta brukare föredrog det.',
    topics: ['remote-patient-monitoring'],
    countries: ['SE'],
    organisations: [],
    newOrganisation: { name: 'Ödeby kommun', type: 'municipality', country: 'SE' },
    place: 'Ödeby',
    start: '',
    stage: 'implementation',
    outcome: 'partly',
    sections: { background: 'Nattpatrullen hann inte.', lessons: 'Börja med <b>personalen</b>; "citat" & #tecken: går bra.' },
  };
}

const temp: string[] = [];
afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function checkInCopy(files: { path: string; text: string }[]) {
  const root = mkdtempSync(join(tmpdir(), 'contribute-form-'));
  temp.push(root);
  cpSync(join(repoRoot, 'content'), join(root, 'content'), { recursive: true });
  for (const file of files) writeFileSync(join(root, file.path), file.text);
  return checkContent({ root, paths: files.map((file) => join(root, file.path)) });
}

describe('proposalFiles', () => {
  it('writes a case and its new organisation that pass check:content unchanged', () => {
    const proposal = sampleCase();
    const files = proposalFiles(proposal, templates, known, today);
    expect(files.map((file) => file.path)).toEqual(['content/organisations/odeby-kommun.yaml', 'content/cases/digital-tillsyn-nattetid-i-odeby-kommun.md']);
    expect(validateProposal(proposal, files)).toEqual([]);
    expect(files[1]!.text).toContain('organisations: [odeby-kommun]');
    expect(files[1]!.text).toContain('## Lärdomar');
    expect(files[1]!.text).toContain('&lt;b>personalen&lt;/b>');
    expect(files[1]!.text).toContain('# Required. The name of the case'); // the help comments stay
    const result = checkInCopy(files);
    expect(result.problems).toEqual([]);
    // The pull-request workflow refuses any TODO left in content/.
    for (const file of files) expect(file.text).not.toContain('TODO:');
  });

  it('writes a method and an event that pass check:content', () => {
    const method: Proposal = { ...emptyProposal('methods', 'nb'), title: 'Gevinstkartlegging i små kommuner', summary: 'En enkel metode for å kartlegge gevinster før og etter innføring.', topics: ['remote-patient-monitoring'], sections: { about: 'Metoden har fire trinn.' } };
    const event: Proposal = { ...emptyProposal('events', 'da'), title: 'Webinar om skærmbesøg', summary: 'Et webinar om erfaringer med skærmbesøg i hjemmeplejen i tre kommuner.', eventType: 'webinar', start: '2025-02-03', online: true, organisations: ['aalborg-kommune'] };
    for (const proposal of [method, event]) {
      const files = proposalFiles(proposal, templates, known, today);
      expect(validateProposal(proposal, files)).toEqual([]);
      expect(checkInCopy(files).problems).toEqual([]);
      for (const file of files) expect(file.text).not.toContain('TODO:');
    }
  });

  it('never overwrites an existing entry: a taken id gets a number', () => {
    const proposal = { ...sampleCase('en'), newOrganisation: { name: 'Aalborg Kommune', type: 'municipality', country: 'DK' } };
    const [org] = proposalFiles(proposal, templates, known, today);
    expect(org!.id).toBe('aalborg-kommune-2');
  });

  it('writes hostile text as text: no HTML, no breaking out of the YAML', () => {
    const proposal = { ...sampleCase('en'), title: 'x"\ntitle: hacked\n<script>alert(1)</script>', summary: '---\nlanguage: fi\n--- and more text here' };
    const files = proposalFiles(proposal, templates, known, today);
    const body = files[1]!.text.split('\n---\n')[1]!;
    expect(body).not.toContain('<');
    expect(checkInCopy(files).problems).toEqual([]);
    const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(files[1]!.text)![1]!;
    expect((jsYaml.load(frontmatter) as { title: string; language: string })).toMatchObject({ title: proposal.title, language: 'en' });
  });
});

describe('validateProposal', () => {
  it('reports the schema’s errors by form field, with the check’s own message', () => {
    const proposal: Proposal = { ...emptyProposal('cases', 'fi'), title: 'ab', stage: 'discontinued', outcome: 'unknown' };
    const errors = validateProposal(proposal, proposalFiles(proposal, templates, known, today));
    const byField = Object.fromEntries(errors.map((error) => [error.field, error]));
    expect(byField['title']).toMatchObject({ code: 'tooShort', values: { min: 3 } });
    expect(byField['title']!.detail).toContain('expected a title of at least 3 characters');
    expect(byField['topics']?.code).toBe('chooseOne');
    expect(byField['organisations']?.code).toBe('chooseOne');
    expect(byField['summary']?.code).toBe('required');
    expect(byField['stopReason']?.code).toBe('stopReason');
    expect(byField['section.lessons']?.code).toBe('required');
  });

  it('checks the new organisation too', () => {
    const proposal = { ...sampleCase(), newOrganisation: { name: '', type: '', country: 'SE' } };
    const errors = validateProposal(proposal, proposalFiles(proposal, templates, known, today));
    expect(errors.map((error) => error.field)).toEqual(expect.arrayContaining(['organisation.name', 'organisation.type']));
  });
});

describe('sending', () => {
  const files = proposalFiles(sampleCase(), templates, known, today);

  it('the issue link carries the entry and the form fields by id', () => {
    const link = proposalIssueLink(sampleCase(), files, 'https://github.com/o/r');
    const url = new URL(link.href);
    expect(link.complete).toBe(true);
    expect(url.searchParams.get('template')).toBe('propose-a-case.yml');
    expect(url.searchParams.get('stage')).toBe('implementation');
    expect(url.searchParams.get('entry')).toContain('=== content/organisations/odeby-kommun.yaml ===');
    expect(url.searchParams.get('entry')).toContain(compactText(files[1]!).trim());
    expect(url.searchParams.get('entry')).not.toContain('# Required.');
  });

  it('the e-mail carries the entry when it fits, and asks for an attachment when not', () => {
    const small = mailtoLink('ed@example.org', 'Case', [{ ...files[0]!, text: 'name: x' }], 'attach');
    expect(small.complete).toBe(true);
    expect(decodeURIComponent(small.href)).toContain('name: x');
    expect(mailtoLink('ed@example.org', 'Case', files, 'attach').complete).toBe(true);
    const long = { ...sampleCase(), sections: { lessons: 'Lärdom. '.repeat(400) } };
    const big = mailtoLink('ed@example.org', 'Case', proposalFiles(long, templates, known, today), 'Please attach the file.');
    expect(big.complete).toBe(false);
    expect(big.href.length).toBeLessThanOrEqual(MAX_MAILTO_LENGTH);
    expect(decodeURIComponent(big.href)).toContain('Please attach the file.');
  });

  it('one web-editor link per file, organisation first', () => {
    const links = pullRequestLinks(files, { repository: 'https://github.com/o/r', branch: 'main', contentDir: 'content' });
    expect(links[0]!.href).toMatch(/^https:\/\/github\.com\/o\/r\/new\/main\/content\/organisations\?filename=odeby-kommun\.yaml&value=/);
    expect(new URL(links[1]!.href).searchParams.get('value')).toBe(files[1]!.text);
  });

  it('the compact text is the same entry without its help comments', () => {
    const compact = compactText(files[1]!);
    expect(compact.length).toBeLessThan(files[1]!.text.length / 2);
    expect(checkInCopy([{ path: files[0]!.path, text: compactText(files[0]!) }, { path: files[1]!.path, text: compact }]).problems).toEqual([]);
  });

  it('bodyText escapes tags and normalises line ends', () => {
    expect(bodyText('a\r\n<img src=x onerror=alert(1)>')).toBe('a\n&lt;img src=x onerror=alert(1)>');
  });
});

describe('report outdated information by e-mail', () => {
  it('writes the page and title into a message to the editors', async () => {
    const { reportOutdatedMailto } = await import('../../src/contribute/edit-links.ts');
    const href = reportOutdatedMailto('https://example.org/en/cases/x/', 'Å & Ø', 'ed@example.org');
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('ed@example.org');
    expect(url.searchParams.get('subject')).toBe('Outdated: Å & Ø');
    expect(url.searchParams.get('body')).toContain('Page: https://example.org/en/cases/x/');
  });
});
