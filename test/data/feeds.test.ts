import { describe, expect, it } from 'vitest';
import { allFeedScopes, eventIdForPath, feedChannel, feedEntries, feedItem, feedPath, scopesForPath } from '../../src/outputs/feeds.ts';
import { useTranslations } from '../../src/i18n/t.ts';
import { fixtureCatalogue } from './fixtures.ts';
import { countries } from '../../src/schema/vocabulary.ts';

const catalogue = fixtureCatalogue();
const site = 'https://commons.example.org';

describe('feedPath', () => {
  it('puts each feed beside the page it follows', () => {
    expect(feedPath('en', { kind: 'all' })).toBe('/en/rss.xml');
    expect(feedPath('sv', { kind: 'collection', collection: 'events' })).toBe('/sv/events/rss.xml');
    expect(feedPath('fi', { kind: 'topic', topic: 'copd' })).toBe('/fi/topics/copd/rss.xml');
    expect(feedPath('nb', { kind: 'country', country: 'NO' })).toBe('/nb/cases/country/no/rss.xml');
    expect(feedPath('nb', { kind: 'topic-country', country: 'NO', topic: 'copd' })).toBe('/nb/cases/country/no/topic/copd/rss.xml');
  });
});

describe('feedEntries', () => {
  it('orders by last verification, newest first, and mixes collections in the overall feed', () => {
    const entries = feedEntries(catalogue, { kind: 'all' });
    expect(entries.map((entry) => entry.id).slice(0, 2)).toEqual(['kols-oslo', 'hemmonitorering-kol']);
    // Same verification date: ordered by title, so builds are reproducible.
    expect(entries.slice(2, 7).map((entry) => entry.data.title)).toEqual(entries.slice(2, 7).map((entry) => entry.data.title).sort());
    expect(feedEntries(catalogue, { kind: 'all' })).toHaveLength(catalogue.cases.length + catalogue.methods.length + catalogue.events.length);
  });

  it('follows "new COPD cases in Norway" with a topic × country feed', () => {
    expect(feedEntries(catalogue, { kind: 'topic-country', topic: 'copd', country: 'NO' }).map((entry) => entry.id)).toEqual(['kols-oslo']);
    expect(feedEntries(catalogue, { kind: 'topic-country', topic: 'copd', country: 'SE' }).map((entry) => entry.id)).toEqual(['hemmonitorering-kol']);
    expect(feedEntries(catalogue, { kind: 'country', country: 'SE' }).map((entry) => entry.id)).toEqual(['hemmonitorering-kol', 'hjartsvikt-se']);
  });

  it('gives a topic feed its cases, methods and events', () => {
    expect(feedEntries(catalogue, { kind: 'topic', topic: 'copd' }).map((entry) => entry.collection).sort()).toEqual(['cases', 'cases', 'methods']);
  });

  it('stops at the limit', () => {
    expect(feedEntries(catalogue, { kind: 'all' }, 2)).toHaveLength(2);
  });
});

describe('allFeedScopes', () => {
  it('publishes topic × country feeds for every country and every topic with cases, even before the first case there', () => {
    const combos = allFeedScopes(catalogue).filter((scope) => scope.kind === 'topic-country');
    expect(combos).toContainEqual({ kind: 'topic-country', topic: 'copd', country: 'NO' });
    expect(combos).toContainEqual({ kind: 'topic-country', topic: 'heart-failure', country: 'NO' });
    expect(combos).toContainEqual({ kind: 'topic-country', topic: 'copd', country: 'IS' });
    expect(combos).toHaveLength(2 * countries.length);
    expect(allFeedScopes(catalogue).filter((scope) => scope.kind === 'country')).toHaveLength(countries.length);
    expect(allFeedScopes(catalogue).filter((scope) => scope.kind === 'topic')).toHaveLength(catalogue.topics.length);
  });
});

describe('feed channel and items', () => {
  it('titles the channel in the interface language', () => {
    const nb = feedChannel(catalogue, { kind: 'topic-country', topic: 'copd', country: 'NO' }, 'nb', useTranslations('nb'), 'Commons');
    expect(nb.shortTitle).toBe('Nye prosjekter om KOLS i Norge');
    const en = feedChannel(catalogue, { kind: 'topic-country', topic: 'copd', country: 'NO' }, 'en', useTranslations('en'), 'Commons');
    expect(en.title).toBe('New COPD cases in Norway – Commons');
  });

  it("keeps the entry's own title and links to its one page under its own language", () => {
    const entry = catalogue.caseById.get('hemmonitorering-kol')!;
    const item = feedItem(catalogue, entry, 'fi', useTranslations('fi'), site);
    expect(item.title).toBe('Hemmonitorering vid KOL, Jämtland; "fas 1"');
    expect(item.link).toBe('https://commons.example.org/sv/cases/hemmonitorering-kol/');
    expect(item.pubDate.toISOString()).toBe('2024-03-01T00:00:00.000Z');
    expect(item.categories).toEqual(['keuhkoahtaumatauti']);
    expect(item.description).toContain('<p lang="sv">Ett testfall för enhetstester: hemmonitorering, &quot;KOL&quot; och å ä ö.</p>');
    expect(item.description).toContain(useTranslations('fi')('vocab.stage.pilot'));
  });
});

describe('scopesForPath', () => {
  it('reads the feeds a page follows from its path', () => {
    expect(scopesForPath('/nb/cases/country/no/topic/copd/')?.scopes).toEqual([
      { kind: 'topic-country', country: 'NO', topic: 'copd' },
      { kind: 'country', country: 'NO' },
      { kind: 'collection', collection: 'cases' },
      { kind: 'all' },
    ]);
    expect(scopesForPath('/sv/topics/copd/')?.scopes[0]).toEqual({ kind: 'topic', topic: 'copd' });
    expect(scopesForPath('/en/')).toEqual({ locale: 'en', scopes: [{ kind: 'all' }], followsPage: true });
    expect(scopesForPath('/da/events/')).toMatchObject({ followsPage: true, scopes: [{ kind: 'collection', collection: 'events' }, { kind: 'all' }] });
  });

  it('advertises but does not follow on entry pages and other pages', () => {
    expect(scopesForPath('/sv/cases/ordnat-inforande/')).toMatchObject({ followsPage: false });
    expect(scopesForPath('/en/search/')).toMatchObject({ followsPage: false, scopes: [{ kind: 'all' }] });
    expect(scopesForPath('/')).toBeUndefined();
    expect(scopesForPath('/data/')).toBeUndefined();
  });
});

describe('eventIdForPath', () => {
  it("recognises an event's own page and nothing else", () => {
    expect(eventIdForPath('/sv/events/mvte-workshop/')).toBe('mvte-workshop');
    expect(eventIdForPath('/sv/events/')).toBeUndefined();
    expect(eventIdForPath('/sv/events/page/2/')).toBeUndefined();
    expect(eventIdForPath('/sv/cases/mvte-workshop/')).toBeUndefined();
  });
});
