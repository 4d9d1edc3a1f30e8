/**
 * The same content folder as the site (COMMONS_CONTENT_DIR), loaded with Astro's glob loader and no
 * schema beyond passthrough: the floor does no validation.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { resolve } from 'node:path';

const contentDir = resolve(process.env.COMMONS_CONTENT_DIR ?? '../../content');
const passthrough = z.looseObject({});
const entries = (name: string, pattern: string) =>
  defineCollection({ loader: glob({ pattern, base: `${contentDir}/${name}` }), schema: passthrough });

export const collections = {
  cases: entries('cases', '**/*.{md,mdx}'),
  methods: entries('methods', '**/*.{md,mdx}'),
  events: entries('events', '**/*.{md,mdx}'),
  requirements: entries('requirements', '**/*.{md,mdx}'),
  topics: entries('topics', '**/*.yaml'),
  organisations: entries('organisations', '**/*.yaml'),
};
