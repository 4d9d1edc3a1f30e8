/**
 * The requirements library's lists: facets (category, level, Roadmap phase, topic), the static
 * facet pages a reader without JavaScript follows, the static annex downloads, and the pilot kit
 * per Roadmap phase. Pure: pages hand in the catalogue.
 */
import { requirementCategories, requirementLevels, roadmapPhases, type RoadmapPhase } from '../schema/vocabulary.ts';
import type { Case, Catalogue, Method, Requirement } from './catalogue.ts';
import { byCode } from '../outputs/annex/rows.ts';

export const requirementFacets = ['category', 'level', 'phase', 'topic'] as const;
export type RequirementFacet = (typeof requirementFacets)[number];

export function requirementFacetValues(requirement: Requirement, facet: RequirementFacet): readonly string[] {
  const { data } = requirement;
  switch (facet) {
    case 'category':
      return [data.category];
    case 'level':
      return [data.level];
    case 'phase':
      return data.phases;
    case 'topic':
      return data.topics;
  }
}

const vocabularyOrder: Record<Exclude<RequirementFacet, 'topic'>, readonly string[]> = {
  category: requirementCategories,
  level: requirementLevels,
  phase: roadmapPhases,
};

export interface FacetValueCount {
  value: string;
  count: number;
}

/** The values of a facet that occur, with how many requirements have each: vocabulary order, topics by count. */
export function requirementFacetCounts(requirements: readonly Requirement[], facet: RequirementFacet): FacetValueCount[] {
  const counts = new Map<string, number>();
  for (const requirement of requirements) for (const value of new Set(requirementFacetValues(requirement, facet))) counts.set(value, (counts.get(value) ?? 0) + 1);
  const list = [...counts].map(([value, count]) => ({ value, count }));
  if (facet === 'topic') return list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  const order = vocabularyOrder[facet];
  return list.sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value));
}

/** Requirements with `value` in `facet`, ordered by code. */
export function requirementsWith(requirements: readonly Requirement[], facet: RequirementFacet, value: string): Requirement[] {
  return requirements.filter((requirement) => requirementFacetValues(requirement, facet).includes(value)).sort(byCode);
}

/** One static facet page: /{lang}/requirements/{facet}/{value}/. */
export interface RequirementFacetList {
  facet: RequirementFacet;
  value: string;
  ids: string[];
}

export function requirementFacetLists(requirements: readonly Requirement[]): RequirementFacetList[] {
  return requirementFacets.flatMap((facet) =>
    requirementFacetCounts(requirements, facet).map(({ value }) => ({ facet, value, ids: requirementsWith(requirements, facet, value).map((r) => r.id) })),
  );
}

/**
 * The ready-made annex downloads: the whole library, each category and each Roadmap phase (the
 * pilot kit links its phase's). The name is the file name without extension.
 */
export interface AnnexDownload {
  name: string;
  ids: string[];
}

export function annexDownloads(requirements: readonly Requirement[]): AnnexDownload[] {
  const all = [...requirements].sort(byCode);
  return [
    { name: 'all', ids: all.map((r) => r.id) },
    ...requirementFacetCounts(requirements, 'category').map(({ value }) => ({ name: `category-${value}`, ids: requirementsWith(requirements, 'category', value).map((r) => r.id) })),
    ...requirementFacetCounts(requirements, 'phase').map(({ value }) => ({ name: `phase-${value}`, ids: requirementsWith(requirements, 'phase', value).map((r) => r.id) })),
  ];
}

export const annexFormats = ['csv', 'md', 'odt'] as const;
export type AnnexFormat = (typeof annexFormats)[number];

/** What the pilot kit shows for one Roadmap phase. */
export interface PilotKit {
  phase: RoadmapPhase;
  requirements: Requirement[];
  /** The public requirement sets behind them, once each (by address). */
  sets: { title: string; publisher: string; url: string; requirements: string[] }[];
  /** The cases that used these requirements, newest first. */
  cases: Case[];
  /** Methods those cases used, and the Roadmap itself; by title. */
  methods: Method[];
  /** Templates (resources of type template) of those methods and cases. */
  templates: { title: string; url?: string; language: string; from: Case | Method }[];
}

/** The Roadmap for service innovation's own method entry, when the catalogue has it. */
export const ROADMAP_METHOD_ID = 'roadmap-for-service-innovation';

export function pilotKit(catalogue: Catalogue, phase: RoadmapPhase): PilotKit {
  const requirements = requirementsWith(catalogue.requirements, 'phase', phase);
  const sets = new Map<string, PilotKit['sets'][number]>();
  for (const requirement of requirements) {
    const set = requirement.data.origin.set;
    if (!set) continue;
    const known = sets.get(set.url);
    if (known) known.requirements.push(requirement.data.code);
    else sets.set(set.url, { title: set.title, publisher: set.publisher, url: set.url, requirements: [requirement.data.code] });
  }
  const caseIds = new Set(requirements.flatMap((requirement) => (catalogue.requirementUses.get(requirement.id) ?? []).map((use) => use.case.id)));
  const cases = catalogue.cases.filter((entry) => caseIds.has(entry.id));
  const methodIds = new Set(cases.flatMap((entry) => entry.data.methods));
  if (catalogue.methodById.has(ROADMAP_METHOD_ID)) methodIds.add(ROADMAP_METHOD_ID);
  const methods = [...methodIds].flatMap((id) => catalogue.methodById.get(id) ?? []).sort((a, b) => a.data.title.localeCompare(b.data.title));
  const templates: PilotKit['templates'] = [];
  for (const method of methods) for (const tool of method.data.tools) if (tool.type === 'template') templates.push({ title: tool.title, ...(tool.url ? { url: tool.url } : {}), language: tool.language, from: method });
  for (const entry of cases) for (const resource of entry.data.resources) if (resource.type === 'template') templates.push({ title: resource.title, ...(resource.url ? { url: resource.url } : {}), language: resource.language, from: entry });
  return { phase, requirements, sets: [...sets.values()], cases, methods, templates };
}
