/**
 * "Did you mean …?": the closest known value by edit distance. Candidates carry the id they stand
 * for, so a label or synonym ("hjärtsvikt") can point a contributor to an id ("heart-failure").
 */
import { foldLetters } from '../lib/letters.ts';

export interface Candidate {
  /** What the contributor might have typed: an id, a label, a synonym. */
  text: string;
  /** What we suggest when it matches. */
  id: string;
}

/** Folds case, diacritics and the Nordic letters NFD cannot split, and spaces to hyphens. */
export function foldForMatch(value: string): string {
  return foldLetters(value).replace(/[\s_]+/g, '-').trim();
}

/** Levenshtein distance, giving up (returning limit + 1) once it cannot stay within `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** How far a guess may be from what was typed: about two letters in five, at least one edit. */
function tolerance(typed: string): number {
  return Math.max(1, Math.round(typed.length * 0.4));
}

/** An id typed without its last part ("egenvard" for "egenvard-kol") counts as a near miss. */
function prefixDistance(a: string, b: string): number | undefined {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.length >= 5 && longer.startsWith(shorter) ? 1 : undefined;
}

/** The id whose candidate text is closest to `typed`, or undefined when nothing is close. */
export function closest(typed: string, candidates: Iterable<Candidate | string>): string | undefined {
  const folded = foldForMatch(typed);
  if (folded === '') return undefined;
  const limit = tolerance(folded);
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const { text, id } = typeof candidate === 'string' ? { text: candidate, id: candidate } : candidate;
    const other = foldForMatch(text);
    const distance = prefixDistance(folded, other) ?? editDistance(folded, other, Math.min(limit, bestDistance));
    if (distance < bestDistance) {
      bestDistance = distance;
      best = id;
      if (distance === 0) break;
    }
  }
  return best;
}

/** Turns a free text into a valid id: "Hjärtsvikt i hemmet" → "hjartsvikt-i-hemmet". */
export function toId(value: string): string {
  return foldForMatch(value)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
