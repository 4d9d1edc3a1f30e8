/**
 * The body of a Markdown or MDX entry: safety first (no code may run, no raw script may reach a
 * page), then the headings, which the case-section rule needs. Parsed with the unified toolchain
 * so every node has a line. The processors are built once per process: at 10,000 entries,
 * re-creating them per file would cost more than the parsing.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import { parseEntities } from 'parse-entities';
import { allowedComponents, type AllowedComponent } from '../user-components/allowlist.ts';
import { body as say } from './messages.ts';
import { closest } from './suggest.ts';

export type BodyKind = 'md' | 'mdx';

const markdownProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
const mdxProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkMdx);

const componentNames = Object.keys(allowedComponents);
const components: Record<string, AllowedComponent> = allowedComponents;

/** Raw HTML a plain .md entry may use: inline text-level tags that cannot load or run anything. */
export const SAFE_HTML_TAGS = ['br', 'wbr', 'sup', 'sub', 'abbr', 'kbd', 'mark', 'small', 'del', 'ins', 's'] as const;

/** Elements named in the refusal, because they run code, load other documents or restyle the page. */
export const DANGEROUS_ELEMENTS = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'link', 'meta', 'base',
  'form', 'svg', 'math', 'template', 'noscript', 'portal', 'xmp', 'noembed', 'noframes', 'plaintext',
]);

/** URL schemes a link or image may use; relative addresses and #anchors are always fine. */
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

export interface BodyProblem {
  line: number;
  message: string;
}

export interface Heading {
  text: string;
  line: number;
  /** 1 for #, 2 for ##, … */
  depth: number;
}

export interface BodyResult {
  problems: BodyProblem[];
  headings: Heading[];
  /** False when the body could not be parsed (its headings are then unknown). */
  parsed: boolean;
}

interface Point {
  line: number;
}
interface MdNode {
  type: string;
  value?: unknown;
  url?: string;
  name?: string | null;
  /** Heading level, on heading nodes. */
  depth?: number;
  attributes?: MdNode[];
  children?: MdNode[];
  position?: { start: Point };
}

/** Decodes &#115; &#x73; &colon; &Tab; … the way an HTML parser would, before looking at a scheme. */
export function decodeCharacterReferences(value: string): string {
  return parseEntities(value);
}

/** Attributes and props whose value a browser loads or follows as an address. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'cite', 'url', 'source']);

/**
 * The scheme of an address if it is not allowed, else undefined. `url` context: any scheme other
 * than http(s)/mailto/tel is refused, after removing every space, tab, newline and control
 * character (browsers ignore them in "java\tscript:"). `text` context (a title, a label): only
 * the schemes that run code are refused, so "Data: 52 municipalities" stays a plain label.
 */
export function unsafeScheme(value: string, decode: boolean, context: 'url' | 'text' = 'url'): string | undefined {
  const text = decode ? decodeCharacterReferences(value) : value;
  if (context === 'text') {
    // eslint-disable-next-line no-control-regex
    const browserView = text.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '').toLowerCase();
    return /^(javascript|vbscript):/.exec(browserView)?.[1];
  }
  // eslint-disable-next-line no-control-regex
  const squeezed = text.replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]+/g, '').toLowerCase();
  const match = /^([a-z][a-z0-9+.-]*):/.exec(squeezed);
  if (!match) return undefined;
  const scheme = match[1] ?? '';
  return ALLOWED_SCHEMES.has(scheme) ? undefined : scheme;
}

/**
 * Images are served from the site itself (public/media/): an image from another host would make
 * every reader's browser contact a third party, which the site promises never to do.
 */
