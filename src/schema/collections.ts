/**
 * The content model: one zod schema per collection. These schemas are the single source of truth
 * for Astro's content collections, `npm run check:content`, the JSON Schema under /schema/ and the
 * templates. They validate frontmatter (or a YAML file) only; references between entries are plain
 * ids here and are resolved and checked by src/checks/references.ts, because Astro does not fail
 * on a dangling reference.
 */
import { z } from 'astro/zod';
import {
  contentLanguages,
  countries,
  eventTypes,
  evidenceLevels,
  organisationTypes,
  outcomes,
  requirementCategories,
  requirementLevels,
  requirementResults,
  requirementWordings,
  roadmapPhases,
  stages,
  stopReasons,
  topicKinds,
  verificationMethods,
  type ContentLanguage,
} from './vocabulary.ts';
import { fullDate, functionalEmail, httpUrl, language, money, partialDate, ref, resource, source, summaries } from './fields.ts';
import { compareDates } from './dates.ts';
import { collectionFacts, collectionNames, type CollectionName } from './collection-registry.ts';

const common = {
  title: z.string().min(3, { message: 'expected a title of at least 3 characters' }).max(200),
  language: language(),
  ...summaries,
  topics: z.array(ref('topics')).default([]),
  sources: z.array(source()).default([]),
  lastVerified: fullDate(),
};

const effect = z.strictObject({
  indicator: z.string().min(1),
  result: z.string().min(1),
  evidence: z.enum(evidenceLevels),
  source: z.string().optional(),
});

const funding = z.strictObject({
  funder: ref('organisations'),
  programme: z.string().optional(),
  call: z.string().optional(),
  reference: z.string().optional(),
  amount: money().optional(),
});

const contact = z.strictObject({
  role: z.string().min(2),
  organisation: ref('organisations'),
  email: functionalEmail().optional(),
  url: httpUrl().optional(),
});

const scale = z.strictObject({
  users: z.number().int().nonnegative().optional(),
  sites: z.number().int().nonnegative().optional(),
  municipalities: z.number().int().nonnegative().optional(),
  regions: z.number().int().nonnegative().optional(),
});

/**
 * One requirement a case used. Contributors may write a plain id (result not assessed) or an
 * object with how it went; both become { id, result, note? }, so code sees one shape. A result that
 * went wrong needs a note saying what happened.
 */
const requirementUseObject = z
  .strictObject({
    id: ref('requirements'),
    result: z.enum(requirementResults).default('not-assessed'),
    note: z.string().min(10, { message: 'expected a note of at least 10 characters on what happened' }).optional(),
  })
  .superRefine((use, ctx) => {
    if ((use.result === 'not-met' || use.result === 'caused-problems') && !use.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: `is required when result is '${use.result}'; say what happened, as the source reports it` });
    }
  });

export const requirementUse = z
  .union([ref('requirements'), requirementUseObject], {
    error: 'expected a requirement id, or { id: <requirement id>, result: met | not-met | caused-problems | not-assessed, note: "…" }',
  })
  .transform((use) => (typeof use === 'string' ? { id: use, result: 'not-assessed' as const } : use));

