/**
 * The self-hosting configuration sends the headers a static host should, caches hashed assets for
 * a year and HTML and the service worker not at all, and serves our file types with the right MIME
 * types. Also checks the GitHub Pages workflow's permissions. Reads the text; runs no server.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { findAll, headersOf, parseNginx, type Directive } from './nginx-config.ts';
import { headerPolicy, parsePolicy } from '../../src/lib/csp.ts';

const nginx = parseNginx(readFileSync('deploy/nginx.conf', 'utf8'));
const snippet = parseNginx(readFileSync('deploy/security-headers.conf', 'utf8'));
const containerfile = readFileSync('deploy/Containerfile', 'utf8');
const securityHeaders = headersOf(snippet);
const server = findAll(nginx, 'server')[0]!;
const locations = findAll(server.children!, 'location');

function location(...args: string[]): Directive {
  const found = locations.find((l) => l.args.join(' ') === args.join(' '));
  if (!found) throw new Error(`no location ${args.join(' ')}`);
  return found;
}

function maxAge(block: Directive): number | undefined {
  const value = headersOf(block.children!).get('cache-control') ?? '';
  const match = /max-age=(\d+)/.exec(value);
  return match ? Number(match[1]) : undefined;
}

describe('deploy/nginx.conf', () => {
  it('sends the security headers, always', () => {
    for (const name of ['content-security-policy', 'strict-transport-security', 'x-content-type-options', 'referrer-policy', 'permissions-policy']) {
      expect(securityHeaders.has(name), `${name} missing`).toBe(true);
    }
    for (const directive of findAll(snippet, 'add_header')) expect(directive.args.at(-1), directive.args[0]).toBe('always');
    expect(securityHeaders.get('x-content-type-options')).toBe('nosniff');
    expect(securityHeaders.get('strict-transport-security')).toMatch(/max-age=(\d{8,})/);
    expect(Number(/max-age=(\d+)/.exec(securityHeaders.get('strict-transport-security')!)![1])).toBeGreaterThanOrEqual(31_536_000);
    expect(securityHeaders.get('referrer-policy')).toMatch(/^(no-referrer|strict-origin-when-cross-origin|same-origin)$/);
    expect(securityHeaders.get('permissions-policy')).toContain('camera=()');
  });

  it('sends the CSP of src/lib/csp.ts, frame-ancestors included', () => {
    const csp = securityHeaders.get('content-security-policy')!;
    expect(csp).toBe(headerPolicy());
    expect(parsePolicy(csp).get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp).not.toContain('unsafe-inline');
  });

  it('includes the security headers in every location that sets headers of its own', () => {
    // nginx forgets inherited add_header directives in a block that adds any.
    for (const block of locations) {
      if (!headersOf(block.children!).size) continue;
      const includes = findAll(block.children!, 'include').map((d) => d.args[0]);
      expect(includes, `location ${block.args.join(' ')}`).toContain('/etc/nginx/snippets/security-headers.conf');
    }
    expect(containerfile).toMatch(/COPY\s+deploy\/security-headers\.conf\s+\/etc\/nginx\/snippets\/security-headers\.conf/);
    expect(containerfile).toMatch(/COPY\s+deploy\/nginx\.conf\s+\/etc\/nginx\/conf\.d\/default\.conf/);
  });

  it('caches hashed assets for a year, immutable; HTML and the service worker not', () => {
    const astro = location('/_astro/');
    expect(maxAge(astro)).toBeGreaterThanOrEqual(31_536_000);
    expect(headersOf(astro.children!).get('cache-control')).toContain('immutable');
    const pagefind = locations.find((l) => l.args.join(' ').includes('pagefind') && l.args.join(' ').includes('pf_fragment'));
    expect(pagefind, 'a location for Pagefind fragments').toBeDefined();
    expect(headersOf(pagefind!.children!).get('cache-control')).toContain('immutable');
    expect(maxAge(location('/'))).toBe(0);
    const worker = locations.find((l) => /sw/.test(l.args.join(' ')));
    expect(worker, 'a location for the service worker').toBeDefined();
    expect(headersOf(worker!.children!).get('cache-control')).toMatch(/no-cache/);
    expect(headersOf(worker!.children!).get('cache-control')).not.toContain('immutable');
  });

  it('serves the web manifest, calendar, wasm and Pagefind files with the right types', () => {
    const types = new Map<string, string>();
    for (const block of findAll(nginx, 'types')) for (const entry of block.children!) for (const ext of entry.args) types.set(ext, entry.name);
    expect(types.get('webmanifest')).toBe('application/manifest+json');
    expect(types.get('ics')).toBe('text/calendar');
    // .wasm comes from nginx's own mime.types (application/wasm since 1.21); it must not be overridden.
    expect(types.get('wasm') ?? 'application/wasm').toBe('application/wasm');
    expect(containerfile).toMatch(/FROM docker\.io\/library\/nginx:stable/);
    for (const ext of ['pf_fragment', 'pf_index', 'pf_meta', 'pf_filter']) expect(types.get(ext), ext).toBe('application/octet-stream');
    // Pagefind decompresses its own files; nginx must not gzip them a second time.
    const gzipTypes = findAll(server.children!, 'gzip_types').flatMap((d) => d.args);
    expect(gzipTypes).not.toContain('application/octet-stream');
  });

  it('serves directory indexes for trailing-slash URLs and the 404 page', () => {
    // `$uri/` hands directories to the index module, which redirects /en/cases to /en/cases/.
    expect(findAll(location('/').children!, 'try_files')[0]!.args).toEqual(['$uri', '$uri/', '=404']);
    expect(findAll(server.children!, 'error_page')[0]!.args).toEqual(['404', '/404.html']);
  });
});

describe('.github/workflows/deploy.yml', () => {
  const workflow = parseYaml(readFileSync('.github/workflows/deploy.yml', 'utf8')) as {
    on: { push: { branches: string[] } };
    permissions: Record<string, string>;
    jobs: Record<string, { permissions?: Record<string, string>; steps: { uses?: string; run?: string; with?: Record<string, unknown> }[] }>;
  };

  it('the container builds with exactly the lockfile and no devDependencies (tests, linters, benchmark)', () => {
    expect(containerfile).toMatch(/^RUN npm ci --omit=dev\b/m);
    expect(containerfile).not.toMatch(/npm install/);
  });

  it('builds on push to main with Node 24 and npm ci without devDependencies, and deploys with the Pages actions', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    const build = workflow.jobs.build!;
    expect(build.steps.find((s) => s.uses?.startsWith('actions/setup-node'))?.with?.['node-version']).toBe(24);
    expect(build.steps.some((s) => s.run?.startsWith('npm ci --omit=dev'))).toBe(true);
    expect(build.steps.some((s) => s.run === 'npm run build')).toBe(true);
    expect(build.steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with?.path).toBe('dist');
    expect(workflow.jobs.deploy!.steps.some((s) => s.uses?.startsWith('actions/deploy-pages'))).toBe(true);
  });

  it('grants pages and id-token write to the deploy job only', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(workflow.jobs.build!.permissions).toBeUndefined();
    expect(workflow.jobs.deploy!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });
});
