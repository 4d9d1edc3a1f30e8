/**
 * The six collections and the facts about each that more than one part of the site needs: the files
 * it holds, whether it is YAML and language-neutral, its place in the navigation, the open data and
 * the feeds, its title in the JSON Schema and the file name a new entry is suggested. The one
 * registry of these facts, read by the schema (collections.ts), the loaders and the check
 * (entry-files.ts), the routes and header, the search index, the outputs and the contribution
 * tools. No zod here, so browser islands can import it.
 *
 * Two kinds: entries written in one language, Markdown with YAML frontmatter and a body (cases,
 * methods, events, requirements); and the shared, language-neutral vocabulary, YAML files without
 * a body whose labels and descriptions are in several languages (topics, organisations).
 */

interface CollectionFacts {
  /** The file extensions the collection accepts; a new entry gets the first. */
  extensions: readonly ['.md', '.mdx'] | readonly ['.yaml'];
  /** What an entry is, for the JSON Schema's title (English, as the schema's other words). */
  title: string;
  /** The file name (without extension) the web editor suggests for a new entry. */
  fileNameExample: string;
}

/** Every collection and its facts, in the order of the content folder's listing. */
export const collectionFacts = {
  cases: {
    extensions: ['.md', '.mdx'],
    title: 'Case: a test, pilot, roll-out or scale-up of a welfare technology or digital care service',
    fileNameExample: 'short-name-of-the-case',
  },
  methods: { extensions: ['.md', '.mdx'], title: 'Method used to test or implement a welfare technology', fileNameExample: 'short-name-of-the-method' },
  topics: { extensions: ['.yaml'], title: 'Topic in the shared vocabulary, labelled in all six languages', fileNameExample: 'short-name-of-the-topic' },
  organisations: {
    extensions: ['.yaml'],
    title: 'Organisation: municipality, region, test bed, university, agency or company',
    fileNameExample: 'short-name-of-the-organisation',
  },
  events: {
    extensions: ['.md', '.mdx'],
    title: 'Event: workshop, webinar, conference, seminar, meeting or study trip',
    fileNameExample: 'short-name-of-the-event',
  },
  requirements: { extensions: ['.md', '.mdx'], title: 'Requirement in the shared requirements library', fileNameExample: 'short-name-of-the-requirement' },
} as const satisfies Record<string, CollectionFacts>;

export type CollectionName = keyof typeof collectionFacts;
export const collectionNames = Object.keys(collectionFacts) as CollectionName[];

type YamlOnly<K extends CollectionName> = (typeof collectionFacts)[K]['extensions'][number] extends '.yaml' ? K : never;
/** The language-neutral YAML collections: topics and organisations. */
export type EveryLanguageCollection = { [K in CollectionName]: YamlOnly<K> }[CollectionName];
/** The collections whose entries are written in one language (`language`), Markdown with a body. */
export type SingleLanguageCollection = Exclude<CollectionName, EveryLanguageCollection>;

/** Whether a collection's entries are YAML files, labelled in every language, without a body. */
export function isEveryLanguageCollection(collection: string): collection is EveryLanguageCollection {
  return Object.hasOwn(collectionFacts, collection) && collectionFacts[collection as CollectionName].extensions[0] === '.yaml';
}

export function isSingleLanguageCollection(collection: CollectionName): collection is SingleLanguageCollection {
  return !isEveryLanguageCollection(collection);
}

export const everyLanguageCollections = collectionNames.filter(isEveryLanguageCollection);
export const singleLanguageCollections = collectionNames.filter(isSingleLanguageCollection);

/** The extension a new entry of the collection is written with: '.yaml' or '.md'. */
export function newEntryExtension(collection: CollectionName): (typeof collectionFacts)[CollectionName]['extensions'][0] {
  return collectionFacts[collection].extensions[0];
}

/** The order of the main navigation. */
export const navigationCollections: readonly CollectionName[] = ['cases', 'topics', 'methods', 'organisations', 'events', 'requirements'];

/** The collections published as open data (CSV, JSON, DCAT, the data package), in their order there. */
export const exportCollections: readonly CollectionName[] = ['cases', 'methods', 'events', 'requirements', 'topics', 'organisations'];

/** The collections with RSS feeds: what is new. */
export const feedCollections = ['cases', 'methods', 'events'] as const satisfies readonly CollectionName[];
export type FeedCollection = (typeof feedCollections)[number];
