/**
 * The vitest side of the browser tests: `useSite()` registers the hooks that start and stop the
 * built site's static server and Chromium (test/helpers/site.ts), and `recordProblems()` collects
 * what goes wrong on a page. Kept apart from site.ts, which scripts (bench, search report) import
 * outside vitest.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { assertBuilt, launchBrowser, serveStatic, type StaticServer } from './site.ts';

export interface SiteOptions {
  /** The folder to serve, the built site by default; a function is asked when the server starts, for a folder an earlier beforeAll makes. */
  root?: string | (() => string);
  /** Headers sent with every response, as a host would send them (a Content-Security-Policy, say). */
  headers?: Record<string, string>;
}

export interface Site {
  /** The static server's origin, such as `http://127.0.0.1:40123`. */
  readonly url: string;
  readonly browser: Browser;
  /** A page in a browser context of its own, made with Playwright's context options; `page.context().close()` ends both. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
}

/**
 * The built site on a static server and Chromium, for the tests of the file or describe block that
 * calls this: registers a beforeAll that checks the site is built and starts both, and an afterAll
 * that closes both. `url` and `browser` can be read once that beforeAll has run.
 */
export function useSite(options: SiteOptions = {}): Site {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    assertBuilt();
    server = await serveStatic(typeof options.root === 'function' ? options.root() : options.root, options.headers);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`site.${name} is read before useSite's beforeAll has started it`);
    return value;
  };
  return {
    get url() {
      return started(server, 'url').url;
    },
    get browser() {
      return started(browser, 'browser');
    },
    async newPage(contextOptions) {
      return (await started(browser, 'browser').newContext(contextOptions)).newPage();
    },
  };
}

/**
 * Collects into `problems` what goes wrong on a page from now on: console errors, uncaught page
 * errors and responses of 400 or more. Chromium also logs each such response as a console error
 * without its address ("Failed to load resource: the server responded with a status of …"); that
 * one is left to the response entry, which names the address.
 */
export function recordProblems(page: Page, problems: string[] = []): string[] {
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource: the server responded with a status of')) {
      problems.push(`${page.url()}: console error: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`${page.url()}: page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  return problems;
}

/** Waits until the page is controlled by a service worker (after registering, install and claim). */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
    }
  });
}
