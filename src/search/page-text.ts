/**
 * Reads a built page the way Pagefind does, to compute its extra terms: the text inside
 * `data-pagefind-body` elements (or nothing when a page has none), minus `data-pagefind-ignore`
 * parts, scripts and styles. Also inserts the extra terms into the HTML handed to the indexer
 * (never into the page on disk). One pass of htmlparser2 (the parser the checks use) per page.
 */
import { Parser } from 'htmlparser2';

export interface PageText {
  /** Whether the page marks its content with data-pagefind-body (only such pages are indexed). */
  hasBody: boolean;
  /** The indexed text, words separated by spaces. */
  text: string;
}

/** What one pass over a page finds: its text and where the parts the indexer is sent begin and end. */
export interface PageReading extends PageText {
  /** The `<html …>` start tag as written ('' when there is none). */
  htmlTag: string;
  /** The `<title>…</title>` element as written ('' when there is none). */
  title: string;
  /** Offset of the first data-pagefind-body element's start tag; -1 without one. */
  bodyStart: number;
  /** Offset of the `</main>` that follows it; the end of the page without one. */
  mainEnd: number;
  /** Offset just inside the first data-search-terms element; -1 without one. */
  termsAt: number;
}

/** Elements whose content is never indexed text. */
const notText = new Set(['script', 'style', 'template', 'noscript', 'svg']);

export function readPage(html: string): PageReading {
  const reading: PageReading = { hasBody: false, text: '', htmlTag: '', title: '', bodyStart: -1, mainEnd: html.length, termsAt: -1 };
  // One frame per open element: inside an indexed body, inside something not indexed.
  const stack: { body: boolean; hidden: boolean }[] = [];
  const texts: string[] = [];
  let titleFrom = -1;
  let mainFound = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        texts.push(' ');
        const parent = stack[stack.length - 1];
        const isBody = 'data-pagefind-body' in attributes;
        if (isBody && reading.bodyStart < 0) reading.bodyStart = parser.startIndex;
        if ('data-search-terms' in attributes && reading.termsAt < 0) reading.termsAt = parser.endIndex + 1;
        if (name === 'html' && !reading.htmlTag) reading.htmlTag = html.slice(parser.startIndex, parser.endIndex + 1);
        if (name === 'title' && titleFrom < 0) titleFrom = parser.startIndex;
        const ignore = attributes['data-pagefind-ignore'];
        stack.push({
          body: (parent?.body ?? false) || isBody,
          hidden: (parent?.hidden ?? false) || notText.has(name) || (ignore !== undefined && ignore !== 'false'),
        });
      },
      ontext(text) {
        const frame = stack[stack.length - 1];
        if (frame?.body && !frame.hidden) texts.push(text);
      },
      onclosetag(name) {
        texts.push(' ');
        stack.pop();
        if (name === 'title' && titleFrom >= 0 && !reading.title) reading.title = html.slice(titleFrom, parser.endIndex + 1);
        if (name === 'main' && reading.bodyStart >= 0 && !mainFound) {
          mainFound = true;
          reading.mainEnd = parser.startIndex;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  if (reading.bodyStart < 0) return reading;
  reading.hasBody = true;
  // Tags separate words (as Pagefind reads them), the pieces of one text node around an entity do
  // not, nor does a soft hyphen.
  reading.text = texts.join('').replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim();
  return reading;
}

export function pageText(html: string): PageText {
  const { hasBody, text } = readPage(html);
  return { hasBody, text };
}

/**
 * The part of a built page Pagefind reads when the page has a data-pagefind-body element: the
 * `<html>` tag (language), the `<title>`, and the body element up to the end of `<main>`, with
 * `terms` (escaped) inside the SearchTerms element when there is one, else at the start of the
 * body element. The head's CSP hashes, styles and links and the site header and footer outside
 * the body element are never indexed, so they are left out of what goes over Pagefind's stdin.
 * A page without a body element is returned unchanged.
 */
export function indexedPart(html: string, terms = '', page: PageReading = readPage(html)): string {
  if (page.bodyStart < 0) return html;
  let body = html.slice(page.bodyStart, page.mainEnd);
  if (terms) {
    const at = page.termsAt >= page.bodyStart && page.termsAt <= page.mainEnd ? page.termsAt - page.bodyStart : body.indexOf('>') + 1;
    const escaped = terms.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    body = `${body.slice(0, at)}<span> ${escaped} </span>${body.slice(at)}`;
  }
  return `<!DOCTYPE html>${page.htmlTag || '<html>'}<head>${page.title}</head><body><main>${body}</main></body></html>`;
}
