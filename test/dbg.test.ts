import { it } from 'vitest';
import { checkEntrySource } from '../src/checks/check.ts';
const head = `---\ntitle: Fixture case for one rule\nlanguage: en\nsummary: A fixture case written for the content-check tests.\ntopics: [copd]\ncountries: [SE]\nplace: Test place\norganisations: [region-norrbotten]\nstage: pilot\noutcome: unknown\nlastVerified: 2024-05-02\n---\n`;
const shapes: Record<string, string> = {
  headingSpaces: '# H' + ' '.repeat(5_000_000) + '\n\n## Lessons learned\n\nText.\n',
  headingSpacesX: '# H' + ' '.repeat(5_000_000) + 'x\n\n## Lessons learned\n\nText.\n',
  tags: '<sup>1</sup> '.repeat(400_000) + '\n\n## Lessons learned\n\nText.\n',
  openTags: '<sup title="'.repeat(400_000) + '\n\n## Lessons learned\n\nText.\n',
  prose: 'Lorem ipsum dolor sit amet, [link](https://e.org) *x*.\n'.repeat(90_000) + '\n## Lessons learned\n\nText.\n',
  brackets: '['.repeat(1_000_000) + '\n\n## Lessons learned\n\nText.\n',
  emph: '*a '.repeat(1_000_000) + '\n\n## Lessons learned\n\nText.\n',
  lt: '<'.repeat(2_000_000) + '\n\n## Lessons learned\n\nText.\n',
  spacesLine: 'a' + ' '.repeat(5_000_000) + 'b\n\n## Lessons learned\n\nText.\n',
};
for (const [name, body] of Object.entries(shapes)) it(name, () => {
  for (const ext of ['md', 'mdx'] as const) {
  const t0 = performance.now();
  const r = checkEntrySource({ collection: 'cases', id: 'x', file: 'content/cases/x.' + ext, absolute: '/tmp/x.' + ext, kind: ext }, head + body);
  console.log(name, ext, (body.length / 1e6).toFixed(1), 'MB', Math.round(performance.now() - t0), 'ms', r.problems.length);
  }
}, 600_000);
