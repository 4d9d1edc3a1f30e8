/**
 * What a reader can store for offline reading, per interface language: every page the build wrote
 * under `/{lang}/` (entry pages and list pages alike, whichever entries the build gives that
 * language), grouped by section (cases, methods, events, requirements, topics, organisations, …)
 * with their sizes. Written at postbuild from the built files (`offline/{lang}.json`,
 * src/offline/service-worker.ts), so it follows whatever pages the build makes; the service worker
 * stores from it (`storagePlan`) within the reader's budget.
 *
 * Pure: built files in, JSON out; the plan runs in the service worker and in unit tests.
 */

/** Pages stored without asking, on the first visit: enough for the lists and many entries. */
export const defaultBudget = 25 * 1024 * 1024;

/** Sections never stored from the list: the search page is precached with the worker already. */
const skippedSections = new Set(['search']);

export interface ReadingSection {
  /** The first path segment after the language ("cases"), or "" for the language's home page. */
  name: string;
  /** Total bytes of the section's pages as built (uncompressed, as the cache holds them). */
  bytes: number;
  /** Page paths relative to the site root, without base ("sv/cases/x/"), lists first. */
  pages: string[];
  /** Each page's bytes, in the order of `pages`. */
  sizes: number[];
}

export interface ReadingList {
  lang: string;
  bytes: number;
  sections: ReadingSection[];
}

/** A built page: its file path relative to the site root ("sv/cases/x/index.html") and size. */
export interface BuiltPage {
  file: string;
  bytes: number;
}

/** The page URL path of a built file ("sv/cases/x/index.html" → "sv/cases/x/"). */
export function pagePathOf(file: string): string | undefined {
  if (file === 'index.html') return '';
  return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : undefined;
}

/** The reading list of one language from the built pages (any order). */
export function readingListOf(lang: string, pages: readonly BuiltPage[]): ReadingList {
  const sections = new Map<string, { path: string; bytes: number; depth: number }[]>();
  for (const page of pages) {
    const path = pagePathOf(page.file);
    if (path === undefined || !path.startsWith(`${lang}/`)) continue;
    const rest = path.slice(lang.length + 1).split('/').filter(Boolean);
    const name = rest[0] ?? '';
    if (skippedSections.has(name)) continue;
    const list = sections.get(name) ?? [];
    list.push({ path, bytes: page.bytes, depth: rest.length });
    sections.set(name, list);
  }
  const result: ReadingSection[] = [...sections]
    .map(([name, list]) => {
      // The section's own list first, then pages by depth: lists before the entries they link to.
      list.sort((a, b) => a.depth - b.depth || a.path.localeCompare(b.path));
      return { name, bytes: list.reduce((sum, page) => sum + page.bytes, 0), pages: list.map((page) => page.path), sizes: list.map((page) => page.bytes) };
    })
    .sort((a, b) => (a.name === '' ? -1 : b.name === '' ? 1 : sectionOrder(a.name) - sectionOrder(b.name) || a.name.localeCompare(b.name)));
  return { lang, bytes: result.reduce((sum, section) => sum + section.bytes, 0), sections: result };
}

/** Cases first: what most readers come for. */
const preferred = ['cases', 'topics', 'methods', 'requirements', 'events', 'organisations'];
function sectionOrder(name: string): number {
  const index = preferred.indexOf(name);
  return index === -1 ? preferred.length : index;
}

export interface StoragePlan {
  /** Page paths to store, in order. */
  pages: string[];
  bytes: number;
  /** Pages of the chosen sections left out by the budget. */
  skipped: number;
}

/**
 * The pages to store: the chosen sections (all when `sections` is "all"), the home page and every
 * section's first page always, then page by page in section order while the budget lasts.
 */
export function storagePlan(list: ReadingList, sections: readonly string[] | 'all', budget: number): StoragePlan {
  const chosen = list.sections.filter((section) => section.name === '' || sections === 'all' || sections.includes(section.name));
  const plan: StoragePlan = { pages: [], bytes: 0, skipped: 0 };
  for (const section of chosen) {
    section.pages.forEach((page, index) => {
      const size = section.sizes[index] ?? 0;
      if (plan.bytes + size > budget) {
        plan.skipped += 1;
        return;
      }
      plan.pages.push(page);
      plan.bytes += size;
    });
  }
  return plan;
}
