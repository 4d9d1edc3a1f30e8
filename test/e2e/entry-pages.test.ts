/**
 * Entry pages in the browser, against the built site: one page of each type (case, topic
 * comparison, method, event, requirement, organisation) shows its key facts, the comparison table
 * is ordered without JavaScript and sorts with it, the comparison prints without navigation,
 * headings do not skip levels, and axe (WCAG 2.1 A/AA) finds nothing.
 *
 * The pages are real catalogue entries; the facts asserted are the ones their sources state.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { BrowserContext, Page } from 'playwright-core';
import { distDir } from '../helpers/site.ts';
import { useSite } from '../helpers/use-site.ts';
import { contentDir } from '../../src/content-dir.ts';
import { formatMoney } from '../../src/lib/format.ts';
import { COMPARISON_TABLE_LIMIT } from '../../src/lib/comparison.ts';
import { PAGE_SIZE } from '../../src/lib/facets.ts';
import { pickDescription } from '../../src/lib/descriptions.ts';
import { locales } from '../../src/i18n/locales.ts';

const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const vinnovaCase = '/en/cases/integrated-care-2-0-ostergotland/';
const methodPage = '/en/methods/roadmap-for-service-innovation/';
const eventPage = '/en/events/mvte-workshop-nordic-network/';
const requirementPage = '/sv/requirements/krav-dokumenterad-effekt/';
const organisationPages = ['/en/organisations/vinnova/', '/fi/organisations/vinnova/'];

/** Intl writes (narrow) no-break spaces in numbers; compare on plain ones. */
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

/** Frontmatter of every case, read straight from content/, to find the cases that stopped. */
function caseFrontmatter(): { id: string; data: Record<string, unknown> }[] {
  const folder = join(contentDir, 'cases');
  return readdirSync(folder)
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => {
      const text = readFileSync(join(folder, name), 'utf8');
      const yaml = text.match(/^---\r?\n([\s\S]*?)\r?\n---/)?.[1] ?? '';
      return { id: name.replace(/\.mdx?$/, ''), data: parseYaml(yaml) as Record<string, unknown> };
    });
}

/** The topic page with the most cases in its comparison table, so sorting has rows to move. */
function busiestTopic(): { id: string; rows: number } {
  const folder = join(distDir, 'en', 'topics');
  let best = { id: '', rows: -1 };
  for (const id of readdirSync(folder)) {
    let html: string;
    try {
      html = readFileSync(join(folder, id, 'index.html'), 'utf8');
    } catch {
      continue;
    }
    const rows = html.match(/<tr data-case=/g)?.length ?? 0;
    if (rows > best.rows) best = { id, rows };
  }
  return best;
}

const site = useSite();

