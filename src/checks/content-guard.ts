/**
 * The content guard: runs the content check (src/checks/) when Astro sets up, before any entry is
 * read or compiled, and fails the build on any problem, printing each in the same
 * `file:LINE: field: message` form as `npm run check:content`.
 *
 * It also adds a Vite plugin that re-checks the source of every .md/.mdx file under content/ just
 * before it is compiled and refuses unsafe input, so a file that appears after the first check
 * (or slips past it) still cannot run code: an MDX entry compiles to a JavaScript module, and its
 * `export`s and `{expressions}` would otherwise run on the machine that builds the site.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { CONTENT_DIR, checkContentParallel, checkSourceForBuild } from './check.ts';
import type { Problem } from './problem.ts';
import { formatProblem } from './report.ts';
import { contentDir } from '../content-dir.ts';

export interface ContentGuardOptions {
  /**
   * The folder that contains content/; defaults to the Astro project root, or to the folder
   * COMMONS_CONTENT_DIR names when that is set.
   */
  root?: string;
  /**
   * Run the full check at setup (default true). Only tests turn it off, to prove that the
   * compile-time check stops an unsafe file on its own.
   */
  checkOnSetup?: boolean;
}

export class ContentCheckError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[], where: string) {
    const lines = problems.map(formatProblem);
    super(`Content check failed ${where}: ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}\n${lines.join('\n')}`);
    this.name = 'ContentCheckError';
    this.problems = problems;
  }
}

const ENTRY_SOURCE = /\.mdx?$/i;

/** Vite plugin: refuses to hand an unsafe .md/.mdx source under the content folder to any compiler. */
export function contentGuardVitePlugin(contentFolder: string): Plugin {
  const inside = path.resolve(contentFolder) + path.sep;
  return {
    name: 'nwtc:content-guard',
    enforce: 'pre',
    transform: {
      order: 'pre',
      handler(code, id) {
        const file = path.resolve(id.split('?')[0] ?? id);
        if (!file.startsWith(inside) || !ENTRY_SOURCE.test(file)) return null;
        const problems = checkSourceForBuild(contentFolder, file, code);
        if (problems.length > 0) throw new ContentCheckError(problems, 'before compiling');
        return null;
      },
    },
  };
}

export default function contentGuard(options: ContentGuardOptions = {}): AstroIntegration {
  return {
    name: 'nwtc:content-guard',
    hooks: {
      'astro:config:setup': async ({ command, config, logger, updateConfig }) => {
        // COMMONS_CONTENT_DIR (benchmark, fixtures) moves content/: check the folder that is built.
        const root = options.root ?? fileURLToPath(config.root);
        const folder = options.root === undefined && process.env.COMMONS_CONTENT_DIR ? contentDir : path.join(root, CONTENT_DIR);
        // Checking a folder that is not there would pass silently while the build reads another.
        if (!existsSync(folder)) throw new Error(`The content guard found no content folder at ${folder}`);
        // Registered first so its `pre` transform runs before @astrojs/mdx's compiler.
        updateConfig({ vite: { plugins: [contentGuardVitePlugin(folder)] } });
        if (options.checkOnSetup === false) return;
        const started = performance.now();
        const result = await checkContentParallel({ root, contentDir: folder });
        if (result.problems.length > 0) {
          for (const problem of result.problems) logger.error(formatProblem(problem));
          // While editing (`astro dev`) a half-written entry should not stop the server: the
          // problems are shown, and the compile-time check still refuses any unsafe MDX.
          if (command === 'dev') return;
          throw new ContentCheckError(result.problems, 'before the build');
        }
        logger.info(`${result.entries} entries checked in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
