/**
 * The templates in templates/, bundled into the site (for the "propose" links and the JSON
 * Schema's help text). Node scripts read the same files from disk; this module is for Astro only.
 */
import type { CollectionName } from '../schema/collections.ts';
import { fileExtensionFor } from './scaffold.ts';

const files = import.meta.glob<string>('../../templates/*.{md,yaml}', { query: '?raw', import: 'default', eager: true });

export function templateText(collection: CollectionName): string {
  const text = files[`../../templates/${collection}${fileExtensionFor(collection)}`];
  if (text === undefined) throw new Error(`templates/${collection}${fileExtensionFor(collection)} is missing`);
  return text;
}
