/**
 * The reader's choice of what to store for offline reading, kept in localStorage and sent to the
 * service worker by every page (public/sw-register.js repeats this logic in plain JavaScript: it is
 * not bundled) and by the offline-reading page (src/offline/reading-page.ts).
 */
export const preferenceKey = 'commons-offline-reading';

export interface ReadingPreference {
  /** auto: every section within the default budget; all: everything; some: the chosen sections. */
  mode: 'auto' | 'all' | 'some';
  sections: string[];
}

export function readingPreference(storage: Pick<Storage, 'getItem'>): ReadingPreference {
  try {
    const saved = JSON.parse(storage.getItem(preferenceKey) ?? 'null') as Partial<ReadingPreference> | null;
    const mode = saved?.mode === 'all' || saved?.mode === 'some' ? saved.mode : 'auto';
    return { mode, sections: Array.isArray(saved?.sections) ? saved.sections.filter((s): s is string => typeof s === 'string') : [] };
  } catch {
    return { mode: 'auto', sections: [] };
  }
}

export function savePreference(storage: Pick<Storage, 'setItem'>, preference: ReadingPreference): void {
  storage.setItem(preferenceKey, JSON.stringify(preference));
}

/** The message that asks the service worker to store (src/offline/service-worker.ts readingScript). */
export function readingRequest(lang: string, preference: ReadingPreference, budget: number, id = 'background') {
  return {
    type: 'commons-store',
    id,
    lang,
    sections: preference.mode === 'some' ? preference.sections : 'all',
    budget: preference.mode === 'auto' ? budget : Number.MAX_SAFE_INTEGER,
  } as const;
}