export const caseSchema = z
  .strictObject({
    ...common,
    topics: z.array(ref('topics')).min(1, { message: 'expected at least one topic from content/topics/' }),
    /** Country codes; an explicit empty list [] says the source does not state where. */
    countries: z.array(z.enum(countries), { error: 'expected a list of country codes, e.g. [SE], or [] when the source does not say' }),
    place: z.string().min(2),
    organisations: z.array(ref('organisations')).min(1, { message: 'expected at least one organisation id' }),
    coordinator: ref('organisations').optional(),
    /** Left out when no source says when the case began. */
    start: partialDate().optional(),
    end: partialDate().optional(),
    plannedEnd: partialDate().optional(),
    targetGroup: z.array(z.string().min(2)).default([]),
    stage: z.enum(stages),
    outcome: z.enum(outcomes),
    stopReason: z.enum(stopReasons).optional(),
    stopNote: z.string().optional(),
    scale: scale.optional(),
    funding: z.array(funding).default([]),
    effects: z.array(effect).default([]),
    methods: z.array(ref('methods')).default([]),
    /** Requirements the case used: an id, or { id, result, note } when a source says how it went. */
    requirements: z.array(requirementUse).default([]),
    resources: z.array(resource()).default([]),
    contact: contact.optional(),
    translationOf: ref('cases').optional(),
  })
  .superRefine((entry, ctx) => {
    if ((entry.stage === 'discontinued' || entry.outcome === 'not-achieved') && !entry.stopReason) {
      ctx.addIssue({
        code: 'custom',
        path: ['stopReason'],
        message: `is required when stage is 'discontinued' or outcome is 'not-achieved'; say why it stopped`,
      });
    }
    if (entry.stopReason === 'other' && !entry.stopNote) {
      ctx.addIssue({ code: 'custom', path: ['stopNote'], message: `is required when stopReason is 'other'; describe the reason` });
    }
    if (entry.end && entry.start && compareDates(entry.end, entry.start) < 0) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `is before start (${entry.start}); expected a date on or after it` });
    }
    if (entry.plannedEnd && entry.start && compareDates(entry.plannedEnd, entry.start) < 0) {
      ctx.addIssue({ code: 'custom', path: ['plannedEnd'], message: `is before start (${entry.start}); expected a date on or after it` });
    }
    if (entry.coordinator && !entry.organisations.includes(entry.coordinator)) {
      ctx.addIssue({ code: 'custom', path: ['coordinator'], message: `'${entry.coordinator}' is not listed in organisations; add it there too` });
    }
  });

export const methodSchema = z.strictObject({
  ...common,
  /** The method's name in other languages, e.g. Veikart for tjenesteinnovasjon. */
  otherNames: z.array(z.string()).default([]),
  origin: z
    .strictObject({
      country: z.enum(countries).optional(),
      organisation: ref('organisations').optional(),
      note: z.string().optional(),
    })
    .optional(),
  phases: z
    .array(z.strictObject({ name: z.string().min(1), description: z.string().min(1) }))
    .default([]),
  tools: z.array(resource()).default([]),
});

const labelsInEveryLanguage = z.strictObject({
  en: z.string().min(1),
  sv: z.string().min(1),
  nb: z.string().min(1),
  da: z.string().min(1),
  fi: z.string().min(1),
  is: z.string().min(1),
});

const synonymsPerLanguage = z.strictObject({
  en: z.array(z.string().min(1)).default([]),
  sv: z.array(z.string().min(1)).default([]),
  nb: z.array(z.string().min(1)).default([]),
  da: z.array(z.string().min(1)).default([]),
  fi: z.array(z.string().min(1)).default([]),
  is: z.array(z.string().min(1)).default([]),
});

const languageNames: Record<ContentLanguage, string> = {
  en: 'English',
  sv: 'Swedish',
  nb: 'Norwegian (bokmål)',
  da: 'Danish',
  fi: 'Finnish',
  is: 'Icelandic',
};

/** One language's text of a description: not empty and not only spaces. */
const descriptionText = (language: ContentLanguage) =>
  z
    .string({ error: `expected the description in ${languageNames[language]} as text` })
    .regex(/\S/, { message: `is empty; expected one or two sentences in ${languageNames[language]}` });

const everyLanguage = contentLanguages.join(', ');

/**
 * A topic's description in all six interface languages: a topic page in one language never shows a
 * description written in another.
 */
const topicDescription = z.strictObject(
  {
    en: descriptionText('en'),
    sv: descriptionText('sv'),
    nb: descriptionText('nb'),
    da: descriptionText('da'),
    fi: descriptionText('fi'),
    is: descriptionText('is'),
  },
  { error: `expected a description in each of the six languages: a group with the keys ${everyLanguage}, one or two sentences each` },
);

/**
 * An organisation's description in any of the six languages, usually its own and English. A page
 * shows the reader's language when present, else English, else the first one written.
 */
