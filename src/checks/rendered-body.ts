/**
 * What an entry body renders to, and what it may render to. This module is the one place where
 * the Markdown of an entry becomes HTML, for the build and for the check alike:
 *
 * - the build hands `renderOptions` to Astro's Sätteri processor (astro.config.mjs), so every .md
 *   and .mdx body the site publishes passes `bodyAllowlistPlugin` at the moment it is rendered, and
 *   the build stops on the first element, attribute or address outside the allowlist;
 * - the check (`verifyRenderedBody`) renders the same text (the body as Astro hands it over, i.e.
 *   trimmed) with the same Sätteri function, the same features and the same plugin, and reports
 *   every problem with its file line.
 *
 * Raw HTML is parsed into real elements (`rawHtml: true`) before the allowlist sees it, the way a
 * browser reads it, so a tag the Markdown parser and a browser would read differently cannot slip
 * through: what is judged is the tree that is serialised into the page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import type { AstroIntegration } from 'astro';
import { Parser } from 'htmlparser2';
import {
  markdownToHtml,
  mdxToJs,
  type Features,
  type HastPluginDefinition,
  type HastPluginEntry,
  type MdastPluginDefinition,
  type MdastPluginEntry,
  type PluginFactoryContext,
} from 'satteri';
import { allowedComponents } from '../user-components/allowlist.ts';
import { DANGEROUS_ELEMENTS, SAFE_HTML_TAGS, isLocalMedia, unsafeScheme } from './body.ts';
import { body as say } from './messages.ts';

/**
 * The features Astro's processor is given. Astro adds `gfm` and `smartPunctuation` itself
 * (`{ gfm, smartPunctuation, ...features }`); naming them here keeps the check's rendering equal
 * to the build's even if Astro's defaults change.
 */
export const renderFeatures: Features = { gfm: true, smartPunctuation: true, rawHtml: true };

type Check = (value: unknown) => boolean;
const any: Check = () => true;
const oneOf = (...allowed: string[]): Check => (value) => {
  const values = Array.isArray(value) ? value : [value];
  return values.every((v) => typeof v === 'string' && allowed.includes(v));
};
const footnoteId: Check = (value) => typeof value === 'string' && /^user-content-fn(ref)?-[^\s]*$|^footnote-label$/.test(value);
const textAlign: Check = (value) => typeof value === 'string' && /^text-align: ?(left|right|center);?$/.test(value);

/**
 * Every element a body may render to, with the hast properties each may carry: what Markdown
 * itself produces (GFM tables, task lists, footnotes) and the safe inline tags of raw HTML.
 * `href` and `src` are judged separately (scheme, local media).
 */
