/**
 * Issue 19's base-path bug: README recommends a `base` for a GitHub project site, but Base.astro
 * wrote `/favicon.svg` and `/manifest.webmanifest` as they are, so under `/commons/` the icon and
 * the web-app manifest were fetched from the host's root. Every address a component writes goes
 * through withBase (src/i18n/routes.ts); this guards the source. test/e2e/base-path.test.ts builds the
 * whole site with a base and checks what it wrote.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withBase } from '../../src/i18n/routes.ts';

const src = path.resolve('src');
const astroFiles = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.astro'));

describe('addresses under a base path', () => {
  it('no component writes a root-relative href or src literally (they go through withBase)', () => {
    const literal = /\b(href|src|action|content)="\/(?!\/)[^"]*"/g;
    const found = astroFiles.flatMap((f) =>
      readFileSync(path.join(src, f), 'utf8')
        .split('\n')
        .flatMap((line, i) => [...line.matchAll(literal)].map((m) => `${f}:${i + 1}: ${m[0]}`)),
    );
    expect(found).toEqual([]);
  });

  it('withBase puts the base in front of a root path once', () => {
    expect(withBase('/favicon.svg', '/commons')).toBe('/commons/favicon.svg');
    expect(withBase('/manifest.webmanifest', '/commons/')).toBe('/commons/manifest.webmanifest');
    expect(withBase('/favicon.svg', '')).toBe('/favicon.svg');
  });
});
