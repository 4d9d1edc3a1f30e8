/**
 * The guided contribution form (/{lang}/contribute/new/), as pure functions the browser island and
 * the tests share: answers in, entry file(s) out, written from templates/ by the same renderer as
 * `npm run new` (scaffold.ts); the rendered frontmatter validated by the content schema itself
 * (src/schema/collections.ts), so the form and `npm run check:content` cannot disagree on a field;
 * and the three ways to send the result (web editor, issue form, e-mail).
 * No DOM and no file system here.
 */
import jsYaml from 'js-yaml';
import type { z } from 'astro/zod';
import { caseSchema, eventSchema, methodSchema, organisationSchema } from '../schema/collections.ts';
import { caseSectionHeadings, type CaseSection } from '../schema/sections.ts';
import type { ContentLanguage } from '../schema/vocabulary.ts';
import { body as sayBody } from '../checks/messages.ts';
import { freeSlug, renderEntry, slugify, type EntryAnswers, type FieldValue } from './scaffold.ts';
import type { RepositoryConfig } from './edit-links.ts';

export const proposalKinds = ['cases', 'methods', 'events'] as const;
export type ProposalKind = (typeof proposalKinds)[number];

export interface NewOrganisation {
  name: string;
  type: string;
  country: string;
}

/** What the form asks. Empty strings are unanswered; fields a kind does not have are ignored. */
export interface Proposal {
  kind: ProposalKind;
  language: ContentLanguage;
  title: string;
  summary: string;
  topics: string[];
  countries: string[];
  organisations: string[];
  /** "My organisation is not listed": written as a new organisation entry and referenced by id. */
  newOrganisation?: NewOrganisation | undefined;
  place: string;
  start: string;
  end: string;
  stage: string;
  outcome: string;
  stopReason: string;
  stopNote: string;
  eventType: string;
  city: string;
  online: boolean;
  /** Body sections by name (see bodySections). */
  sections: Record<string, string>;
}

/** The body sections the form asks per kind; for methods and events, in the template's TODO order. */
export const bodySections: Record<ProposalKind, readonly string[]> = {
  cases: ['background', 'whatWasDone', 'results', 'lessons', 'doDifferently'],
  methods: ['about', 'howUsed'],
  events: ['programme'],
};

export function emptyProposal(kind: ProposalKind, language: ContentLanguage): Proposal {
  return {
    kind,
    language,
    title: '',
    summary: '',
    topics: [],
    countries: [],
    organisations: [],
    place: '',
    start: '',
    end: '',
    stage: '',
    outcome: '',
    stopReason: '',
    stopNote: '',
    eventType: '',
    city: '',
    online: false,
    sections: {},
  };
}

export type Templates = Record<ProposalKind | 'organisations', string>;

export interface KnownIds {
  cases: readonly string[];
  methods: readonly string[];
  events: readonly string[];
  organisations: readonly string[];
}

export interface ProposalFile {
  collection: ProposalKind | 'organisations';
  id: string;
  /** content/<collection>/<id>.<ext>, as the repository holds it. */
  path: string;
  text: string;
}

/** Ids are written from titles; a title of only symbols still needs a file name. */
function idFrom(title: string, fallback: string, taken: readonly string[]): string {
  const set = new Set(taken);
  return freeSlug(slugify(title) || fallback, (candidate) => set.has(candidate));
}

/** The new organisation's id, or undefined when the form has none. */
export function newOrganisationId(proposal: Proposal, known: KnownIds): string | undefined {
  const org = proposal.newOrganisation;
  if (!org) return undefined;
  return idFrom(org.name, 'new-organisation', known.organisations);
}

/**
 * Body text is Markdown written by someone who may not know Markdown: `<` is written as `&lt;` so
 * nothing they type becomes HTML (the content check refuses raw tags), and line ends are normalised.
 */
export function bodyText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/</g, '&lt;').trim();
}

function caseBody(proposal: Proposal): string {
  const headings = caseSectionHeadings[proposal.language];
  const parts: string[] = [];
  for (const section of bodySections.cases as readonly CaseSection[]) {
    const text = bodyText(proposal.sections[section] ?? '');
    // Lessons are required: always written, so an empty one is reported (and never silently dropped).
    if (!text && section !== 'lessons') continue;
    parts.push(`## ${headings[section]}\n\n${text}\n`);
  }
  return parts.join('\n');
}

