/**
 * One fixture per MDX/Markdown attack: each entry is a valid case whose body carries one attack;
 * the check must name it with the exact message and line. BODY_LINE is the first body line.
 */
import { describe, expect, it } from 'vitest';
import { BODY_LINE, caseWithBody, problemLines } from './helpers.ts';

const LESSONS = '\n## Lessons learned\n\nText.\n';
const L = BODY_LINE + 1; // each attack below sits on the second body line

function check(ext: 'md' | 'mdx', attack: string): string[] {
  return problemLines({ [`content/cases/attack.${ext}`]: caseWithBody(`\n${attack}\n${LESSONS}`) });
}
const at = (ext: string, line: number, message: string) => `content/cases/attack.${ext}:${line}: body: ${message}`;

const SCRIPT = "<script> is not allowed: it could run code or load other pages in a reader's browser; remove it";
const dangerous = (tag: string) => `<${tag}> is not allowed: it could run code or load other pages in a reader's browser; remove it`;
const jsLink = (url: string) => `the address '${url}' is a 'javascript:' link, which runs code; expected an address starting with https://`;
const dataUrl = (url: string) =>
  `the address '${url}' is a 'data:' address, which can hide code; expected an address starting with https:// or a file in /media/`;

describe('MDX attacks', () => {
  const cases: [name: string, attack: string, expected: string[]][] = [
    ['import', "import fs from 'node:fs'", [at('mdx', L, '`import` is not allowed in an entry: it would run code when the site is built; remove the line (the allowed components need no import)')]],
    ['export', 'export const x = globalThis.process.exit(1)', [at('mdx', L, '`export` is not allowed in an entry: it would run code when the site is built; remove the line (the allowed components need no import)')]],
    ['flow expression', '{process.exit(1)}', [at('mdx', L, "'{process.exit(1)}' is a JavaScript expression, which is not allowed; remove the braces, or write \\{ and \\} to show a literal brace")]],
    ['text expression', 'Total: {1 + 1} cases', [at('mdx', L, "'{1 + 1}' is a JavaScript expression, which is not allowed; remove the braces, or write \\{ and \\} to show a literal brace")]],
    ['comment expression', '{/* hidden note */}', [at('mdx', L, "'{/* hidden note */}' is a JavaScript expression, which is not allowed; remove the braces, or write \\{ and \\} to show a literal brace")]],
    ['attribute expression', '<KeyFigure value={globalThis.x} label="y" />', [at('mdx', L, '<KeyFigure value={…}> uses a JavaScript expression; expected text in quotes, e.g. value="…"')]],
    ['spread attribute', '<KeyFigure {...props} value="1" label="y" />', [at('mdx', L, '<KeyFigure> has a {…} spread of properties, which runs code; expected plain name="value" properties')]],
    ['component not on the list', '<Chart data="x" />', [at('mdx', L, "<Chart> is not an allowed component; allowed: <Callout>, <KeyFigure>, <Quote>, <Figure>")]],
    ['component in the wrong case', '<callout type="note">x</callout>', [at('mdx', L, "<callout> is not an allowed component; did you mean <Callout>? allowed: <Callout>, <KeyFigure>, <Quote>, <Figure>")]],
    ['member component', '<Callout.Inner />', [at('mdx', L, '<Callout.Inner> is not an allowed component; did you mean <Callout>? allowed: <Callout>, <KeyFigure>, <Quote>, <Figure>')]],
    ['fragment', '<>text</>', [at('mdx', L, 'an empty tag <> is not allowed; expected one of the components <Callout>, <KeyFigure>, <Quote>, <Figure>')]],
    ['script', '<script>alert(1)</script>', [at('mdx', L, SCRIPT)]],
    ['SCRIPT in capitals', '<SCRIPT>alert(1)</SCRIPT>', [at('mdx', L, SCRIPT)]],
    ['style', '<style media="all"></style>', [at('mdx', L, dangerous('style'))]],
    ['style with CSS (not even valid MDX)', '<style>body{display:none}</style>', [at('mdx', L, 'MDX syntax error: Could not parse expression with acorn; expected Markdown with only the allowed components (write \\< or \\{ for a literal < or {)')]],
    ['iframe', '<iframe src="https://example.org/" />', [at('mdx', L, dangerous('iframe'))]],
    ['object', '<object data="x.swf" />', [at('mdx', L, dangerous('object'))]],
    ['embed', '<embed src="x.swf" />', [at('mdx', L, dangerous('embed'))]],
    ['event handler on a component', '<Callout type="note" onClick="alert(1)">x</Callout>', [at('mdx', L, "'onClick' on <Callout> is an event handler, which runs code; remove it")]],
    ['event handler on an element', '<img src="x" onerror="alert(1)" />', [at('mdx', L, "'onerror' on <img> is an event handler, which runs code; remove it"), at('mdx', L, '<img> is not an allowed component; allowed: <Callout>, <KeyFigure>, <Quote>, <Figure>')]],
    ['javascript: in a component prop', '<Figure src="javascript:alert(1)" alt="x" />', [at('mdx', L, jsLink('javascript:alert(1)'))]],
    ['entity-obfuscated javascript: in a prop', '<Figure src="java&#115;cript:alert(1)" alt="x" />', [at('mdx', L, jsLink('javascript:alert(1)'))]],
    ['data: in a component prop', '<Figure src="data:image/svg+xml;base64,PHN2Zz4=" alt="x" />', [at('mdx', L, dataUrl('data:image/svg+xml;base64,PHN2Zz4='))]],
    ['HTML comment', '<!-- <script>alert(1)</script> -->', [at('mdx', L, 'HTML comments (<!-- … -->) are not allowed; remove the comment')]],
    ['unknown prop', '<Callout kind="note">x</Callout>', [at('mdx', L, "<Callout> has no property 'kind'; allowed: type, title")]],
    ['prop value not allowed', '<Callout type="danger">x</Callout>', [at('mdx', L, "'danger' is not allowed for type on <Callout>; allowed: note, warning, lesson")]],
    ['missing required prop', '<KeyFigure value="52" />', [at('mdx', L, "<KeyFigure> needs the property 'label'; add label=\"…\"")]],
    ['children where none are taken', '<KeyFigure value="52" label="x">more</KeyFigure>', [at('mdx', L, '<KeyFigure> takes no content between its tags; expected <KeyFigure … /> on its own')]],
    ['MDX syntax error', 'A < in text <', [expect.stringMatching(new RegExp(`^content/cases/attack\\.mdx:${L}: body: MDX syntax error: .+; expected Markdown with only the allowed components \\(write \\\\< or \\\\{ for a literal < or \\{\\)$`))]],
  ];
  for (const [name, attack, expected] of cases) {
    it(`refuses ${name}`, () => {
      expect(check('mdx', attack)).toEqual(expected);
    });
  }

  it('reports the line of a multi-line tag’s attribute', () => {
    expect(check('mdx', '<Callout\n  type="note"\n  onClick="alert(1)"\n>\nx\n</Callout>')).toEqual([
      at('mdx', L + 2, "'onClick' on <Callout> is an event handler, which runs code; remove it"),
    ]);
  });
});

