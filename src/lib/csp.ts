/**
 * The Content Security Policy, in one place. Astro's `security.csp` (astro.config.mjs) writes it
 * into a `<meta http-equiv="content-security-policy">` on every page, adding a hash for each inline
 * script and style it emits, so no `'unsafe-inline'` is needed for scripts or styles. A static host
 * that can send headers (deploy/nginx.conf) adds `headerOnlyDirectives`, which browsers ignore in
 * a meta element. GitHub Pages cannot send headers: there the meta policy is all there is.
 *
 * Pure data and string functions: the config, the nginx test and the CSP gate all read from here.
 */

/** Sources for `script-src`. Pagefind compiles its WebAssembly search core: `'wasm-unsafe-eval'`. */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Sources for `style-src`; Astro adds the hashes of inline `<style>` elements. */
export const styleSources = ["'self'"] as const;

/**
 * Every other directive, valid in a meta element. Nothing from a third party: the Commons makes no
 * request to anyone else. `worker-src 'self'` is the service worker (Workbox, same origin);
 * `connect-src 'self'` is Pagefind fetching its index fragments and the service worker's caching.
 */
export const metaDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Directives a browser honours only in a response header, not in a meta element. */
export const headerOnlyDirectives = ["frame-ancestors 'none'"] as const;

/** The `security.csp` value for astro.config.mjs. */
export function astroCspConfig() {
  return {
    algorithm: 'SHA-256' as const,
    directives: [...metaDirectives],
    scriptDirective: { resources: [...scriptSources] },
    styleDirective: { resources: [...styleSources] },
  };
}

/**
 * The policy a static host sends as a header. It leaves out script-src and style-src on purpose:
 * a page may carry two policies and a resource must pass both, so the header adds what a meta
 * element cannot say (frame-ancestors) and repeats the rest, while the per-page meta policy, with
 * the hashes of that build's inline scripts and styles, stays the one that governs scripts and
 * styles. Without default-src, the header does not restrict them at all.
 */
export function headerPolicy(): string {
  const withoutDefault = metaDirectives.filter((directive) => !directive.startsWith('default-src'));
  return [...withoutDefault, ...headerOnlyDirectives].join('; ');
}

/** Splits a policy string into directive name → sources. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}
