/**
 * Lists a page shows only the start of (src/lib/list-preview.ts): a method's or an organisation's
 * cases, the events of a case, method or organisation, a pilot kit's requirements and cases, and a
 * requirement facet's requirements. The page
 * shows the first PREVIEW_SIZE and links to the full list, which holds every item exactly once,
 * page by page, in every interface language, and passes axe. Before, such a page listed them all:
 * 3.4 MB of HTML for a method at 10,000 real-shaped entries, 3.2 MB for a pilot-kit phase (issue 17).
 *
 * Builds a snapshot of the site (as the benchmark does) on the seed content plus 110 copies of the
 * richest case, of the richest event and of the richest requirement (bench/real-shaped.ts), so what
 * they name has more than two pages' worth; the seed alone has at most four cases a
 * method and 18 requirements.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { astroBuild, repoRoot } from '../checks/helpers.ts';
import { launchBrowser, serveStatic } from '../helpers/site.ts';
import { realShapedEntries, richestOfCatalogue } from '../../bench/real-shaped.ts';
import { writeCorpus } from '../../bench/generate.ts';
import { PREVIEW_SIZE } from '../../src/lib/list-preview.ts';

const work = mkdtempSync(path.join(tmpdir(), 'nwtc-long-lists-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const skipped = new Set(['node_modules', '.git', 'dist', '.astro', '.incr', 'bench', 'test', 'content']);
const site = path.join(work, 'site');
const out = path.join(site, 'dist');
/** Copies of the richest case and of the richest requirement. */
const copies = 110;
let method = '';
let organisation = '';
let phase = '';
/** A phase of the requirement the case copies name: its pilot kit lists every copy. */
let casePhase = '';
/** Ids of the cases naming the method (the organisation; using a requirement of casePhase), and the requirements of `phase`, from the content. */
const methodCases: string[] = [];
const organisationCases: string[] = [];
const phaseCases: string[] = [];
const phaseRequirements: string[] = [];

/** The case, method and organisation the richest event names, and the events naming each. */
let eventOwners = { cases: '', methods: '', organisations: '' };
const ownerEvents: Record<'cases' | 'methods' | 'organisations', string[]> = { cases: [], methods: [], organisations: [] };

interface Front {
  cases?: string[];
  organisers?: string[];
  speakers?: { organisation?: string }[];
  methods?: string[];
  organisations?: string[];
  funding?: { funder: string }[];
  contact?: { organisation?: string };
  requirements?: (string | { id: string })[];
  phases?: string[];
}
const frontOf = (text: string) => parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Front;
const entriesIn = (folder: string) =>
  readdirSync(folder).filter((name) => /\.mdx?$/.test(name)).map((name) => ({ id: name.replace(/\.mdx?$/, ''), data: frontOf(readFileSync(path.join(folder, name), 'utf8')) }));

beforeAll(() => {
  for (const name of readdirSync(repoRoot)) if (!skipped.has(name)) cpSync(path.join(repoRoot, name), path.join(site, name), { recursive: true });
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(site, 'node_modules'));
  const richest = richestOfCatalogue(path.join(repoRoot, 'content'));
  // A corpus whose events number `copies` (10%, bench/generate.ts collectionCounts), of which only
  // the requirements (12%) and the first `copies` cases and events are written.
  const wanted = (file: string) => /^real-requirement-/.test(file) || Number(/^real-(?:case|event)-(\d+)\./.exec(file)?.[1] ?? Infinity) <= copies;
  // The case copies also name a seed requirement, so its phase's pilot kit lists every copy (the
  // richest case itself names none).
  const usedRequirement = entriesIn(path.join(repoRoot, 'content', 'requirements'))[0]!;
  const withRequirement = (text: string) => (/^requirements:/m.test(text) ? text : text.replace(/\n---\n/, `\nrequirements:\n  - ${usedRequirement.id}\n---\n`));
  const content = writeCorpus(path.join(work, 'corpus'), path.join(repoRoot, 'content'), (dir) =>
    realShapedEntries(Math.ceil(copies / 0.1), richest, readFileSync(path.join(dir, 'requirements', 'codes.yaml'), 'utf8'))
      .filter((entry) => wanted(entry.file))
      .map((entry) => (entry.collection === 'cases' ? { ...entry, text: withRequirement(entry.text) } : entry)),
  );
  const richestCase = frontOf(richest.cases.text);
  method = richestCase.methods![0]!;
  organisation = richestCase.organisations![0]!;
  phase = frontOf(richest.requirements.text).phases![0]!;
  const richestEvent = frontOf(richest.events.text);
  eventOwners = { cases: richestEvent.cases![0]!, methods: richestEvent.methods![0]!, organisations: richestEvent.organisers![0]! };
  for (const { id, data } of entriesIn(path.join(content, 'events'))) {
    if (data.cases?.includes(eventOwners.cases)) ownerEvents.cases.push(id);
    if (data.methods?.includes(eventOwners.methods)) ownerEvents.methods.push(id);
    if ([...(data.organisers ?? []), ...(data.speakers ?? []).map((speaker) => speaker.organisation)].includes(eventOwners.organisations)) ownerEvents.organisations.push(id);
  }
  const requirements = entriesIn(path.join(content, 'requirements'));
  const idOf = (use: string | { id: string }) => (typeof use === 'string' ? use : use.id);
  casePhase = usedRequirement.data.phases![0]!;
  for (const { id, data } of requirements) if (data.phases?.includes(phase)) phaseRequirements.push(id);
  const casePhaseRequirements = new Set(requirements.filter((r) => r.data.phases?.includes(casePhase)).map((r) => r.id));
  for (const { id, data } of entriesIn(path.join(content, 'cases'))) {
    if (data.methods?.includes(method)) methodCases.push(id);
    if ([...(data.organisations ?? []), ...(data.funding ?? []).map((f) => f.funder), data.contact?.organisation].includes(organisation)) organisationCases.push(id);
    if ((data.requirements ?? []).some((use) => casePhaseRequirements.has(idOf(use)))) phaseCases.push(id);
  }
  const result = astroBuild(site, { COMMONS_CONTENT_DIR: content, COMMONS_OUT_DIR: out, COMMONS_CACHE_DIR: path.join(work, 'cache') }, 300_000);
  expect(result.status, result.stderr + result.stdout.slice(-3000)).toBe(0);
}, 320_000);

