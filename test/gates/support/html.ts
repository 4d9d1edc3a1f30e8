/**
 * A small read-only view of a built page for the gates: its elements and attributes, its ids, and
 * the text of its inline scripts and styles. htmlparser2 parses the way a browser tokenises, and is
 * fast enough to read every page of the site in a test.
 */
import { Parser } from 'htmlparser2';

export interface Element {
  name: string;
  attributes: Record<string, string>;
  /** 1-based line of the start tag, for messages. */
  line: number;
}

export interface ParsedPage {
  elements: Element[];
  /** Fragment targets: every id, and the name of every <a name>. */
  anchors: Set<string>;
  inlineScripts: { text: string; type: string | undefined; line: number }[];
  inlineStyles: { text: string; line: number }[];
}

export function parseHtml(html: string): ParsedPage {
  const page: ParsedPage = { elements: [], anchors: new Set(), inlineScripts: [], inlineStyles: [] };
  let open: { name: string; type: string | undefined; line: number; text: string; src: boolean } | undefined;
  const newlines: number[] = [];
  for (let i = html.indexOf('\n'); i !== -1; i = html.indexOf('\n', i + 1)) newlines.push(i);
  const lineAt = (index: number) => {
    let low = 0;
    let high = newlines.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (newlines[middle]! < index) low = middle + 1;
      else high = middle;
    }
    return low + 1;
  };
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        const line = lineAt(parser.startIndex);
        page.elements.push({ name, attributes, line });
        if (attributes.id !== undefined) page.anchors.add(attributes.id);
        if (name === 'a' && attributes.name !== undefined) page.anchors.add(attributes.name);
        if (name === 'script' || name === 'style') {
          open = { name, type: attributes.type, line, text: '', src: attributes.src !== undefined };
        }
      },
      ontext(text) {
        if (open) open.text += text;
      },
      onclosetag(name) {
        if (open && open.name === name) {
          if (name === 'script' && !open.src) page.inlineScripts.push({ text: open.text, type: open.type, line: open.line });
          if (name === 'style') page.inlineStyles.push({ text: open.text, line: open.line });
          open = undefined;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return page;
}

/** Attributes that hold a URL, per element (`*` for any element). */
const urlAttributes: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  frame: ['src'],
  embed: ['src'],
  object: ['data'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  input: ['src'],
  image: ['href', 'xlink:href'],
  use: ['href', 'xlink:href'],
  form: ['action'],
  blockquote: ['cite'],
  q: ['cite'],
};

export interface UrlReference {
  element: string;
  attribute: string;
  url: string;
  line: number;
  /** The link's rel, for telling a stylesheet from an alternate. */
  rel?: string | undefined;
}

/** Every URL a page refers to in markup; srcset lists are split into their URLs. */
export function urlReferences(page: ParsedPage): UrlReference[] {
  const out: UrlReference[] = [];
  for (const element of page.elements) {
    for (const attribute of urlAttributes[element.name] ?? []) {
      const value = element.attributes[attribute];
      if (value === undefined) continue;
      const urls = attribute === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [value.trim()];
      for (const url of urls) {
        if (url) out.push({ element: element.name, attribute, url, line: element.line, rel: element.attributes.rel });
      }
    }
  }
  return out;
}

/** url(...) and @import targets in a piece of CSS. */
export function cssUrls(css: string): string[] {
  const out: string[] = [];
  for (const match of css.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/gi)) out.push(match[2]!.trim());
  for (const match of css.matchAll(/@import\s+(['"])([^'"]+)\1/gi)) out.push(match[2]!.trim());
  return out;
}