const organisationDescription = z
  .strictObject(
    {
      en: descriptionText('en').optional(),
      sv: descriptionText('sv').optional(),
      nb: descriptionText('nb').optional(),
      da: descriptionText('da').optional(),
      fi: descriptionText('fi').optional(),
      is: descriptionText('is').optional(),
    },
    { error: `expected a group of descriptions by language (any of ${everyLanguage}), usually the organisation's own language and en` },
  )
  .refine((map) => Object.keys(map).length > 0, {
    message: `has no language; expected at least one of ${everyLanguage} (e.g. en: …), or leave description out`,
    // Only for a group that is empty, not one whose only key was already reported as unknown.
    when: (payload) => payload.issues.length === 0,
  });

export const topicSchema = z.strictObject({
  kind: z.enum(topicKinds),
  labels: labelsInEveryLanguage,
  synonyms: synonymsPerLanguage.default({ en: [], sv: [], nb: [], da: [], fi: [], is: [] }),
  /** Abbreviations that are the same in every language (COPD, KOL, h@h). */
  abbreviations: z.array(z.string().min(1)).default([]),
  broader: ref('topics').optional(),
  /** One or two sentences explaining the topic, in each of the six languages. */
  description: topicDescription,
});

export const organisationSchema = z.strictObject({
  name: z.string().min(2),
  /** The name in other languages or a common short form. */
  otherNames: z.array(z.string()).default([]),
  type: z.enum(organisationTypes),
  country: z.enum(countries).optional(),
  /** Set for Nordic or international bodies that belong to no single country. */
  international: z.boolean().default(false),
  parent: ref('organisations').optional(),
  website: httpUrl().optional(),
  /** One or two sentences about the organisation, per language (its own and English). */
  description: organisationDescription.optional(),
  sources: z.array(source()).default([]),
});

export const eventSchema = z
  .strictObject({
    ...common,
    type: z.enum(eventTypes),
    start: partialDate(),
    end: partialDate().optional(),
    online: z.boolean().default(false),
    venue: z.string().optional(),
    city: z.string().optional(),
    country: z.enum(countries).optional(),
    organisers: z.array(ref('organisations')).min(1, { message: 'expected at least one organiser id' }),
    speakers: z
      .array(
        z.strictObject({
          role: z.string().min(2),
          organisation: ref('organisations').optional(),
          /** Only for people a source names as public speakers. */
          name: z.string().optional(),
        }),
      )
      .default([]),
    participants: z.number().int().nonnegative().optional(),
    presentations: z.array(resource()).default([]),
    recordings: z.array(resource()).default([]),
    takeaways: z.array(z.string().min(3)).default([]),
    cases: z.array(ref('cases')).default([]),
    methods: z.array(ref('methods')).default([]),
  })
  .superRefine((entry, ctx) => {
    if (entry.end && compareDates(entry.end, entry.start) < 0) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `is before start (${entry.start}); expected a date on or after it` });
    }
    if (!entry.online && !entry.city && !entry.venue) {
      ctx.addIssue({ code: 'custom', path: ['city'], message: 'is missing; expected a city or venue, or online: true' });
    }
  });

/** A citable requirement code: NWTC-<three letters of its category when issued>-<three digits>. */
export const REQUIREMENT_CODE_PATTERN = /^NWTC-[A-Z]{3}-\d{3}$/;

/** Where a requirement comes from: a public requirement set, a case, or both; and who worded it. */
const requirementOrigin = z
  .strictObject({
    /** The public requirement set or guidance it comes from. */
    set: z
      .strictObject({
        title: z.string().min(3),
        publisher: z.string().min(2),
        url: httpUrl(),
        /** The chapter, section or requirement number in the set. */
        section: z.string().min(1).optional(),
        date: partialDate().optional(),
      })
      .optional(),
    /** The case whose experience it comes from. */
    case: ref('cases').optional(),
    wording: z.enum(requirementWordings),
  })
  .superRefine((origin, ctx) => {
    if (!origin.set && !origin.case) {
      ctx.addIssue({ code: 'custom', path: ['set'], message: 'is missing; expected the public requirement set (title, publisher, url), a case id under `case`, or both' });
    }
    if (origin.wording !== 'editors' && !origin.set) {
      ctx.addIssue({ code: 'custom', path: ['wording'], message: `'${origin.wording}' needs the requirement set under \`set\`; without one, the wording is the editors' own: write wording: editors` });
    }
  });

