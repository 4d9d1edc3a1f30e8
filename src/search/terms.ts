/**
 * The extra terms a page is indexed with, beyond its own text: the folded spelling of each word
 * Pagefind would not fold itself (fold.ts) and the parts of its compounds (decompound.ts). They
 * are added to the page's entry in the search index only, never to the page a reader sees.
 */
import { foldWord, isWordLike, pagefindFold, words } from './fold.ts';
import { compoundTerms, type Lexicon } from './decompound.ts';

/** Words shorter than this are not split: real compounds of two four-letter parts are longer. */
const minCompoundLength = 7;

export interface ExtraTerms {
  /** Folded spellings of words whose key differs from Pagefind's own folding ("kjøpe" → "kjope"). */
  folded: string[];
  /** Parts of compounds not already on the page ("hemmonitorering" → "hem", "monitorering"). */
  parts: string[];
}

/**
 * Extra terms for a text. A term already present on the page (as Pagefind would index it) is left
 * out, so the index grows only by what is new: typically a few dozen words per entry.
 */
/** Per-lexicon memo of a word's key and compound parts: a catalogue repeats its words endlessly. */
interface WordAnalysis {
  /** What Pagefind indexes for the word. */
  plain: string;
  /** Our search key (fold.ts). */
  key: string;
  parts: string[];
  wordLike: boolean;
}

const memo = new WeakMap<Lexicon, Map<string, WordAnalysis>>();

function analyse(word: string, lexicon: Lexicon): WordAnalysis {
  let cache = memo.get(lexicon);
  if (!cache) memo.set(lexicon, (cache = new Map<string, WordAnalysis>()));
  let result = cache.get(word);
  if (!result) {
    const key = foldWord(word);
    const wordLike = isWordLike(word);
    result = { plain: pagefindFold(word), key, wordLike, parts: !wordLike || key.length < minCompoundLength ? [] : compoundTerms(key, lexicon) };
    cache.set(word, result);
  }
  return result;
}

export function extraTermsFor(text: string, lexicon: Lexicon): ExtraTerms {
  const unique = new Set<string>();
  for (const word of words(text)) unique.add(word.toLowerCase());
  const analysed = [...unique].map((word) => analyse(word, lexicon));
  const present = new Set(analysed.map((word) => word.plain));
  const folded = new Set<string>();
  const parts = new Set<string>();
  for (const { key, parts: wordParts, wordLike } of analysed) {
    if (!wordLike) continue;
    if (!present.has(key)) folded.add(key);
    for (const part of wordParts) {
      if (!present.has(part) && !folded.has(part)) parts.add(part);
    }
  }
  for (const part of parts) folded.delete(part);
  return { folded: [...folded].sort(), parts: [...parts].sort() };
}

/**
 * The keys a word is searched by: its folded spelling and, for a compound, its parts. What the
 * index would carry for the word (its own spelling apart), and what the query-time vocabulary
 * keys it by (src/search/vocabulary.ts).
 */
export function searchKeys(word: string, lexicon: Lexicon): string[] {
  const { key, parts, wordLike } = analyse(word.toLowerCase(), lexicon);
  if (!key) return [];
  return wordLike ? [...new Set([key, ...parts])] : [key];
}

/** The extra terms as one line of text for the index. */
export function extraTermsText(terms: ExtraTerms): string {
  return [...terms.folded, ...terms.parts].join(' ');
}

/** Each compound of a text with its parts, for reviewing the splits (`npm run search:report`). */
export function compoundsIn(text: string, lexicon: Lexicon): Map<string, string[]> {
  const compounds = new Map<string, string[]>();
  for (const word of new Set(words(text).map((w) => w.toLowerCase()))) {
    const { parts, key } = analyse(word, lexicon);
    if (parts.length > 0) compounds.set(key, parts);
  }
  return compounds;
}
