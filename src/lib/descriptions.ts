/**
 * Which description a topic or organisation page shows. Both have a page in every interface
 * language but one YAML file: a topic's description is written in all six languages, so the page
 * shows the reader's; an organisation's in some of them (usually its own and English), so the page
 * shows the reader's language when written, else English, else the first written in the order of
 * the interface languages (en, sv, nb, da, fi, is), and marks the text with its own language.
 */
import { locales, type Locale } from '../i18n/locales.ts';
import type { OrganisationData, TopicData } from '../schema/collections.ts';

/** A text and the language it is written in. */
export interface LocalisedText {
  text: string;
  language: Locale;
}

/** Descriptions by language, as topic and organisation files hold them. */
export type DescriptionMap = { readonly [L in Locale]?: string | undefined };

/**
 * The description for a page in `locale`: that language, else English, else the first language
 * written in the order of `locales` (the schema gives its parsed map in that order whatever the
 * file's order, so this order is what the page can rely on).
 */
export function pickDescription(map: DescriptionMap | undefined, locale: Locale): LocalisedText | undefined {
  if (!map) return undefined;
  const written = locales.filter((language) => Boolean(map[language]?.trim()));
  const language = written.includes(locale) ? locale : written.includes('en') ? 'en' : written[0];
  return language ? { text: map[language]!, language } : undefined;
}

/** A topic's description in the page's language (the schema requires all six). */
export function topicDescription(topic: Pick<TopicData, 'description'>, locale: Locale): string {
  return topic.description[locale];
}

/** An organisation's description for a page in `locale`, with the language it is written in. */
export function organisationDescription(organisation: Pick<OrganisationData, 'description'>, locale: Locale): LocalisedText | undefined {
  return pickDescription(organisation.description, locale);
}
