/**
 * HTML gate: every built page passes html-validate with the repository's `.htmlvalidate.json`
 * (the recommended preset: valid content models, unique ids, accessible names, no inline style
 * attributes, which the CSP would block anyway). `require-sri` is on for cross-origin resources
 * only: everything we load is our own, hashed by the CSP. `long-title` (70 characters) is off: it is
 * a search-snippet heuristic, not validity or accessibility (WCAG 2.4.2 asks for descriptive
 * titles, which facet and entry titles are), and entry titles come from contributors, bounded by
 * the content schema (200 characters), so a page could not be fixed without shortening content.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { assertBuilt, distDir } from '../helpers/site.ts';
import { builtPages } from './support/pages.ts';

const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData;

describe('html-validate', () => {
  it('finds no error on any built page', async () => {
    assertBuilt();
    const validator = new HtmlValidate(new StaticConfigLoader(config));
    const pages = builtPages(distDir);
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(readFileSync(page.file, 'utf8'), page.path);
      for (const result of report.results) {
        for (const message of result.messages) {
          problems.push(`${page.path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
        }
      }
    }
    expect(pages.length).toBeGreaterThan(0);
    expect(problems, `${problems.length} html-validate errors:\n${problems.slice(0, 300).join('\n')}`).toEqual([]);
    // Every page, each entry in six interface languages included: about 3,750 pages on today's
    // catalogue, some 200 s on a 2-core CI machine. A budget, not a speed goal (npm run bench is).
  }, 900_000);
});
