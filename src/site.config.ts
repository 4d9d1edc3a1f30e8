/**
 * The one place for the site's name, address and repository. Everything else reads from here,
 * so renaming the project or moving the repository is a one-line change.
 */
/** COMMONS_BASE in Node (astro.config.mjs, scripts, the build); Astro's BASE_URL in the browser. */
function baseFromEnvironment(): string {
  const fromProcess = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env['COMMONS_BASE'];
  if (fromProcess !== undefined) return fromProcess;
  const fromVite = (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL;
  return fromVite === undefined || fromVite === '/' ? '' : fromVite.replace(/\/$/, '');
}

export const site = {
  name: 'Nordic Welfare Tech Commons',
  shortName: 'The Commons',
  /** Public address of the deployed site, used for canonical URLs, feeds and the sitemap. */
  url: 'https://nordic-welfare-tech-commons.github.io',
  /**
   * Base path the site is served under ('' at the root of a host; '/commons' for a GitHub project
   * site at https://owner.github.io/commons/). COMMONS_BASE sets it for one build without an edit
   * (test/e2e/base-path.test.ts builds with '/commons'). Browser islands import this file too:
   * there is no `process`, and Vite writes the base Astro was built with into BASE_URL.
   */
  base: baseFromEnvironment(),
  /** Repository on the hosting platform; the web-editor links are built from this and `branch`. */
  repository: 'https://github.com/nordic-welfare-tech-commons/commons',
  branch: 'main',
  /** Where the content lives inside the repository. */
  contentDir: 'content',
  /** Content licence suggested to contributors. */
  contentLicence: { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  codeLicence: 'MIT',
  /**
   * The editors' functional mailbox (never a person's): the contact point of the open-data
   * catalogue (DCAT-AP) that national portals show beside every dataset. Set it to a mailbox the
   * editors read before the site is registered with a portal.
   */
  contactEmail: 'editors@nordic-welfare-tech-commons.org',
  /**
   * Who publishes the catalogue, as open-data portals name it: the editors of the Commons, a
   * non-profit community. `type` is from the ADMS publisher-type vocabulary that DCAT-AP uses.
   */
  publisher: {
    name: 'Nordic Welfare Tech Commons editors',
    type: 'http://purl.org/adms/publishertype/NonProfitOrganisation',
    typeLabel: 'Non-profit organisation',
  },
  /** A case whose last verification is older than this is marked "may be out of date". */
  staleAfterMonths: 18,
} as const;
