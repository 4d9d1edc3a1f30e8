/**
 * Letter folding shared by search, the content check's suggestions and the scaffolder's file names:
 * lower case, ø→o, æ→ae, ð→d, þ→th (letters Unicode cannot decompose), then combining marks
 * dropped (å→a, ä→a, ö→o, é→e). Pure and dependency-free: it also runs in the browser.
 */

/** Letters that do not decompose in Unicode, with the plain spelling readers use for them. */
const letters: Record<string, string> = { ø: 'o', æ: 'ae', ð: 'd', þ: 'th', ß: 'ss', œ: 'oe', ł: 'l', đ: 'd' };

/** Lower case without combining marks: what Pagefind itself indexes and searches for a word. */
export function stripMarks(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '');
}

/** "Hjärtsvikt" → "hjartsvikt", "Kjøpe" → "kjope", "Þjónusta" → "thjonusta". */
export function foldLetters(text: string): string {
  let folded = '';
  for (const char of text.toLowerCase()) folded += letters[char] ?? char;
  return stripMarks(folded);
}