export function isLocalMedia(url: string): boolean {
  return /^\/media\/[^/?#][^?#]*$/.test(url.trim()) && !url.includes('..');
}

function attributeContext(name: string): 'url' | 'text' {
  return URL_ATTRIBUTES.has(name.toLowerCase()) ? 'url' : 'text';
}

function textOf(node: MdNode): string {
  if (typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  return (node.children ?? []).map(textOf).join('');
}

function lineOfNode(node: MdNode, fallback: number): number {
  return node.position?.start.line ?? fallback;
}

function checkJsxElement(node: MdNode, line: number, problems: BodyProblem[]): void {
  const name = node.name;
  if (!name) {
    problems.push({ line, message: say.fragment(componentNames) });
    return;
  }
  const component = components[name];
  // Attributes are inspected on every element, so an on*/javascript: attribute is named even on a
  // refused element.
  const seen = new Set<string>();
  for (const attribute of node.attributes ?? []) {
    const attributeLine = lineOfNode(attribute, line);
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push({ line: attributeLine, message: say.spreadAttribute(name) });
      continue;
    }
    const prop = attribute.name ?? '';
    seen.add(prop);
    const value = attribute.value;
    if (/^on/i.test(prop)) {
      problems.push({ line: attributeLine, message: say.eventHandler(name, prop) });
      continue;
    }
    if (value !== null && typeof value === 'object') {
      problems.push({ line: attributeLine, message: say.expressionAttribute(name, prop) });
      continue;
    }
    if (typeof value === 'string') {
      const scheme = unsafeScheme(value, true, attributeContext(prop));
      if (scheme) problems.push({ line: attributeLine, message: say.unsafeUrl(value, scheme) });
    }
    if (name === 'Figure' && prop === 'src' && typeof value === 'string' && !unsafeScheme(value, true) && !isLocalMedia(value)) {
      problems.push({ line: attributeLine, message: say.imageNotLocal(value) });
    }
    if (!component) continue;
    const allowedProp = component.props[prop];
    const props = Object.keys(component.props);
    if (!allowedProp) {
      problems.push({ line: attributeLine, message: say.unknownProp(name, prop, props, closest(prop, props)) });
    } else if (value === null || value === undefined) {
      problems.push({ line: attributeLine, message: say.propWithoutValue(name, prop) });
    } else if (allowedProp.values && typeof value === 'string' && !allowedProp.values.includes(value)) {
      problems.push({
        line: attributeLine,
        message: say.propValue(name, prop, value, allowedProp.values, closest(value, allowedProp.values)),
      });
    }
  }
  if (!component) {
    const lower = name.toLowerCase();
    problems.push({
      line,
      message: DANGEROUS_ELEMENTS.has(lower) ? say.dangerousElement(lower) : say.unknownComponent(name, componentNames, closest(name, componentNames)),
    });
    return;
  }
  for (const [prop, rule] of Object.entries(component.props)) {
    if (rule.required && !seen.has(prop)) problems.push({ line, message: say.missingProp(name, prop) });
  }
  if (!component.children && (node.children ?? []).length > 0) problems.push({ line, message: say.noChildren(name) });
}

function walk(node: MdNode, kind: BodyKind, result: BodyResult, parentLine: number): void {
  const line = lineOfNode(node, parentLine);
  const { problems } = result;
  switch (node.type) {
    case 'yaml':
      return;
    case 'mdxjsEsm': {
      const keyword = /^\s*(import|export)\b/.exec((typeof node.value === 'string' ? node.value : ''))?.[1] ?? 'import/export';
      problems.push({ line, message: say.esm(keyword) });
      return;
    }
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      problems.push({ line, message: say.expression(`{${(typeof node.value === 'string' ? node.value : '')}}`) });
      return;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      checkJsxElement(node, line, problems);
      break;
    case 'html':
      // Raw HTML is judged on the tree the build renders (rendered-body.ts), not here.
      return;
    case 'link':
    case 'image':
    case 'definition': {
      const url = node.url ?? '';
      // mdast has already decoded character references in link destinations.
      const scheme = unsafeScheme(url, false);
      if (scheme) problems.push({ line, message: say.unsafeUrl(url, scheme) });
      else if (node.type === 'image' && !isLocalMedia(url)) problems.push({ line, message: say.imageNotLocal(url) });
      break;
    }
    case 'heading':
      result.headings.push({ text: textOf(node).trim(), line, depth: node.depth ?? 1 });
      break;
  }
  for (const child of node.children ?? []) walk(child, kind, result, line);
}

/** Schemes that run code or hide content; even "data: 52" in prose sends a body to the full parse. */
const CODE_SCHEMES = new Set(['javascript', 'vbscript', 'data']);
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;

/**
 * The fast path for plain prose, which is most entries: when a body has nothing that could be
 * markup that a check looks at (no <, &, \, {, }, images, code fences, import/export lines, and
 * no link with a scheme other than http(s)/mailto/tel), the full parse would find no problem, and
 * its ATX headings can be read line by line. Returns undefined whenever in doubt; the caller then
 * parses fully. Parsing with micromark costs milliseconds per entry; this costs microseconds.
 */
function quickScan(source: string, kind: BodyKind, bodyFirstLine: number): BodyResult | undefined {
  const lines = source.split('\n');
  const body = lines.slice(bodyFirstLine - 1).join('\n');
  if (/[<&\\{}]|```|~~~|!\[/.test(body)) return undefined;
  if (kind === 'mdx' && /^[ \t]*(?:import|export)\b/m.test(body)) return undefined;
  const scheme = /(?<![a-z0-9+.-])([a-z][a-z0-9+.-]*):/gi;
  let match: RegExpExecArray | null;
  while ((match = scheme.exec(body))) {
    const name = (match[1] ?? '').toLowerCase();
    if (ALLOWED_SCHEMES.has(name)) continue;
    if (CODE_SCHEMES.has(name)) return undefined;
    // Without <, a link destination can only follow "(" (inline link) or ":" (definition), maybe
    // after whitespace; "SKL:s" or "EU:n" in running text cannot be one.
    let before = match.index - 1;
    while (before >= 0 && /\s/.test(body[before] ?? '')) before--;
    if (before >= 0 && (body[before] === '(' || body[before] === ':')) return undefined;
  }
  const headings: Heading[] = [];
  for (let i = bodyFirstLine - 1; i < lines.length; i++) {
    const heading = ATX_HEADING.exec((lines[i] ?? '').replace(/\r$/, ''));
    if (!heading) continue;
    const text = (heading[2] ?? '').trim();
    // Inline markup in a heading (**, _, `, links) needs the parser to get its text right.
    if (/[*_`[\]!]/.test(text)) return undefined;
    headings.push({ text, line: i + 1, depth: (heading[1] ?? '#').length });
  }
  return { problems: [], headings, parsed: true };
}

export interface BodyOptions {
  /** File line where the body starts (after the frontmatter); enables the fast path. */
  bodyFirstLine?: number;
  /** Whether the fast path's headings suffice (e.g. a case's required sections are there). */
  acceptHeadings?: (headings: readonly Heading[]) => boolean;
}

/**
 * Checks a whole entry file (frontmatter included: remark-frontmatter keeps body lines equal to
 * file lines). Never throws: an MDX syntax error becomes a problem with its line.
 */
export function checkBody(source: string, kind: BodyKind, options: BodyOptions = {}): BodyResult {
  if (options.bodyFirstLine !== undefined) {
    const quick = quickScan(source, kind, options.bodyFirstLine);
    if (quick && (options.acceptHeadings?.(quick.headings) ?? true)) return quick;
  }
  const result: BodyResult = { problems: [], headings: [], parsed: true };
  let tree: MdNode;
  try {
    tree = (kind === 'mdx' ? mdxProcessor : markdownProcessor).parse(source) as MdNode;
  } catch (error) {
    const e = error as { line?: number; place?: { line?: number; start?: { line?: number } }; reason?: string; message?: string };
    const line = e.line ?? e.place?.line ?? e.place?.start?.line ?? 1;
    const sourceLine = source.split('\n')[line - 1] ?? '';
    result.parsed = false;
    result.problems.push({
      line,
      message: sourceLine.includes('<!--') ? say.htmlCommentInMdx() : say.mdxSyntax(e.reason ?? e.message ?? String(error)),
    });
    return result;
  }
  walk(tree, kind, result, 1);
  return result;
}
