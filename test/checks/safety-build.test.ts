/**
 * Issue 12: the check and the build agree. The same inputs go (a) through `check:content`'s
 * checker, (b) through the renderer the build uses (Astro's Sätteri processor built from
 * astro.config.mjs's markdown setting), and (c) through real `astro build`s of a fixture site:
 * every payload the check refuses, the build refuses by itself with the same file and line, and
 * nothing of it reaches dist/; what the check accepts, the build renders, and the rendered page
 * holds only allowlisted elements. A control build without the allowlist shows the payload is live.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Parser } from 'htmlparser2';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/check.ts';
import { formatProblem } from '../../src/checks/report.ts';
import { markdownConfig, RenderedBodyError } from '../../src/checks/rendered-body.ts';
import { astroBuild, BODY_LINE, caseWithBody, repoRoot } from './helpers.ts';

const fixture = path.join(repoRoot, 'test/fixtures/unsafe-md-site');
const work = mkdtempSync(path.join(tmpdir(), 'nwtc-safety-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const LESSONS = '\n## Lessons learned\n\nText.\n';

/** Payloads: [name, extension, body, line of the problem]. Each one is live without the allowlist. */
const PAYLOADS: [string, 'md' | 'mdx', string, number][] = [
  ['meta refresh with a=b=c', 'md', '\nSee <meta http-equiv=refresh content="0;url=https://evil.example" a=b=c> here.', BODY_LINE + 1],
  ['img onerror with a=b=c', 'md', '\n<img src=x onerror=alert(1) a=b=c>', BODY_LINE + 1],
  ['meta on a first line indented four spaces', 'md', '    <meta http-equiv="refresh" content="0;url=https://evil.example">', BODY_LINE],
  ['meta behind an NBSP', 'md', '\n<sup title=\u00A0"x><meta http-equiv=refresh content=0;url=evil.example> y">1</sup>', BODY_LINE + 1],
  ['iframe with a=b=c', 'md', '\n<iframe src="https://evil.example" a=b=c></iframe>', BODY_LINE + 1],
  // A reference image is reported on the line of its definition, where the address is written.
  ['reference image from another host', 'md', '\n![x][r]\n\n[r]: https://evil.example/a.png', BODY_LINE + 3],
  ['reference image from another host (MDX)', 'mdx', '\n![x][r]\n\n[r]: https://evil.example/a.png', BODY_LINE + 3],
  ['meta as JSX (MDX)', 'mdx', '\n<meta httpEquiv="refresh" content="0;url=https://evil.example" />', BODY_LINE + 1],
];
const SAFE_BODY = '\nH<sub>2</sub>O and 10<sup title="ten">3</sup>, a [link](https://example.org) and ![chart](/media/chart.png).\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n\n- [x] done\n\nA note[^1].\n\n[^1]: The note.';

/** A fixture root: the malicious-site fixture's topic and organisation, and the given cases. */
function siteWith(cases: Record<string, string>): string {
  const root = mkdtempSync(path.join(work, 'root-'));
  for (const folder of ['topics', 'organisations']) {
    cpSync(path.join(repoRoot, 'test/fixtures/malicious-site/content', folder), path.join(root, 'content', folder), { recursive: true });
  }
  mkdirSync(path.join(root, 'content/cases'), { recursive: true });
  for (const [file, text] of Object.entries(cases)) writeFileSync(path.join(root, 'content/cases', file), text);
  return root;
}

function checkLines(root: string): string[] {
  return checkContent({ root }).problems.map(formatProblem);
}

/** Renders a file through the renderer `astro build` uses, the way Astro's content layer calls it. */
async function renderLikeTheBuild(file: string): Promise<{ html?: string; error?: string }> {
  const renderer = await markdownConfig().processor.createRenderer({ syntaxHighlight: false });
  const text = readFileSync(file, 'utf8');
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, '').trim();
  try {
    const { code } = await renderer.render(body, { fileURL: pathToFileURL(file) });
    return { html: code };
  } catch (error) {
    return { error: error instanceof RenderedBodyError ? error.message : String(error) };
  }
}

