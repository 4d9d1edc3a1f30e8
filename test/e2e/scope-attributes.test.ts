/**
 * Markup that is repeated for every entry a page lists, or on every entry page, carries no
 * per-element style-scope attribute. Astro marks each element of a component with a scoped <style>
 * with ` data-astro-cid-xxxxxxxx` (24 bytes); at 1,000 real-shaped entries those attributes were
 * 55 MB of 395 MB of HTML, and 36% of an organisation page listing 760 cases (BENCHMARKS.md notes of
 * 2026-12-06, issue 17). These components style themselves through their own class names instead
 * (`<style is:global>` with every selector under the component's class).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { distDir } from '../helpers/site.ts';
import { builtPages } from '../gates/support/pages.ts';

/** The root class of each such component, and where it is. */
const rootClasses: Record<string, string> = {
  'org-cases': 'OrganisationCases: a row per case of an organisation',
  'entry-links': 'EntryLinks: a line per linked case, method, event or requirement',
  'requirement-card': 'RequirementCard: a card per requirement',
  effects: 'CaseEffects: a row per effect of a case',
  evidence: 'CaseEffects: the strongest evidence of a case',
  'case-notice': 'CaseFacts: a notice on a case page',
  funding: 'CaseFacts: the funding of a case',
  sources: 'EntrySources: a line per source',
  resources: 'EntryResources: a line per report or film',
  'entry-topics': 'EntryTopics: the topics of an entry',
  'edit-links': 'EditLinks: on every entry page',
  'summary-en': 'EntryHeader: the English summary of an entry',
  'entry-language': 'EntryHeader: the language line of an entry',
  'search-box': 'SearchBox: on every page',
};

/** Elements inside (or being) one of the root classes that carry a scope attribute, as `root <tag>`. */
function scopedInside(html: string): string[] {
  const found: string[] = [];
  const stack: (string | undefined)[] = [];
  const voids = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const own = (attributes.class ?? '').split(/\s+/).find((name) => name in rootClasses);
        const root = own ?? stack.findLast((value) => value !== undefined);
        if (root && Object.keys(attributes).some((attribute) => attribute.startsWith('data-astro-cid-'))) found.push(`${root} <${name}>`);
        if (!voids.has(name)) stack.push(own ?? root);
      },
      onclosetag(name) {
        if (!voids.has(name)) stack.pop();
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);
  return found;
}

const built = existsSync(join(distDir, 'index.html'));

describe('style-scope attributes', () => {
  it('finds them where they are (the check can fail)', () => {
    expect(scopedInside('<ul class="entry-links" data-astro-cid-abc><li data-astro-cid-abc>x</li></ul><p data-astro-cid-abc>y</p>')).toEqual([
      'entry-links <ul>',
      'entry-links <li>',
    ]);
    expect(scopedInside('<table class="org-cases"><tr><td>x</td></tr></table>')).toEqual([]);
  });

  it('are on no element of markup repeated per listed entry or per entry page, in any language', () => {
    expect(built, `no built site in ${distDir}`).toBe(true);
    const offenders = new Map<string, string>();
    for (const page of builtPages(distDir)) {
      for (const where of scopedInside(readFileSync(page.file, 'utf8'))) if (!offenders.has(where)) offenders.set(where, page.path);
    }
    expect([...offenders].map(([where, path]) => `${where} (${rootClasses[where.split(' ')[0]!]}) on ${path}`)).toEqual([]);
  });
});
