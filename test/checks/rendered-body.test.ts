/**
 * Issue 12, finding 1 and 3: inputs where the check's Markdown parser and the build's renderer
 * (Sätteri) used to disagree, so raw HTML passed the check and reached the page. Each must now be
 * refused by the check with file, line and field, because the check renders the body exactly as
 * the build does and judges the rendered tree (src/checks/rendered-body.ts).
 */
import { describe, expect, it } from 'vitest';
import { BODY_LINE, caseWithBody, problemLines } from './helpers.ts';

const LESSONS = '\n## Lessons learned\n\nText.\n';
const L = BODY_LINE + 1;
const EVIL = 'https://evil.example';
// Unquoted "url=https://…>" or "url=//…>" makes Sätteri read the whole line as text; "url=host" keeps the tag live.

function check(ext: 'md' | 'mdx', body: string): string[] {
  return problemLines({ [`content/cases/attack.${ext}`]: caseWithBody(`${body}\n${LESSONS}`) });
}
const at = (ext: string, line: number, message: string) => `content/cases/attack.${ext}:${line}: body: ${message}`;
const dangerous = (tag: string) => `<${tag}> is not allowed: it could run code or load other pages in a reader's browser; remove it`;
const notLocal = (url: string) =>
  `the image '${url}' is not kept on this site (readers' browsers would fetch it from elsewhere); expected a file in public/media/, written as /media/<file name>`;

describe('raw HTML that the old parser read as text but the renderer writes as a tag', () => {
  const refusals: [name: string, body: string, tag: string][] = [
    ['<meta> with an attribute micromark rejects (a=b=c)', `\nSee <meta http-equiv=refresh content="0;url=${EVIL}" a=b=c> here.`, 'meta'],
    ['<iframe> with a=b=c', `\nSee <iframe src="${EVIL}" a=b=c></iframe> here.`, 'iframe'],
    ['<base> with a=b=c', `\nSee <base href="${EVIL}/" a=b=c> here.`, 'base'],
    ['<link> with a=b=c', `\nSee <link rel=stylesheet href="${EVIL}/x.css" a=b=c> here.`, 'link'],
    ['<form> with a=b=c', `\nSee <form action="${EVIL}" a=b=c><button>Go</button></form> here.`, 'form'],
    ['<svg onload> with a=b=c', '\nSee <svg onload=alert(1) a=b=c></svg> here.', 'svg'],
    ['<meta> hidden after an NBSP in a quoted-looking attribute', `\n<sup title=\u00A0"x><meta http-equiv=refresh content=0;url=evil.example> y">1</sup>`, 'meta'],
    ['<meta> hidden after a vertical tab', `\n<sup title=\u000B"x><meta http-equiv=refresh content=0;url=evil.example> y">1</sup>`, 'meta'],
    ['<meta> hidden after an ideographic space', `\n<sup title=\u3000"x><meta http-equiv=refresh content=0;url=evil.example> y">1</sup>`, 'meta'],
  ];
  for (const [name, body, tag] of refusals) {
    it(`refuses ${name}`, () => {
      expect(check('md', body)).toContain(at('md', L, dangerous(tag)));
    });
  }

  it('refuses an <img> with an event handler and an attribute micromark rejects', () => {
    const lines = check('md', '\n<img src=x onerror=alert(1) a=b=c>');
    expect(lines).toContain(at('md', L, "'onerror' on <img> is an event handler, which runs code; remove it"));
  });

  it('refuses a tag on a first body line indented four spaces (Astro trims the body, so it is not code)', () => {
    const body = `    <meta http-equiv="refresh" content="0;url=${EVIL}">`;
    expect(check('md', body)).toContain(at('md', BODY_LINE, dangerous('meta')));
  });

  it('refuses the same after blank lines and tabs before the first body line', () => {
    const body = `\n\n\t<meta http-equiv="refresh" content="0;url=${EVIL}">`;
    expect(check('md', body)).toContain(at('md', BODY_LINE + 2, dangerous('meta')));
  });

  it('still accepts the safe inline tags and text that only looks like a tag in code', () => {
    expect(check('md', '\nH<sub>2</sub>O and 10<sup title="ten">3</sup>.\n\n    <meta in an indented code block, not first>\n\n`<meta>` in code')).toEqual([]);
  });
});

describe('reference-style images (finding 3)', () => {
  for (const ext of ['md', 'mdx'] as const) {
    it(`refuses a reference image from another host in .${ext}`, () => {
      const lines = check(ext, `\n![chart][r]\n\n[r]: ${EVIL}/a.png`);
      expect(lines.some((l) => l.startsWith(`content/cases/attack.${ext}:`) && l.endsWith(notLocal(`${EVIL}/a.png`)))).toBe(true);
    });
    it(`refuses a collapsed and a shortcut reference image in .${ext}`, () => {
      const lines = check(ext, `\n![r][] and ![r]\n\n[r]: ${EVIL}/b.png`);
      expect(lines.filter((l) => l.endsWith(notLocal(`${EVIL}/b.png`))).length).toBeGreaterThan(0);
    });
    it(`accepts a reference image kept in /media/ in .${ext}`, () => {
      expect(check(ext, '\n![chart][r]\n\n[r]: /media/chart.png')).toEqual([]);
    });
  }
});

/**
 * Finding 5: the check's time grows linearly with the input. Markdown parsers, the build's own
 * among them, are slower than linear on some shapes (thousands of unclosed `<sup title="`), so an
 * entry over 100 KB, or a body with over 1,000 '<', is refused in one pass before any parser runs.
 * Sizes, not timers: each shape at 5 MB must come back (the unit project's timeout is 60 s; before
 * the limits the unclosed-tag shape took 22 s at 200 KB and grows with the square of the size).
 */
describe('large and pathological entries (finding 5)', () => {
  const FIVE_MB = 5 * 1024 * 1024;
  const shapes: [string, string][] = [
    ['a heading followed by spaces', `# H${' '.repeat(FIVE_MB)}`],
    ['unclosed tags with an open quote', '<sup title="'.repeat(FIVE_MB / 12)],
    ['a run of <', '<'.repeat(FIVE_MB)],
    ['closed inline tags', '<sup>1</sup> '.repeat(FIVE_MB / 13)],
    ['plain prose', 'Lorem ipsum dolor sit amet, [link](https://example.org) *x*.\n'.repeat(FIVE_MB / 60)],
  ];
  for (const [name, body] of shapes) {
    for (const ext of ['md', 'mdx'] as const) {
      it(`refuses 5 MB of ${name} in .${ext} as too large, naming the file`, () => {
        const lines = check(ext, `\n${body}`);
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(new RegExp(`^content/cases/attack\\.${ext}:1: file: the file is \\d+ KB; an entry may be at most 100 KB`));
      });
    }
  }

  it('checks an entry just under the size limit whose body is one unclosed tag after another (1,000 of them)', () => {
    const lines = check('md', `\n${'<sup title="'.repeat(1000)}\n${'Text. '.repeat(10_000)}`);
    expect(lines.every((l) => l.startsWith('content/cases/attack.md:'))).toBe(true);
  });

  it("refuses a body with more than 1,000 '<', at the line of the first one over", () => {
    const body = `\n${'<sup>1</sup>\n'.repeat(600)}`;
    expect(check('md', body)).toEqual([
      at('md', L + 500, "the body has 1200 '<' characters; at most 1000 are allowed (Markdown needs none: write \\< for a literal <, or put code in a code block)"),
    ]);
  });
});
