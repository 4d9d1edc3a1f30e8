/**
 * The Swedish Snowball stemmer (snowballstem.org/algorithms/swedish), the stemmer the search index
 * uses for every language (src/search/build-index.ts). The search page needs it for one
 * thing: to look a typed word up in the shared vocabulary (query-vocabulary.ts) the way Pagefind
 * looks it up in the index, so "tjänsterna", "KOLS" and "registre" meet "tjänster", "KOL" and
 * "register". Words arrive folded (fold.ts), so å, ä and ö are already a and o.
 *
 * Pure and dependency-free: it runs at build time and in the browser.
 */

const vowels = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'ä', 'å', 'ö']);

/** Step 1 endings, longest first so the first that fits is the longest. */
const endings = [
  'heterna', 'hetens', 'anden', 'heten', 'heter', 'arnas', 'ernas', 'ornas', 'andes', 'arens', 'andet',
  'arna', 'erna', 'orna', 'ande', 'arne', 'aste', 'aren', 'ades', 'erns',
  'ade', 'are', 'ern', 'ens', 'het', 'ast',
  'ad', 'en', 'ar', 'er', 'or', 'as', 'es', 'at',
  'a', 'e', 's',
];

/** Letters after which a final s is an ending. */
const sEndings = new Set([...'bcdfghjklmnoprtvy']);

const doubles = ['dd', 'gd', 'nn', 'dt', 'gt', 'kt', 'tt'];

/**
 * R1: what follows the first non-vowel that follows a vowel, but never less than three letters in
 * (the Swedish stemmer's rule). Endings are only removed inside R1.
 */
function regionStart(word: string): number {
  for (let i = 1; i < word.length; i++) {
    if (vowels.has(word[i - 1]!) && !vowels.has(word[i]!)) return Math.max(3, i + 1);
  }
  return word.length;
}

/** The stem of one lower-case word. */
export function stemSwedish(word: string): string {
  const r1 = regionStart(word);
  let stem = word;
  // Step 1: the longest ending inside R1 goes; a final s only after a consonant-like letter.
  for (const ending of endings) {
    if (!stem.endsWith(ending) || stem.length - ending.length < r1) continue;
    if (ending === 's' && !sEndings.has(stem[stem.length - 2] ?? '')) break;
    stem = stem.slice(0, -ending.length);
    break;
  }
  // Step 2: a doubled or paired final consonant in R1 loses its last letter.
  if (doubles.some((pair) => stem.endsWith(pair) && stem.length - pair.length >= r1)) stem = stem.slice(0, -1);
  // Step 3.
  if (stem.endsWith('fullt') && stem.length - 5 >= r1) return stem.slice(0, -1);
  if ((stem.endsWith('löst') || stem.endsWith('lost')) && stem.length - 4 >= r1) return stem.slice(0, -1);
  for (const ending of ['lig', 'els', 'ig']) {
    if (stem.endsWith(ending) && stem.length - ending.length >= r1) return stem.slice(0, -ending.length);
  }
  return stem;
}
