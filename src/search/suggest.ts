/**
 * "Did you mean": a typed word that is not a word of the catalogue is replaced by the nearest word
 * that is (edit distance, transpositions counting one), from the vocabulary's words and the words
 * of the catalogue's titles, summaries, places and organisation names (/search/words.json,
 * src/pages/search/words.json.ts). "hjemmemonitorring" → "hjemmemonitorering", "telemedecin" →
 * "telemedicin". The search page loads the words only when a query finds nothing.
 *
 * Pure: it runs in the browser and in unit tests.
 */
import { foldWord, words } from './fold.ts';

/** Words of the catalogue, most frequent first (a tie in distance goes to the more common word). */
export interface SuggestionWords {
  words: string[];
}

/**
 * The optimal-string-alignment distance between two words (insert, delete, substitute, swap two
 * neighbours: one each), or `max + 1` as soon as it must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, prevPrev[j - 2]! + 1);
      row.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** How many edits a word of this length may need: none under five letters, one up to seven, then two. */
export function allowedEdits(length: number): number {
  if (length < 5) return 0;
  return length < 8 ? 1 : 2;
}

/** A lookup over the catalogue's words by their folded spelling. */
export interface SuggestionIndex {
  known: Set<string>;
  /** Folded spelling → the word as written, most frequent first. */
  entries: { folded: string; word: string }[];
}

export function suggestionIndex(source: SuggestionWords): SuggestionIndex {
  const entries = source.words.map((word) => ({ folded: foldWord(word.toLowerCase()), word }));
  return { known: new Set(entries.map((entry) => entry.folded)), entries };
}

/** The nearest catalogue word to a typed word, or undefined when it is known or nothing is near. */
export function suggestWord(index: SuggestionIndex, typed: string): string | undefined {
  const folded = foldWord(typed.toLowerCase());
  if (!/\p{L}/u.test(folded) || index.known.has(folded)) return undefined;
  const max = allowedEdits(folded.length);
  if (max === 0) return undefined;
  let best: { word: string; distance: number } | undefined;
  for (const entry of index.entries) {
    const distance = editDistance(folded, entry.folded, best ? Math.min(max, best.distance - 1) : max);
    if (distance <= max && (!best || distance < best.distance)) best = { word: entry.word, distance };
    if (best?.distance === 1) break;
  }
  return best?.word;
}

/** The query with each unknown word replaced by its suggestion, or undefined when none changed. */
export function suggestQuery(index: SuggestionIndex, query: string): string | undefined {
  let changed = false;
  const corrected = query.replace(/[\p{L}\p{N}]+/gu, (word) => {
    const suggestion = suggestWord(index, word);
    if (!suggestion) return word;
    changed = true;
    return suggestion;
  });
  return changed ? corrected : undefined;
}

/**
 * The suggestion words of some texts: every word of four letters or more (no numbers), each once,
 * in the spelling it is most often written in ("Reykjavík", "telemedicin"), most frequent first,
 * then alphabetical.
 */
export function suggestionWords(texts: Iterable<string>): SuggestionWords {
  const counts = new Map<string, number>();
  const spellings = new Map<string, Map<string, number>>();
  for (const text of texts) {
    for (const word of words(text)) {
      if (word.length < 4 || /\d/.test(word)) continue;
      const lower = word.toLowerCase();
      counts.set(lower, (counts.get(lower) ?? 0) + 1);
      const forms = spellings.get(lower) ?? new Map<string, number>();
      forms.set(word, (forms.get(word) ?? 0) + 1);
      spellings.set(lower, forms);
    }
  }
  const written = (lower: string) => [...spellings.get(lower)!].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
  return { words: [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([lower]) => written(lower)) };
}