const page = (url: string) => readFileSync(path.join(out, url, 'index.html'), 'utf8');
/** The ids of the entries of a collection linked in the section with this heading id, in order. */
function linkedIn(html: string, section: string, locale: string, collection: 'cases' | 'events'): string[] {
  const start = html.indexOf(`aria-labelledby="${section}"`);
  expect(start, `no section ${section}`).toBeGreaterThan(-1);
  const part = html.slice(start, html.indexOf('</section>', start));
  return [...part.matchAll(new RegExp(`href="/${locale}/${collection}/([^/"]+)/"`, 'g'))].map((match) => match[1]!);
}
const casesIn = (html: string, section: string, locale: string) => linkedIn(html, section, locale, 'cases');
/** The requirement ids of the cards on a page, in order. */
function requirementsIn(html: string, locale: string): string[] {
  return [...html.matchAll(new RegExp(`class="requirement-card__title"><span class="requirement-code">[^<]*</span> <a href="/${locale}/requirements/([^/"]+)/"`, 'g'))].map((match) => match[1]!);
}
/** Every page of a list from its first, followed by its "next" links, and the ids `idsIn` finds on them. */
function walk(firstUrl: string, idsIn: (html: string) => string[]): { pages: string[]; ids: string[] } {
  const pages: string[] = [];
  const ids: string[] = [];
  for (let url: string | undefined = firstUrl; url; ) {
    const html = page(url);
    pages.push(url);
    ids.push(...idsIn(html));
    url = /<a href="([^"]+)" rel="next">/.exec(html)?.[1];
  }
  return { pages, ids };
}
/** Every page of an entry's full list of cases. */
const fullList = (entryUrl: string, section: string, locale: string) => walk(`${entryUrl}cases/`, (html) => casesIn(html, section, locale));
/**
 * The page at `ownerUrl` lists the first PREVIEW_SIZE of its `list` in `section` and links to the
 * full list, whose pages hold exactly `expected`, each once.
 */
function expectPreviewAndFullList(ownerUrl: string, section: string, locale: string, list: 'cases' | 'events', expected: readonly string[]): void {
  const html = page(ownerUrl);
  expect(linkedIn(html, section, locale, list)).toHaveLength(PREVIEW_SIZE);
  expect(html).toContain(`href="${ownerUrl}${list}/"`);
  const full = walk(`${ownerUrl}${list}/`, (listHtml) => linkedIn(listHtml, section, locale, list));
  expect([...full.ids].sort()).toEqual([...expected].sort());
  expect(full.pages).toHaveLength(Math.ceil(expected.length / PREVIEW_SIZE));
}