async function open(path: string, options: { javaScriptEnabled?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const page = await site.newPage({ javaScriptEnabled: options.javaScriptEnabled ?? true });
  const response = await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
  expect(response?.status(), `status of ${path}`).toBe(200);
  return { context: page.context(), page };
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate<string[], string[]>(async (tags) => {
    const axe = (globalThis as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`);
  }, axeTags);
  return violations;
}

/** Heading levels in document order; a page has one h1 and never skips a level going down. */
async function headingProblems(page: Page): Promise<string[]> {
  const levels = await page.$$eval('main h1, main h2, main h3, main h4, main h5, main h6', (nodes) => nodes.map((node) => Number(node.tagName[1])));
  const problems: string[] = [];
  if (levels.filter((level) => level === 1).length !== 1) problems.push(`expected one h1, found levels ${levels.join(',')}`);
  if (levels[0] !== 1) problems.push(`first heading is h${levels[0]}`);
  levels.forEach((level, index) => {
    const previous = levels[index - 1];
    if (previous !== undefined && level > previous + 1) problems.push(`h${previous} followed by h${level}`);
  });
  return problems;
}

async function checkStructure(page: Page, path: string): Promise<void> {
  expect(await headingProblems(page), `headings on ${path}`).toEqual([]);
  expect(await page.locator('main').count(), `one main landmark on ${path}`).toBe(1);
  // No empty links: every link in main has text a screen reader can read.
  const empty = await page.$$eval('main a', (links) => links.filter((a) => (a.textContent ?? '').trim() === '' && !a.getAttribute('aria-label')).length);
  expect(empty, `empty links on ${path}`).toBe(0);
  for (const caption of await page.$$eval('main table', (tables) => tables.map((table) => table.querySelector('caption')?.textContent?.trim() ?? ''))) {
    expect(caption, `every table on ${path} has a caption`).not.toBe('');
  }
  expect(await axeViolations(page), `axe on ${path}`).toEqual([]);
}

describe('case page', () => {
  it('shows the Vinnova funding with reference number and amount, the passed planned end and the staleness mark', async () => {
    const { context, page } = await open(vinnovaCase);
    try {
      const facts = page.locator('#case-facts').locator('..');
      await expect(facts.locator('[data-field="reference"]').textContent()).resolves.toBe('2018-04193');
      expect(plain(await facts.locator('[data-field="amount"]').textContent())).toBe(plain(formatMoney(1498164, 'SEK', 'en')));
      expect(plain(await facts.locator('[data-field="amount"]').textContent())).toBe('SEK 1,498,164');
      await expect(facts.getByRole('link', { name: 'Vinnova' }).isVisible()).resolves.toBe(true);
      await expect(facts.getByRole('link', { name: 'Norrköpings kommun' }).isVisible()).resolves.toBe(true);
      // Planned to run November 2018 – September 2019, no end and outcome unknown.
      expect(plain(await facts.locator('dd').filter({ has: page.locator('time[datetime="2018-11"]') }).textContent())).toContain('November 2018 – September 2019');
      expect(plain(await page.locator('[data-notice="planned-end-passed"]').textContent())).toBe('Planned to end in September 2019; no result has been reported.');
      // lastVerified 2019-09-01 is far more than 18 months before any build of this site.
      const verified = page.locator('.verified');
      await expect(verified.getAttribute('data-stale')).resolves.toBe('true');
      await expect(verified.getByText('May be out of date').isVisible()).resolves.toBe(true);
      await expect(page.locator('.entry-body').getAttribute('lang')).resolves.toBe('en');
      await checkStructure(page, vinnovaCase);
    } finally {
      await context.close();
    }
  });

  it('shows the English summary marked lang="en" on a case written in another language', async () => {
    const { context, page } = await open('/sv/cases/ordnat-inforande/');
    try {
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('sv');
      const summary = page.locator('.summary-en p');
      await expect(summary.getAttribute('lang')).resolves.toBe('en');
      expect((await summary.textContent())?.length).toBeGreaterThan(20);
      await expect(page.locator('.entry-body').getAttribute('lang')).resolves.toBe('sv');
      await checkStructure(page, '/sv/cases/ordnat-inforande/');
    } finally {
      await context.close();
    }
  });

  it('renders the allowlisted MDX components in the body', async () => {
    const path = '/en/cases/nordic-welfare-centre-implementation-support/';
    const { context, page } = await open(path);
    try {
      const figure = page.locator('.entry-body .key-figure').first();
      await expect(figure.locator('.key-figure__value').textContent()).resolves.toBe('52');
      await expect(figure.locator('.key-figure__label').textContent()).resolves.toMatch(/municipalities/);
      await checkStructure(page, path);
    } finally {
      await context.close();
    }
  });

  it('says why every stopped case stopped, right under its title', () => {
    const cases = caseFrontmatter();
    for (const entry of cases) {
      const stopped = entry.data['stage'] === 'discontinued' || entry.data['outcome'] === 'not-achieved';
      const path = `/${String(entry.data['language'])}/cases/${entry.id}/`;
      const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
      const prominent = /<section[^>]*class="case-stop case-stop--prominent[^"]*"[^>]*aria-labelledby="case-stop"/.test(html);
      // The schema requires a stopReason for these; the page shows it in the prominent panel.
      expect(prominent, `${path}: why it stopped is prominent exactly when the case stopped`).toBe(stopped);
      if (stopped) {
        expect(html.indexOf('id="case-stop"'), `${path}: why it stopped comes before the fact box`).toBeLessThan(html.indexOf('id="case-facts"'));
      }
    }
    expect(cases.length).toBeGreaterThan(0);
  });
});

describe('topic comparison page', () => {
  const topic = () => busiestTopic();

  it('is ordered newest first without JavaScript, with table semantics and no sort buttons', async () => {
    const { id, rows } = topic();
    expect(rows, 'a topic with cases').toBeGreaterThan(0);
    const path = `/en/topics/${id}/`;
    const { context, page } = await open(path, { javaScriptEnabled: false });
    try {
      const table = page.locator('table#topic-comparison');
      // A topic with more cases than the table holds says which ones it shows (see 'topic comparison page size').
      const total = Number(plain(await page.locator('.topic-comparison > p').first().textContent()).replace(/\D/g, ''));
      await expect(table.locator('caption').textContent()).resolves.toMatch(total > rows ? new RegExp(`^The ${rows} newest cases on `) : /^Every case on /);
      expect(await table.locator('thead th[scope="col"]').count()).toBe(9);
      expect(await table.locator('tbody th[scope="row"]').count()).toBe(rows);
      await expect(table.locator('thead th').nth(3).getAttribute('aria-sort')).resolves.toBe('descending');
      expect(await table.locator('button').count(), 'no buttons that need JavaScript').toBe(0);
      await expect(page.locator('[data-print-button]').isVisible()).resolves.toBe(false);
      await expect(page.locator('[data-sort-default]').textContent()).resolves.toBe('Newest first.');
      const keys = (await table.locator('tbody tr td:nth-of-type(3)').evaluateAll((cells) => cells.map((cell) => Number((cell as HTMLElement).dataset['sort']))));
      expect(keys).toEqual([...keys].sort((a, b) => b - a));
      expect(await page.locator('.topic-counts caption').allTextContents()).toContain('Cases by outcome');
    } finally {
      await context.close();
    }
  });

  it('sorts with buttons in the column headers, keeping aria-sort in step', async () => {
    const { id, rows } = topic();
    const path = `/en/topics/${id}/`;
    const { context, page } = await open(path);
    try {
      const table = page.locator('table#topic-comparison');
      await expect(table.locator('thead button').count()).resolves.toBe(9);
      await expect(page.locator('[data-sort-hint]').isVisible()).resolves.toBe(true);
      const column = (index: number) => table.locator(`tbody tr > :nth-child(${index + 1})`).evaluateAll((cells) => cells.map((cell) => (cell as HTMLElement).dataset['sort'] ?? cell.textContent.trim()));

      await expect(page.locator('[data-print-button]').isVisible()).resolves.toBe(true);
      await expect(page.locator('[data-sort-default]').isVisible()).resolves.toBe(true);
      await table.getByRole('button', { name: 'Period' }).click();
      await expect(table.locator('thead th').nth(3).getAttribute('aria-sort')).resolves.toBe('ascending');
      await expect(page.locator('[data-sort-default]').isVisible(), '"Newest first" no longer holds').resolves.toBe(false);
      const ascending = (await column(3)).map(Number);
      expect(ascending).toEqual([...ascending].sort((a, b) => a - b));

      await table.getByRole('button', { name: 'Period' }).click();
      await expect(table.locator('thead th').nth(3).getAttribute('aria-sort')).resolves.toBe('descending');

      await table.getByRole('button', { name: 'Case' }).click();
      await expect(table.locator('thead th').nth(0).getAttribute('aria-sort')).resolves.toBe('ascending');
      expect(await table.locator('thead th[aria-sort]').count(), 'only the sorted column has aria-sort').toBe(1);
      const titles = await column(0);
      expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' })));

      await table.getByRole('button', { name: 'Strongest evidence' }).click();
      await table.getByRole('button', { name: 'Strongest evidence' }).click();
      await expect(table.locator('thead th').nth(7).getAttribute('aria-sort')).resolves.toBe('descending');
      const evidence = (await column(7)).map(Number);
      expect(evidence).toEqual([...evidence].sort((a, b) => b - a));
      expect(await table.locator('tbody tr').count()).toBe(rows);

      await checkStructure(page, `${path} (sorted)`);
    } finally {
      await context.close();
    }
  });

  it('prints the table without the navigation', async () => {
    const { id } = topic();
    const { context, page } = await open(`/en/topics/${id}/`);
    try {
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.site-nav').isVisible()).resolves.toBe(false);
      await expect(page.locator('.lang-switch').isVisible()).resolves.toBe(false);
      await expect(page.locator('table#topic-comparison').isVisible()).resolves.toBe(true);
    } finally {
      await context.close();
    }
  });

  it('lists the topic names in the other languages with their lang, in each interface language', async () => {
    for (const locale of ['sv', 'is']) {
      const path = `/${locale}/topics/remote-patient-monitoring/`;
      const { context, page } = await open(path);
      try {
        await expect(page.locator('html').getAttribute('lang')).resolves.toBe(locale);
        const langs = await page.locator('.topic-languages [lang]').evaluateAll((nodes) => [...new Set(nodes.map((node) => node.getAttribute('lang')))]);
        expect(langs.sort()).toEqual(['da', 'en', 'fi', 'is', 'nb', 'sv'].filter((code) => code !== locale).sort());
        await expect(page.locator('.topic-languages [lang="en"]').first().textContent()).resolves.toBe('Remote patient monitoring');
        await checkStructure(page, path);
      } finally {
        await context.close();
      }
    }
  });
});

describe('topic comparison page size', () => {
  const html = (path: string) => readFileSync(join(distDir, path, 'index.html'), 'utf8');
  const caseLinks = (text: string) => new Set([...text.matchAll(/href="\/(?:en|sv|nb|da|fi|is)\/cases\/([^/"]+)\/"/g)].map((m) => m[1]!));

  // The table stopped listing every case when topics reached thousands of cases (2.5 MB of HTML
  // per page and language at 10,000 entries): it shows the newest COMPARISON_TABLE_LIMIT, the
  // counts still cover all of them, and the rest are reachable through the case lists.
  it('counts every case, shows at most COMPARISON_TABLE_LIMIT rows, and says so with a link to the topic\'s case list', () => {
    const folder = join(distDir, 'en', 'topics');
    let checked = 0;
    for (const id of readdirSync(folder)) {
      let page: string;
      try {
        page = html(`en/topics/${id}`);
      } catch {
        continue;
      }
      const outcomeCounts = [...page.matchAll(/<tr data-outcome="[^"]+"[^>]*><th scope="row"[^>]*>[^<]*<\/th><td class="num"[^>]*>([^<]+)<\/td>/g)];
      if (outcomeCounts.length === 0) continue;
      const total = outcomeCounts.reduce((sum, m) => sum + Number(m[1]!.replace(/\D/g, '')), 0);
      const rows = page.match(/<tr data-case=/g)?.length ?? 0;
      expect(rows, `${id}: rows in the table`).toBe(Math.min(total, COMPARISON_TABLE_LIMIT));
      const more = page.includes('data-topic-more');
      expect(more, `${id}: the note on the rows left out`).toBe(total > COMPARISON_TABLE_LIMIT);
      if (more) {
        expect(page).toContain(`href="/en/cases/topic/${id}/"`);
        expect(page).toMatch(/The \d[\d,\s\u00a0\u202f]* newest cases on /);
        expect(html(`en/cases/topic/${id}`)).toContain('<');
      }
      checked += 1;
    }
    expect(checked, 'topic pages with cases').toBeGreaterThan(0);
  });

  it('leaves no case of the busiest topic unreachable without JavaScript: every one is in the paged case list', () => {
    const { id } = busiestTopic();
    const ofTopic = caseFrontmatter().filter(({ data }) => Array.isArray(data['topics']) && (data['topics'] as string[]).includes(id));
    expect(ofTopic.length, `cases of ${id}`).toBeGreaterThan(0);
    const listed = caseLinks(html('en/cases'));
    for (let n = 2; ; n += 1) {
      let page: string;
      try {
        page = html(`en/cases/page/${n}`);
      } catch {
        break;
      }
      for (const link of caseLinks(page)) listed.add(link);
    }
    expect(ofTopic.filter(({ id: caseId }) => !listed.has(caseId)).map(({ id: caseId }) => caseId)).toEqual([]);
  });
});

describe('topic and organisation descriptions in the page language', () => {
  const yamlEntries = (collection: string) =>
    readdirSync(join(contentDir, collection))
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => ({ id: name.replace(/\.yaml$/, ''), data: parseYaml(readFileSync(join(contentDir, collection, name), 'utf8')) as Record<string, unknown> }));
  const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
  /** The page's lead paragraph (its description), its lang attribute and the meta description. */
  function lead(path: string, marker: string) {
    const document = parseDocument(readFileSync(join(distDir, path, 'index.html'), 'utf8'));
    const paragraph = DomUtils.findOne((node) => node.name === 'p' && marker in node.attribs, document.children);
    const meta = DomUtils.findOne((node) => node.name === 'meta' && node.attribs['name'] === 'description', document.children);
    return {
      text: paragraph ? oneLine(DomUtils.textContent(paragraph)) : undefined,
      lang: paragraph?.attribs['lang'],
      meta: meta ? oneLine(meta.attribs['content'] ?? '') : undefined,
    };
  }

  it("shows every topic's description in the page's own language, on every interface language's page", () => {
    const topics = yamlEntries('topics');
    expect(topics.length).toBeGreaterThan(0);
    for (const { id, data } of topics) {
      const description = data['description'] as Record<string, string>;
      for (const locale of locales) {
        const shown = lead(`${locale}/topics/${id}`, 'data-topic-description');
        expect(shown.text, `/${locale}/topics/${id}/: description`).toBe(oneLine(description[locale]!));
        expect(shown.lang, `/${locale}/topics/${id}/: lang of the description`).toBeUndefined();
        expect(shown.meta, `/${locale}/topics/${id}/: meta description`).toBe(oneLine(description[locale]!));
      }
    }
  });

  it("shows an organisation's description in the page's language, else English, else the one written, marked with its lang", () => {
    let fallbacks = 0;
    for (const { id, data } of yamlEntries('organisations')) {
      const description = data['description'] as Record<string, string> | undefined;
      for (const locale of locales) {
        const shown = lead(`${locale}/organisations/${id}`, 'data-organisation-description');
        const expected = pickDescription(description, locale);
        if (!expected) {
          expect(shown.text, `/${locale}/organisations/${id}/: no description`).toBeUndefined();
          continue;
        }
        expect(shown.text, `/${locale}/organisations/${id}/: description`).toBe(oneLine(expected.text));
        expect(shown.lang, `/${locale}/organisations/${id}/: lang`).toBe(expected.language === locale ? undefined : expected.language);
        if (expected.language !== locale) fallbacks += 1;
      }
    }
    expect(fallbacks, 'pages that show a description in another language than their own').toBeGreaterThan(0);
  });
});

describe('event, method, requirement and organisation lists', () => {
  const html = (path: string) => readFileSync(join(distDir, path, 'index.html'), 'utf8');
  const entryIds = (collection: string) =>
    readdirSync(join(contentDir, collection))
      .filter((name) => /\.(mdx?|ya?ml)$/.test(name) && !(collection === 'requirements' && name === 'codes.yaml'))
      .map((name) => name.replace(/\.(mdx?|ya?ml)$/, ''));

  for (const collection of ['methods', 'requirements', 'organisations', 'events'] as const) {
    it(`${collection}: pages of at most PAGE_SIZE entries that together list every entry`, () => {
      const linkPattern = new RegExp(`<a href="/(?:en|sv|nb|da|fi|is)/${collection}/([^/"]+)/"`, 'g');
      const listed = new Set<string>();
      const pages = [html(`en/${collection}`)];
      for (let n = 2; ; n += 1) {
        try {
          pages.push(html(`en/${collection}/page/${n}`));
        } catch {
          break;
        }
      }
      for (const [index, page] of pages.entries()) {
        const ids = [...page.matchAll(linkPattern)].map((m) => m[1]!).filter((linked) => linked !== 'page');
        expect(new Set(ids).size, `page ${index + 1}`).toBeLessThanOrEqual(PAGE_SIZE);
        for (const linked of ids) listed.add(linked);
        if (pages.length > 1) expect(page, `page ${index + 1} has page links`).toContain('class="pagination"');
      }
      // Events without a known year ("--01-25") are in neither the upcoming nor the past list, as before paging.
      const expected = entryIds(collection).filter(
        (entry) => collection !== 'events' || /^start:\s*["']?\d{4}/m.test(readFileSync(join(contentDir, collection, `${entry}.md`), 'utf8')),
      );
      expect(expected.length, `${collection} in content`).toBeGreaterThan(0);
      expect(expected.filter((entry) => !listed.has(entry))).toEqual([]);
    });
  }
});

