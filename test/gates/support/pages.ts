/**
 * What the gates know about the built site: every HTML file, its URL path, and its page type,
 * found from the URL pattern alone (docs/ARCHITECTURE.md), so the gates cover whatever pages exist
 * without a list to keep in step with src/pages/.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, relative, sep } from 'node:path';
import { locales, isLocale, type Locale } from '../../../src/i18n/locales.ts';
import { collectionNames, collections, type CollectionName } from '../../../src/schema/collections.ts';
import { singleLanguageCollections } from '../../../src/schema/collection-registry.ts';
import { contentDir } from '../../../src/content-dir.ts';
import { site } from '../../../src/site.config.ts';

export { locales };

export interface BuiltPage {
  /** Absolute path of the HTML file. */
  file: string;
  /** URL path as a reader sees it, without the base: `/en/cases/`, `/404.html`. */
  path: string;
}

export interface PageType {
  /**
   * `home`, `index:cases`, `entry:cases`, `entry:topics/compare`, `facet:cases`, `page:search`,
   * `404`, `root`, `other:schema`…
   */
  type: string;
  /** Interface language, when the page sits under a language prefix. */
  locale?: Locale | undefined;
  /** Entries of single-language collections exist in one language each: test the type once. */
  onceAcrossLocales: boolean;
}

/** All files under `dir` (recursive), sorted for stable output. */
export function listFiles(dir: string, extension?: string): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (!extension || extname(name) === extension) out.push(full);
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}

/** `dist/en/cases/index.html` → `/en/cases/`; `dist/404.html` → `/404.html`. */
export function urlPathOf(file: string, root: string): string {
  const rel = relative(root, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (basename(rel) === 'index.html') return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

export function builtPages(root: string): BuiltPage[] {
  return listFiles(root, '.html').map((file) => ({ file, path: urlPathOf(file, root) }));
}

/** Entry ids per collection, read from the content folder the site was built from. */
export function contentIds(dir = contentDir): Map<CollectionName, Set<string>> {
  const ids = new Map<CollectionName, Set<string>>();
  for (const name of collectionNames) {
    const extensions: readonly string[] = collections[name].extensions;
    const files = listFiles(join(dir, name)).filter((file) => extensions.includes(extname(file)));
    ids.set(name, new Set(files.map((file) => basename(file, extname(file)))));
  }
  return ids;
}

const isCollection = (value: string | undefined): value is CollectionName =>
  value !== undefined && (collectionNames as readonly string[]).includes(value);

/** The page type of a URL path, from the URL design alone. */
export function classify(path: string, ids: Map<CollectionName, Set<string>>): PageType {
  const segments = path.split('/').filter(Boolean).map((segment) => decodeURIComponent(segment));
  const last = segments.at(-1) ?? '';
  if (/^404(\.html)?$/.test(last)) {
    const locale = segments.length > 1 && isLocale(segments[0]!) ? segments[0] : undefined;
    return { type: '404', locale, onceAcrossLocales: false };
  }
  if (segments.length === 0) return { type: 'root', onceAcrossLocales: false };
  const [first, second, third, ...rest] = segments;
  if (!isLocale(first!)) return { type: `other:${first}`, onceAcrossLocales: false };
  const locale = first;
  if (second === undefined) return { type: 'home', locale, onceAcrossLocales: false };
  if (!isCollection(second)) {
    const sub = [third, ...rest].filter(Boolean).length ? '/sub' : '';
    return { type: `page:${second}${sub}`, locale, onceAcrossLocales: false };
  }
  if (third === undefined) return { type: `index:${second}`, locale, onceAcrossLocales: false };
  const once = (singleLanguageCollections as readonly string[]).includes(second);
  if (ids.get(second)?.has(third)) {
    const sub = rest.length ? `/${rest.filter((part) => !/^\d+$/.test(part)).join('/') || 'page'}` : '';
    return { type: `entry:${second}${sub}`, locale, onceAcrossLocales: once };
  }
  return { type: `facet:${second}`, locale, onceAcrossLocales: false };
}

/**
 * One page per (type, locale); one page in all for entries that exist in one language. The first
 * in sorted order, so a run is repeatable.
 */
export function samplePages(pages: readonly BuiltPage[], ids: Map<CollectionName, Set<string>>): (BuiltPage & PageType)[] {
  const chosen = new Map<string, BuiltPage & PageType>();
  for (const page of pages) {
    const kind = classify(page.path, ids);
    const key = kind.onceAcrossLocales ? kind.type : `${kind.type}@${kind.locale ?? '-'}`;
    if (!chosen.has(key)) chosen.set(key, { ...page, ...kind });
  }
  return [...chosen.values()];
}

/** The site's own origin and base path, to tell our links from everyone else's. */
export const siteOrigin = new URL(site.url).origin;
export const siteBase = (site.base || '').replace(/\/$/, '');

/** Strips the base path so `/base/en/` and `/en/` map onto the same file. */
export function withoutBase(path: string): string {
  return siteBase && path.startsWith(`${siteBase}/`) ? path.slice(siteBase.length) : path;
}
