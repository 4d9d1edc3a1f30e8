/**
 * Compound splitting. Nordic languages write compounds as one word ("hemmonitorering",
 * "helsetjenester", "kotihoito"), and Pagefind matches a query only against the start of a word,
 * so "monitorering" would never find "hemmonitorering". At build time every long word of a page is
 * split against a lexicon (the shared vocabulary plus the curated parts in compound-parts.ts); the
 * parts are indexed with the page as extra terms (terms.ts).
 *
 * To keep false hits low a split is accepted only when every part is in the lexicon (the last part
 * may carry a short inflection ending: "tjenestene", "palveluja"), the last part has at least four
 * letters, and a linking letter ("välfärds|teknologi", "helse|tjenester") is only allowed between
 * two known parts. Everything is in folded form (fold.ts), so the lexicon is spelling-neutral.
 */
import { foldWord } from './fold.ts';

export interface Lexicon {
  /** Folded words that may stand as a part. */
  readonly parts: ReadonlySet<string>;
}

/** Builds a lexicon from any words (vocabulary labels, curated parts); each is folded. */
export function buildLexicon(wordsOrPhrases: Iterable<string>): Lexicon {
  const parts = new Set<string>();
  for (const phrase of wordsOrPhrases) {
    for (const word of phrase.split(/[^\p{L}\p{N}]+/u)) {
      const folded = foldWord(word);
      if (folded.length >= 3 && !/\d/.test(folded)) parts.add(folded);
    }
  }
  return { parts };
}

/** Inflection endings a last part may carry (definite forms, plurals, Finnish cases), folded. */
const endings = ['', 's', 'n', 'a', 't', 'e', 'en', 'et', 'er', 'ar', 'or', 'na', 'ne', 'ns', 'ja', 'ta', 'sa', 'lla', 'ssa', 'sta', 'lle', 'ene', 'ena', 'ens', 'ets', 'ern', 'erna', 'arna', 'orna', 'ane', 'ine', 'jen', 'iden', 'jä', 'ista'].map(foldWord);

/** Letters Nordic compounds put between two parts ("välfärd-s-teknologi", "helse-tjenester" has none). */
const linkers = ['s', 'e'];

const minLastPart = 4;
const minFirstPart = 3;
const maxDepth = 3;

function isKnownLastPart(part: string, lexicon: Lexicon): boolean {
  if (part.length < minLastPart) return false;
  for (const ending of endings) {
    if (ending.length > 0 && !part.endsWith(ending)) continue;
    const stem = part.slice(0, part.length - ending.length);
    if (stem.length >= minLastPart && lexicon.parts.has(stem)) return true;
  }
  return false;
}

function isKnownFirstPart(part: string, lexicon: Lexicon): boolean {
  if (part.length < minFirstPart) return false;
  if (lexicon.parts.has(part)) return true;
  const linker = part.at(-1);
  return linker !== undefined && linkers.includes(linker) && part.length > minFirstPart && lexicon.parts.has(part.slice(0, -1));
}

/**
 * The parts of a folded word, first to last, or [] when it is not a compound of known parts.
 * Prefers the longest last part, so "hemmonitorering" is hem + monitorering, not hemmonitor + ering.
 */
export function splitCompound(word: string, lexicon: Lexicon, depth = 0): string[] {
  if (depth >= maxDepth || word.length < minFirstPart + minLastPart) return [];
  for (let cut = minFirstPart; cut <= word.length - minLastPart; cut += 1) {
    const head = word.slice(0, cut);
    const tail = word.slice(cut);
    if (!isKnownLastPart(tail, lexicon)) continue;
    if (isKnownFirstPart(head, lexicon)) return [head, tail];
    const headParts = splitCompound(head, lexicon, depth + 1);
    if (headParts.length > 0) return [...headParts, tail];
  }
  return [];
}

/**
 * Every term a compound is findable by: its parts, and the parts of parts that are compounds
 * themselves ("digitalhemmonitorering" → digital, hemmonitorering, hem, monitorering).
 */
export function compoundTerms(word: string, lexicon: Lexicon): string[] {
  const terms = new Set<string>();
  const visit = (current: string, depth: number) => {
    if (depth > maxDepth) return;
    for (const part of splitCompound(current, lexicon)) {
      if (terms.has(part)) continue;
      terms.add(part);
      visit(part, depth + 1);
    }
  };
  visit(word, 0);
  return [...terms];
}
