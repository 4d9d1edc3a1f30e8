/**
 * The policy in src/lib/csp.ts: what Pagefind and the service worker need, nothing third-party, no
 * inline script, and a header policy that never narrows the per-page meta policy's script/style.
 */
import { describe, expect, it } from 'vitest';
import { astroCspConfig, headerOnlyDirectives, headerPolicy, metaDirectives, parsePolicy } from '../../src/lib/csp.ts';

describe('Content Security Policy', () => {
  const meta = parsePolicy([...metaDirectives, `script-src ${astroCspConfig().scriptDirective.resources.join(' ')}`].join('; '));

  it("allows Pagefind's WebAssembly and the same-origin service worker, and no inline script", () => {
    expect(meta.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(meta.get('worker-src')).toEqual(["'self'"]);
    expect(meta.get('connect-src')).toEqual(["'self'"]);
    expect(astroCspConfig().styleDirective.resources).toEqual(["'self'"]);
  });

  it('names no other origin and forbids plugins and framing', () => {
    for (const [name, sources] of meta) {
      for (const source of sources) expect(source, name).toMatch(/^('self'|'none'|'wasm-unsafe-eval'|data:)$/);
    }
    expect(meta.get('object-src')).toEqual(["'none'"]);
    expect(parsePolicy(headerPolicy()).get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('keeps header-only directives out of the meta policy and script/style out of the header', () => {
    for (const directive of headerOnlyDirectives) expect(metaDirectives.some((d) => d.startsWith(directive.split(' ')[0]!))).toBe(false);
    const header = parsePolicy(headerPolicy());
    for (const name of ['default-src', 'script-src', 'style-src']) expect(header.has(name), name).toBe(false);
  });
});
