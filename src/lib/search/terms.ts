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
export function extraTermsFor(text: string, lexicon: Lexicon): ExtraTerms {
  const present = new Set<string>();
  const unique = new Set<string>();
  for (const word of words(text)) {
    present.add(pagefindFold(word));
    if (isWordLike(word)) unique.add(word.toLowerCase());
  }
  const folded = new Set<string>();
  const parts = new Set<string>();
  for (const word of unique) {
    const key = foldWord(word);
    if (!present.has(key)) folded.add(key);
    if (key.length < minCompoundLength) continue;
    for (const part of compoundTerms(key, lexicon)) {
      if (!present.has(part) && !folded.has(part)) parts.add(part);
    }
  }
  for (const part of parts) folded.delete(part);
  return { folded: [...folded].sort(), parts: [...parts].sort() };
}

/** The extra terms as one line of text for the index. */
export function extraTermsText(terms: ExtraTerms): string {
  return [...terms.folded, ...terms.parts].join(' ');
}