function build(root: string, guard: 'on' | 'render-only' | 'off', name: string) {
  const out = path.join(work, `dist-${name}`);
  // Astro keeps rendered entries in a data store beside the fixture and re-renders only changed
  // files: each build starts without it, so none reuses another's rendering.
  for (const store of ['node_modules/.astro', '.astro']) rmSync(path.join(fixture, store), { recursive: true, force: true });
  const result = astroBuild(fixture, {
    NWTC_GUARD: guard,
    NWTC_FIXTURE_ROOT: root,
    NWTC_FIXTURE_OUT: out,
    NWTC_FIXTURE_CACHE: path.join(work, `cache-${name}`),
  }, 150_000);
  const pages = existsSync(out) ? readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')) : [];
  const html = pages.map((f) => readFileSync(path.join(out, f), 'utf8')).join('\n');
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, html };
}

/** Element names in the <body> of built pages. */
function bodyElements(html: string): Set<string> {
  const names = new Set<string>();
  let inBody = false;
  const parser = new Parser({
    onopentag(name) {
      if (name === 'body') inBody = true;
      else if (inBody) names.add(name);
    },
  });
  parser.write(html);
  parser.end();
  return names;
}

describe('the check and the build renderer agree on every payload', () => {
  for (const [name, ext, body, line] of PAYLOADS) {
    it(`${name}: both refuse it, at the same file and line`, async () => {
      const root = siteWith({ [`attack.${ext}`]: caseWithBody(`${body}\n${LESSONS}`) });
      const where = `content/cases/attack.${ext}:${line}: body:`;
      expect(checkLines(root).some((l) => l.startsWith(where))).toBe(true);
      if (ext === 'md') {
        const rendered = await renderLikeTheBuild(path.join(root, 'content/cases', `attack.${ext}`));
        expect(rendered.html).toBeUndefined();
        expect(rendered.error).toContain(`attack.${ext}:${line}: body:`);
      }
    });
  }

  it('both accept the safe inline tags, tables, task lists, footnotes and local images', async () => {
    const root = siteWith({ 'safe.md': caseWithBody(`${SAFE_BODY}\n${LESSONS}`) });
    expect(checkLines(root)).toEqual([]);
    const rendered = await renderLikeTheBuild(path.join(root, 'content/cases/safe.md'));
    expect(rendered.error).toBeUndefined();
    expect(rendered.html).toContain('<sub>2</sub>');
  });
});

// Each build takes a few seconds; allow for a busy machine.
describe('real builds of a fixture site', { timeout: 300_000 }, () => {
  const meta = PAYLOADS[0]!;
  const metaCase = caseWithBody(`${meta[2]}\n${LESSONS}`);

  it('control: without the allowlist the meta refresh reaches the page (so the payload is live)', () => {
    const { status, html } = build(siteWith({ 'attack.md': metaCase }), 'off', 'off');
    expect(status).toBe(0);
    expect(html).toMatch(/<meta http-equiv="?refresh/i);
  });

  it('with the site setting, the build refuses it, names file and line, and writes no page', () => {
    const { status, output, html } = build(siteWith({ 'attack.md': metaCase }), 'on', 'on');
    expect(status).not.toBe(0);
    expect(output).toContain(`content/cases/attack.md:${meta[3]}: body: <meta> is not allowed`);
    expect(html).not.toMatch(/refresh/i);
  });

  it('the renderer alone refuses it too (a file the check never saw), naming file and line', () => {
    const { status, output, html } = build(siteWith({ 'attack.md': metaCase }), 'render-only', 'render-md');
    expect(status).not.toBe(0);
    expect(output).toMatch(new RegExp(`attack\\.md:${meta[3]}: body: <meta> is not allowed`));
    expect(html).not.toMatch(/refresh/i);
  });

  it('the renderer alone refuses a <meta> written as JSX in MDX', () => {
    const jsx = PAYLOADS.find(([name]) => name === 'meta as JSX (MDX)')!;
    const { status, output, html } = build(siteWith({ 'attack.mdx': caseWithBody(`${jsx[2]}\n${LESSONS}`) }), 'render-only', 'render-mdx');
    expect(status).not.toBe(0);
    expect(output).toMatch(/attack\.mdx:\d+: body: <meta> is not allowed/);
    expect(html).not.toMatch(/refresh/i);
  });

  it('safe content builds, and its page holds only allowlisted elements', () => {
    const { status, output, html } = build(siteWith({ 'safe.md': caseWithBody(`${SAFE_BODY}\n${LESSONS}`) }), 'on', 'safe');
    expect(status, output).toBe(0);
    const allowed = new Set(['p', 'h2', 'sub', 'sup', 'a', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'ul', 'li', 'input', 'section', 'ol']);
    expect([...bodyElements(html)].filter((name) => !allowed.has(name))).toEqual([]);
    expect(html).toContain('<sub>2</sub>');
  });
});
