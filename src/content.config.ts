/**
 * Astro's view of content/: one collection per folder, each validated by the shared schema in
 * src/schema/collections.ts. Safety and reference checks run before this (src/checks/), so by the
 * time an entry is compiled it has already been vetted.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collections as model, type CollectionName } from './schema/collections.ts';
import { contentDir } from './content-dir.ts';

function collection(name: CollectionName) {
  const { schema, extensions } = model[name];
  const pattern = extensions.length === 1 ? `**/*${extensions[0]}` : `**/*.{${extensions.map((e) => e.slice(1)).join(',')}}`;
  return defineCollection({ loader: glob({ pattern, base: `${contentDir}/${name}` }), schema });
}

export const collections = {
  cases: collection('cases'),
  methods: collection('methods'),
  topics: collection('topics'),
  organisations: collection('organisations'),
  events: collection('events'),
  requirements: collection('requirements'),
};
