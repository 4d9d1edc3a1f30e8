/**
 * The catalogue as open data: one JSON document per collection (every structured field, with
 * references resolved to the names a reader needs), CSV tables a spreadsheet opens with the Nordic
 * letters intact, and a Frictionless Data Package that describes both. Pure: the endpoints under
 * src/pages/data/ hand in the catalogue and a URL builder and write what comes back.
 *
 * The CSV columns are declared once (`caseColumns`, …); the same declarations produce the rows and
 * the Table Schema in datapackage.json, so the two cannot drift apart.
 */
import type { Catalogue, Case, Event, Method, Organisation, Requirement, Topic, AnyEntry } from '../lib/catalogue.ts';
import { strongestEvidence } from '../lib/evidence.ts';
import { exportCollections, type CollectionName } from '../schema/collection-registry.ts';
import {
  countries,
  eventTypes,
  evidenceLevels,
  contentLanguages,
  organisationTypes,
  outcomes,
  requirementCategories,
  requirementLevels,
  requirementWordings,
  stages,
  stopReasons,
  topicKinds,
} from '../schema/vocabulary.ts';
import { resultCounts } from '../lib/requirement-usage.ts';
import { csvField, csvFile } from './csv.ts';

/** The one CSV cell writer, also exported here for the callers that know it by this module. */
export { csvField };

/** Joins several values in one CSV cell. "; " because commas occur in names and places. */
export const MULTI_VALUE_SEPARATOR = '; ';

export interface ExportLinks {
  /** Absolute URL of an entry's page (topics and organisations: the English page). */
  entryUrl: (entry: AnyEntry) => string;
  /** Absolute URL of an entry's own JSON record (/data/{collection}/{id}.json). */
  entryDataUrl?: (entry: AnyEntry) => string;
  /** Absolute URL of an event's .ics file, when it has full dates. */
  eventCalendarUrl?: (entry: Event) => string | undefined;
}

// ---------------------------------------------------------------- references (JSON)

/**
 * Another entry named inside a record: its id and its title (a topic's English label, an
 * organisation's name), never the entry itself. The whole entry is one request away, at
 * /data/{collection}/{id}.json; repeating it inside every list that names it is what made the
 * collection files grow with the square of the catalogue.
 */
export interface EntryRef {
  id: string;
  /** Absent only for a dangling id, which the content check rejects before a build. */
  title?: string;
}
export type OrganisationRef = EntryRef;
export type TopicRef = EntryRef;

const ref = (id: string, title: string | undefined): EntryRef => (title === undefined ? { id } : { id, title });

function organisationRef(catalogue: Catalogue, id: string): OrganisationRef {
  return ref(id, catalogue.organisationById.get(id)?.data.name);
}

function topicRef(catalogue: Catalogue, id: string): TopicRef {
  return ref(id, catalogue.topicById.get(id)?.data.labels.en);
}

function entryRef(entry: Case | Method | Event | Requirement | undefined, id: string, _links?: ExportLinks): EntryRef {
  return ref(id, entry?.data.title);
}

const refsOf = <E extends Case | Method | Event | Requirement>(ids: readonly string[], byId: Map<string, E>, links: ExportLinks) =>
  ids.map((id) => entryRef(byId.get(id), id, links));

// ---------------------------------------------------------------- JSON documents

export function caseRecord(catalogue: Catalogue, entry: Case, links: ExportLinks) {
  const { data } = entry;
  return {
    id: entry.id,
    url: links.entryUrl(entry),
    ...data,
    topics: data.topics.map((id) => topicRef(catalogue, id)),
    organisations: data.organisations.map((id) => organisationRef(catalogue, id)),
    coordinator: data.coordinator ? organisationRef(catalogue, data.coordinator) : undefined,
    funding: data.funding.map((funding) => ({ ...funding, funder: organisationRef(catalogue, funding.funder) })),
    strongestEvidence: strongestEvidence(data.effects),
    methods: refsOf(data.methods, catalogue.methodById, links),
    requirements: data.requirements.map((use) => ({
      ...entryRef(catalogue.requirementById.get(use.id), use.id, links),
      code: catalogue.requirementById.get(use.id)?.data.code,
      result: use.result,
      note: use.note,
    })),
    contact: data.contact ? { ...data.contact, organisation: organisationRef(catalogue, data.contact.organisation) } : undefined,
    translationOf: data.translationOf ? entryRef(catalogue.caseById.get(data.translationOf), data.translationOf, links) : undefined,
    // Derived links, never typed by contributors.
    translations: (catalogue.translationGroup.get(entry.id) ?? []).filter((other) => other.id !== entry.id).map((other) => entryRef(other, other.id, links)),
    events: (catalogue.eventsByCase.get(entry.id) ?? []).map((event) => entryRef(event, event.id, links)),
  };
}

