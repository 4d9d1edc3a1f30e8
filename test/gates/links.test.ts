/**
 * Internal link gate: every href and src that points into our own site resolves to a file in the
 * built site, and every #fragment names an id on the target page. External http(s) links are not
 * fetched (no network here, and they are someone else's), only recorded in bench/out/.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertBuilt, distDir } from '../helpers/site.ts';
import { builtPages, siteOrigin, withoutBase } from './support/pages.ts';
import { parseHtml, urlReferences, type ParsedPage } from './support/html.ts';

export type Resolution =
  | { kind: 'internal'; path: string; fragment: string | undefined }
  | { kind: 'external'; url: string }
  | { kind: 'ignored' };

/** Classifies a URL found on the page at `pagePath`, resolving relative ones. */
export function resolveReference(url: string, pagePath: string): Resolution {
  if (/^(mailto|tel|sms|data|blob|javascript):/i.test(url)) return { kind: 'ignored' };
  let target: URL;
  try {
    target = new URL(url, `${siteOrigin}${pagePath}`);
  } catch {
    return { kind: 'internal', path: url, fragment: undefined };
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') return { kind: 'ignored' };
  if (target.origin !== siteOrigin) return { kind: 'external', url: target.href };
  const fragment = target.hash ? decodeURIComponent(target.hash.slice(1)) : undefined;
  return { kind: 'internal', path: withoutBase(decodeURIComponent(target.pathname)), fragment };
}

/** The file a path is served from, or a reason it is not. trailingSlash is 'always'. */
export function fileFor(path: string, root: string): { file: string } | { problem: string } {
  const full = join(root, path);
  if (!full.startsWith(root)) return { problem: 'leaves the site root' };
  if (path.endsWith('/')) {
    const index = join(full, 'index.html');
    return existsSync(index) ? { file: index } : { problem: 'no such page' };
  }
  if (!existsSync(full)) return { problem: 'no such file' };
  if (statSync(full).isDirectory()) return { problem: 'directory link without the trailing slash (trailingSlash is always)' };
  return { file: full };
}

describe('internal links', () => {
  it('resolve to files in the built site, #fragments included', () => {
    assertBuilt();
    const pages = builtPages(distDir);
    const parsed = new Map<string, ParsedPage>();
    const parse = (file: string) => {
      let page = parsed.get(file);
      if (!page) {
        page = parseHtml(readFileSync(file, 'utf8'));
        parsed.set(file, page);
      }
      return page;
    };
    const broken: string[] = [];
    const external = new Map<string, Set<string>>();
    for (const page of pages) {
      for (const reference of urlReferences(parse(page.file))) {
        const resolved = resolveReference(reference.url, page.path);
        if (resolved.kind === 'ignored') continue;
        if (resolved.kind === 'external') {
          if (!external.has(resolved.url)) external.set(resolved.url, new Set());
          external.get(resolved.url)!.add(page.path);
          continue;
        }
        const where = `${page.path}:${reference.line} <${reference.element} ${reference.attribute}="${reference.url}">`;
        const target = fileFor(resolved.path, distDir);
        if ('problem' in target) {
          broken.push(`${where}: ${target.problem}`);
          continue;
        }
        if (resolved.fragment && target.file.endsWith('.html') && !parse(target.file).anchors.has(resolved.fragment)) {
          broken.push(`${where}: no element with id="${resolved.fragment}" on ${resolved.path}`);
        }
      }
    }
    const record = Object.fromEntries([...external].sort().map(([url, from]) => [url, [...from].sort()]));
    mkdirSync('bench/out', { recursive: true });
    writeFileSync('bench/out/external-links.json', `${JSON.stringify(record, null, 2)}\n`);
    expect(pages.length).toBeGreaterThan(0);
    expect(broken, `${broken.length} broken internal links:\n${broken.slice(0, 200).join('\n')}`).toEqual([]);
  });
});

describe('link resolution', () => {
  it('tells internal, external and ignored links apart', () => {
    expect(resolveReference('../../methods/roadmap/#phases', '/en/cases/x/')).toEqual({
      kind: 'internal',
      path: '/en/methods/roadmap/',
      fragment: 'phases',
    });
    expect(resolveReference('/sv/search/?q=kol', '/en/')).toEqual({ kind: 'internal', path: '/sv/search/', fragment: undefined });
    expect(resolveReference('https://www.vinnova.se/p/x', '/en/')).toEqual({ kind: 'external', url: 'https://www.vinnova.se/p/x' });
    expect(resolveReference(`${siteOrigin}/en/`, '/sv/').kind).toBe('internal');
    expect(resolveReference('mailto:ehalsa@example.se', '/en/').kind).toBe('ignored');
  });
});
