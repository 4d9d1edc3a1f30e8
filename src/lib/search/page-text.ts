/**
 * Reads a built page the way Pagefind does, to compute its extra terms: the text inside
 * `data-pagefind-body` elements (or the whole body when a page has none), minus
 * `data-pagefind-ignore`, scripts and styles. Also inserts the extra terms into the HTML handed to
 * the indexer (never into the page on disk).
 */
import { Parser } from 'htmlparser2';

const skipped = new Set(['script', 'style', 'template', 'noscript', 'svg']);
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

export interface PageText {
  /** Whether the page marks its content with data-pagefind-body (only such pages are indexed). */
  hasBody: boolean;
  /** The indexed text, words separated by spaces. */
  text: string;
}

export function pageText(html: string): PageText {
  const bodyText: string[] = [];
  // A stack of flags per open element: inside an indexed body, inside an ignored or skipped part.
  const stack: { body: boolean; ignored: boolean }[] = [];
  let hasBody = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const parent = stack.at(-1) ?? { body: false, ignored: false };
        const body = parent.body || 'data-pagefind-body' in attributes;
        if ('data-pagefind-body' in attributes) hasBody = true;
        const ignored = parent.ignored || skipped.has(name) || ('data-pagefind-ignore' in attributes && attributes['data-pagefind-ignore'] !== 'false');
        if (!voidElements.has(name)) stack.push({ body, ignored });
      },
      ontext(text) {
        const top = stack.at(-1);
        if (top?.body && !top.ignored) bodyText.push(text);
      },
      onclosetag(name) {
        if (!voidElements.has(name)) stack.pop();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return { hasBody, text: bodyText.join(' ').replace(/\s+/g, ' ').trim() };
}

const termsElement = /<[a-z][a-z0-9]*\b[^>]*\sdata-search-terms\b[^>]*>/i;
const bodyElement = /<[a-z][a-z0-9]*\b[^>]*\sdata-pagefind-body\b[^>]*>/i;

/**
 * The page's HTML with `terms` inside its indexed part: in the SearchTerms element when there is
 * one, else at the start of the first data-pagefind-body element. Unchanged when neither exists.
 */
export function withExtraTerms(html: string, terms: string): string {
  if (!terms) return html;
  const escaped = terms.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const match = termsElement.exec(html) ?? bodyElement.exec(html);
  if (!match) return html;
  const at = match.index + match[0].length;
  return `${html.slice(0, at)}<span> ${escaped} </span>${html.slice(at)}`;
}