export function methodRecord(catalogue: Catalogue, entry: Method, links: ExportLinks) {
  const { data } = entry;
  return {
    id: entry.id,
    url: links.entryUrl(entry),
    ...data,
    topics: data.topics.map((id) => topicRef(catalogue, id)),
    origin: data.origin
      ? { ...data.origin, organisation: data.origin.organisation ? organisationRef(catalogue, data.origin.organisation) : undefined }
      : undefined,
    cases: (catalogue.casesByMethod.get(entry.id) ?? []).map((other) => entryRef(other, other.id, links)),
    events: (catalogue.eventsByMethod.get(entry.id) ?? []).map((other) => entryRef(other, other.id, links)),
  };
}

export function eventRecord(catalogue: Catalogue, entry: Event, links: ExportLinks) {
  const { data } = entry;
  return {
    id: entry.id,
    url: links.entryUrl(entry),
    calendar: links.eventCalendarUrl?.(entry),
    ...data,
    topics: data.topics.map((id) => topicRef(catalogue, id)),
    organisers: data.organisers.map((id) => organisationRef(catalogue, id)),
    speakers: data.speakers.map((speaker) => ({
      ...speaker,
      organisation: speaker.organisation ? organisationRef(catalogue, speaker.organisation) : undefined,
    })),
    cases: refsOf(data.cases, catalogue.caseById, links),
    methods: refsOf(data.methods, catalogue.methodById, links),
  };
}

export function requirementRecord(catalogue: Catalogue, entry: Requirement, links: ExportLinks) {
  const { data } = entry;
  return {
    id: entry.id,
    url: links.entryUrl(entry),
    ...data,
    topics: data.topics.map((id) => topicRef(catalogue, id)),
    origin: {
      ...data.origin,
      case: data.origin.case ? entryRef(catalogue.caseById.get(data.origin.case), data.origin.case, links) : undefined,
    },
    // Derived from the cases: where it was used and how it went.
    uses: (catalogue.requirementUses.get(entry.id) ?? []).map((use) => ({ ...entryRef(use.case, use.case.id, links), result: use.result, note: use.note })),
    resultCounts: resultCounts(catalogue.requirementUses.get(entry.id) ?? []),
  };
}

export function topicRecord(catalogue: Catalogue, entry: Topic, links: ExportLinks) {
  const { data } = entry;
  return {
    id: entry.id,
    url: links.entryUrl(entry),
    ...data,
    broader: data.broader ? topicRef(catalogue, data.broader) : undefined,
    cases: (catalogue.casesByTopic.get(entry.id) ?? []).map((other) => entryRef(other, other.id, links)),
    methods: (catalogue.methodsByTopic.get(entry.id) ?? []).map((other) => entryRef(other, other.id, links)),
    requirements: (catalogue.requirementsByTopic.get(entry.id) ?? []).map((other) => entryRef(other, other.id, links)),
  };
}

export function organisationRecord(catalogue: Catalogue, entry: Organisation, links: ExportLinks) {
  const { data } = entry;
  return {
    id: entry.id,
    url: links.entryUrl(entry),
    ...data,
    parent: data.parent ? organisationRef(catalogue, data.parent) : undefined,
    children: (catalogue.organisationsByParent.get(entry.id) ?? []).map((child) => organisationRef(catalogue, child.id)),
    cases: (catalogue.casesByOrganisation.get(entry.id) ?? []).map((other) => entryRef(other, other.id, links)),
    events: (catalogue.eventsByOrganisation.get(entry.id) ?? []).map((other) => entryRef(other, other.id, links)),
  };
}

