/**
 * Imported first by islands that bundle the content schema. zod compiles fast parsers with
 * `new Function` after probing whether eval is allowed; the site's CSP forbids eval, and even the
 * caught probe is reported as a violation. Building the schemas already probes, so this must run
 * before any schema module is evaluated. Plain parsing is ample in the browser.
 */
import { z } from 'astro/zod';

z.config({ jitless: true });
