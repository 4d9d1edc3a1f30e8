import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../src/search/decompound.ts';
import { compoundParts } from '../../src/search/compound-parts.ts';
import { extraTermsFor, extraTermsText } from '../../src/search/terms.ts';
import { indexedPart, pageText } from '../../src/search/page-text.ts';

const lexicon = buildLexicon([...compoundParts, 'hemmonitorering']);

describe('extraTermsFor', () => {
  it('adds folded spellings Pagefind would not find', () => {
    const terms = extraTermsFor('Kjøpe der vi kan, bygge der vi må', lexicon);
    expect(terms.folded).toContain('kjope');
    // å is folded by Pagefind itself: no extra term needed.
    expect(terms.folded).not.toContain('ma');
  });

  it('adds compound parts that are not already on the page', () => {
    const terms = extraTermsFor('Egenvård och hemmonitorering vid KOL; helsetjenester', lexicon);
    expect(terms.parts).toEqual(expect.arrayContaining(['monitorering', 'hem', 'helse', 'tjenester', 'egen', 'vard']));
    const present = extraTermsFor('hemmonitorering och monitorering', lexicon);
    expect(present.parts).toEqual(['hem']);
  });

  it('stays small: no terms for plain English text', () => {
    const terms = extraTermsFor('A Vinnova-funded project coordinated by the municipality with a shared vision.', lexicon);
    expect(extraTermsText(terms)).toBe('');
  });
});

describe('pageText', () => {
  const html = `<html><body><header>Menu Search</header><main><article data-pagefind-body><h1>Hemmonitorering</h1>
    <p hidden data-search-terms>KOL · COPD</p><div data-pagefind-ignore>Skip me</div><script>var x</script></article></main></body></html>`;

  it('reads only the indexed body, without ignored parts and scripts', () => {
    const { hasBody, text } = pageText(html);
    expect(hasBody).toBe(true);
    expect(text).toContain('Hemmonitorering');
    expect(text).toContain('COPD');
    expect(text).not.toContain('Menu');
    expect(text).not.toContain('Skip me');
    expect(text).not.toContain('var x');
  });

  it('puts extra terms inside the search-terms element, escaped', () => {
    const out = indexedPart(html, 'hem monitorering <b>');
    expect(out).toContain('<p hidden data-search-terms><span> hem monitorering &lt;b> </span>KOL');
  });

  it('falls back to the start of the body element', () => {
    const out = indexedPart('<main data-pagefind-body><h1>x</h1></main>', 'kjope');
    expect(out).toBe('<!DOCTYPE html><html><head></head><body><main><main data-pagefind-body><span> kjope </span><h1>x</h1></main></body></html>');
  });

  it('reads entities, nested ignored parts and text after the indexed element as Pagefind does', () => {
    const page = `<main><article data-pagefind-body><p>Omsorg&shy;s&shy;teknik &amp; v&#xE4;lf&#228;rd</p>
      <div data-pagefind-ignore><div><p>inner</p></div><p>still ignored</p></div><p data-pagefind-ignore="false">kept</p>
      <p>a<b>b</b>c</p><svg><text>ikon</text></svg></article><aside>Follow this page</aside></main>`;
    expect(pageText(page).text).toBe('Omsorgsteknik & välfärd kept a b c');
  });
});

describe('indexedPart', () => {
  const page = '<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Ordnat införande</title><meta http-equiv="content-security-policy" content="script-src \'sha256-x\'"><style>p{}</style></head>'
    + '<body><header><nav>Meny</nav></header><main><article data-pagefind-body><h1>Ordnat</h1><p>KOL</p></article></main><footer>Sidfot</footer></body></html>';

  it('keeps the html tag, the title and the indexed element, and drops the rest of head, header and footer', () => {
    const out = indexedPart(page);
    expect(out).toBe('<!DOCTYPE html><html lang="sv"><head><title>Ordnat införande</title></head><body><main><article data-pagefind-body><h1>Ordnat</h1><p>KOL</p></article></main></body></html>');
    expect(pageText(out)).toEqual(pageText(page));
  });

  it('leaves out what Pagefind ignores entirely (data-pagefind-ignore="all"), filters and meta inside included, and keeps the rest', () => {
    // An organisation page's table of cases, a case's related cases: up to megabytes that Pagefind
    // would parse only to drop (issue 17).
    const listed = '<!DOCTYPE html><html lang="en"><head><title>Org</title></head><body><main data-pagefind-body><h1>Org</h1>'
      + '<section data-pagefind-ignore="all"><h2>Cases</h2><table><tr><td data-pagefind-filter="topic">x</td><td>Case one</td></tr></table><br></section>'
      + '<p hidden data-search-terms>KOL</p><div data-pagefind-ignore>kept for its filter <span data-pagefind-filter="country">SE</span></div>'
      + '<aside data-pagefind-ignore="all">Related <a href="/x/">Case two</a><div data-pagefind-ignore="all">nested</div></aside><p>End</p></main></body></html>';
    const out = indexedPart(listed, 'kol copd');
    expect(out).toBe('<!DOCTYPE html><html lang="en"><head><title>Org</title></head><body><main><main data-pagefind-body><h1>Org</h1>'
      + '<p hidden data-search-terms><span> kol copd </span>KOL</p><div data-pagefind-ignore>kept for its filter <span data-pagefind-filter="country">SE</span></div>'
      + '<p>End</p></main></body></html>');
    expect(pageText(indexedPart(listed)).text).toBe(pageText(listed).text);
    // An ignored element closed by its parent's end tag leaves that end tag in place.
    expect(indexedPart('<main data-pagefind-body><div><p data-pagefind-ignore="all">x</div><h1>y</h1></main>')).toContain('<div></div><h1>y</h1>');
    // Terms whose element sits after an ignored part still land inside it; without the element, at the body's start.
    expect(indexedPart('<main data-pagefind-body><div data-pagefind-ignore="all">x</div><h1>y</h1></main>', 't')).toBe(
      '<!DOCTYPE html><html><head></head><body><main><main data-pagefind-body><span> t </span><h1>y</h1></main></body></html>',
    );
  });

  it('leaves a page without a body element unchanged', () => {
    const plain = '<html lang="en"><body><p>List</p></body></html>';
    expect(indexedPart(plain)).toBe(plain);
  });
});