/** Collections in the order the data page lists them. */

const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);

/** Every entry of a collection as a JSON-ready record, ordered by id so diffs between builds stay small. */
export function collectionRecords(catalogue: Catalogue, collection: CollectionName, links: ExportLinks): object[] {
  switch (collection) {
    case 'cases':
      return [...catalogue.cases].sort(byId).map((entry) => caseRecord(catalogue, entry, links));
    case 'methods':
      return [...catalogue.methods].sort(byId).map((entry) => methodRecord(catalogue, entry, links));
    case 'events':
      return [...catalogue.events].sort(byId).map((entry) => eventRecord(catalogue, entry, links));
    case 'requirements':
      return [...catalogue.requirements].sort(byId).map((entry) => requirementRecord(catalogue, entry, links));
    case 'topics':
      return [...catalogue.topics].sort(byId).map((entry) => topicRecord(catalogue, entry, links));
    case 'organisations':
      return [...catalogue.organisations].sort(byId).map((entry) => organisationRecord(catalogue, entry, links));
  }
}

/**
 * JSON text with a final newline; undefined fields dropped. Collection files are written compact
 * (indentation alone made a third of their size); a single entry's file, which people open to
 * read, and the small descriptors are indented.
 */
export function toJson(value: unknown, layout: 'indented' | 'compact' = 'indented'): string {
  return `${layout === 'compact' ? JSON.stringify(value) : JSON.stringify(value, null, 2)}\n`;
}

/** Every record of a collection by id: what /data/{collection}.json holds, one entry at a time. */
export function recordsById(records: readonly object[]): Map<string, object> {
  return new Map(records.map((record) => [(record as { id: string }).id, record]));
}

// ---------------------------------------------------------------- CSV

/** Frictionless Table Schema field types we use. */
export type FieldType = 'string' | 'integer' | 'number' | 'date' | 'boolean';

export interface Column<E> {
  name: string;
  type: FieldType;
  description: string;
  /** Allowed values, when the column holds one value of a vocabulary. */
  enum?: readonly string[];
  required?: boolean;
  value: (entry: E, catalogue: Catalogue, links: ExportLinks) => string | number | boolean | undefined;
}

const join = (values: readonly (string | undefined)[]) => values.filter((value): value is string => Boolean(value)).join(MULTI_VALUE_SEPARATOR);
const orgName = (catalogue: Catalogue, id: string | undefined) => (id ? (catalogue.organisationById.get(id)?.data.name ?? id) : undefined);
const topicLabel = (catalogue: Catalogue, id: string) => catalogue.topicById.get(id)?.data.labels.en ?? id;
const PARTIAL_DATE = 'A date as precise as known: YYYY, YYYY-MM, YYYY-MM-DD, or --MM-DD when the year is unknown.';
const JOINED = `Several values joined with "${MULTI_VALUE_SEPARATOR}".`;

function commonColumns<E extends Case | Method | Event | Requirement>(): Column<E>[] {
  return [
    { name: 'id', type: 'string', required: true, description: 'Identifier: the file name in content/ without extension.', value: (e) => e.id },
    { name: 'url', type: 'string', required: true, description: "Address of the entry's page.", value: (e, _c, l) => l.entryUrl(e) },
    { name: 'title', type: 'string', required: true, description: "Title, in the entry's own language.", value: (e) => e.data.title },
    { name: 'language', type: 'string', required: true, enum: contentLanguages, description: 'Language the entry is written in (ISO 639-1).', value: (e) => e.data.language },
    { name: 'summary', type: 'string', required: true, description: "Summary in the entry's own language.", value: (e) => e.data.summary },
    { name: 'summaryEn', type: 'string', description: 'Summary in English, when given.', value: (e) => e.data.summaryEn },
    { name: 'topics', type: 'string', description: `Topics, English labels. ${JOINED}`, value: (e, c) => join(e.data.topics.map((id) => topicLabel(c, id))) },
    { name: 'topicIds', type: 'string', description: `Topic ids (see topics.csv). ${JOINED}`, value: (e) => join(e.data.topics) },
  ];
}

