/**
 * Privacy gate: the Commons makes no request to a third party and keeps no state about readers.
 * Over every built page, stylesheet and script: nothing loaded from another origin (scripts,
 * styles, fonts, images, frames, media, CSS url() and @import), no cookies (Set-Cookie meta,
 * document.cookie, cookieStore), and no inline event handlers or javascript: URLs (which the CSP
 * would block anyway, and which contributed content must never carry).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { assertBuilt, distDir } from '../helpers/site.ts';
import { builtPages, listFiles, siteOrigin } from './support/pages.ts';
import { cssUrls, parseHtml, urlReferences, type UrlReference } from './support/html.ts';

/** Link relations that make the browser fetch something (an `alternate` or `canonical` does not). */
const fetchingRels = new Set(['stylesheet', 'preload', 'modulepreload', 'prefetch', 'preconnect', 'dns-prefetch', 'icon', 'apple-touch-icon', 'mask-icon', 'manifest', 'prerender']);

/** Whether a URL, read on one of our pages, points at someone else's origin. */
export function isThirdParty(url: string): boolean {
  if (!/^(https?:)?\/\//i.test(url.trim())) return false;
  try {
    return new URL(url.trim(), siteOrigin).origin !== siteOrigin;
  } catch {
    return true;
  }
}

/** Whether a reference in markup makes the browser load it without the reader clicking. */
export function isLoadedByBrowser(reference: UrlReference): boolean {
  if (reference.element === 'a' || reference.element === 'area' || reference.element === 'form') return false;
  if (reference.element === 'blockquote' || reference.element === 'q') return false;
  if (reference.element === 'link') {
    const rels = (reference.rel ?? '').toLowerCase().split(/\s+/);
    return rels.some((rel) => fetchingRels.has(rel));
  }
  return true;
}

const cookieUse = /\bdocument\s*\.\s*cookie\b|\bcookieStore\b/;
/** Code that loads from a fixed third-party address: fetch/import/importScripts/new Worker("https://…"). */
const remoteLoad = /\b(?:fetch|import|importScripts|Worker|SharedWorker|EventSource|WebSocket|sendBeacon)\s*\(\s*['"`]((?:https?:)?\/\/[^'"`]+)/g;

describe('privacy', () => {
  it('no page loads anything from a third-party origin, sets a cookie or carries an inline event handler', () => {
    assertBuilt();
    const problems: string[] = [];
    const pages = builtPages(distDir);
    for (const page of pages) {
      const html = readFileSync(page.file, 'utf8');
      const parsed = parseHtml(html);
      for (const reference of urlReferences(parsed)) {
        if (isLoadedByBrowser(reference) && isThirdParty(reference.url)) {
          problems.push(`${page.path}:${reference.line} <${reference.element} ${reference.attribute}> loads third-party ${reference.url}`);
        }
        if (/^\s*javascript:/i.test(reference.url)) {
          problems.push(`${page.path}:${reference.line} <${reference.element} ${reference.attribute}> is a javascript: URL`);
        }
      }
      for (const element of parsed.elements) {
        for (const [name, value] of Object.entries(element.attributes)) {
          if (/^on[a-z]+$/.test(name)) problems.push(`${page.path}:${element.line} <${element.name} ${name}> inline event handler`);
          if (name === 'style') {
            for (const url of cssUrls(value)) {
              if (isThirdParty(url)) problems.push(`${page.path}:${element.line} style attribute loads third-party ${url}`);
            }
          }
        }
        if (element.name === 'meta' && (element.attributes['http-equiv'] ?? '').toLowerCase() === 'set-cookie') {
          problems.push(`${page.path}:${element.line} <meta http-equiv="set-cookie">`);
        }
        if (element.name === 'meta' && (element.attributes['http-equiv'] ?? '').toLowerCase() === 'refresh' && isThirdParty((element.attributes.content ?? '').replace(/^[^;]*;\s*url=/i, ''))) {
          problems.push(`${page.path}:${element.line} <meta http-equiv="refresh"> to a third party`);
        }
      }
      for (const style of parsed.inlineStyles) {
        for (const url of cssUrls(style.text)) {
          if (isThirdParty(url)) problems.push(`${page.path}:${style.line} <style> loads third-party ${url}`);
        }
      }
      for (const script of parsed.inlineScripts) {
        if (cookieUse.test(script.text)) problems.push(`${page.path}:${script.line} inline script uses cookies`);
        for (const match of script.text.matchAll(remoteLoad)) {
          if (isThirdParty(match[1]!)) problems.push(`${page.path}:${script.line} inline script loads third-party ${match[1]}`);
        }
      }
    }
    for (const file of listFiles(distDir, '.css')) {
      for (const url of cssUrls(readFileSync(file, 'utf8'))) {
        if (isThirdParty(url)) problems.push(`${file.slice(distDir.length)}: loads third-party ${url}`);
      }
    }
    for (const file of [...listFiles(distDir, '.js'), ...listFiles(distDir, '.mjs')]) {
      const code = readFileSync(file, 'utf8');
      if (cookieUse.test(code)) problems.push(`${file.slice(distDir.length)}: uses cookies`);
      for (const match of code.matchAll(remoteLoad)) {
        if (isThirdParty(match[1]!)) problems.push(`${file.slice(distDir.length)}: loads third-party ${match[1]}`);
      }
    }
    expect(pages.length).toBeGreaterThan(0);
    expect(problems, problems.slice(0, 200).join('\n')).toEqual([]);
  });
});

describe('third-party detection', () => {
  it('tells our origin from others', () => {
    expect(isThirdParty('https://fonts.googleapis.com/css2?family=Inter')).toBe(true);
    expect(isThirdParty('//cdn.example.com/x.js')).toBe(true);
    expect(isThirdParty(`${siteOrigin}/_astro/a.css`)).toBe(false);
    expect(isThirdParty('/_astro/a.css')).toBe(false);
    expect(isThirdParty('../img/x.svg')).toBe(false);
  });
  it('counts only what the browser loads by itself', () => {
    expect(isLoadedByBrowser({ element: 'a', attribute: 'href', url: 'https://x.org', line: 1 })).toBe(false);
    expect(isLoadedByBrowser({ element: 'link', attribute: 'href', url: 'https://x.org', line: 1, rel: 'alternate' })).toBe(false);
    expect(isLoadedByBrowser({ element: 'link', attribute: 'href', url: 'https://x.org', line: 1, rel: 'preconnect' })).toBe(true);
    expect(isLoadedByBrowser({ element: 'img', attribute: 'src', url: 'https://x.org/a.png', line: 1 })).toBe(true);
  });
});
