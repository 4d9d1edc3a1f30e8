/**
 * Where the catalogue's content lives: the one definition. `contentFolder` is the folder's name
 * inside the repository (site.config.ts `contentDir`: edit links, the check's messages, the
 * scaffolder); `contentDir` is the folder this process reads, which the benchmark and test
 * fixtures point elsewhere with COMMONS_CONTENT_DIR, so the same site builds them.
 */
import { resolve } from 'node:path';
import { site } from './site.config.ts';

export const contentFolder: string = site.contentDir;
export const contentDir = resolve(process.env['COMMONS_CONTENT_DIR'] ?? contentFolder);
