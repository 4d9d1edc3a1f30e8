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

function collection(name: CollectionName) {
  // The same definition of "an entry" as the content check's (schema/entry-files.ts): every file
  // loaded here has been checked, and README.md, drafts and sub-folders are not loaded.
  return defineCollection({ loader: glob({ pattern: entryPatterns(name), base: `${contentDir}/${name}` }), schema: model[name].schema });
}

export const collections = {
  cases: collection('cases'),
  methods: collection('methods'),
  topics: collection('topics'),
  organisations: collection('organisations'),
  events: collection('events'),
  requirements: collection('requirements'),
};
