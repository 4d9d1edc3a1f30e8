/**
 * The components contributed MDX may use, keyed by the names in allowlist.ts. Entry pages pass
 * this map to `<Content components={components} />`; the `satisfies` keeps it in step with the
 * allowlist, so a component cannot be allowed without an implementation or the other way round.
 */
import Callout from './Callout.astro';
import Figure from './Figure.astro';
import KeyFigure from './KeyFigure.astro';
import Quote from './Quote.astro';
import type { AllowedComponentName } from './allowlist.ts';

export const components = { Callout, KeyFigure, Quote, Figure } satisfies Record<AllowedComponentName, unknown>;
