/**
 * Page weight as a first visit pays it: the HTML plus every stylesheet and script it loads before
 * any interaction (script src and their static imports, stylesheet links), each gzip-compressed as
 * a static host sends it. Dynamic imports (search, lazily loaded code) are not counted: they load
 * only when used.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHtml } from '../test/gates/support/html.ts';

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  total: number;
  files: string[];
}

const gz = (data: Buffer) => gzipSync(data, { level: 6 }).length;

function fileOf(root: string, url: string, from: string): string | undefined {
  if (/^(https?:)?\/\//.test(url) || url.startsWith('data:')) return undefined;
  const path = url.startsWith('/') ? url : posix.join(posix.dirname(from), url);
  const clean = path.split(/[?#]/)[0]!;
  const file = join(root, clean);
  return existsSync(file) ? file : undefined;
}

/** Static imports of an ES module: `import "./x.js"`, `import {a} from "./x.js"`, `export … from`. */
function staticImports(code: string): string[] {
  const out: string[] = [];
  for (const match of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.m?js)["']/g)) out.push(match[1]!);
  return out;
}

export function pageWeight(root: string, htmlFile: string, urlPath: string): PageWeight {
  const html = readFileSync(htmlFile);
  const page = parseHtml(html.toString('utf8'));
  const weight: PageWeight = { html: gz(html), css: 0, js: 0, total: 0, files: [] };
  const seen = new Set<string>();
  const addScript = (file: string, urlOfFile: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file);
    weight.js += gz(code);
    weight.files.push(urlOfFile);
    for (const imported of staticImports(code.toString('utf8'))) {
      const next = fileOf(root, imported, urlOfFile);
      if (next) addScript(next, posix.join(posix.dirname(urlOfFile), imported));
    }
  };
  for (const element of page.elements) {
    if (element.name === 'link' && /\bstylesheet\b/.test(element.attributes.rel ?? '') && element.attributes.href) {
      const file = fileOf(root, element.attributes.href, urlPath);
      if (file && !seen.has(file)) {
        seen.add(file);
        weight.css += gz(readFileSync(file));
        weight.files.push(element.attributes.href);
      }
    }
    if (element.name === 'link' && /\bmodulepreload\b/.test(element.attributes.rel ?? '') && element.attributes.href) {
      const file = fileOf(root, element.attributes.href, urlPath);
      if (file) addScript(file, element.attributes.href.startsWith('/') ? element.attributes.href : posix.join(dirname(urlPath), element.attributes.href));
    }
    if (element.name === 'script' && element.attributes.src) {
      const file = fileOf(root, element.attributes.src, urlPath);
      if (file) addScript(file, element.attributes.src.startsWith('/') ? element.attributes.src : posix.join(urlPath, element.attributes.src));
    }
  }
  for (const script of page.inlineScripts) {
    if (script.type === 'module') {
      for (const imported of staticImports(script.text)) {
        const file = fileOf(root, imported, urlPath);
        if (file) addScript(file, imported.startsWith('/') ? imported : posix.join(urlPath, imported));
      }
    }
  }
  weight.total = weight.html + weight.css + weight.js;
  return weight;
}

/**
 * The page with the most HTML bytes of each type, in the order the types first appear (the first
 * on a tie): beside the first page of each type, the one that grows with the catalogue (an
 * organisation that took part in thousands of cases lists them all).
 */
export function largestPages<P extends { file: string; type: string }>(pages: readonly P[], sizeOf: (file: string) => number): P[] {
  const largest = new Map<string, { page: P; bytes: number }>();
  for (const page of pages) {
    const bytes = sizeOf(page.file);
    const current = largest.get(page.type);
    if (!current || bytes > current.bytes) largest.set(page.type, { page, bytes });
  }
  return [...largest.values()].map(({ page }) => page);
}
