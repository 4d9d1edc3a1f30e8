import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { site } from '../../src/site.config.ts';
import {
  editUrl,
  historyUrl,
  proposalText,
  proposeUrl,
  reportOutdatedUrl,
  repositoryPath,
  templateUrl,
} from '../../src/contribute/edit-links.ts';
import { collectionNames } from '../../src/schema/collections.ts';
import { readTemplate, yamlPart } from './helpers.ts';

const config = { repository: 'https://github.com/example/commons/', branch: 'main', contentDir: 'content' };

describe('edit links', () => {
  it('opens the web editor on the entry file, whatever form Astro gives its path in', () => {
    expect(editUrl('content/cases/ordnat-inforande.md', 'cases', config)).toBe(
      'https://github.com/example/commons/edit/main/content/cases/ordnat-inforande.md',
    );
    expect(editUrl('/tmp/bench/content/topics/copd.yaml', 'topics', config)).toBe('https://github.com/example/commons/edit/main/content/topics/copd.yaml');
    expect(repositoryPath('C:\\repo\\content\\methods\\veikart.mdx', 'methods', config)).toBe('content/methods/veikart.mdx');
    expect(historyUrl('content/cases/a.md', 'cases', config)).toBe('https://github.com/example/commons/commits/main/content/cases/a.md');
  });

  it('takes repository and branch from site.config.ts by default', () => {
    expect(editUrl('content/cases/a.md', 'cases')).toBe(`${site.repository}/edit/${site.branch}/content/cases/a.md`);
    expect(templateUrl('topics')).toBe(`${site.repository}/blob/${site.branch}/templates/topics.yaml`);
  });

  it('prefills a report of outdated information with the page', () => {
    const url = new URL(reportOutdatedUrl('https://example.org/sv/cases/x/', 'Ordnat införande', config));
    expect(url.pathname).toBe('/example/commons/issues/new');
    expect(url.searchParams.get('template')).toBe('report-outdated.yml');
    expect(url.searchParams.get('page')).toBe('https://example.org/sv/cases/x/');
    expect(url.searchParams.get('title')).toBe('Outdated: Ordnat införande');
  });
});

describe('propose links', () => {
  it('open the web editor on a new file in the collection folder, prefilled with the template', () => {
    const url = new URL(proposeUrl('cases', readTemplate('cases'), 'sv', config));
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/example/commons/new/main/content/cases');
    expect(url.searchParams.get('filename')).toBe('short-name-of-the-case.md');
    const value = url.searchParams.get('value')!;
    expect(value).toBe(proposalText(readTemplate('cases'), 'cases', 'sv'));
    // Spaces are %20, never "+", which some editors would show literally.
    expect(url.search).not.toContain('+');
  });

  it('writes the template in the proposer\'s language, and keeps it valid YAML with every field', () => {
    const text = proposalText(readTemplate('cases'), 'cases', 'nb');
    const data = parseYaml(yamlPart(text, 'cases')) as Record<string, unknown>;
    expect(data['language']).toBe('nb');
    expect(text).toContain('## Erfaringer og læring');
    expect(text).toContain('# - Field names are case-sensitive');
    for (const field of ['title', 'summary', 'topics', 'countries', 'organisations', 'start', 'stage', 'outcome', 'lastVerified']) {
      expect(Object.keys(data)).toContain(field);
    }
  });

  it('stay short enough for web servers (well under 8 KB)', () => {
    for (const collection of collectionNames) {
      for (const language of ['en', 'is'] as const) {
        expect(proposeUrl(collection, readTemplate(collection), language).length, `${collection}/${language}`).toBeLessThan(7000);
      }
    }
  });
});
