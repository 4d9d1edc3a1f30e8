/**
 * Accessibility gate: axe-core with the WCAG 2.0/2.1 A and AA tags finds nothing on one page of each
 * type in each interface language (entries of single-language collections once: each exists in one
 * language only). The page types come from the URL pattern of whatever is built, so new page types
 * are covered without touching this file. English pages are checked again in dark mode, because
 * the design follows prefers-color-scheme and contrast must hold in both.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from '../helpers/site.ts';
import { useSite } from '../helpers/use-site.ts';
import { builtPages, contentIds, locales, samplePages } from './support/pages.ts';

const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const built = existsSync(join(distDir, 'index.html'));
const samples = built ? samplePages(builtPages(distDir), contentIds()) : [];
const runs = [
  ...samples.map((page) => ({ ...page, scheme: 'light' as const })),
  ...samples.filter((page) => page.locale === 'en' || page.onceAcrossLocales).map((page) => ({ ...page, scheme: 'dark' as const })),
];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

const site = useSite();

describe('axe (WCAG 2.1 AA)', () => {
  it('has a built site with pages to check', () => {
    expect(built, `no built site in ${distDir}`).toBe(true);
    expect(samples.length).toBeGreaterThan(0);
  });

  it('covers every page type the URL design promises, in every language', () => {
    const found = new Set(samples.map((page) => (page.onceAcrossLocales ? page.type : `${page.type}@${page.locale ?? '-'}`)));
    const perLocale = [
      'home',
      ...['cases', 'methods', 'topics', 'organisations', 'events', 'requirements'].map((collection) => `index:${collection}`),
      'facet:cases',
      'entry:topics',
      'entry:organisations',
      'page:search',
      'page:subscribe',
      'page:contribute',
      'page:accessibility',
    ];
    const expected = [
      ...locales.flatMap((locale) => perLocale.map((type) => `${type}@${locale}`)),
      ...['cases', 'methods', 'events', 'requirements'].map((collection) => `entry:${collection}`),
    ];
    const missing = expected.filter((type) => !found.has(type));
    expect(missing, `page types with no built page: ${missing.join(', ')}`).toEqual([]);
    expect([...found].some((type) => type.startsWith('404@')), 'a 404 page').toBe(true);
  });

  it.each(runs.map((run) => [`${run.type} ${run.locale ?? ''} ${run.path} (${run.scheme})`, run] as const))('%s', async (_name, run) => {
    const page = await site.newPage({ colorScheme: run.scheme });
    try {
      const response = await page.goto(`${site.url}${run.path}`, { waitUntil: 'load' });
      expect(response, `no response for ${run.path}`).not.toBeNull();
      // Evaluated through the DevTools protocol, so the page's CSP stays in force and untouched.
      await page.evaluate(axeSource);
      const violations = (await page.evaluate(
        async (runOnly) => {
          const axe = (globalThis as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe;
          const result = await axe.run(document, { runOnly: { type: 'tag', values: runOnly }, resultTypes: ['violations'] });
          return result.violations;
        },
        tags,
      )) as AxeViolation[];
      const report = violations.map(
        (violation) =>
          `${violation.id} (${violation.impact}): ${violation.help}\n` +
          violation.nodes
            .slice(0, 5)
            .map((node) => `    ${node.target.join(' ')}${node.failureSummary ? ` — ${node.failureSummary.replace(/\s+/g, ' ')}` : ''}`)
            .join('\n'),
      );
      expect(report, `${run.path} (${run.scheme}):\n${report.join('\n')}`).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