const statementTranslations = z.strictObject(
  Object.fromEntries(contentLanguages.map((language) => [language, z.string().min(20, { message: 'expected a translated statement of at least 20 characters' }).optional()])) as Record<
    (typeof contentLanguages)[number],
    z.ZodOptional<z.ZodString>
  >,
);

export const requirementSchema = z
  .strictObject({
    ...common,
    /** The stable, citable code (NWTC-IOP-004); issued once, in content/requirements/codes.yaml, and never reused. */
    code: z
      .string({ error: 'expected a requirement code such as NWTC-IOP-004' })
      .regex(REQUIREMENT_CODE_PATTERN, { message: 'expected a requirement code such as NWTC-IOP-004: NWTC, three capital letters, three digits' }),
    level: z.enum(requirementLevels),
    category: z.enum(requirementCategories),
    /** The requirement itself, in the entry's language: one or two sentences a buyer can paste into a tender. */
    statement: z.string().min(20),
    /** The statement in other languages, each written faithfully from it. */
    statementTranslations: statementTranslations.optional(),
    /** Why a buyer asks for it. */
    motivation: z.string().min(20, { message: 'expected a motivation of at least 20 characters: why a buyer asks for this' }),
    verification: z.strictObject({
      methods: z.array(z.enum(verificationMethods)).min(1, { message: 'expected at least one of documentation, test, demonstration, reference' }),
      /** What the buyer asks for or does, concretely. */
      description: z.string().min(20),
    }),
    origin: requirementOrigin,
    /** The Roadmap for service innovation phases in which a buyer uses it. */
    phases: z.array(z.enum(roadmapPhases)).min(1, { message: 'expected at least one Roadmap phase' }),
  })
  .superRefine((entry, ctx) => {
    if (entry.statementTranslations?.[entry.language]) {
      ctx.addIssue({ code: 'custom', path: ['statementTranslations', entry.language], message: `repeats the entry's own language (${entry.language}); the statement itself is in that language` });
    }
    const methods = entry.verification.methods;
    const repeated = methods.find((method, index) => methods.indexOf(method) !== index);
    if (repeated) ctx.addIssue({ code: 'custom', path: ['verification', 'methods'], message: `lists '${repeated}' twice; expected each method once` });
    const phases = entry.phases;
    const repeatedPhase = phases.find((phase, index) => phases.indexOf(phase) !== index);
    if (repeatedPhase) ctx.addIssue({ code: 'custom', path: ['phases'], message: `lists '${repeatedPhase}' twice; expected each phase once` });
  });

/** Collections, their folders, the file types each accepts (collection-registry.ts), and their schemas. */
export const collections = {
  cases: { schema: caseSchema, extensions: collectionFacts.cases.extensions },
  methods: { schema: methodSchema, extensions: collectionFacts.methods.extensions },
  topics: { schema: topicSchema, extensions: collectionFacts.topics.extensions },
  organisations: { schema: organisationSchema, extensions: collectionFacts.organisations.extensions },
  events: { schema: eventSchema, extensions: collectionFacts.events.extensions },
  requirements: { schema: requirementSchema, extensions: collectionFacts.requirements.extensions },
} as const satisfies Record<CollectionName, unknown>;
export { collectionNames, type CollectionName };

export type CaseData = z.output<typeof caseSchema>;
export type MethodData = z.output<typeof methodSchema>;
export type TopicData = z.output<typeof topicSchema>;
export type OrganisationData = z.output<typeof organisationSchema>;
export type EventData = z.output<typeof eventSchema>;
export type RequirementData = z.output<typeof requirementSchema>;