const trailingColumns = <E extends Case | Method | Event | Requirement>(): Column<E>[] => [
  { name: 'sources', type: 'string', description: `Where the facts come from: title <address>. ${JOINED}`, value: (e) => join(e.data.sources.map((s) => (s.url ? `${s.title} <${s.url}>` : s.title))) },
  { name: 'lastVerified', type: 'date', required: true, description: 'When the entry was last checked against its sources.', value: (e) => e.data.lastVerified },
];

export const caseColumns: Column<Case>[] = [
  ...commonColumns<Case>(),
  { name: 'countries', type: 'string', description: `Country codes (ISO 3166-1 alpha-2). ${JOINED}`, value: (e) => join(e.data.countries) },
  { name: 'place', type: 'string', required: true, description: 'Where the case took place.', value: (e) => e.data.place },
  { name: 'organisations', type: 'string', description: `Organisations taking part. ${JOINED}`, value: (e, c) => join(e.data.organisations.map((id) => orgName(c, id))) },
  { name: 'organisationIds', type: 'string', description: `Their ids (see organisations.csv). ${JOINED}`, value: (e) => join(e.data.organisations) },
  { name: 'coordinator', type: 'string', description: 'Coordinating organisation.', value: (e, c) => orgName(c, e.data.coordinator) },
  { name: 'start', type: 'string', description: `Start; empty when no source says. ${PARTIAL_DATE}`, value: (e) => e.data.start },
  { name: 'end', type: 'string', description: `End. ${PARTIAL_DATE}`, value: (e) => e.data.end },
  { name: 'plannedEnd', type: 'string', description: `Planned end. ${PARTIAL_DATE}`, value: (e) => e.data.plannedEnd },
  { name: 'stage', type: 'string', required: true, enum: stages, description: 'Stage.', value: (e) => e.data.stage },
  { name: 'outcome', type: 'string', required: true, enum: outcomes, description: 'Whether the case reached its aim.', value: (e) => e.data.outcome },
  { name: 'stopReason', type: 'string', enum: stopReasons, description: 'Why it stopped or did not reach its aim.', value: (e) => e.data.stopReason },
  { name: 'stopNote', type: 'string', description: 'More on why it stopped.', value: (e) => e.data.stopNote },
  { name: 'targetGroup', type: 'string', description: `Target groups. ${JOINED}`, value: (e) => join(e.data.targetGroup) },
  { name: 'scaleUsers', type: 'integer', description: 'Number of users.', value: (e) => e.data.scale?.users },
  { name: 'scaleSites', type: 'integer', description: 'Number of sites.', value: (e) => e.data.scale?.sites },
  { name: 'scaleMunicipalities', type: 'integer', description: 'Number of municipalities.', value: (e) => e.data.scale?.municipalities },
  { name: 'scaleRegions', type: 'integer', description: 'Number of regions.', value: (e) => e.data.scale?.regions },
  { name: 'funders', type: 'string', description: `Funders. ${JOINED}`, value: (e, c) => join(e.data.funding.map((f) => orgName(c, f.funder))) },
  { name: 'fundingProgrammes', type: 'string', description: `Funding programmes and calls. ${JOINED}`, value: (e) => join(e.data.funding.map((f) => join([f.programme, f.call]) || undefined)) },
  { name: 'fundingReferences', type: 'string', description: `Funders' reference numbers. ${JOINED}`, value: (e) => join(e.data.funding.map((f) => f.reference)) },
  { name: 'fundingAmounts', type: 'string', description: `Amounts with ISO 4217 currency, e.g. "1498164 SEK". ${JOINED}`, value: (e) => join(e.data.funding.map((f) => (f.amount ? `${f.amount.amount} ${f.amount.currency}` : undefined))) },
  { name: 'effects', type: 'string', description: `Effects as "indicator: result [evidence level]". ${JOINED}`, value: (e) => join(e.data.effects.map((x) => `${x.indicator}: ${x.result} [${x.evidence}]`)) },
  { name: 'strongestEvidence', type: 'string', enum: evidenceLevels, description: 'Strongest evidence level among the effects.', value: (e) => strongestEvidence(e.data.effects) },
  { name: 'methods', type: 'string', description: `Methods used (titles). ${JOINED}`, value: (e, c) => join(e.data.methods.map((id) => c.methodById.get(id)?.data.title ?? id)) },
  { name: 'methodIds', type: 'string', description: `Their ids (see methods.csv). ${JOINED}`, value: (e) => join(e.data.methods) },
  { name: 'requirements', type: 'string', description: `Requirements used (titles). ${JOINED}`, value: (e, c) => join(e.data.requirements.map((use) => c.requirementById.get(use.id)?.data.title ?? use.id)) },
  { name: 'requirementIds', type: 'string', description: `Their ids (see requirements.csv). ${JOINED}`, value: (e) => join(e.data.requirements.map((use) => use.id)) },
  { name: 'requirementResults', type: 'string', description: `How each went, in the same order: met, not-met, caused-problems or not-assessed. ${JOINED}`, value: (e) => join(e.data.requirements.map((use) => use.result)) },
  { name: 'resources', type: 'string', description: `Reports, presentations, films: title (type, language) <address>. ${JOINED}`, value: (e) => join(e.data.resources.map((r) => `${r.title} (${r.type}, ${r.language})${r.url ? ` <${r.url}>` : ''}`)) },
  { name: 'contactRole', type: 'string', description: 'Contact: a role, never a private person.', value: (e) => e.data.contact?.role },
  { name: 'contactOrganisation', type: 'string', description: "Contact's organisation.", value: (e, c) => orgName(c, e.data.contact?.organisation) },
  { name: 'contactEmail', type: 'string', description: 'A functional mailbox.', value: (e) => e.data.contact?.email },
  { name: 'contactUrl', type: 'string', description: 'A contact page.', value: (e) => e.data.contact?.url },
  { name: 'translationOf', type: 'string', description: 'Id of the case this one translates.', value: (e) => e.data.translationOf },
  ...trailingColumns<Case>(),
];

