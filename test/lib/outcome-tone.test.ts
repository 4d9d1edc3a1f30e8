/**
 * Issue 19's badge bug: a case's outcome had one colour in the catalogue list (outcomeTone in
 * src/lib/overview.ts) and another on its own page and in the topic comparison (inline maps), so
 * "partly achieved" was amber in one place and blue in the other. One mapping serves every badge.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { outcomeTone } from '../../src/lib/overview.ts';
import { outcomes } from '../../src/schema/vocabulary.ts';

const src = path.resolve('src');
const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(astro|ts)$/.test(f));

describe('outcome badge colours', () => {
  it('come from outcomeTone only: no other file maps outcome values to badge tones', () => {
    const mappers = files.filter((f) => f !== path.join('lib', 'overview.ts') && /['"]?not-achieved['"]?\s*:\s*['"](ok|warn|bad|info|neutral)['"]/.test(readFileSync(path.join(src, f), 'utf8')));
    expect(mappers).toEqual([]);
  });

  it('every outcome badge in a component is coloured by outcomeTone', () => {
    for (const f of files) {
      const text = readFileSync(path.join(src, f), 'utf8');
      for (const line of text.split('\n').filter((l) => /badge--\$\{/.test(l) && /outcome/i.test(l))) {
        expect(line, `${f}: ${line.trim()}`).toMatch(/outcomeTone\(/);
      }
    }
  });

  it('gives each outcome one distinct, meaningful tone', () => {
    expect(Object.fromEntries(outcomes.map((o) => [o, outcomeTone(o)]))).toEqual({
      achieved: 'ok',
      partly: 'warn',
      'not-achieved': 'bad',
      ongoing: 'info',
      unknown: 'neutral',
    });
  });
});
