/**
 * A worker thread of checkContentParallel: checks its share of the entries and sends back plain
 * reports. Everything that needs the whole catalogue (suggestions, sorting) happens in the caller.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { reportEntry, type EntryFile } from './check.ts';
import type { KnownIds } from './references.ts';

const { entries, ids } = workerData as { entries: EntryFile[]; ids: Record<string, string[]> };
const known = Object.fromEntries(Object.entries(ids).map(([name, list]) => [name, new Set(list)])) as unknown as KnownIds;
parentPort?.postMessage(entries.map((entry) => reportEntry(entry, known)));
