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
  /**
   * [start, end) of each outermost `data-pagefind-ignore="all"` element inside the body element,
   * in order: Pagefind drops them with every filter, meta and sort inside.
   */
  ignoredAll: [number, number][];
}

/** Elements whose content is never indexed text. */
const notText = new Set(['script', 'style', 'template', 'noscript', 'svg']);

export function readPage(html: string): PageReading {
  const reading: PageReading = { hasBody: false, text: '', htmlTag: '', title: '', bodyStart: -1, mainEnd: html.length, termsAt: -1, ignoredAll: [] };
  // One frame per open element: inside an indexed body, inside something not indexed, inside a
  // data-pagefind-ignore="all" element, and where such an element began when it is the outermost.
  const stack: { body: boolean; hidden: boolean; ignoredAll: boolean; allFrom?: number }[] = [];
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
        const body = (parent?.body ?? false) || isBody;
        const startsAll = ignore === 'all' && body && !isBody && !parent?.ignoredAll;
        stack.push({
          body,
          hidden: (parent?.hidden ?? false) || notText.has(name) || (ignore !== undefined && ignore !== 'false'),
          ignoredAll: (parent?.ignoredAll ?? false) || startsAll,
          ...(startsAll ? { allFrom: parser.startIndex } : {}),
        });
      },
      ontext(text) {
        const frame = stack[stack.length - 1];
        if (frame?.body && !frame.hidden) texts.push(text);
      },
      onclosetag(name) {
        texts.push(' ');
        const frame = stack.pop();
        if (frame?.allFrom !== undefined) {
          // Its own end tag, or an implied end (no end tag of its own) where the next tag begins.
          const end = html.slice(parser.startIndex, parser.startIndex + name.length + 2).toLowerCase() === `</${name}` ? parser.endIndex + 1 : parser.startIndex;
          reading.ignoredAll.push([frame.allFrom, Math.max(frame.allFrom, end)]);
        }
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
 * body element. The head's CSP hashes, styles and links, the site header and footer outside the
 * body element, and the `data-pagefind-ignore="all"` parts inside it (an organisation's table of
 * cases, a case's related cases) are never indexed, so they are left out of what goes over
 * Pagefind's stdin. A page without a body element is returned unchanged.
 */
export function indexedPart(html: string, terms = '', page: PageReading = readPage(html)): string {
  if (page.bodyStart < 0) return html;
  const inBody = (offset: number) => offset >= page.bodyStart && offset <= page.mainEnd;
  const termsAt = terms ? (inBody(page.termsAt) ? page.termsAt : html.indexOf('>', page.bodyStart) + 1) : -1;
  const escaped = terms.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const pieces: string[] = [];
  let from = page.bodyStart;
  // The kept text between ignored parts; the terms go in at their offset in it (or where the
  // ignored part that holds that offset was).
  const keep = (to: number) => {
    if (termsAt >= from && termsAt <= to) pieces.push(html.slice(from, termsAt), `<span> ${escaped} </span>`, html.slice(termsAt, to));
    else pieces.push(html.slice(from, to));
  };
  for (const [start, end] of page.ignoredAll) {
    if (start < from || end > page.mainEnd) continue;
    keep(start);
    if (termsAt > start && termsAt < end) pieces.push(`<span> ${escaped} </span>`);
    from = end;
  }
  keep(page.mainEnd);
  return `<!DOCTYPE html>${page.htmlTag || '<html>'}<head>${page.title}</head><body><main>${pieces.join('')}</main></body></html>`;
}
