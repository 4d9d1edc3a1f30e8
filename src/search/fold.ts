/**
 * Folding: the one spelling a word is searched by, whatever the reader types.
 *
 * Pagefind folds letters that decompose in Unicode (å ä ö é á í …) at index and query time, but
 * not ø æ ð þ, and it knows nothing of the reverse spellings Nordic readers type on a foreign
 * keyboard ("oe" for ø/ö, "aa" for å, "ae" for æ/ä, "th" for þ, "d" for ð). `foldWord` maps every
 * such spelling to one key; the index carries the key of each word whose key differs from what
 * Pagefind stores (src/search/terms.ts) and the query is folded the same way
 * (src/search/query.ts), so "kjope", "kjoepe" and "kjøpe" meet.
 *
 * Pure and dependency-free: it runs at build time and in the browser.
 */

import { foldLetters, stripMarks } from '../lib/letters.ts';

/** Lower case without combining marks: what Pagefind itself indexes and searches for a word. */
export const pagefindFold = stripMarks;

/**
 * The search key of one word: lower case, ø→o, æ→ae, ð→d, þ→th, marks dropped (å→a, ä→a, ö→o),
 * then the reverse spellings collapsed: "aa"→"a" (Aarhus/Århus), "oe"→"o" (kjoepe/kjøpe,
 * Faeroe/Færø), "ae"→"a" (haelsa/hälsa, Faeroe/Færøerne). Applied identically to indexed words and
 * query words, so a collapsed pair only merges words that differ by exactly these spellings.
 */
export function foldWord(word: string): string {
  return foldLetters(word).replace(/aa+/g, 'a').replace(/oe/g, 'o').replace(/ae/g, 'a');
}

/**
 * The words of a text as Pagefind sees them: runs of letters and digits. Pagefind also splits at
 * punctuation, so "2018-04193" is the two words "2018" and "04193" on both sides.
 */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Whether a word is worth folding or splitting: letters, at least two of them. */
export function isWordLike(word: string): boolean {
  return /^\p{L}[\p{L}\p{N}]+$/u.test(word);
}
