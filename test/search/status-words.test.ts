import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { queryVocabulary } from '../../src/search/vocabulary.ts';
import { expandQuery, filterTokens } from '../../src/search/query-vocabulary.ts';
import { planVocabulary } from '../../src/search/union.ts';
import { pagefindQuery } from '../../src/search/query.ts';
import { statusWords } from '../../src/search/status-words.ts';
import { searchMetaFor } from '../../src/search/meta.ts';
import { evidenceLevels, outcomes, stages, stopReasons } from '../../src/schema/vocabulary.ts';
import { makeCase, makeCatalogue, makeTopic } from '../lib/entry-pages-fixtures.ts';

// The real topics: a status word must not collide with a topic's words.
const topics = readdirSync(join('content', 'topics'))
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => makeTopic(file.replace(/\.yaml$/, ''), parseYaml(readFileSync(join('content', 'topics', file), 'utf8')) as Record<string, unknown>));
const vocabulary = queryVocabulary(makeCatalogue({ topics }));

/** The filter values a typed query stands for, as `group:value`, phrase or word. */
function refs(query: string): string[] {
  const expansion = expandQuery(vocabulary, pagefindQuery(query));
  return [...new Set((expansion?.keys ?? []).flat(2).map(([group, value]) => `${group}:${value}`))].sort();
}

describe('status words in the query-time vocabulary', () => {
  const cases: [string, string][] = [
    ['avbrutet', 'stage:discontinued'],
    ['avbröts', 'stage:discontinued'],
    ['stopped', 'stage:discontinued'],
    ['lopetettu', 'stage:discontinued'],
    ['nedlagt', 'stage:discontinued'],
    ['stoppet', 'stage:discontinued'],
    ['hætt', 'stage:discontinued'],
    ['Keskeytetty', 'stage:discontinued'],
    ['misslyckades', 'outcome:not-achieved'],
    ['failed', 'outcome:not-achieved'],
    ['epäonnistui', 'outcome:not-achieved'],
    ['randomiserad', 'evidence:randomised'],
    ['randomised', 'evidence:randomised'],
    ['randomized', 'evidence:randomised'],
    ['satunnaistettu', 'evidence:randomised'],
    ['slembirannsókn', 'evidence:randomised'],
    ['ei vaikutusta', 'stop:no-measured-effect'],
    ['no effect', 'stop:no-measured-effect'],
    ['ingen effekt', 'stop:no-measured-effect'],
    ['engin áhrif', 'stop:no-measured-effect'],
    ['konkurs', 'stop:vendor-exit'],
    ['före och efter', 'evidence:before-after'],
    ['inte uppnått', 'outcome:not-achieved'],
  ];
  for (const [query, ref] of cases) {
    it(`"${query}" stands for ${ref}`, () => expect(refs(query)).toEqual([ref]));
  }

  it('covers every stage, outcome but unknown, stop reason but other, and evidence level', () => {
    const covered = new Set(statusWords.map((status) => `${status.group}:${status.value}`));
    for (const stage of stages) expect(covered.has(`stage:${stage}`), stage).toBe(true);
    for (const outcome of outcomes.filter((o) => o !== 'unknown')) expect(covered.has(`outcome:${outcome}`), outcome).toBe(true);
    for (const reason of stopReasons.filter((r) => r !== 'other')) expect(covered.has(`stop:${reason}`), reason).toBe(true);
    for (const level of evidenceLevels) expect(covered.has(`evidence:${level}`), level).toBe(true);
  });

  it('takes a phrase only whole: "ingen" or "effekt" alone stand for nothing of it', () => {
    expect(refs('ingen')).toEqual([]);
    expect(refs('effekt').filter((ref) => ref.startsWith('stop:'))).toEqual([]);
    expect(refs('ei').filter((ref) => ref.startsWith('stop:'))).toEqual([]);
    // The phrase's words leave the text search, the rest stays.
    const expansion = expandQuery(vocabulary, pagefindQuery('ingen effekt KOL Malmö'))!;
    expect(expansion.words[0]).toBe('ingen effekt');
    expect(expansion.rest).toBe('malmo');
  });

  it('does not turn short everyday words into a status ("av" is not "avbruten", "st" not "stopped")', () => {
    const status = (query: string) => refs(query).filter((ref) => /^(stage|outcome|stop|evidence):/.test(ref));
    expect(status('av')).toEqual([]);
    expect(status('st')).toEqual([]);
    expect(status('hat')).toEqual([]);
    expect(status('effekt')).toEqual([]);
    expect(status('teho')).toEqual([]);
    // Four letters or more still find the longer word, as topic words do.
    expect(refs('avbr')).toEqual(['stage:discontinued']);
  });

  it('no status word names a topic or a country too', () => {
    for (const status of statusWords) {
      for (const term of status.terms) {
        const found = refs(term).filter((ref) => !ref.startsWith(`${status.group}:`));
        expect(found, term).toEqual([]);
      }
    }
  });

  it('searches a one-value status word as the token the case page carries', () => {
    const stopped = makeCase('stopped-case', { stage: 'discontinued', outcome: 'not-achieved', stopReason: 'no-measured-effect', effects: [{ indicator: 'x', result: 'y', evidence: 'randomised' }] });
    const tokens = filterTokens(searchMetaFor(stopped, 'en').filters);
    for (const query of ['avbrutet', 'misslyckades', 'ei vaikutusta', 'randomiserad']) {
      const plan = planVocabulary(expandQuery(vocabulary, pagefindQuery(query))!);
      expect(plan.conditions, query).toEqual([]);
      expect(tokens, query).toContain(plan.tokens[0]);
    }
  });
});
