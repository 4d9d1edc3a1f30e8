/**
 * CSP gate: every page carries the policy from src/lib/csp.ts (no 'unsafe-inline' or 'unsafe-eval'
 * for scripts), and pages of each type, and a real search, run under it without a single
 * `securitypolicyviolation` event or console error.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { distDir } from '../helpers/site.ts';
import { recordProblems, useSite } from '../helpers/use-site.ts';
import { builtPages, contentIds, listFiles, samplePages } from './support/pages.ts';
import { parseHtml } from './support/html.ts';
import { metaDirectives, parsePolicy, scriptSources } from '../../src/lib/csp.ts';
import { contentDir } from '../../src/content-dir.ts';

const built = existsSync(join(distDir, 'index.html'));
const pages = built ? builtPages(distDir) : [];
const samples = built ? samplePages(pages, contentIds()).filter((page) => page.locale === 'en' || page.onceAcrossLocales || !page.locale) : [];

/** The policy in a page's meta element, or undefined. */
function metaPolicy(html: string): string | undefined {
  const meta = parseHtml(html).elements.find(
    (element) => element.name === 'meta' && (element.attributes['http-equiv'] ?? '').toLowerCase() === 'content-security-policy',
  );
  return meta?.attributes.content;
}

/** A word from a real case title, so the search has something to find in whatever corpus was built. */
function queryFromContent(): string {
  const folder = join(contentDir, 'cases');
  for (const file of listFiles(folder).filter((name) => ['.md', '.mdx'].includes(extname(name)))) {
    const title = /^title:\s*['"]?(.+?)['"]?\s*$/m.exec(readFileSync(file, 'utf8'))?.[1];
    const word = title?.split(/[^\p{L}\p{N}]+/u).sort((a, b) => b.length - a.length)[0];
    if (word && word.length >= 4) return word;
  }
  return 'COPD';
}

/** Records CSP violations (from inside the page), console errors, page errors and failed loads for one page. */
async function watch(page: Page): Promise<() => Promise<string[]>> {
  const problems = recordProblems(page);
  await page.addInitScript(() => {
    const seen: string[] = ((globalThis as unknown as { __cspViolations: string[] }).__cspViolations = []);
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return async () => {
    const violations = await page.evaluate(() => (globalThis as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
    return [...violations.map((violation) => `CSP violation: ${violation}`), ...problems];
  };
}

const site = useSite();

describe('Content Security Policy', () => {
  it('is on every page, with Pagefind\'s wasm allowance and no inline or eval for scripts', () => {
    expect(built, `no built site in ${distDir}`).toBe(true);
    const missing: string[] = [];
    for (const page of pages) {
      const policy = metaPolicy(readFileSync(page.file, 'utf8'));
      if (!policy) {
        missing.push(`${page.path}: no CSP meta element`);
        continue;
      }
      const directives = parsePolicy(policy);
      const script = directives.get('script-src') ?? [];
      for (const source of scriptSources) if (!script.includes(source)) missing.push(`${page.path}: script-src lacks ${source}`);
      if (script.includes("'unsafe-inline'") || script.includes("'unsafe-eval'")) missing.push(`${page.path}: script-src allows inline or eval`);
      for (const directive of metaDirectives) {
        const [name] = directive.split(' ');
        if (!directives.has(name!)) missing.push(`${page.path}: lacks ${name}`);
      }
    }
    expect(missing, missing.slice(0, 100).join('\n')).toEqual([]);
  });

  it.each(samples.map((page) => [`${page.type} ${page.path}`, page] as const))('%s runs with no violation or console error', async (_name, sample) => {
    const page = await site.newPage();
    try {
      const problems = await watch(page);
      await page.goto(`${site.url}${sample.path}`, { waitUntil: 'load' });
      await page.waitForTimeout(300);
      const found = await problems();
      expect(found, `${sample.path}:\n${found.join('\n')}`).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('lets a search run under the policy with no violation or console error', async () => {
    const searchPage = pages.find((page) => page.path === '/en/search/');
    expect(searchPage, 'no /en/search/ page built').toBeDefined();
    const page = await site.newPage();
    try {
      const problems = await watch(page);
      const query = queryFromContent();
      await page.goto(`${site.url}/en/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'load' });
      await page.locator('[data-search-results] a').first().waitFor({ timeout: 20_000 });
      const found = await problems();
      expect(found, `search for "${query}":\n${found.join('\n')}`).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
