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

  it('leaves a page without a body element unchanged', () => {
    const plain = '<html lang="en"><body><p>List</p></body></html>';
    expect(indexedPart(plain)).toBe(plain);
  });
});
