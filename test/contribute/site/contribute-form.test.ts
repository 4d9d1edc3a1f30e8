/**
 * The guided form in Chromium, against the built site, in every interface language: a reader
 * sends the empty form and sees field errors in their language, fills in a new case with one new
 * organisation, and gets files that, dropped into a copy of content/, pass the real content check
 * (checkContent, as `npm run check:content` runs it) unchanged. The e-mail and issue links carry the
 * entry; the draft survives a reload; axe (WCAG 2.1 AA) passes with errors and with the result.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { checkContent } from '../../../src/checks/check.ts';
import { locales } from '../../../src/i18n/locales.ts';
import { site as siteConfig } from '../../../src/site.config.ts';
import { distDir } from '../../helpers/site.ts';
import { useSite } from '../../helpers/use-site.ts';
import { repoRoot } from '../helpers.ts';

const site = useSite();
const axeSource = readFileSync(join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');
const words = (locale: string) => JSON.parse(readFileSync(join(repoRoot, 'src/translations', `${locale}.json`), 'utf8')) as Record<string, string>;
const screenshots = process.env.CONTRIBUTE_SCREENSHOTS;

const temp: string[] = [];
afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe('guided contribution form', () => {
  for (const locale of locales) {
    it(`${locale}: errors in the reader's language, then a case with a new organisation that passes check:content`, async () => {
      const t = words(locale);
      const page = await site.newPage({ viewport: { width: 390, height: 900 } });
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      await page.goto(`${site.url}/${locale}/contribute/new/`, { waitUntil: 'load' });
      await page.locator('contribute-form:not([hidden])').waitFor();

      // Sent empty: each error beside its field, in this language, and a summary that takes focus.
      await page.locator('form[data-form] button[type="submit"]').click();
      expect(await page.locator('[data-error-for="title"]').textContent()).toContain(t['contributeForm.error.required']);
      expect(await page.locator('[data-error-for="topics"]').textContent()).toContain(t['contributeForm.error.chooseOne']);
      expect(await page.locator('[data-error-for="section.lessons"]').textContent()).toContain(t['contributeForm.error.required']);
      expect(await page.locator('#f-title').getAttribute('aria-invalid')).toBe('true');
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-error-summary'))).toBe(true);
      if (locale === 'en' || locale === 'fi') expect(await axeViolations(page)).toEqual([]);

      // A title too short: the schema's minimum, worded in this language.
      await page.fill('#f-title', 'ab');
      await page.locator('form[data-form] button[type="submit"]').click();
      expect(await page.locator('[data-error-for="title"]').textContent()).toContain(t['contributeForm.error.tooShort']!.replace('{min}', '3'));
      if (screenshots && (locale === 'en' || locale === 'is')) await page.screenshot({ path: join(screenshots, `form-errors-${locale}.png`), fullPage: false });

      const title = `Nattlig tillsyn med kamera (${locale})`;
      await page.fill('#f-title', title);
      await page.fill('#f-summary', 'Kameratillsyn nattetid för äldre i hemtjänsten prövades i två år; de flesta föredrog det.');
      await page.fill('input[data-filter="topics"]', 'dem');
      await page.locator('[data-choices="topics"] li:not([hidden]) input').first().check();
      await page.check('input[name="countries"][value="SE"]');
      await page.check('[data-org-toggle]');
      await page.fill('#f-org-name', `Provby ${locale} kommun`);
      await page.selectOption('#f-org-type', 'municipality');
      await page.selectOption('#f-org-country', 'SE');
      await page.fill('#f-place', 'Provby');
      await page.fill('#f-start', '2021-03');
      await page.selectOption('#f-stage', 'discontinued');
      await page.selectOption('#f-outcome', 'partly');
      await page.fill('#f-section-lessons', 'Börja med personalen <script>alert(1)</script>.');

      // The draft is kept: a reload brings everything back.
      await page.reload({ waitUntil: 'load' });
      await page.locator('contribute-form:not([hidden])').waitFor();
      expect(await page.inputValue('#f-title')).toBe(title);
      expect(await page.inputValue('#f-org-name')).toBe(`Provby ${locale} kommun`);

      // Discontinued without a reason: the schema's cross-field rule, in this language.
      await page.locator('form[data-form] button[type="submit"]').click();
      expect(await page.locator('[data-error-for="stopReason"]').textContent()).toContain(t['contributeForm.error.stopReason']);
      await page.selectOption('#f-stopReason', 'staffing');
      await page.locator('form[data-form] button[type="submit"]').click();

      await page.locator('[data-result]:not([hidden])').waitFor();
      const files = await page.locator('pre[data-file]').evaluateAll((nodes) => nodes.map((node) => ({ path: node.getAttribute('data-file')!, text: node.textContent })));
      expect(files.map((file) => file.path)).toEqual([`content/organisations/provby-${locale}-kommun.yaml`, expect.stringMatching(/^content\/cases\/nattlig-tillsyn-med-kamera-/)]);

      const root = mkdtempSync(join(tmpdir(), 'contribute-e2e-'));
      temp.push(root);
      cpSync(join(repoRoot, 'content'), join(root, 'content'), { recursive: true });
      for (const file of files) writeFileSync(join(root, file.path), file.text);
      expect(checkContent({ root, paths: files.map((file) => join(root, file.path)) }).problems).toEqual([]);

      const mail = await page.locator('a[data-send="email"]').getAttribute('href');
      expect(mail).toMatch(new RegExp(`^mailto:${siteConfig.contactEmail.replace(/\./g, '\\.')}\\?`));
      expect(mail!.length).toBeLessThanOrEqual(2000);
      const mailBody = new URLSearchParams(mail!.split('?')[1]).get('body')!;
      expect(mailBody).toContain(`=== ${files[1]!.path} ===`);
      expect(mailBody).toContain(title);
      const issue = new URL((await page.locator('a[data-send="issue"]').getAttribute('href'))!);
      expect(issue.searchParams.get('template')).toBe('propose-a-case.yml');
      expect(issue.searchParams.get('entry')).toContain(`=== ${files[0]!.path} ===`);
      expect(issue.searchParams.get('entry')).toContain(title);
      expect(await page.locator('a[data-send="pr"]').count()).toBe(2);

      // Nothing wider than a 390 px phone: the files wrap instead of pushing the page sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      if (locale === 'en' || locale === 'sv') expect(await axeViolations(page)).toEqual([]);
      if (screenshots && (locale === 'en' || locale === 'sv')) await page.screenshot({ path: join(screenshots, `form-result-${locale}.png`), fullPage: true });
      expect(problems).toEqual([]);
      await page.context().close();
    }, 60_000);
  }

  it('every contribute page links the guided form, the issue form and the editors\' mailbox', () => {
    for (const locale of locales) {
      const html = readFileSync(join(distDir, locale, 'contribute', 'index.html'), 'utf8');
      expect(html, locale).toContain(`href="/${locale}/contribute/new/"`);
      expect(html, locale).toContain('issues/new?template=propose-a-case.yml');
      expect(html, locale).toContain(`href="mailto:${siteConfig.contactEmail}"`);
    }
  });

  it('without JavaScript, says how to propose and links the issue form and e-mail', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.url}/nb/contribute/new/`, { waitUntil: 'load' });
    expect(await page.locator('contribute-form').isHidden()).toBe(true);
    expect(await page.locator('main a[href*="template=propose-a-case.yml"]').count()).toBe(1);
    expect(await page.locator(`main a[href="mailto:${siteConfig.contactEmail}"]`).count()).toBe(1);
    await page.context().close();
  });
});
