/**
 * The first screen belongs to the content (issue 14): on a 390 px phone and at 200 % zoom of a
 * 1366 × 768 laptop (683 × 384 CSS pixels), the header leaves most of the screen to the page, and
 * no page scrolls sideways at 320 px (WCAG 1.4.10 Reflow), in every interface language.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { contentDir } from '../../src/content-dir.ts';
import { useSite } from '../helpers/use-site.ts';
import { locales } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/t.ts';
import { formatNumber } from '../../src/lib/format.ts';

const site = useSite();

/** Cases naming more than one country, read from content/ as a contributor wrote them. */
function casesInSeveralCountries(): number {
  const folder = join(contentDir, 'cases');
  return readdirSync(folder)
    .filter((name) => /\.mdx?$/.test(name))
    .filter((name) => {
      const yaml = readFileSync(join(folder, name), 'utf8').match(/^---\r?\n([\s\S]*?)\r?\n---/)?.[1] ?? '';
      const countries = (parseYaml(yaml) as { countries?: string[] }).countries ?? [];
      return new Set(countries).size > 1;
    }).length;
}

async function measure(path: string, width: number, height: number) {
  const page = await site.newPage({ viewport: { width, height } });
  try {
    await page.goto(`${site.url}${path}`);
    return await page.evaluate(() => ({
      header: document.querySelector('header.site-header')!.getBoundingClientRect().height,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    }));
  } finally {
    await page.context().close();
  }
}

describe('layout on small screens and at 200 % zoom', () => {
  for (const locale of locales) {
    it(`${locale}: the header takes at most a quarter of a 390 × 844 phone screen and a third at 200 % zoom`, async () => {
      for (const path of [`/${locale}/`, `/${locale}/cases/integrated-care-2-0-ostergotland/`]) {
        const phone = await measure(path, 390, 844);
        expect(phone.header, `${path} at 390 × 844`).toBeLessThanOrEqual(844 * 0.25);
        const zoomed = await measure(path, 683, 384);
        expect(zoomed.header, `${path} at 683 × 384`).toBeLessThanOrEqual(384 * 0.34);
      }
    });

    it(`${locale}: nothing scrolls sideways at 320 px`, async () => {
      for (const path of [`/${locale}/`, `/${locale}/cases/`, `/${locale}/search/`, `/${locale}/topics/distance-spanning-care/`, `/${locale}/requirements/`]) {
        expect((await measure(path, 320, 640)).overflow, path).toBeLessThanOrEqual(0);
      }
    });
  }
});

describe('the topic comparison table', () => {
  const topic = '/en/topics/distance-spanning-care/';

  it('shows all nine columns on a 1366 px screen', async () => {
    const page = await site.newPage({ viewport: { width: 1366, height: 800 } });
    try {
      await page.goto(`${site.url}${topic}`);
      const box = await page.locator('.comparison-scroll').evaluate((element) => ({ client: element.clientWidth, scroll: element.scrollWidth, right: element.getBoundingClientRect().right }));
      expect(box.scroll).toBeLessThanOrEqual(box.client);
      expect(box.right).toBeLessThanOrEqual(1366);
    } finally {
      await page.context().close();
    }
  });

  it('on a phone, says it scrolls sideways, keeps the case column in view, and is a labelled region a keyboard can scroll', async () => {
    const page = await site.newPage({ viewport: { width: 390, height: 844 } });
    try {
      await page.goto(`${site.url}${topic}`);
      const region = page.getByRole('region', { name: /^Every case on|newest cases on/ });
      await expect(region.getAttribute('tabindex')).resolves.toBe('0');
      expect(await page.locator('#topic-comparison-hint').isVisible()).toBe(true);
      await region.focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      expect(await region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
      // The case name stays at the left edge while the other columns scroll past.
      const first = page.locator('#topic-comparison tbody th[scope="row"]').first();
      const left = await first.evaluate((cell) => cell.getBoundingClientRect().left - cell.closest('.comparison-scroll')!.getBoundingClientRect().left);
      expect(Math.abs(left)).toBeLessThanOrEqual(1);
    } finally {
      await page.context().close();
    }
  });
});

describe('the home page', () => {
  for (const locale of locales) {
    it(`${locale}: leads with finding what was tried and sharing a pilot, before the figures`, async () => {
      const t = useTranslations(locale);
      const page = await site.newPage({ viewport: { width: 390, height: 844 } });
      try {
        await page.goto(`${site.url}/${locale}/`);
        const headings = await page.locator('main h2').allTextContents();
        expect(headings.slice(0, 2)).toEqual([t('home.findHeading'), t('home.shareHeading')]);
        // The figures come after everything a reader acts on (only the page's feed links follow).
        expect(headings.indexOf(t('home.totals'))).toBeGreaterThan(headings.indexOf(t('home.recentEvents')));
        // Both paths are on the first screen of a phone.
        expect(await page.locator('#home-share').evaluate((h) => h.getBoundingClientRect().top)).toBeLessThan(844);
        await page.locator('#home-search').fill('dosett');
        await page.locator('#home-search').press('Enter');
        await page.waitForURL(`**/${locale}/search/?q=dosett`);
        // The country chart accounts for cases in several countries.
        await page.goto(`${site.url}/${locale}/`);
        expect(await page.locator('.home-chart-note').first().textContent()).toBe(t('home.countriesNote', { count: formatNumber(casesInSeveralCountries(), locale) }));
      } finally {
        await page.context().close();
      }
    });
  }
});