const ALLOWED_ELEMENTS: Record<string, Record<string, Check>> = {
  p: {}, h1: {}, h2: { id: footnoteId, className: oneOf('sr-only') }, h3: {}, h4: {}, h5: {}, h6: {},
  em: {}, strong: {}, del: {}, code: { className: (v) => Array.isArray(v) && v.every((c) => typeof c === 'string' && /^language-[\w+#.-]+$/.test(c)) },
  pre: {}, blockquote: {}, hr: {}, br: {},
  ul: { className: oneOf('contains-task-list') }, ol: { start: (v) => typeof v === 'number' }, li: { id: footnoteId, className: oneOf('task-list-item') },
  input: { type: oneOf('checkbox'), disabled: (v) => v === true, checked: (v) => typeof v === 'boolean' },
  table: {}, thead: {}, tbody: {}, tr: {}, th: { style: textAlign }, td: { style: textAlign },
  a: {
    href: any, title: any, id: footnoteId, dataFootnoteRef: any, dataFootnoteBackref: any,
    ariaDescribedBy: oneOf('footnote-label'), ariaLabel: any, className: oneOf('data-footnote-backref'),
  },
  img: { src: any, alt: any, title: any },
  section: { dataFootnotes: any, className: oneOf('footnotes') },
  sup: { title: any },
};
for (const tag of SAFE_HTML_TAGS) ALLOWED_ELEMENTS[tag] = { ...ALLOWED_ELEMENTS[tag], title: any };

export interface RenderedProblem {
  message: string;
  /** Text to look for in the source to find the line (a tag, an address). */
  needle: string;
}

/** "onError" → "onerror", "dataFootnoteRef" → "data-footnote-ref", "httpEquiv" → "http-equiv". */
function attributeName(property: string): string {
  if (/^on[A-Z]/.test(property)) return property.toLowerCase();
  return property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

interface HastElementLike {
  tagName: string;
  /** hast's property values. */
  properties?: Record<string, string | number | boolean | (string | number)[] | null | undefined>;
}

/** The source text of a raw, ESM or expression node (a string in every tree Sätteri builds). */
function nodeText(node: unknown): string {
  const value = (node as { value?: unknown }).value;
  return typeof value === 'string' ? value : '';
}

/**
 * The problems of one element: not on the allowlist, an attribute it may not carry, an address
 * with a scheme that is not allowed, an image from another host. Values are hast's, i.e. already
 * decoded as a browser decodes them.
 */
export function judgeElement(node: HastElementLike): RenderedProblem[] {
  const name = node.tagName.toLowerCase();
  const allowed = ALLOWED_ELEMENTS[name];
  if (!allowed) {
    return [{ message: DANGEROUS_ELEMENTS.has(name) ? say.dangerousElement(name) : say.rawHtmlTag(name, SAFE_HTML_TAGS), needle: `<${name}` }];
  }
  const problems: RenderedProblem[] = [];
  for (const [property, value] of Object.entries(node.properties ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    const attribute = attributeName(property);
    if (/^on/i.test(property)) {
      problems.push({ message: say.eventHandler(name, attribute), needle: attribute });
      continue;
    }
    if (property === 'href' || property === 'src') {
      const url = String(value);
      const scheme = unsafeScheme(url, false);
      if (scheme) problems.push({ message: say.unsafeUrl(url, scheme), needle: url.trim() || attribute });
      else if (name === 'img' && !isLocalMedia(url)) problems.push({ message: say.imageNotLocal(url), needle: url.trim() || '![' });
      continue;
    }
    const rule = allowed[property];
    if (!rule || !rule(value)) problems.push({ message: say.rawHtmlAttribute(name, attribute), needle: attribute });
    // eslint-disable-next-line no-control-regex -- browsers drop control characters inside a URL scheme
    else if (typeof value === 'string' && /^(javascript|vbscript):/i.test(value.replace(/[\s\u0000-\u001f]+/g, ''))) {
      problems.push({ message: say.unsafeUrl(value, /^(\w+)/.exec(value.trim())?.[1]?.toLowerCase() ?? 'javascript'), needle: attribute });
    }
  }
  return problems;
}

const componentNames = Object.keys(allowedComponents);

/** A problem found while rendering; `line` is the line in the rendered text when it is known. */
export interface FoundProblem extends RenderedProblem {
  line?: number;
  /** True for problems from the raw-HTML tokens, which know their exact line. */
  precise?: boolean;
}

/**
 * Raw HTML as Sätteri's Markdown parser cuts it into chunks (mdast `html` nodes, with lines), read
 * with a real HTML tokenizer: a tag outside the small inline set, an attribute other than title, an
 * event handler, a code address, a comment. This names the exact line; the tree check below is what
 * makes it safe, since it judges what is actually serialised.
 */
function rawHtmlPlugin(report: (problem: FoundProblem) => void): MdastPluginDefinition {
  return {
    name: 'nwtc:raw-html-tokens',
    options: { position: true },
    html(node) {
      const chunk = String(node.value ?? '');
      const firstLine = node.position?.start.line ?? 1;
      const lineAt = (offset: number) => firstLine + countNewlines(chunk, 0, offset);
      let tag = '';
      const parser = new Parser(
        {
          onopentagname(name) {
            tag = name;
            if (!safeTags.has(name)) {
              const message = DANGEROUS_ELEMENTS.has(name) ? say.dangerousElement(name) : say.rawHtmlTag(name, SAFE_HTML_TAGS);
              report({ message, needle: `<${name}`, line: lineAt(parser.startIndex), precise: true });
            }
          },
          onattribute(name, value) {
            const line = lineAt(parser.startIndex);
            if (name.startsWith('on')) report({ message: say.eventHandler(tag, name), needle: name, line, precise: true });
            else if (name !== 'title' && safeTags.has(tag)) report({ message: say.rawHtmlAttribute(tag, name), needle: name, line, precise: true });
            const scheme = unsafeScheme(value, true, URL_PROPERTIES.has(name) ? 'url' : 'text');
            if (scheme) report({ message: say.unsafeUrl(value, scheme), needle: name, line, precise: true });
          },
          oncomment() {
            const at = parser.startIndex;
            const message = chunk.startsWith('<!--', at) ? say.htmlComment() : say.htmlDeclaration(chunk.slice(at, at + 12));
            report({ message, needle: '<!', line: lineAt(at), precise: true });
          },
        },
        { decodeEntities: false, recognizeCDATA: false, recognizeSelfClosing: false },
      );
      parser.write(chunk);
      parser.end();
    },
  };
}

const safeTags = new Set<string>(SAFE_HTML_TAGS);
/** Attributes whose value a browser loads or follows as an address. */
const URL_PROPERTIES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'cite']);

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/**
 * The allowlist as a Sätteri hast plugin, over the tree that is serialised into the page. `report`
 * receives each problem; the build's reporter throws, the check's collects.
 */
export function bodyAllowlistPlugin(report: (problem: RenderedProblem) => void): HastPluginDefinition {
  const jsx = {
    filter: [] as string[],
    visit(node: { name?: string | null }) {
      const name = node.name ?? '';
      if (!componentNames.includes(name)) {
        const lower = name.toLowerCase();
        report({ message: DANGEROUS_ELEMENTS.has(lower) ? say.dangerousElement(lower) : say.unknownComponent(name || '<>', componentNames, undefined), needle: `<${name}` });
      }
    },
  };
  return {
    name: 'nwtc:body-allowlist',
    element: {
      filter: [],
      visit(node) {
        for (const problem of judgeElement(node)) report(problem);
      },
    },
    mdxJsxFlowElement: jsx,
    mdxJsxTextElement: jsx,
    comment() {
      report({ message: say.htmlComment(), needle: '<!--' });
    },
    raw(node) {
      report({ message: say.htmlDeclaration(nodeText(node)), needle: '<' });
    },
    doctype() {
      report({ message: say.htmlDeclaration('<!DOCTYPE'), needle: '<!' });
    },
    mdxjsEsm(node) {
      const keyword = /^\s*(import|export)\b/.exec(nodeText(node))?.[1] ?? 'import/export';
      report({ message: say.esm(keyword), needle: keyword });
    },
    mdxFlowExpression(node) {
      report({ message: say.expression(`{${nodeText(node)}}`), needle: '{' });
    },
    mdxTextExpression(node) {
      report({ message: say.expression(`{${nodeText(node)}}`), needle: '{' });
    },
  };
}

/** The plugins the build and the check both run, reporting to `report`. */
export function bodyPlugins(report: (problem: FoundProblem) => void): { mdastPlugins: MdastPluginDefinition[]; hastPlugins: HastPluginDefinition[] } {
  return { mdastPlugins: [rawHtmlPlugin(report)], hastPlugins: [bodyAllowlistPlugin(report)] };
}

/**
 * The options Astro's Sätteri processor gets (astro.config.mjs): the same features and plugins,
 * with a reporter that stops the build, naming the file and line.
 */
export function renderOptions(): { features: Features; mdastPlugins: MdastPluginEntry[]; hastPlugins: HastPluginEntry[] } {
  const reporters = new Map<string, (problem: FoundProblem) => never>();
  const reporterFor = (ctx: PluginFactoryContext) => {
    const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : '(unknown file)';
    let reporter = reporters.get(file);
    if (!reporter) {
      reporter = (problem: FoundProblem): never => {
        let line = problem.line ?? 1;
        try {
          const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
          const start = ctx.sourceFormat === 'mdx' ? 0 : renderedStart(text);
          line = problem.line !== undefined ? lineOfOffset(text, start) + problem.line - 1 : lineOfNeedle(text, start, problem.needle);
        } catch {
          // Not a file on disk: the name alone must do.
        }
        const error = new RenderedBodyError(path.relative(process.cwd(), file), line, problem.message);
        // Astro's content layer logs a rendering error and goes on with an empty entry; the
        // record below lets renderedBodyGuard() fail the build (the entry itself is never written).
        renderRefusals.push(error.message);
        throw error;
      };
      reporters.set(file, reporter);
    }
    return reporter;
  };
  return {
    features: renderFeatures,
    mdastPlugins: [(ctx: PluginFactoryContext) => bodyPlugins(reporterFor(ctx)).mdastPlugins],
    hastPlugins: [(ctx: PluginFactoryContext) => bodyPlugins(reporterFor(ctx)).hastPlugins],
  };
}

/** Every refusal made while rendering, in this process (read by renderedBodyGuard). */
const renderRefusals: string[] = [];

/**
 * The integration that turns a refusal made while rendering into a failed build. Astro renders
 * .md entries while it syncs content and, on an error, logs it and keeps the entry empty; this
 * fails the build before any page is written (astro:build:start) and again at the end, should an
 * entry be rendered later.
 */
export function renderedBodyGuard(): AstroIntegration {
  const fail = () => {
    if (renderRefusals.length === 0) return;
    const lines = [...new Set(renderRefusals)];
    throw new Error(`${lines.length === 1 ? 'An entry was' : `${lines.length} entries were`} refused while rendering:\n${lines.join('\n')}`);
  };
  return { name: 'nwtc:rendered-body-guard', hooks: { 'astro:build:start': fail, 'astro:build:done': fail } };
}

/**
 * Astro's `markdown` setting for the site and for the test fixtures that must render as it does:
 * Sätteri with the allowlist (for .md, and for .mdx through @astrojs/mdx, which takes the same
 * processor's options).
 */
export function markdownConfig() {
  return { syntaxHighlight: false as const, processor: satteri(renderOptions()) };
}

export class RenderedBodyError extends Error {
  constructor(file: string, line: number, message: string) {
    super(`Content check failed while rendering: ${file}:${line}: body: ${message}`);
    this.name = 'RenderedBodyError';
  }
}

/** Offset of the first body character: after the closing --- of the frontmatter, else 0. */
export function bodyOffset(text: string): number {
  const match = /^---[ \t]*\r?\n(?:[^\n]*\n)*?---[ \t]*(?:\r?\n|$)/.exec(text);
  return match ? match[0].length : 0;
}

/** Offset of the text Astro renders for a .md entry: the body with leading whitespace trimmed. */
function renderedStart(text: string): number {
  const start = bodyOffset(text);
  return start + (text.length - start - text.slice(start).trimStart().length);
}

function lineOfOffset(text: string, offset: number): number {
  return 1 + countNewlines(text, 0, offset);
}

/** File line of the first occurrence of `needle` at or after `from` (the line of `from` when absent). */
export function lineOfNeedle(text: string, from: number, needle: string): number {
  const at = text.toLowerCase().indexOf(needle.toLowerCase(), from);
  return lineOfOffset(text, at === -1 ? from : at);
}

export interface BodyLineProblem {
  line: number;
  message: string;
}

/**
 * Renders a body exactly as the build does and returns every problem with its file line.
 * `text` is the whole file (BOM removed). A .md body is trimmed first, as Astro trims it; an .mdx
 * file is compiled whole, as @astrojs/mdx compiles it. `known` are problems already reported by
 * the syntax walk: a tree problem with the same message, or on a line already explained, is not
 * reported twice. Never throws: a body Sätteri cannot parse is left to the syntax check.
 */
export function verifyRenderedBody(text: string, kind: 'md' | 'mdx', known: readonly BodyLineProblem[] = []): BodyLineProblem[] {
  const found: FoundProblem[] = [];
  const plugins = bodyPlugins((problem) => void found.push(problem));
  const start = kind === 'md' ? renderedStart(text) : 0;
  try {
    // Sätteri types the result maybe-async for any plugin; these plugins are synchronous, so the
    // problems are all found when the call returns, and a throw lands in the catch below.
    if (kind === 'md') void markdownToHtml(text.slice(start).trimEnd(), { features: renderFeatures, ...plugins });
    else void mdxToJs(text, { features: renderFeatures, ...plugins });
  } catch {
    return [];
  }
  const firstLine = lineOfOffset(text, start);
  const problems: BodyLineProblem[] = [];
  const seen = new Set(known.map((p) => `${p.line}\u0000${p.message}`));
  const explainedLines = new Set(known.map((p) => p.line));
  const messages = new Set(known.map((p) => p.message));
  for (const problem of found.filter((p) => p.precise)) {
    const line = firstLine + (problem.line ?? 1) - 1;
    const key = `${line}\u0000${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    messages.add(problem.message);
    explainedLines.add(line);
    problems.push({ line, message: problem.message });
  }
  for (const problem of found.filter((p) => !p.precise)) {
    if (messages.has(problem.message)) continue;
    const line = lineOfNeedle(text, start, problem.needle);
    if (explainedLines.has(line)) continue;
    const key = `${line}\u0000${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ line, message: problem.message });
  }
  return problems.sort((a, b) => a.line - b.line);
}
