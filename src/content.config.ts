/**
 * Astro's view of content/: one collection per folder, each validated by the shared schema in
 * src/schema/collections.ts. Safety and reference checks run before this (src/checks/), so by the
 * time an entry is compiled it has already been vetted.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collections as model, type CollectionName } from './schema/collections.ts';
import { entryPatterns } from './schema/entry-files.ts';
import { contentDir } from './content-dir.ts';

// The same definition of "an entry" as the content check's (schema/entry-files.ts): every file
// loaded here has been checked, and README.md, drafts and sub-folders are not loaded.
const loader = (name: CollectionName) => glob({ pattern: entryPatterns(name), base: `${contentDir}/${name}` });

// One defineCollection per collection, each with its own schema written out: a helper taking the
// collection's name would give every collection the union of all six data types.
export const collections = {
  cases: defineCollection({ loader: loader('cases'), schema: model.cases.schema }),
  methods: defineCollection({ loader: loader('methods'), schema: model.methods.schema }),
  topics: defineCollection({ loader: loader('topics'), schema: model.topics.schema }),
  organisations: defineCollection({ loader: loader('organisations'), schema: model.organisations.schema }),
  events: defineCollection({ loader: loader('events'), schema: model.events.schema }),
  requirements: defineCollection({ loader: loader('requirements'), schema: model.requirements.schema }),
};
