/**
 * The catalogue as plain data, and everything derived from it. Pure: no Astro imports, so it is
 * unit-tested without building a site. Derived links (which cases used a method, an organisation's
 * cases, …) are computed here and nowhere else; contributors never type them twice.
 */
import type {
  CaseData,
  CollectionName,
  EventData,
  MethodData,
  OrganisationData,
  RequirementData,
  TopicData,
} from '../schema/collections.ts';
import { compareDates } from '../schema/dates.ts';
import { requirementUsesById, type RequirementUseInCase } from './requirement-usage.ts';

export interface Entry<C extends CollectionName, D> {
  collection: C;
  /** The file name without extension; unique within its collection. */
  id: string;
  data: D;
  /** Path relative to the repository root, e.g. content/cases/x.md; used for "edit this page". */
  filePath?: string;
}

export type Case = Entry<'cases', CaseData>;
export type Method = Entry<'methods', MethodData>;
export type Topic = Entry<'topics', TopicData>;
export type Organisation = Entry<'organisations', OrganisationData>;
export type Event = Entry<'events', EventData>;
export type Requirement = Entry<'requirements', RequirementData>;
export type AnyEntry = Case | Method | Topic | Organisation | Event | Requirement;

export interface CatalogueInput {
  cases: Case[];
  methods: Method[];
  topics: Topic[];
  organisations: Organisation[];
  events: Event[];
  requirements: Requirement[];
}

export interface Catalogue extends CatalogueInput {
  caseById: Map<string, Case>;
  methodById: Map<string, Method>;
  topicById: Map<string, Topic>;
  organisationById: Map<string, Organisation>;
  eventById: Map<string, Event>;
  requirementById: Map<string, Requirement>;
  /** Derived reverse links, each list ordered newest start first. */
  casesByMethod: Map<string, Case[]>;
  casesByRequirement: Map<string, Case[]>;
  /** How each requirement fared in the cases that used it (requirement-usage.ts). */
  requirementUses: Map<string, RequirementUseInCase[]>;
  casesByOrganisation: Map<string, Case[]>;
  casesByTopic: Map<string, Case[]>;
  eventsByOrganisation: Map<string, Event[]>;
  eventsByCase: Map<string, Event[]>;
  eventsByMethod: Map<string, Event[]>;
  methodsByTopic: Map<string, Method[]>;
  requirementsByTopic: Map<string, Requirement[]>;
  /** Sub-organisations by parent id. */
  organisationsByParent: Map<string, Organisation[]>;
  /** All cases that are translations of one another, including the case itself, by case id. */
  translationGroup: Map<string, Case[]>;
}

function byId<T extends { id: string }>(entries: readonly T[]): Map<string, T> {
  return new Map(entries.map((entry) => [entry.id, entry]));
}

/** Groups entries under each key that `keysOf` returns for them, keeping the input order. */
export function groupBy<T>(entries: readonly T[], keysOf: (entry: T) => readonly (string | undefined)[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    for (const key of new Set(keysOf(entry))) {
      if (key === undefined) continue;
      const list = groups.get(key);
      if (list) list.push(entry);
      else groups.set(key, [entry]);
    }
  }
  return groups;
}

/** Newest start first, unknown starts last; ties by title so output is stable between builds. */
export function byNewestStart(a: Case | Event, b: Case | Event): number {
  const as = a.data.start;
  const bs = b.data.start;
  const byStart = as && bs ? compareDates(bs, as) : as ? -1 : bs ? 1 : 0;
  return byStart || a.data.title.localeCompare(b.data.title);
}

function translationGroups(cases: readonly Case[]): Map<string, Case[]> {
  // Union the cases linked by translationOf, so chains and stars end up in one group.
  const root = new Map<string, string>();
  const find = (id: string): string => {
    let current = id;
    while (root.get(current) !== undefined && root.get(current) !== current) current = root.get(current)!;
    return current;
  };
  for (const entry of cases) root.set(entry.id, entry.id);
  for (const entry of cases) {
    const other = entry.data.translationOf;
    if (other && root.has(other)) root.set(find(entry.id), find(other));
  }
  const groups = groupBy(cases, (entry) => [find(entry.id)]);
  const result = new Map<string, Case[]>();
  for (const group of groups.values()) for (const entry of group) result.set(entry.id, group);
  return result;
}

export function deriveCatalogue(input: CatalogueInput): Catalogue {
  const cases = [...input.cases].sort(byNewestStart);
  const events = [...input.events].sort(byNewestStart);
  return {
    ...input,
    cases,
    events,
    caseById: byId(cases),
    methodById: byId(input.methods),
    topicById: byId(input.topics),
    organisationById: byId(input.organisations),
    eventById: byId(events),
    requirementById: byId(input.requirements),
    casesByMethod: groupBy(cases, (c) => c.data.methods),
    casesByRequirement: groupBy(cases, (c) => c.data.requirements.map((use) => use.id)),
    requirementUses: requirementUsesById(cases),
    casesByOrganisation: groupBy(cases, (c) => [...c.data.organisations, ...c.data.funding.map((f) => f.funder), c.data.contact?.organisation]),
    casesByTopic: groupBy(cases, (c) => c.data.topics),
    eventsByOrganisation: groupBy(events, (e) => [...e.data.organisers, ...e.data.speakers.map((s) => s.organisation)]),
    eventsByCase: groupBy(events, (e) => e.data.cases),
    eventsByMethod: groupBy(events, (e) => e.data.methods),
    methodsByTopic: groupBy(input.methods, (m) => m.data.topics),
    requirementsByTopic: groupBy(input.requirements, (r) => r.data.topics),
    organisationsByParent: groupBy(input.organisations, (o) => [o.data.parent]),
    translationGroup: translationGroups(cases),
  };
}
