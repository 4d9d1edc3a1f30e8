/**
 * Reads a built page the way Pagefind does, to compute its extra terms: the text inside
 * `data-pagefind-body` elements (or nothing when a page has none), minus `data-pagefind-ignore`
 * parts, scripts and styles. Also inserts the extra terms into the HTML handed to the indexer
 * (never into the page on disk).
 *
 * Regular expressions rather than a full HTML parser: this runs over every page of a catalogue of
 * tens of thousands of entries at build time, and the text only decides which extra terms a page
 * gets, so reading a little past the indexed element (to the end of <main>) is harmless.
 */

export interface PageText {
  /** Whether the page marks its content with data-pagefind-body (only such pages are indexed). */
  hasBody: boolean;
  /** The indexed text, words separated by spaces. */
  text: string;
}

const bodyStart = /<[a-z][a-z0-9]*\b[^>]*\sdata-pagefind-body\b[^>]*>/i;
const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, code: string) => {
    if (code[0] === '#') {
      const value = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(value) ? String.fromCodePoint(value) : match;
    }
    return entities[code.toLowerCase()] ?? match;
  });
}

/** Removes every element opened by `open` together with its content, counting nested same-name tags. */
function removeElements(html: string, open: RegExp): string {
  let result = html;
  for (let match = open.exec(result); match; match = open.exec(result)) {
    const name = /^<([a-z0-9]+)/i.exec(match[0])![1]!.toLowerCase();
    const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
    tags.lastIndex = match.index;
    let depth = 0;
    let end = result.length;
    for (let tag = tags.exec(result); tag; tag = tags.exec(result)) {
      depth += tag[1] ? -1 : 1;
      if (depth === 0) {
        end = tag.index + tag[0].length;
        break;
      }
    }
    result = result.slice(0, match.index) + ' ' + result.slice(end);
  }
  return result;
}

export function pageText(html: string): PageText {
  const start = bodyStart.exec(html);
  if (!start) return { hasBody: false, text: '' };
  const mainEnd = html.indexOf('</main>', start.index);
  let body = html.slice(start.index, mainEnd < 0 ? html.length : mainEnd);
  body = body.replace(/<(script|style|template|noscript|svg)\b[\s\S]*?<\/\1>/gi, ' ');
  body = removeElements(body, /<[a-z][a-z0-9]*\b[^>]*\sdata-pagefind-ignore\b(?!=["']?false)[^>]*>/i);
  const text = decode(body.replace(/<[^>]*>/g, ' '));
  return { hasBody: true, text: text.replace(/\s+/g, ' ').trim() };
}

const termsElement = /<[a-z][a-z0-9]*\b[^>]*\sdata-search-terms\b[^>]*>/i;

/**
 * The page's HTML with `terms` inside its indexed part: in the SearchTerms element when there is
 * one, else at the start of the first data-pagefind-body element. Unchanged when neither exists.
 */
export function withExtraTerms(html: string, terms: string): string {
  if (!terms) return html;
  const escaped = terms.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const match = termsElement.exec(html) ?? bodyStart.exec(html);
  if (!match) return html;
  const at = match.index + match[0].length;
  return `${html.slice(0, at)}<span> ${escaped} </span>${html.slice(at)}`;
}


const htmlStart = /<html\b[^>]*>/i;
const titleElement = /<title\b[^>]*>[\s\S]*?<\/title>/i;

/**
 * The part of a built page Pagefind reads when the page has a data-pagefind-body element: the
 * `<html>` tag (language), the `<title>`, and the body element up to the end of `<main>`. The
 * head's CSP hashes, styles and links and the site header and footer outside the body element
 * are never indexed, so they are left out of what goes over Pagefind's stdin. Unchanged when the
 * page has no body element.
 */
export function indexedPart(html: string): string {
  const start = bodyStart.exec(html);
  if (!start) return html;
  const root = htmlStart.exec(html)?.[0] ?? '<html>';
  const title = titleElement.exec(html)?.[0] ?? '';
  const mainEnd = html.indexOf('</main>', start.index);
  return `<!DOCTYPE html>${root}<head>${title}</head><body><main>${html.slice(start.index, mainEnd < 0 ? html.length : mainEnd)}</main></body></html>`;
}
