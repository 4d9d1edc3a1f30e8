/**
 * Controlled vocabularies. The ids here are what contributors type in frontmatter; their labels in
 * the six interface languages live in `src/translations/<lang>.json` under `vocab.<name>.<id>`.
 * Adding a value here is the only way to extend a vocabulary.
 */
import { locales } from '../i18n/locales.ts';

/** Languages an entry may be written in: the six interface languages. */
export const contentLanguages = locales;
export type ContentLanguage = (typeof contentLanguages)[number];

/** ISO 3166-1 alpha-2 codes of the Nordic countries and autonomous areas. */
export const countries = ['SE', 'NO', 'DK', 'FI', 'IS', 'FO', 'GL', 'AX'] as const;
export type Country = (typeof countries)[number];

/** Where a case is in its life. */
export const stages = ['planned', 'pilot', 'implementation', 'scaled', 'discontinued'] as const;
export type Stage = (typeof stages)[number];

/** Whether a case reached its aim. `unknown` is honest when no result has been reported. */
export const outcomes = ['ongoing', 'achieved', 'partly', 'not-achieved', 'unknown'] as const;
export type Outcome = (typeof outcomes)[number];

/** Why a case stopped or did not reach its aim. Required for discontinued and not-achieved cases. */
export const stopReasons = [
  'no-integration',
  'staffing',
  'procurement-or-legal',
  'vendor-exit',
  'no-measured-effect',
  'no-decision-to-scale',
  'other',
] as const;
export type StopReason = (typeof stopReasons)[number];

/** How strong the evidence for an effect is, weakest first (the order is used for "strongest"). */
export const evidenceLevels = ['anecdotal', 'survey', 'before-after', 'controlled', 'randomised'] as const;
export type EvidenceLevel = (typeof evidenceLevels)[number];

export const organisationTypes = [
  'municipality',
  'region',
  'hospital',
  'test-bed',
  'university',
  'agency',
  'network',
  'company',
  'non-profit',
] as const;
export type OrganisationType = (typeof organisationTypes)[number];

export const eventTypes = ['workshop', 'webinar', 'conference', 'seminar', 'meeting', 'study-trip'] as const;

export const resourceTypes = ['report', 'presentation', 'film', 'recording', 'article', 'website', 'template', 'dataset'] as const;

export const requirementCategories = ['interoperability', 'information-security', 'privacy', 'patient-safety', 'usability', 'evidence-of-effect', 'operations'] as const;
export type RequirementCategory = (typeof requirementCategories)[number];

/**
 * The three letters a requirement code carries for the category it was issued in
 * (NWTC-IOP-004). A code never changes, so a requirement moved to another category keeps it.
 */
export const requirementCategoryAbbreviations: Record<RequirementCategory, string> = {
  interoperability: 'IOP',
  'information-security': 'SEC',
  privacy: 'PRI',
  'patient-safety': 'SAF',
  usability: 'USE',
  'evidence-of-effect': 'EFF',
  operations: 'OPS',
};

/**
 * How ambitious a requirement is, after the Swedish procurement agency's criteria levels
 * (baskrav, avancerad nivå, spjutspetsnivå): basic is what every buyer can ask and verify, leading
 * is what only the front of the market meets today.
 */
export const requirementLevels = ['basic', 'advanced', 'leading'] as const;

/** How a buyer checks that an offer meets a requirement. */
export const verificationMethods = ['documentation', 'test', 'demonstration', 'reference'] as const;

/**
 * Where a requirement's wording comes from: `restated` says in our words what a public requirement
 * set itself requires; `derived` is drafted by the editors from a set's guidance; `editors` is the
 * editors' own drafting from the experience of cases, with no public set behind it.
 */
export const requirementWordings = ['restated', 'derived', 'editors'] as const;

/**
 * The phases of the Roadmap for service innovation (KS, Veikart for tjenesteinnovasjon) in the
 * five-phase version the Nordic Welfare Centre's implementation support followed: before you
 * start, insight and idea, development-testing-evaluation, transition to operation, new practice.
 * KS has since published a six-phase edition; requirements are placed in the phase where a buyer
 * uses them.
 */
export const roadmapPhases = ['before-you-start', 'insight-and-idea', 'development-testing-evaluation', 'transition-to-operation', 'new-practice'] as const;
export type RoadmapPhase = (typeof roadmapPhases)[number];

/** How it went when a case used a requirement. */
export const requirementResults = ['met', 'not-met', 'caused-problems', 'not-assessed'] as const;
export type RequirementResult = (typeof requirementResults)[number];

/** The kinds of topic in the shared vocabulary. */
export const topicKinds = ['technology', 'care-area', 'condition', 'approach'] as const;

/** ISO 4217 codes accepted for funding amounts. */
export const currencies = ['SEK', 'NOK', 'DKK', 'EUR', 'ISK', 'USD', 'GBP'] as const;
export type Currency = (typeof currencies)[number];

/** Every vocabulary by name, for messages ("allowed values are …") and for the JSON Schema. */
export const vocabularies = {
  language: contentLanguages,
  country: countries,
  stage: stages,
  outcome: outcomes,
  stopReason: stopReasons,
  evidence: evidenceLevels,
  organisationType: organisationTypes,
  eventType: eventTypes,
  resourceType: resourceTypes,
  requirementCategory: requirementCategories,
  requirementLevel: requirementLevels,
  verificationMethod: verificationMethods,
  requirementWording: requirementWordings,
  roadmapPhase: roadmapPhases,
  requirementResult: requirementResults,
  topicKind: topicKinds,
  currency: currencies,
} as const;
export type VocabularyName = keyof typeof vocabularies;