describe('Markdown (and MDX) link attacks', () => {
  const cases: [name: string, attack: string, message: string][] = [
    ['javascript: link', '[click](javascript:alert(1))', jsLink('javascript:alert(1)')],
    ['JavaScript: in mixed case with leading space', '[click]( JavaScript:alert(1))', jsLink('JavaScript:alert(1)')],
    ['entity-obfuscated javascript: link', '[click](java&#115;cript:alert(1))', jsLink('javascript:alert(1)')],
    ['hex-entity colon', '[click](javascript&#x3a;alert(1))', jsLink('javascript:alert(1)')],
    ['autolink', '<javascript:alert(1)>', jsLink('javascript:alert(1)')],
    ['data: image', '![x](data:text/html;base64,PHNjcmlwdD4=)', dataUrl('data:text/html;base64,PHNjcmlwdD4=')],
    ['definition', '[x]\n\n[x]: javascript:alert(1)', jsLink('javascript:alert(1)')],
    ['vbscript:', '[x](vbscript:msgbox)', "the address 'vbscript:msgbox' is a 'vbscript:' link, which runs code; expected an address starting with https://"],
    ['other scheme', '[x](file:///etc/passwd)', "the address 'file:///etc/passwd' uses 'file:', which is not allowed; expected https://, http://, mailto: or tel:"],
  ];
  for (const ext of ['md', 'mdx'] as const) {
    for (const [name, attack, message] of cases) {
      if (name === 'autolink' && ext === 'mdx') continue; // MDX has no <…> autolinks; see below
      // The definition sits two lines below the reference.
      const line = name === 'definition' ? L + 2 : L;
      it(`refuses a ${name} in .${ext}`, () => {
        expect(check(ext, attack)).toEqual([at(ext, line, message)]);
      });
    }
  }

  it('reads a label as text, not as an address ("Data: …" is fine in a title)', () => {
    expect(check('mdx', '<Callout type="note" title="Data: 52 municipalities">x</Callout>')).toEqual([]);
  });

  it('refuses an autolink in .mdx as a syntax error', () => {
    expect(check('mdx', '<javascript:alert(1)>')).toEqual([
      expect.stringMatching(new RegExp(`^content/cases/attack\\.mdx:${L}: body: MDX syntax error: `)),
    ]);
  });

  it('keeps images on the site: /media/ only (no third-party requests)', () => {
    const notLocal = (url: string, ext: string) =>
      at(ext, L, `the image '${url}' is not kept on this site (readers' browsers would fetch it from elsewhere); expected a file in public/media/, written as /media/<file name>`);
    expect(check('md', '![A chart](https://example.org/chart.png)')).toEqual([notLocal('https://example.org/chart.png', 'md')]);
    expect(check('mdx', '<Figure src="//example.org/x.png" alt="x" />')).toEqual([notLocal('//example.org/x.png', 'mdx')]);
    expect(check('md', '![A chart](/media/chart.png)')).toEqual([]);
  });

  it('accepts https, http, mailto, tel, relative links and anchors', () => {
    expect(check('md', '[a](https://example.org/) [b](http://example.org/) [c](mailto:ehalsa@example.se) [d](tel:+4612345) [e](/en/cases/) [f](#top)')).toEqual([]);
  });
});

