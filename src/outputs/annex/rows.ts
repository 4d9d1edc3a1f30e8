/**
 * Requirements as annex rows in a reader's language: vocabulary labels translated, the statement
 * in the reader's language where a translation exists (otherwise the entry's own), the source as
 * one line. Used at build time for the static downloads and for the rows the basket island stores.
 */
import type { Locale } from '../../i18n/locales.ts';
import type { Translate } from '../../i18n/t.ts';
import type { Catalogue, Requirement } from '../../lib/catalogue.ts';
import { vocabLabel } from '../../lib/i18n-labels.ts';
import type { AnnexLabels, AnnexRow } from './formats.ts';

/** The statement a reader of `locale` gets, and the language it is in. */
export function statementFor(requirement: Requirement, locale: Locale): { text: string; language: string } {
  const { data } = requirement;
  const translated = data.language === locale ? undefined : data.statementTranslations?.[locale];
  return translated ? { text: translated, language: locale } : { text: data.statement, language: data.language };
}

/** The requirement's origin as one line: the set (publisher, address), and the case it comes from. */
export function sourceLine(requirement: Requirement, catalogue: Catalogue, t: Translate): string {
  const { origin } = requirement.data;
  const parts: string[] = [];
  if (origin.set) parts.push(`${origin.set.title}${origin.set.section ? `, ${origin.set.section}` : ''} (${origin.set.publisher}) ${origin.set.url}`);
  if (origin.case) parts.push(`${t('annex.caseOrigin')}: ${catalogue.caseById.get(origin.case)?.data.title ?? origin.case}`);
  parts.push(vocabLabel(t, 'requirementWording', origin.wording));
  return parts.join('. ');
}

export function annexRow(requirement: Requirement, catalogue: Catalogue, locale: Locale, t: Translate, url: string): AnnexRow {
  const { data } = requirement;
  const statement = statementFor(requirement, locale);
  return {
    id: requirement.id,
    code: data.code,
    title: data.title,
    level: vocabLabel(t, 'requirementLevel', data.level),
    category: vocabLabel(t, 'requirementCategory', data.category),
    statement: statement.text,
    statementLanguage: vocabLabel(t, 'language', statement.language),
    motivation: data.motivation,
    verificationMethods: data.verification.methods.map((method) => vocabLabel(t, 'verificationMethod', method)),
    verification: data.verification.description,
    source: sourceLine(requirement, catalogue, t),
    phases: data.phases.map((phase) => vocabLabel(t, 'roadmapPhase', phase)),
    url,
  };
}

export function annexLabels(locale: Locale, t: Translate): AnnexLabels {
  return {
    language: locale,
    title: t('annex.title'),
    intro: t('annex.intro', { language: vocabLabel(t, 'language', locale) }),
    code: t('requirement.code'),
    requirement: t('requirement.statement'),
    level: t('requirement.level'),
    category: t('requirement.category'),
    statementLanguage: t('annex.language'),
    motivation: t('requirement.motivation'),
    verificationMethods: t('requirement.verificationMethods'),
    verification: t('requirement.verification'),
    source: t('annex.source'),
    phases: t('requirement.phases'),
    url: t('annex.page'),
  };
}

/** Requirements in the order an annex lists them: by code. */
export function byCode(a: Requirement, b: Requirement): number {
  return a.data.code < b.data.code ? -1 : a.data.code > b.data.code ? 1 : 0;
}