/** Replaces the template body's TODO paragraphs, in order, with the author's sections (or nothing). */
function templateBody(body: string, texts: readonly string[]): string {
  let index = 0;
  return body.replace(/^TODO:.*$/gm, () => bodyText(texts[index++] ?? ''));
}

/**
 * Template lines the author did not answer and the schema does not require: left out, because the
 * pull-request check refuses any TODO left in content/ and an empty date is not a date.
 */
const UNANSWERED = [/^start: ""$/m, /^city: "TODO:.*$/m, /^country: [A-Z]{2} # TODO:.*$/m];

function withoutUnanswered(text: string): string {
  return UNANSWERED.reduce((out, pattern) => out.replace(new RegExp(`${pattern.source}\\n`, 'm'), ''), text);
}

function splitEntry(text: string): { frontmatter: string; body: string } {
  const match = /^(---\n[\s\S]*?\n---\n)([\s\S]*)$/.exec(text);
  return match ? { frontmatter: match[1]!, body: match[2]! } : { frontmatter: text, body: '' };
}

function entryAnswers(proposal: Proposal, organisations: string[], today: string): EntryAnswers {
  const fields: Record<string, FieldValue> = { summary: proposal.summary.trim() };
  const countries = proposal.countries;
  if (proposal.kind === 'cases') {
    fields['place'] = proposal.place.trim();
    fields['stage'] = proposal.stage;
    fields['outcome'] = proposal.outcome;
    if (proposal.start.trim()) fields['start'] = proposal.start.trim();
    if (proposal.end.trim()) fields['end'] = proposal.end.trim();
    if (proposal.stopReason) fields['stopReason'] = proposal.stopReason;
    if (proposal.stopNote.trim()) fields['stopNote'] = proposal.stopNote.trim();
  }
  if (proposal.kind === 'events') {
    fields['type'] = proposal.eventType;
    fields['start'] = proposal.start.trim();
    if (proposal.end.trim()) fields['end'] = proposal.end.trim();
    fields['online'] = proposal.online;
    if (proposal.city.trim()) fields['city'] = proposal.city.trim();
  }
  return {
    collection: proposal.kind,
    title: proposal.title.trim(),
    language: proposal.language,
    countries,
    topics: proposal.topics,
    organisations,
    today,
    fields,
  };
}

/**
 * The entry file(s) exactly as a contributor would write them: the template with its help comments,
 * the answers on their lines, the body in the entry's language. A new organisation comes first,
 * because the entry refers to it.
 */
export function proposalFiles(proposal: Proposal, templates: Templates, known: KnownIds, today: string): ProposalFile[] {
  const files: ProposalFile[] = [];
  const organisations = [...proposal.organisations];
  const orgId = newOrganisationId(proposal, known);
  if (orgId && proposal.newOrganisation) {
    const org = proposal.newOrganisation;
    const text = renderEntry(templates.organisations, {
      collection: 'organisations',
      title: org.name.trim(),
      today,
      fields: { type: org.type, ...(org.country ? { country: org.country } : {}) },
    });
    files.push({ collection: 'organisations', id: orgId, path: `content/organisations/${orgId}.yaml`, text: withoutUnanswered(text) });
    if (!organisations.includes(orgId)) organisations.push(orgId);
  }
  const id = idFrom(proposal.title, `new-${proposal.kind.replace(/s$/, '')}`, known[proposal.kind]);
  const rendered = withoutUnanswered(renderEntry(templates[proposal.kind], entryAnswers(proposal, organisations, today)));
  const { frontmatter, body } = splitEntry(rendered);
  const texts = bodySections[proposal.kind].map((name) => proposal.sections[name] ?? '');
  const newBody = proposal.kind === 'cases' ? `\n${caseBody(proposal)}` : templateBody(body, texts);
  files.push({ collection: proposal.kind, id, path: `content/${proposal.kind}/${id}.md`, text: `${frontmatter}${newBody}` });
  return files;
}

// ---------------------------------------------------------------------------------------------
// Validation with the content schema

/** What went wrong, as a translation key suffix the page words in the reader's language. */
export type FieldErrorCode = 'required' | 'tooShort' | 'tooLong' | 'chooseOne' | 'choose' | 'date' | 'stopReason' | 'stopNote' | 'endBeforeStart' | 'cityOrOnline' | 'invalid';

export interface FieldError {
  /** The form field: a schema key (title, topics …), `organisation.<key>` or `section.<name>`. */
  field: string;
  code: FieldErrorCode;
  values: Record<string, string | number>;
  /** The content check's own message (src/checks/messages.ts and the schema), in English. */
  detail: string;
}

type Issue = z.core.$ZodIssue;

function codeOf(issue: Issue, value: unknown): { code: FieldErrorCode; values: Record<string, string | number> } {
  const field = String(issue.path[0] ?? '');
  if (issue.code === 'custom') {
    if (field === 'stopReason') return { code: 'stopReason', values: {} };
    if (field === 'stopNote') return { code: 'stopNote', values: {} };
    if (field === 'end' || field === 'plannedEnd') return { code: 'endBeforeStart', values: {} };
    if (field === 'city') return { code: 'cityOrOnline', values: {} };
    if (field === 'start' || field === 'lastVerified') return { code: 'date', values: {} };
    return { code: 'invalid', values: {} };
  }
  if (issue.code === 'too_small') {
    if (issue.origin === 'array') return { code: 'chooseOne', values: {} };
    if (value === '' || value === undefined) return { code: 'required', values: {} };
    return { code: 'tooShort', values: { min: Number(issue.minimum) } };
  }
  if (issue.code === 'too_big') return { code: 'tooLong', values: { max: Number(issue.maximum) } };
  if (issue.code === 'invalid_value') return { code: value === '' || value === undefined ? 'required' : 'choose', values: {} };
  if (issue.code === 'invalid_type' && value === undefined) return { code: 'required', values: {} };
  if (issue.code === 'invalid_format' && (field === 'start' || field === 'end')) return { code: value === '' ? 'required' : 'date', values: {} };
  return { code: 'invalid', values: {} };
}

function schemaErrors(schema: z.ZodType, frontmatter: unknown, prefix: string): FieldError[] {
  const result = schema.safeParse(frontmatter);
  if (result.success) return [];
  const data = (frontmatter ?? {}) as Record<string, unknown>;
  return result.error.issues.map((issue) => {
    const key = String(issue.path[0] ?? '');
    const { code, values } = codeOf(issue, data[key]);
    return { field: `${prefix}${key}`, code, values, detail: `${key}: ${issue.message}` };
  });
}

function frontmatterOf(file: ProposalFile): unknown {
  const yaml = file.collection === 'organisations' ? file.text : (/^---\n([\s\S]*?)\n---\n/.exec(file.text)?.[1] ?? '');
  return jsYaml.load(yaml);
}

const schemas = { cases: caseSchema, methods: methodSchema, events: eventSchema, organisations: organisationSchema } as const;

/**
 * The form's errors, from the files it would send: each file's frontmatter through its collection's
 * schema, and a case's required "Lessons learned" section. One error per field, the first.
 */
export function validateProposal(proposal: Proposal, files: readonly ProposalFile[]): FieldError[] {
  const errors: FieldError[] = [];
  for (const file of files) {
    const prefix = file.collection === 'organisations' ? 'organisation.' : '';
    errors.push(...schemaErrors(schemas[file.collection], frontmatterOf(file), prefix));
  }
  if (proposal.kind === 'cases' && !bodyText(proposal.sections['lessons'] ?? '')) {
    const heading = caseSectionHeadings[proposal.language].lessons;
    errors.push({ field: 'section.lessons', code: 'required', values: {}, detail: sayBody.emptySection('lessons', heading) });
  }
  const seen = new Set<string>();
  return errors.filter((error) => (seen.has(error.field) ? false : (seen.add(error.field), true)));
}

// ---------------------------------------------------------------------------------------------
// Sending

/**
 * A file without the template's help comments and blank YAML lines: the same entry, a third of
 * the size, so it fits an e-mail or issue link. Comment lines are help only; no value changes.
 */
export function compactText(file: ProposalFile): string {
  const strip = (yaml: string) =>
    yaml
      .split('\n')
      .filter((line) => line.trim() !== '' && !/^#/.test(line))
      .join('\n');
  if (file.collection === 'organisations') return `${strip(file.text)}\n`;
  const { frontmatter, body } = splitEntry(file.text);
  const inner = /^---\n([\s\S]*?)\n---\n$/.exec(frontmatter)?.[1] ?? '';
  return `---\n${strip(inner)}\n---\n${body}`;
}

/** All files as one text, each under a line naming its path: what the e-mail and the issue carry. */
export function bundleText(files: readonly ProposalFile[]): string {
  return files.map((file) => `=== ${file.path} ===\n${compactText(file).replace(/\n*$/, '\n')}`).join('\n');
}

/** Browsers and mail programs cut or refuse longer mailto: links (Outlook near 2,000 characters). */
export const MAX_MAILTO_LENGTH = 2000;
/** GitHub answers 414 to longer addresses; issue links beyond this leave the entry out. */
export const MAX_ISSUE_URL_LENGTH = 8000;

function encodeQuery(params: Record<string, string>): string {
  return Object.entries(params)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&');
}

export interface MailLink {
  href: string;
  /** False when the entry did not fit: the body asks for the attached file instead. */
  complete: boolean;
}

/** mailto: to the editors with every file in the body, or, when too long, a note to attach them. */
export function mailtoLink(email: string, subject: string, files: readonly ProposalFile[], attachNote: string): MailLink {
  const full = `mailto:${email}?${encodeQuery({ subject, body: bundleText(files) })}`;
  if (full.length <= MAX_MAILTO_LENGTH) return { href: full, complete: true };
  const names = files.map((file) => file.path.split('/').pop()).join(', ');
  return { href: `mailto:${email}?${encodeQuery({ subject, body: `${attachNote}\n\n${names}\n` })}`, complete: false };
}

export interface IssueLink {
  href: string;
  complete: boolean;
}

/**
 * The "Propose a case" issue form, its fields prefilled by id (GitHub fills a field from the query
 * parameter of the same name) and the entry file(s) in the `entry` field for the bot.
 */
export function proposalIssueLink(proposal: Proposal, files: readonly ProposalFile[], repository: string): IssueLink {
  const orgs = [...proposal.organisations, ...(proposal.newOrganisation ? [proposal.newOrganisation.name] : [])];
  const fields: Record<string, string> = {
    template: 'propose-a-case.yml',
    title: `${proposal.kind === 'cases' ? 'Case' : proposal.kind === 'methods' ? 'Method' : 'Event'}: ${proposal.title.trim()}`,
    place: proposal.kind === 'events' ? proposal.city : proposal.place,
    countries: proposal.countries.join(','),
    organisations: orgs.join(', '),
    period: [proposal.start, proposal.end].filter(Boolean).join(' – '),
    summary: proposal.summary,
    lessons: proposal.sections['lessons'] ?? '',
  };
  if (proposal.kind === 'cases') {
    fields['stage'] = proposal.stage;
    fields['outcome'] = proposal.outcome;
    if (proposal.stopReason) fields['stopReason'] = proposal.stopReason;
  }
  const base = `${repository.replace(/\/+$/, '')}/issues/new?`;
  const withEntry = `${base}${encodeQuery({ ...fields, entry: bundleText(files) })}`;
  if (withEntry.length <= MAX_ISSUE_URL_LENGTH) return { href: withEntry, complete: true };
  return { href: `${base}${encodeQuery(fields)}`, complete: false };
}

/** The web editor on each new file, prefilled: one link per file, organisation first. */
export function pullRequestLinks(files: readonly ProposalFile[], config: RepositoryConfig): { path: string; href: string }[] {
  return files.map((file) => {
    const folder = `${config.contentDir}/${file.collection}`;
    const name = file.path.split('/').pop()!;
    const query = `filename=${encodeURIComponent(name)}&value=${encodeURIComponent(file.text)}`;
    return { path: file.path, href: `${config.repository.replace(/\/+$/, '')}/new/${encodeURIComponent(config.branch)}/${folder}?${query}` };
  });
}