describe('method, event, requirement and organisation pages', () => {
  it('method: other names, origin, and the cases that used it (derived from the cases)', async () => {
    const { context, page } = await open(methodPage);
    try {
      await expect(page.locator('#method-facts').locator('..').getByText('Veikart for tjenesteinnovasjon').isVisible()).resolves.toBe(true);
      const cases = page.locator('#method-cases').locator('..');
      await expect(cases.locator('a[href="/en/cases/nordic-welfare-centre-implementation-support/"]').count()).resolves.toBe(1);
      await checkStructure(page, methodPage);
    } finally {
      await context.close();
    }
  });

  it('event: a date without a year stays without one; participants, organisers and takeaways', async () => {
    const { context, page } = await open(eventPage);
    try {
      const facts = page.locator('#event-facts').locator('..');
      await expect(facts.locator('time[datetime="--01-25"]').textContent()).resolves.toBe('25 January (year not stated)');
      await expect(facts.getByText('Kista').isVisible()).resolves.toBe(true);
      await expect(facts.locator('dd', { hasText: /^15$/ }).count()).resolves.toBe(1);
      await expect(facts.locator('a[href="/en/organisations/mistel/"]').count()).resolves.toBe(1);
      expect(await page.locator('.event-takeaways li').count()).toBeGreaterThanOrEqual(5);
      await checkStructure(page, eventPage);
    } finally {
      await context.close();
    }
  });

  it('requirement: the statement first, its origin case, and the English summary', async () => {
    const { context, page } = await open(requirementPage);
    try {
      const statement = page.locator('.requirement-statement blockquote');
      await expect(statement.textContent()).resolves.toMatch(/Leverantören ska redovisa vilken effekt/);
      await expect(page.locator('#requirement-facts').locator('..').locator('a[href="/sv/cases/ordnat-inforande/"]').count()).resolves.toBe(1);
      await expect(page.locator('.summary-en p').getAttribute('lang')).resolves.toBe('en');
      await checkStructure(page, requirementPage);
    } finally {
      await context.close();
    }
  });

  it('organisation: its cases with its role (here as funder) in more than one interface language', async () => {
    const roles: Record<string, string> = { en: 'Funder', fi: 'Rahoittaja' };
    for (const path of organisationPages) {
      const locale = path.split('/')[1]!;
      const { context, page } = await open(path);
      try {
        await expect(page.locator('html').getAttribute('lang')).resolves.toBe(locale);
        // The case (written in English) opens in the reader's interface.
        const row = page.locator('table.org-cases tbody tr', { has: page.locator(`a[href="${vinnovaCase.replace('/en/', `/${locale}/`)}"]`) });
        await expect(row.count()).resolves.toBe(1);
        await expect(row.locator('td').first().textContent()).resolves.toBe(roles[locale]);
        await expect(row.locator('a').getAttribute('lang')).resolves.toBe(locale === 'en' ? null : 'en');
        await checkStructure(page, path);
      } finally {
        await context.close();
      }
    }
  });
});
