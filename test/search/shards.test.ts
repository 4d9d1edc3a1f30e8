import { describe, expect, it } from 'vitest';
import { formatShardManifest, maxShardPagesSetting, parseShardManifest, planShards, shardFolder } from '../../src/search/shards.ts';

const pages = (count: number) => Array.from({ length: count }, (_, index) => `p${String(index).padStart(5, '0')}`);

describe('planShards', () => {
  it('keeps a catalogue within the limit in one shard, unchanged', () => {
    const all = pages(7);
    expect(planShards(all, 7)).toEqual([all]);
    expect(planShards(all, 20_000)).toEqual([all]);
  });

  it('deals pages in turn into as few shards as the limit allows, each in the pages\' order', () => {
    const all = pages(10_001);
    const shards = planShards(all, 10_000);
    expect(shards.map((shard) => shard.length)).toEqual([5_001, 5_000]);
    expect(shards[0]!.slice(0, 3)).toEqual(['p00000', 'p00002', 'p00004']);
    expect(shards[1]!.slice(0, 3)).toEqual(['p00001', 'p00003', 'p00005']);
    expect(planShards(pages(50_312), 20_000).map((shard) => shard.length)).toEqual([16_771, 16_771, 16_770]);
    expect(planShards(pages(10), 3).map((shard) => shard.length)).toEqual([3, 3, 2, 2]);
  });

  it('never makes a shard above the limit, and loses or repeats no page', () => {
    for (const [count, max] of [[1, 1], [99, 10], [100, 10], [101, 10], [311, 40]] as const) {
      const shards = planShards(pages(count), max);
      expect(Math.max(...shards.map((shard) => shard.length))).toBeLessThanOrEqual(max);
      expect(shards).toHaveLength(Math.ceil(count / max));
      expect(shards.flat().sort()).toEqual(pages(count));
      for (const shard of shards) expect(shard).toEqual([...shard].sort());
    }
  });

  it('gives an empty site one empty shard, and refuses a limit below one page', () => {
    expect(planShards([], 10)).toEqual([[]]);
    expect(() => planShards(pages(3), 0)).toThrow(/at least 1 page/);
  });
});

describe('the shard manifest', () => {
  it('lists the folders after the first, which the page reads back', () => {
    expect(shardFolder(0)).toBe('');
    expect(shardFolder(2)).toBe('shard-3/');
    expect(formatShardManifest(1)).toBe('{"shards":[]}\n');
    const text = formatShardManifest(3);
    expect(text).toBe('{"shards":["shard-2/","shard-3/"]}\n');
    expect(parseShardManifest(JSON.parse(text))).toEqual(['shard-2/', 'shard-3/']);
  });

  it('refuses a manifest that points anywhere but a shard folder', () => {
    for (const bad of [null, {}, { shards: 'shard-2/' }, { shards: ['https://elsewhere.example/pagefind/'] }, { shards: ['../'] }, { shards: ['shard-0/'] }, { shards: [2] }]) {
      expect(() => parseShardManifest(bad)).toThrow(/commons-shards\.json: expected/);
    }
  });
});

describe('maxShardPagesSetting', () => {
  it('reads COMMONS_SEARCH_SHARD_PAGES, with 20,000 by default', () => {
    expect(maxShardPagesSetting(undefined)).toBe(20_000);
    expect(maxShardPagesSetting('')).toBe(20_000);
    expect(maxShardPagesSetting('50')).toBe(50);
    for (const bad of ['0', '-3', '2.5', 'many']) expect(() => maxShardPagesSetting(bad)).toThrow(/COMMONS_SEARCH_SHARD_PAGES/);
  });
});