describe('a list longer than its page shows', () => {
  it('has that many cases in the fixture', () => {
    expect(methodCases.length).toBeGreaterThan(2 * PREVIEW_SIZE);
    expect(organisationCases.length).toBeGreaterThan(2 * PREVIEW_SIZE);
  });

  for (const locale of ['en', 'fi']) {
    it(`shows the newest on the method page and all of them on the list's pages (${locale})`, () => {
      const entryUrl = `/${locale}/methods/${method}/`;
      const html = page(entryUrl);
      expect(casesIn(html, 'method-cases', locale)).toHaveLength(PREVIEW_SIZE);
      const more = /<p class="list-more" data-list-more>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
      expect(more).toContain(`href="${entryUrl}cases/"`);
      expect(more.replace(/\s/g, '')).toContain(String(methodCases.length));
      const list = fullList(entryUrl, 'method-cases', locale);
      expect(list.pages).toEqual([`${entryUrl}cases/`, `${entryUrl}cases/page/2/`, `${entryUrl}cases/page/3/`]);
      expect(list.ids).toHaveLength(methodCases.length);
      expect([...list.ids].sort()).toEqual([...methodCases].sort());
      // The entry page's newest are the list's first page.
      expect(casesIn(page(`${entryUrl}cases/`), 'method-cases', locale)).toEqual(casesIn(html, 'method-cases', locale));
    });

    it(`does the same for the organisation's table of cases (${locale})`, () => {
      expectPreviewAndFullList(`/${locale}/organisations/${organisation}/`, 'org-cases', locale, 'cases', organisationCases);
    });
  }

  for (const locale of ['sv', 'is']) {
    it(`pages a requirement facet and the pilot kit links to it (${locale})`, () => {
      expect(phaseRequirements.length).toBeGreaterThan(2 * PREVIEW_SIZE);
      const facetUrl = `/${locale}/requirements/phase/${phase}/`;
      const { pages, ids } = walk(facetUrl, (html) => requirementsIn(html, locale));
      expect(pages).toEqual([facetUrl, `${facetUrl}page/2/`, `${facetUrl}page/3/`]);
      expect([...ids].sort()).toEqual([...phaseRequirements].sort());
      expect(new Set(ids).size).toBe(ids.length);

      const kitUrl = `/${locale}/pilot-kit/${phase}/`;
      const kit = page(kitUrl);
      expect(requirementsIn(kit, locale)).toEqual(requirementsIn(page(facetUrl), locale));
      expect(/<p class="list-more" data-kit-requirements-more>([\s\S]*?)<\/p>/.exec(kit)?.[1]).toContain(`href="${facetUrl}"`);
    });

    it(`shows the newest cases in the pilot kit and all of them on the kit's case list (${locale})`, () => {
      expect(phaseCases.length).toBeGreaterThan(2 * PREVIEW_SIZE);
      expectPreviewAndFullList(`/${locale}/pilot-kit/${casePhase}/`, 'kit-cases', locale, 'cases', phaseCases);
    });
  }

  for (const [collection, section, locale] of [['cases', 'case-events', 'nb'], ['methods', 'method-events', 'en'], ['organisations', 'org-events', 'da']] as const) {
    it(`shows the newest events on a ${collection.replace(/s$/, '')} page and all of them on its event list (${locale})`, () => {
      const expected = ownerEvents[collection];
      expect(expected.length).toBeGreaterThan(PREVIEW_SIZE);
      expectPreviewAndFullList(`/${locale}/${collection}/${eventOwners[collection]}/`, section, locale, 'events', expected);
    });
  }

  it('writes no full list for an entry whose page shows every case', () => {
    const others = readdirSync(path.join(out, 'en', 'methods')).filter((name) => name !== method && existsSync(path.join(out, 'en', 'methods', name, 'index.html')));
    expect(others.length).toBeGreaterThan(0);
    for (const other of others) expect(existsSync(path.join(out, 'en', 'methods', other, 'cases')), other).toBe(false);
  });

  it('passes axe (WCAG 2.1 AA) on the full lists and the pages that link to them', async () => {
    const server = await serveStatic(out);
    const browser = await launchBrowser();
    try {
      const tab = await browser.newPage();
      const axeSource = readFileSync(path.join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');
      for (const url of [`/sv/methods/${method}/cases/page/2/`, `/is/organisations/${organisation}/cases/`, `/en/methods/${method}/`, `/da/pilot-kit/${casePhase}/cases/page/2/`, `/nb/requirements/phase/${phase}/page/3/`, `/fi/pilot-kit/${phase}/`, `/sv/cases/${eventOwners.cases}/events/page/2/`]) {
        const response = await tab.goto(`${server.url}${url}`);
        expect(response?.status(), url).toBe(200);
        // Evaluated through the DevTools protocol, so the page's CSP stays in force and untouched.
        await tab.evaluate(axeSource);
        const violations = await tab.evaluate(async () => {
          const result = await (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
          return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
        });
        expect(violations, url).toEqual([]);
      }
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
