import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { defaultBudget, pagePathOf, readingListOf, storagePlan } from '../../src/offline/reading-list.ts';
import { readingPreference, readingRequest, savePreference } from '../../src/offline/preference.ts';
import { readingScript } from '../../src/offline/service-worker.ts';

const built = [
  { file: 'index.html', bytes: 5 },
  { file: 'sv/index.html', bytes: 10 },
  { file: 'sv/cases/index.html', bytes: 20 },
  { file: 'sv/cases/a/index.html', bytes: 100 },
  { file: 'sv/cases/b/index.html', bytes: 100 },
  { file: 'sv/cases/country/se/index.html', bytes: 30 },
  { file: 'sv/topics/copd/index.html', bytes: 50 },
  { file: 'sv/search/index.html', bytes: 40 },
  { file: 'sv/rss.xml', bytes: 7 },
  { file: 'en/cases/a/index.html', bytes: 100 },
];

describe('readingListOf', () => {
  it('takes every page the build wrote under the language, by section, lists before entries', () => {
    const list = readingListOf('sv', built);
    expect(list.sections.map((section) => section.name)).toEqual(['', 'cases', 'topics']);
    expect(list.sections[1]!.pages).toEqual(['sv/cases/', 'sv/cases/a/', 'sv/cases/b/', 'sv/cases/country/se/']);
    expect(list.sections[1]!.sizes).toEqual([20, 100, 100, 30]);
    expect(list.bytes).toBe(10 + 250 + 50);
  });

  it('picks up entry pages under any language the build gives them (en/cases/a/ for en)', () => {
    expect(readingListOf('en', built).sections.flatMap((section) => section.pages)).toEqual(['en/cases/a/']);
  });

  it('maps files to page paths', () => {
    expect(pagePathOf('sv/cases/a/index.html')).toBe('sv/cases/a/');
    expect(pagePathOf('sv/rss.xml')).toBeUndefined();
  });
});

describe('storagePlan', () => {
  const list = readingListOf('sv', built);
  it('stores everything chosen within the budget, the home page always', () => {
    expect(storagePlan(list, 'all', 1000)).toEqual({ pages: ['sv/', 'sv/cases/', 'sv/cases/a/', 'sv/cases/b/', 'sv/cases/country/se/', 'sv/topics/copd/'], bytes: 310, skipped: 0 });
    expect(storagePlan(list, ['topics'], 1000).pages).toEqual(['sv/', 'sv/topics/copd/']);
  });

  it('skips what does not fit and keeps filling with what does', () => {
    const plan = storagePlan(list, 'all', 200);
    expect(plan.pages).toEqual(['sv/', 'sv/cases/', 'sv/cases/a/', 'sv/cases/country/se/']);
    expect(plan.bytes).toBe(160);
    expect(plan.skipped).toBe(2);
  });

  it('runs in the service worker as written (readingScript embeds it)', () => {
    const script = readingScript('commons-x-pages');
    // The embedded function is plain JavaScript that gives the same plan.
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the embedded source is the unit under test
    const embedded = (new Function(`${script.split('\nconst pagesCache')[0]}; return storagePlan;`) as () => typeof storagePlan)();
    expect(embedded(list, 'all', 200)).toEqual(storagePlan(list, 'all', 200));
  });
});

describe('the reader\'s preference', () => {
  it('defaults to automatic within the budget, and survives a broken value', () => {
    expect(readingPreference({ getItem: () => null })).toEqual({ mode: 'auto', sections: [] });
    expect(readingPreference({ getItem: () => '{broken' })).toEqual({ mode: 'auto', sections: [] });
    const saved: Record<string, string> = {};
    savePreference({ setItem: (key, value) => (saved[key] = value) }, { mode: 'some', sections: ['cases'] });
    expect(readingPreference({ getItem: (key) => saved[key] ?? null })).toEqual({ mode: 'some', sections: ['cases'] });
  });

  it('asks the worker for the default budget only in automatic mode', () => {
    expect(readingRequest('sv', { mode: 'auto', sections: [] }, defaultBudget)).toMatchObject({ sections: 'all', budget: defaultBudget });
    expect(readingRequest('sv', { mode: 'some', sections: ['cases'] }, defaultBudget)).toMatchObject({ sections: ['cases'], budget: Number.MAX_SAFE_INTEGER });
  });

  it('public/sw-register.js uses the same default budget and storage key', () => {
    const register = readFileSync('public/sw-register.js', 'utf8');
    const [, megabytes] = register.match(/defaultReadingBudget = (\d+) \* 1024 \* 1024/) ?? [];
    expect(Number(megabytes) * 1024 * 1024).toBe(defaultBudget);
    expect(register).toContain("'commons-offline-reading'");
  });
});
