/**
 * Where the catalogue's content lives. `content/` in this repository; the benchmark and test
 * fixtures point COMMONS_CONTENT_DIR at a generated folder instead, so the same site builds them.
 */
import { resolve } from 'node:path';

export const contentDir = resolve(process.env.COMMONS_CONTENT_DIR ?? 'content');
