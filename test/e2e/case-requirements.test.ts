/**
 * A case page lists the requirements the case used (found by `astro check`: the page looked the
 * requirements up by the whole { id, result, note } object, so the list was always empty).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { distDir } from '../helpers/site.ts';
import { contentDir } from '../../src/content-dir.ts';

describe('case pages list the requirements they used', () => {
  it('links every requirement a case names, in the reader’s language', () => {
    const folder = join(contentDir, 'cases');
    let checked = 0;
    for (const name of readdirSync(folder).filter((file) => /\.mdx?$/.test(file))) {
      const yaml = readFileSync(join(folder, name), 'utf8').match(/^---\r?\n([\s\S]*?)\r?\n---/)?.[1] ?? '';
      const data = parseYaml(yaml) as { requirements?: (string | { id: string })[] };
      const ids = (data.requirements ?? []).map((use) => (typeof use === 'string' ? use : use.id));
      if (ids.length === 0) continue;
      const id = name.replace(/\.mdx?$/, '');
      const html = readFileSync(join(distDir, 'fi', 'cases', id, 'index.html'), 'utf8');
      const section = /<section[^>]*aria-labelledby="case-requirements"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
      for (const requirement of ids) {
        expect(section, `${id} → ${requirement}`).toContain(`href="/fi/requirements/${requirement}/"`);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(5);
  });
});