export const methodColumns: Column<Method>[] = [
  ...commonColumns<Method>(),
  { name: 'otherNames', type: 'string', description: `Names in other languages. ${JOINED}`, value: (e) => join(e.data.otherNames) },
  { name: 'originCountry', type: 'string', enum: countries, description: 'Country of origin.', value: (e) => e.data.origin?.country },
  { name: 'originOrganisation', type: 'string', description: 'Organisation it comes from.', value: (e, c) => orgName(c, e.data.origin?.organisation) },
  { name: 'phases', type: 'string', description: `Phases or steps. ${JOINED}`, value: (e) => join(e.data.phases.map((p) => p.name)) },
  { name: 'cases', type: 'string', description: `Ids of the cases that used it (derived). ${JOINED}`, value: (e, c) => join((c.casesByMethod.get(e.id) ?? []).map((x) => x.id)) },
  ...trailingColumns<Method>(),
];

export const eventColumns: Column<Event>[] = [
  ...commonColumns<Event>(),
  { name: 'type', type: 'string', required: true, enum: eventTypes, description: 'Kind of event.', value: (e) => e.data.type },
  { name: 'start', type: 'string', required: true, description: `Start. ${PARTIAL_DATE}`, value: (e) => e.data.start },
  { name: 'end', type: 'string', description: `End. ${PARTIAL_DATE}`, value: (e) => e.data.end },
  { name: 'online', type: 'boolean', description: 'Held online.', value: (e) => e.data.online },
  { name: 'venue', type: 'string', description: 'Venue.', value: (e) => e.data.venue },
  { name: 'city', type: 'string', description: 'City.', value: (e) => e.data.city },
  { name: 'country', type: 'string', enum: countries, description: 'Country code.', value: (e) => e.data.country },
  { name: 'organisers', type: 'string', description: `Organisers. ${JOINED}`, value: (e, c) => join(e.data.organisers.map((id) => orgName(c, id))) },
  { name: 'participants', type: 'integer', description: 'Number of participants.', value: (e) => e.data.participants },
  { name: 'takeaways', type: 'string', description: `Takeaways. ${JOINED}`, value: (e) => join(e.data.takeaways) },
  { name: 'cases', type: 'string', description: `Ids of cases presented. ${JOINED}`, value: (e) => join(e.data.cases) },
  { name: 'calendar', type: 'string', description: 'Address of the event as an iCalendar file (only for events with full dates).', value: (e, _c, l) => l.eventCalendarUrl?.(e) },
  ...trailingColumns<Event>(),
];

