import { describe, expect, it } from 'vitest';
import { catalogueItemText } from '../../src/lib/catalogue-item.ts';
import { useTranslations } from '../../src/i18n/t.ts';
import { formatPeriod, periodWords } from '../../src/lib/format.ts';
import { makeCase, makeCatalogue, makeTopic } from './entry-pages-fixtures.ts';

describe('catalogueItemText', () => {
  const en = useTranslations('en');
  const topics = [makeTopic('copd', { labels: { en: 'COPD', sv: 'KOL', nb: 'KOLS', da: 'KOL', fi: 'keuhkoahtaumatauti', is: 'langvinn lungnateppa' } })];
  const stopped = makeCase('stopped', {
    place: 'Tromsø',
    countries: ['NO'],
    topics: ['copd', 'unknown-topic'],
    start: '2018-11',
    end: '2019-09',
    stage: 'discontinued',
    outcome: 'not-achieved',
    stopReason: 'staffing',
    lastVerified: '2024-05-02',
  });
  const named = makeCase('named', { place: 'Östergötland, Sweden', countries: ['SE'], start: undefined });
  const catalogue = makeCatalogue({ cases: [stopped, named], topics });

  it('gives the texts a list row shows, in the reader’s language', () => {
    expect(catalogueItemText(stopped, 'en', catalogue.topicById)).toEqual({
      place: 'Tromsø, Norway',
      period: formatPeriod({ start: '2018-11', end: '2019-09' }, 'en', periodWords(en), 'short'),
      stage: en('vocab.stage.discontinued'),
      outcome: en('vocab.outcome.not-achieved'),
      topics: 'COPD, unknown-topic',
      stopReason: en('vocab.stopReason.staffing'),
      lastVerified: '2 May 2024',
    });
    expect(catalogueItemText(stopped, 'sv', catalogue.topicById).topics).toBe('KOL, unknown-topic');
  });
  it('does not repeat a country the place names, and has no stop reason for a case without one', () => {
    const text = catalogueItemText(named, 'en', catalogue.topicById);
    expect(text.place).toBe('Östergötland, Sweden');
    expect(text.period).toBe(en('date.notStated'));
    expect(text.stopReason).toBeUndefined();
  });
  it('is made once per case, language and topic table', () => {
    expect(catalogueItemText(stopped, 'en', catalogue.topicById)).toBe(catalogueItemText(stopped, 'en', catalogue.topicById));
    expect(catalogueItemText(stopped, 'en', new Map()).topics).toBe('copd, unknown-topic');
  });
});
