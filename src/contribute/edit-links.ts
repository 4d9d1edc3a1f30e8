/**
 * Links that open the hosting platform's web editor, so a contributor needs no local setup:
 * "Edit this page" on every entry, and "Propose a case / method / event" on a new file prefilled
 * with the template. The repository and branch come from src/site.config.ts and nowhere else.
 *
 * GitHub's forms: <repo>/edit/<branch>/<path> and <repo>/new/<branch>/<folder>?filename=…&value=….
 * A person without write access gets a fork and a pull request from the same pages.
 */
import { site } from '../site.config.ts';
import { collectionFacts, type CollectionName } from '../schema/collection-registry.ts';
import type { ContentLanguage } from '../schema/vocabulary.ts';
import { fileExtensionFor, localiseCaseHeadings, setField } from './scaffold.ts';

export interface RepositoryConfig {
  repository: string;
  branch: string;
  contentDir: string;
}

const defaults: RepositoryConfig = { repository: site.repository, branch: site.branch, contentDir: site.contentDir };

function repositoryBase(config: RepositoryConfig): string {
  return config.repository.replace(/\/+$/, '');
}

/** Encodes each segment of a repository path, keeping the slashes. */
function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/**
 * The path of a content file inside the repository. Astro gives `filePath` relative to the project
 * ("content/cases/x.md"), but a content folder set by COMMONS_CONTENT_DIR may make it absolute or
 * different; what follows the last `<folder>/<collection>/` is what the repository holds.
 */
export function repositoryPath(filePath: string, collection: CollectionName, config: RepositoryConfig = defaults): string {
  const normalised = filePath.replace(/\\/g, '/');
  const marker = `/${collection}/`;
  const at = normalised.lastIndexOf(marker);
  const name = at >= 0 ? normalised.slice(at + marker.length) : normalised.split('/').pop()!;
  return `${config.contentDir}/${collection}/${name}`;
}

/** "Edit this page": the web editor on the entry's file. */
export function editUrl(filePath: string, collection: CollectionName, config: RepositoryConfig = defaults): string {
  return `${repositoryBase(config)}/edit/${encodeURIComponent(config.branch)}/${encodePath(repositoryPath(filePath, collection, config))}`;
}

/** The file's history, for a reader who wants to see who changed what and when. */
export function historyUrl(filePath: string, collection: CollectionName, config: RepositoryConfig = defaults): string {
  return `${repositoryBase(config)}/commits/${encodeURIComponent(config.branch)}/${encodePath(repositoryPath(filePath, collection, config))}`;
}

/** The template as a file on the hosting platform, for people who prefer to copy it. */
export function templateUrl(collection: CollectionName, config: RepositoryConfig = defaults): string {
  return `${repositoryBase(config)}/blob/${encodeURIComponent(config.branch)}/templates/${collection}${fileExtensionFor(collection)}`;
}

/** The file name offered in the web editor; the person replaces it with a short form of the title. */
/**
 * The template as prefilled in the web editor: in the proposer's language (a case gets its section
 * headings in that language), without the commented-out examples of nested fields, so the link
 * stays well under the length web servers accept (the full template is one link away).
 */
export function proposalText(template: string, collection: CollectionName, language: ContentLanguage): string {
  const lines = template.split('\n').filter((line) => !/^#(?:\s{2,}| - )[a-z][A-Za-z]*:/.test(line));
  if (fileExtensionFor(collection) === '.md') setField(lines, 'language', language);
  const text = lines.join('\n');
  return collection === 'cases' ? localiseCaseHeadings(text, language) : text;
}

/** "Propose a case": the web editor on a new file in content/<collection>/, prefilled with the template. */
export function proposeUrl(
  collection: CollectionName,
  template: string,
  language: ContentLanguage,
  config: RepositoryConfig = defaults,
): string {
  const query = new URLSearchParams({
    filename: `${collectionFacts[collection].fileNameExample}${fileExtensionFor(collection)}`,
    value: proposalText(template, collection, language),
  });
  // URLSearchParams writes spaces as "+", which GitHub's editor shows literally; %20 is read everywhere.
  return `${repositoryBase(config)}/new/${encodeURIComponent(config.branch)}/${encodePath(`${config.contentDir}/${collection}`)}?${query.toString().replace(/\+/g, '%20')}`;
}

/**
 * "Report outdated information": the issue form in .github/ISSUE_TEMPLATE/report-outdated.yml,
 * with the page's address and title filled in (GitHub fills a form field from the query parameter
 * named by the field's id).
 */
export function reportOutdatedUrl(pageUrl: string, title: string, config: RepositoryConfig = defaults): string {
  const query = new URLSearchParams({ template: 'report-outdated.yml', title: `Outdated: ${title}`, page: pageUrl });
  return `${repositoryBase(config)}/issues/new?${query.toString().replace(/\+/g, '%20')}`;
}

/**
 * "Report outdated information" by e-mail, for readers without a GitHub account: the editors'
 * functional mailbox (site.config.ts), with the page's address and title already in the message.
 */
export function reportOutdatedMailto(pageUrl: string, title: string, email: string = site.contactEmail): string {
  const query = `subject=${encodeURIComponent(`Outdated: ${title}`)}&body=${encodeURIComponent(`Page: ${pageUrl}\n\nWhat is out of date or wrong:\n\nWhat is correct now, and where an editor can check it:\n`)}`;
  return `mailto:${email}?${query}`;
}

/** "Propose a case" as an issue, for people who would rather describe it than fill in a file. */
export function proposeIssueUrl(config: RepositoryConfig = defaults): string {
  return `${repositoryBase(config)}/issues/new?template=propose-a-case.yml`;
}
