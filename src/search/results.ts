/**
 * The labels of one search result: type, language and country, in the reader's language.
 * Pure; the search page passes the labels it rendered at build time.
 */
import type { FilterGroup } from './query.ts';

export function resultLabels(
  meta: Record<string, string | undefined>,
  labels: Record<FilterGroup, Record<string, string>>,
  /**
   * "Written in Swedish" per content language, so a language is not mistaken for a country of the
   * same name; whole phrases, since languages inflect ("Skrifað á sænsku", "Kirjoitettu ruotsiksi").
   */
  writtenIn: Readonly<Record<string, string>> = {},
): string[] {
  const result: string[] = [];
  if (meta.type) result.push(labels.type[meta.type] ?? meta.type);
  if (meta.language) result.push(writtenIn[meta.language] ?? labels.language[meta.language] ?? meta.language);
  for (const code of (meta.country ?? '').split(',').filter(Boolean)) result.push(labels.country[code] ?? code);
  return result;
}
