import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { organisationDescription, pickDescription, topicDescription } from '../../src/lib/descriptions.ts';
import { locales } from '../../src/i18n/locales.ts';
import { contentDir } from '../../src/content-dir.ts';
import { topicSchema } from '../../src/schema/collections.ts';
import { makeOrganisation, makeTopic } from './entry-pages-fixtures.ts';

describe('topicDescription', () => {
  const topic = makeTopic('copd', {
    description: { en: 'A lung disease.', sv: 'En lungsjukdom.', nb: 'En lungesykdom.', da: 'En lungesygdom.', fi: 'Keuhkosairaus.', is: 'Lungnasjúkdómur.' },
  });
  it("gives each interface language its own text, never another language's", () => {
    expect(locales.map((locale) => topicDescription(topic.data, locale))).toEqual([
      'A lung disease.',
      'En lungsjukdom.',
      'En lungesykdom.',
      'En lungesygdom.',
      'Keuhkosairaus.',
      'Lungnasjúkdómur.',
    ]);
  });
});

describe('organisationDescription', () => {
  it("shows the reader's language when written", () => {
    const organisation = makeOrganisation('lyngby', { description: { da: 'Kommune nord for København.', en: 'Municipality north of Copenhagen.' } });
    expect(organisationDescription(organisation.data, 'da')).toEqual({ text: 'Kommune nord for København.', language: 'da' });
    expect(organisationDescription(organisation.data, 'en')).toEqual({ text: 'Municipality north of Copenhagen.', language: 'en' });
  });

  it('falls back to English, then to the first language written, and says which language it is', () => {
    const both = makeOrganisation('lyngby', { description: { da: 'Kommune.', en: 'Municipality.' } });
    expect(organisationDescription(both.data, 'fi')).toEqual({ text: 'Municipality.', language: 'en' });
    const noEnglish = makeOrganisation('vantaa', { description: { fi: 'Kaupunki.', sv: 'Stad.' } });
    // The schema orders the languages as the interface does (en, sv, nb, da, fi, is): sv comes first.
    expect(organisationDescription(noEnglish.data, 'da')).toEqual({ text: 'Stad.', language: 'sv' });
    expect(organisationDescription(noEnglish.data, 'fi')).toEqual({ text: 'Kaupunki.', language: 'fi' });
  });

  it('gives nothing for an organisation without a description', () => {
    expect(organisationDescription(makeOrganisation('x').data, 'sv')).toBeUndefined();
    expect(pickDescription({}, 'sv')).toBeUndefined();
  });
});

describe('the real topics', () => {
  const folder = join(contentDir, 'topics');
  const topics = readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => ({ id: name.replace(/\.yaml$/, ''), data: topicSchema.parse(parseYaml(readFileSync(join(folder, name), 'utf8'))) }));

  it('each have six different descriptions, so no language page repeats another language', () => {
    expect(topics.length).toBeGreaterThan(0);
    for (const { id, data } of topics) {
      const texts = locales.map((locale) => data.description[locale].trim().toLowerCase());
      expect(new Set(texts).size, `${id}: descriptions that are the same text in two languages`).toBe(locales.length);
    }
  });
});
