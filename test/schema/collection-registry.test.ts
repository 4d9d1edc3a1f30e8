import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  collectionNames,
  everyLanguageCollections,
  isEveryLanguageCollection,
  newEntryExtension,
  singleLanguageCollections,
} from '../../src/schema/collection-registry.ts';
import { collections } from '../../src/schema/collections.ts';

describe('the collection registry', () => {
  it('knows topics and organisations as the YAML collections and the rest as Markdown', () => {
    expect(everyLanguageCollections).toEqual(['topics', 'organisations']);
    expect(singleLanguageCollections).toEqual(['cases', 'methods', 'events', 'requirements']);
    expect(collectionNames.map(newEntryExtension)).toEqual(['.md', '.md', '.yaml', '.yaml', '.md', '.md']);
    expect(isEveryLanguageCollection('organisations')).toBe(true);
    expect(isEveryLanguageCollection('cases')).toBe(false);
    expect(isEveryLanguageCollection('toString')).toBe(false);
  });

  it('is what the schema registry and the templates use', () => {
    for (const name of collectionNames) {
      expect(collections[name].extensions[0]).toBe(newEntryExtension(name));
      expect(existsSync(`templates/${name}${newEntryExtension(name)}`), `templates/${name}${newEntryExtension(name)}`).toBe(true);
    }
  });
});

describe('the lists the registry keeps', () => {
  it('name every collection once in the navigation and the open data, and the news collections in the feeds', async () => {
    const { navigationCollections, exportCollections, feedCollections } = await import('../../src/schema/collection-registry.ts');
    expect([...navigationCollections].sort()).toEqual([...collectionNames].sort());
    expect([...exportCollections].sort()).toEqual([...collectionNames].sort());
    expect(feedCollections).toEqual(['cases', 'methods', 'events']);
  });
});
