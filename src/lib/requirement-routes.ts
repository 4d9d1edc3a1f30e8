/**
 * Addresses of the requirements library's own pages, beside the general ones in src/i18n/routes.ts:
 * facet lists, the basket, the annex downloads and the pilot kit per Roadmap phase.
 */
import { joinPath, withBase } from '../i18n/routes.ts';
import type { Locale } from '../i18n/locales.ts';
import type { AnnexFormat, RequirementFacet } from './requirement-lists.ts';

/** /{lang}/requirements/{facet}/{value}/, then …/page/{n}/ */
export function requirementFacetPath(locale: Locale, facet: RequirementFacet, value: string, page = 1): string {
  return withBase(joinPath(locale, 'requirements', facet, value, ...(page > 1 ? ['page', String(page)] : [])));
}

/** /{lang}/requirements/basket/ */
export function requirementsPagePath(locale: Locale, page: 'basket'): string {
  return withBase(joinPath(locale, 'requirements', page));
}

/** /{lang}/requirements/annex/{name}.{format}: a ready-made tender annex in the reader's language. */
export function annexPath(locale: Locale, name: string, format: AnnexFormat): string {
  return withBase(`${joinPath(locale, 'requirements', 'annex')}${encodeURIComponent(name)}.${format}`);
}

/** /{lang}/requirements/annex/rows.json: every requirement's annex row in the reader's language, for the basket. */
export function annexRowsPath(locale: Locale): string {
  return withBase(`${joinPath(locale, 'requirements', 'annex')}rows.json`);
}

/** /{lang}/pilot-kit/ and /{lang}/pilot-kit/{phase}/ */
export function pilotKitPath(locale: Locale, phase?: string): string {
  return withBase(joinPath(locale, 'pilot-kit', phase));
}

/** /{lang}/pilot-kit/{phase}/cases/, then …/page/{n}/: every case of a phase's kit, when its page shows only the newest. */
export function pilotKitCasesPath(locale: Locale, phase: string, page = 1): string {
  return withBase(joinPath(locale, 'pilot-kit', phase, 'cases', ...(page > 1 ? ['page', String(page)] : [])));
}