const requirementUses = (e: Requirement, c: Catalogue) => c.requirementUses.get(e.id) ?? [];

export const requirementColumns: Column<Requirement>[] = [
  { name: 'code', type: 'string', required: true, description: 'The stable, citable code (NWTC-<category>-<number>); never reused.', value: (e) => e.data.code },
  ...commonColumns<Requirement>(),
  { name: 'level', type: 'string', required: true, enum: requirementLevels, description: 'Level: basic, advanced or leading.', value: (e) => e.data.level },
  { name: 'category', type: 'string', required: true, enum: requirementCategories, description: 'Category.', value: (e) => e.data.category },
  { name: 'statement', type: 'string', required: true, description: "The requirement itself, in the entry's language.", value: (e) => e.data.statement },
  ...contentLanguages.map(
    (language): Column<Requirement> => ({
      name: `statement_${language}`,
      type: 'string',
      description: `The statement in ${language}: the statement itself when the entry is written in ${language}, else its translation when one exists.`,
      value: (e) => (e.data.language === language ? e.data.statement : e.data.statementTranslations?.[language]),
    }),
  ),
  { name: 'motivation', type: 'string', required: true, description: 'Why a buyer asks for it.', value: (e) => e.data.motivation },
  { name: 'verificationMethods', type: 'string', required: true, description: `How a buyer verifies it: documentation, test, demonstration, reference. ${JOINED}`, value: (e) => join(e.data.verification.methods) },
  { name: 'verification', type: 'string', required: true, description: 'What the buyer asks for or does to verify it.', value: (e) => e.data.verification.description },
  { name: 'originSet', type: 'string', description: 'The public requirement set it comes from.', value: (e) => e.data.origin.set?.title },
  { name: 'originPublisher', type: 'string', description: "The set's publisher.", value: (e) => e.data.origin.set?.publisher },
  { name: 'originUrl', type: 'string', description: "The set's address.", value: (e) => e.data.origin.set?.url },
  { name: 'originCase', type: 'string', description: 'Id of the case it comes from.', value: (e) => e.data.origin.case },
  { name: 'wording', type: 'string', required: true, enum: requirementWordings, description: 'restated (the set requires it; our words), derived (drafted by the editors from the set) or editors (drafted from cases).', value: (e) => e.data.origin.wording },
  { name: 'phases', type: 'string', required: true, description: `Roadmap for service innovation phases where it is used. ${JOINED}`, value: (e) => join(e.data.phases) },
  { name: 'cases', type: 'string', description: `Ids of the cases that used it (derived). ${JOINED}`, value: (e, c) => join(requirementUses(e, c).map((use) => use.case.id)) },
  { name: 'casesMet', type: 'integer', required: true, description: 'Cases that report it was met (derived).', value: (e, c) => resultCounts(requirementUses(e, c))['met'] },
  { name: 'casesNotMet', type: 'integer', required: true, description: 'Cases that report it was not met (derived).', value: (e, c) => resultCounts(requirementUses(e, c))['not-met'] },
  { name: 'casesCausedProblems', type: 'integer', required: true, description: 'Cases that report it caused problems (derived).', value: (e, c) => resultCounts(requirementUses(e, c))['caused-problems'] },
  { name: 'casesNotAssessed', type: 'integer', required: true, description: 'Cases that used it without reporting a result (derived).', value: (e, c) => resultCounts(requirementUses(e, c))['not-assessed'] },
  ...trailingColumns<Requirement>(),
];

const labelColumns: Column<Topic>[] = contentLanguages.map((language) => ({
  name: `label_${language}`,
  type: 'string' as const,
  required: true,
  description: `Label in ${language}.`,
  value: (e: Topic) => e.data.labels[language],
}));
const synonymColumns: Column<Topic>[] = contentLanguages.map((language) => ({
  name: `synonyms_${language}`,
  type: 'string' as const,
  description: `Synonyms in ${language}. ${JOINED}`,
  value: (e: Topic) => join(e.data.synonyms[language]),
}));