describe('raw HTML in plain Markdown', () => {
  const cases: [name: string, attack: string, expected: string[]][] = [
    ['script', '<script>alert(1)</script>', [at('md', L, SCRIPT)]],
    ['ScRiPt in mixed case', '<ScRiPt src="https://example.org/x.js"></ScRiPt>', [at('md', L, SCRIPT)]],
    ['style', '<style>body { display: none }</style>', [at('md', L, dangerous('style'))]],
    ['iframe', '<iframe src="https://example.org/"></iframe>', [at('md', L, dangerous('iframe'))]],
    ['object', '<object data="x"></object>', [at('md', L, dangerous('object'))]],
    ['embed', '<embed src="x">', [at('md', L, dangerous('embed'))]],
    ['event handler on an allowed tag', 'Text <sup onmouseover="alert(1)">1</sup>', [at('md', L, "'onmouseover' on <sup> is an event handler, which runs code; remove it")]],
    ['javascript: in an attribute', '<a href="javascript:alert(1)">x</a>', [at('md', L, 'raw HTML <a> is not allowed; use Markdown instead (allowed HTML: <br>, <wbr>, <sup>, <sub>, <abbr>, <kbd>, <mark>, <small>, <del>, <ins>, <s>)'), at('md', L, jsLink('javascript:alert(1)'))]],
    ['entity- and whitespace-obfuscated javascript: in an attribute', '<abbr title="x" data-x="&#x20;java&#x09;script&colon;alert(1)">x</abbr>', [at('md', L, "the attribute 'data-x' on <abbr> is not allowed; expected the tag without attributes (only title=\"…\" is kept)"), at('md', L, jsLink('&#x20;java&#x09;script&colon;alert(1)'))]],
    ['HTML comment hiding a script', '<!--\n<script>alert(1)</script>\n-->', [at('md', L, 'HTML comments (<!-- … -->) are not allowed: they can hide content from reviewers; remove the comment')]],
    ['processing instruction', '<?php echo 1; ?>', [at('md', L, "'<?php echo 1' is not allowed; remove it")]],
    ['CDATA', '<![CDATA[ x ]]>', [at('md', L, "'<![CDATA[ x ' is not allowed; remove it")]],
    ['script later in an HTML block', '<div>\n<p>ok</p>\n<script>alert(1)</script>\n</div>', [
      at('md', L, 'raw HTML <div> is not allowed; use Markdown instead (allowed HTML: <br>, <wbr>, <sup>, <sub>, <abbr>, <kbd>, <mark>, <small>, <del>, <ins>, <s>)'),
      at('md', L + 1, 'raw HTML <p> is not allowed; use Markdown instead (allowed HTML: <br>, <wbr>, <sup>, <sub>, <abbr>, <kbd>, <mark>, <small>, <del>, <ins>, <s>)'),
      at('md', L + 2, SCRIPT),
    ]],
  ];
  for (const [name, attack, expected] of cases) {
    it(`refuses ${name}`, () => {
      expect(check('md', attack)).toEqual(expected);
    });
  }

  it('accepts the small safe set of inline tags', () => {
    expect(check('md', 'H<sub>2</sub>O, 10<sup>3</sup>, <abbr title="chronic obstructive pulmonary disease">COPD</abbr><br>')).toEqual([]);
  });

  it('leaves code alone: braces and tags inside code are text', () => {
    expect(check('mdx', '`{not an expression}` and\n\n```\n<script>not a script</script>\n```')).toEqual([]);
    expect(check('md', '`<script>` in inline code')).toEqual([]);
  });
});
