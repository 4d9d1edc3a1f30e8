/**
 * Which files under content/<collection>/ are entries: the one definition that the build's loaders
 * (src/content.config.ts) and the content check (src/checks/check.ts) both use, so that no file is
 * published without being checked.
 *
 * An entry is a file directly in its collection folder whose name starts with a lower-case letter or
 * a digit and ends in one of the collection's extensions. So README.md, _drafts, .hidden files and
 * sub-folders are never loaded; the check names every such file, except the few in NOT_ENTRIES.
 */
import { collections, type CollectionName } from './collections.ts';

/** Files a collection folder may hold that are not entries: never loaded, and passed over by the check. */
export const NOT_ENTRIES: ReadonlySet<string> = new Set(['README.md', '.gitkeep']);

/** Astro's glob() patterns for a collection, relative to content/<collection>/ (no `**`: no sub-folders). */
export function entryPatterns(collection: CollectionName): string[] {
  return collections[collection].extensions.map((ext) => `[a-z0-9]*${ext}`);
}

/**
 * Whether the build loads `file` (relative to content/<collection>/, forward slashes): the same
 * rule as entryPatterns, as a function; test/checks/entry-files.test.ts runs both on the same names.
 */
export function isEntryFile(collection: CollectionName, file: string): boolean {
  if (file.includes('/') || !/^[a-z0-9]/.test(file)) return false;
  return collections[collection].extensions.some((ext) => file.length > ext.length && file.endsWith(ext));
}