const topicDescriptionColumns: Column<Topic>[] = contentLanguages.map((language) => ({
  name: `description_${language}`,
  type: 'string' as const,
  required: true,
  description: `Description in ${language}.`,
  value: (e: Topic) => e.data.description[language],
}));

export const topicColumns: Column<Topic>[] = [
  { name: 'id', type: 'string', required: true, description: 'Identifier.', value: (e) => e.id },
  { name: 'url', type: 'string', required: true, description: "Address of the topic's page (English).", value: (e, _c, l) => l.entryUrl(e) },
  { name: 'kind', type: 'string', required: true, enum: topicKinds, description: 'Kind of topic.', value: (e) => e.data.kind },
  ...labelColumns,
  ...synonymColumns,
  { name: 'abbreviations', type: 'string', description: `Abbreviations. ${JOINED}`, value: (e) => join(e.data.abbreviations) },
  { name: 'broader', type: 'string', description: 'Id of the broader topic.', value: (e) => e.data.broader },
  ...topicDescriptionColumns,
  { name: 'caseCount', type: 'integer', required: true, description: 'Number of cases with this topic (derived).', value: (e, c) => (c.casesByTopic.get(e.id) ?? []).length },
];

export const organisationColumns: Column<Organisation>[] = [
  { name: 'id', type: 'string', required: true, description: 'Identifier.', value: (e) => e.id },
  { name: 'url', type: 'string', required: true, description: "Address of the organisation's page (English).", value: (e, _c, l) => l.entryUrl(e) },
  { name: 'name', type: 'string', required: true, description: 'Name.', value: (e) => e.data.name },
  { name: 'otherNames', type: 'string', description: `Other names. ${JOINED}`, value: (e) => join(e.data.otherNames) },
  { name: 'type', type: 'string', required: true, enum: organisationTypes, description: 'Kind of organisation.', value: (e) => e.data.type },
  { name: 'country', type: 'string', enum: countries, description: 'Country code.', value: (e) => e.data.country },
  { name: 'international', type: 'boolean', description: 'A Nordic or international body.', value: (e) => e.data.international },
  { name: 'parent', type: 'string', description: 'Id of the parent organisation.', value: (e) => e.data.parent },
  { name: 'website', type: 'string', description: 'Website.', value: (e) => e.data.website },
  ...contentLanguages.map((language) => ({
    name: `description_${language}`,
    type: 'string' as const,
    description: `Description in ${language}, when written (organisations are described in their own language and usually English).`,
    value: (e: Organisation) => e.data.description?.[language],
  })),
  { name: 'caseCount', type: 'integer', required: true, description: 'Number of cases it took part in (derived).', value: (e, c) => (c.casesByOrganisation.get(e.id) ?? []).length },
];

/**
 * The columns of a list of cases (the static downloads under /data/lists/): what a list row shows.
 * A case appears in a dozen lists (its country, each topic, stage, outcome, year, and a country
 * with each of those), so lists carry these few columns rather than a dozen copies of every field;
 * the full record of a case is at /data/cases/{id}.json, and the whole catalogue and the lists
 * made in the browser carry every column.
 */
export const caseListColumnNames = [
  'id',
  'url',
  'title',
  'language',
  'countries',
  'place',
  'organisations',
  'start',
  'end',
  'stage',
  'outcome',
  'stopReason',
  'topics',
  'topicIds',
  'strongestEvidence',
  'lastVerified',
] as const;

export const caseListColumns: Column<Case>[] = caseListColumnNames.map((name) => caseColumns.find((column) => column.name === name)!);

/**
 * A list of cases as JSON: the list's fields of each case's record, several values as arrays
 * (organisations by name, topics by id: their labels are in topics.json).
 */
export function caseListRecords(records: readonly object[]): object[] {
  return records.map((raw) => {
    const record = raw as Record<string, unknown> & { organisations: EntryRef[]; topics: EntryRef[] };
    const row: Record<string, unknown> = {};
    for (const name of caseListColumnNames) {
      if (name === 'topicIds') continue;
      if (name === 'organisations') row[name] = record.organisations.map((ref) => ref.title ?? ref.id);
      else if (name === 'topics') row[name] = record.topics.map((ref) => ref.id);
      else if (record[name] !== undefined) row[name] = record[name];
    }
    return row;
  });
}

