import { describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildIdFor, cachePrefix, cleanupScript } from '../../src/offline/service-worker.ts';

describe('service worker build id and cache clean-up', () => {
  it('derives the build id from the index and the hashed assets, so a new build gets new caches', async () => {
    const site = await mkdtemp(join(tmpdir(), 'commons-sw-'));
    await mkdir(join(site, 'pagefind'));
    await mkdir(join(site, '_astro'));
    await writeFile(join(site, 'pagefind', 'pagefind-entry.json'), '{"languages":{"sv":{"hash":"sv_1"}}}');
    await writeFile(join(site, '_astro', 'Base.abc.css'), '');
    const first = await buildIdFor(site);
    expect(first).toMatch(/^[0-9a-f]{12}$/);
    expect(await buildIdFor(site)).toBe(first);
    await writeFile(join(site, 'pagefind', 'pagefind-entry.json'), '{"languages":{"sv":{"hash":"sv_2"}}}');
    const second = await buildIdFor(site);
    expect(second).not.toBe(first);
    await writeFile(join(site, '_astro', 'Base.def.css'), '');
    expect(await buildIdFor(site)).not.toBe(second);
  });

  it('deletes every cache of another build and keeps this build\'s', async () => {
    const script = cleanupScript('abc123');
    const deleted: string[] = [];
    let waited: Promise<unknown> | undefined;
    const listeners: Record<string, (event: { waitUntil(p: Promise<unknown>): void }) => void> = {};
    const self = { addEventListener: (type: string, listener: (typeof listeners)[string]) => (listeners[type] = listener) };
    const caches = {
      keys: () => Promise.resolve([`${cachePrefix}-abc123-precache-v2-x`, `${cachePrefix}-abc123-pages`, `${cachePrefix}-old999-pages`, `${cachePrefix}-old999-precache-v2-x`, 'someone-else']),
      delete: (name: string) => Promise.resolve(deleted.push(name)),
    };
    // The worker's cleanup script runs as the browser would run it: as source, with stand-ins for its globals.
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the script is the unit under test
    (new Function('self', 'caches', script) as (s: typeof self, c: typeof caches) => void)(self, caches);
    listeners.activate!({
      waitUntil: (p) => {
        waited = p;
      },
    });
    await waited;
    expect(deleted.sort()).toEqual([`${cachePrefix}-old999-pages`, `${cachePrefix}-old999-precache-v2-x`]);
  });
});
