/**
 * The six collections and what kind of files each holds: the one registry of these facts, read by
 * the schema (collections.ts), the loaders and the check (entry-files.ts), the routes, the search
 * index, the outputs and the contribution tools. No zod here, so browser islands can import it.
 *
 * Two kinds: entries written in one language, Markdown with YAML frontmatter and a body (cases,
 * methods, events, requirements); and the shared, language-neutral vocabulary, YAML files without
 * a body whose labels and descriptions are in several languages (topics, organisations).
 */

/** Every collection, each with the file extensions it accepts; a new entry gets the first. */
export const collectionFiles = {
  cases: { extensions: ['.md', '.mdx'] },
  methods: { extensions: ['.md', '.mdx'] },
  topics: { extensions: ['.yaml'] },
  organisations: { extensions: ['.yaml'] },
  events: { extensions: ['.md', '.mdx'] },
  requirements: { extensions: ['.md', '.mdx'] },
} as const satisfies Record<string, { extensions: readonly ['.md', '.mdx'] | readonly ['.yaml'] }>;

export type CollectionName = keyof typeof collectionFiles;
export const collectionNames = Object.keys(collectionFiles) as CollectionName[];

type YamlOnly<K extends CollectionName> = (typeof collectionFiles)[K]['extensions'][number] extends '.yaml' ? K : never;
/** The language-neutral YAML collections: topics and organisations. */
export type EveryLanguageCollection = { [K in CollectionName]: YamlOnly<K> }[CollectionName];
/** The collections whose entries are written in one language (`language`), Markdown with a body. */
export type SingleLanguageCollection = Exclude<CollectionName, EveryLanguageCollection>;

/** Whether a collection's entries are YAML files, labelled in every language, without a body. */
export function isEveryLanguageCollection(collection: string): collection is EveryLanguageCollection {
  return Object.hasOwn(collectionFiles, collection) && collectionFiles[collection as CollectionName].extensions[0] === '.yaml';
}

export function isSingleLanguageCollection(collection: CollectionName): collection is SingleLanguageCollection {
  return !isEveryLanguageCollection(collection);
}

export const everyLanguageCollections = collectionNames.filter(isEveryLanguageCollection);
export const singleLanguageCollections = collectionNames.filter(isSingleLanguageCollection);

/** The extension a new entry of the collection is written with: '.yaml' or '.md'. */
export function newEntryExtension(collection: CollectionName): (typeof collectionFiles)[CollectionName]['extensions'][0] {
  return collectionFiles[collection].extensions[0];
}