/** Columns per collection; every collection has a CSV. */
export const columnsByCollection = {
  cases: caseColumns,
  methods: methodColumns,
  events: eventColumns,
  requirements: requirementColumns,
  topics: topicColumns,
  organisations: organisationColumns,
} as const;

/**
 * A whole CSV file from column declarations (src/outputs/csv.ts writes the cells: formula-safe,
 * RFC 4180, byte order mark, CRLF).
 */
export function toCsv<E>(columns: readonly Column<E>[], entries: readonly E[], catalogue: Catalogue, links: ExportLinks): string {
  return csvFile(
    columns.map((column) => column.name),
    entries.map((entry) => columns.map((column) => column.value(entry, catalogue, links))),
  );
}

function entriesOf(catalogue: Catalogue, collection: CollectionName): AnyEntry[] {
  return [...catalogue[collection]].sort(byId);
}

/** The CSV of one collection, rows ordered by id. */
export function collectionCsv(catalogue: Catalogue, collection: CollectionName, links: ExportLinks): string {
  const columns = columnsByCollection[collection] as readonly Column<AnyEntry>[];
  return toCsv(columns, entriesOf(catalogue, collection), catalogue, links);
}

// ---------------------------------------------------------------- datapackage.json

export interface PackageOptions {
  name: string;
  title: string;
  siteUrl: string;
  /** Absolute URL of a file under /data/, e.g. dataUrl('cases.csv'). */
  dataUrl: (file: string) => string;
  /** Absolute URL of a collection's JSON Schema (the content model of one entry). */
  schemaUrl: (collection: CollectionName) => string;
  licence: { id: string; url: string };
  /** The build date (YYYY-MM-DD or ISO time). */
  created: string;
}

/** A Frictionless Table Schema field from a column declaration. */
function tableField<E>(column: Column<E>) {
  const constraints = {
    ...(column.required ? { required: true } : {}),
    ...(column.enum ? { enum: [...column.enum] } : {}),
  };
  return {
    name: column.name,
    type: column.type,
    description: column.description,
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

/**
 * A Frictionless Data Package (v1 descriptors, which v2 readers accept): a tabular resource with a
 * Table Schema per CSV and a JSON resource per collection, pointing at the content model's JSON
 * Schema for the field definitions.
 */
export function dataPackage(catalogue: Catalogue, options: PackageOptions) {
  const csvResources = exportCollections.map((collection) => ({
    name: `${collection}-csv`,
    path: options.dataUrl(`${collection}.csv`),
    title: `${collection} (CSV)`,
    description: `One row per entry of ${collection}. UTF-8 with a byte order mark; several values in one cell are joined with "${MULTI_VALUE_SEPARATOR}". A text that starts with = + - or @ (such as the date --01-25) has an apostrophe in front, so a spreadsheet shows it instead of running it as a formula; the JSON has it as written.`,
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
    count: catalogue[collection].length,
    schema: {
      fields: (columnsByCollection[collection] as readonly Column<AnyEntry>[]).map(tableField),
      primaryKey: ['id'],
      missingValues: [''],
    },
  }));
  const jsonResources = exportCollections.map((collection) => ({
    name: `${collection}-json`,
    path: options.dataUrl(`${collection}.json`),
    title: `${collection} (JSON)`,
    description: `An array with every entry of ${collection} and every structured field, references resolved (organisations with name, type and country; topics with their labels in six languages; linked entries with title and address) and derived links added. The fields of one entry before resolution are described by the JSON Schema at ${options.schemaUrl(collection)}.`,
    profile: 'data-resource',
    format: 'json',
    mediatype: 'application/json',
    encoding: 'utf-8',
    count: catalogue[collection].length,
    homepage: options.schemaUrl(collection),
  }));
  return {
    profile: 'data-package',
    name: options.name,
    title: options.title,
    homepage: options.siteUrl,
    created: options.created,
    licenses: [{ name: options.licence.id, path: options.licence.url, title: options.licence.id }],
    resources: [...csvResources, ...jsonResources],
  };
}
