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
  stages,
  stopReasons,
  topicKinds,
  type ContentLanguage,
} from './vocabulary.ts';
import { fullDate, functionalEmail, httpUrl, language, money, partialDate, ref, resource, source, summaries } from './fields.ts';
import { compareDates } from './dates.ts';

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
    requirements: z.array(ref('requirements')).default([]),
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

export const requirementStatuses = ['proposed', 'prototype', 'in-use'] as const;

export const requirementSchema = z.strictObject({
  ...common,
  category: z.enum(requirementCategories),
  /** The requirement itself, one or two sentences a procurement officer can paste. */
  statement: z.string().min(20),
  /** The need it answers, in the words of the people who have it. */
  rationale: z.string().optional(),
  status: z.enum(requirementStatuses),
  origin: ref('cases').optional(),
});

/** Collections, their folders, the file types each accepts, and their schemas. */
export const collections = {
  cases: { schema: caseSchema, extensions: ['.md', '.mdx'] },
  methods: { schema: methodSchema, extensions: ['.md', '.mdx'] },
  topics: { schema: topicSchema, extensions: ['.yaml'] },
  organisations: { schema: organisationSchema, extensions: ['.yaml'] },
  events: { schema: eventSchema, extensions: ['.md', '.mdx'] },
  requirements: { schema: requirementSchema, extensions: ['.md', '.mdx'] },
} as const;
export type CollectionName = keyof typeof collections;
export const collectionNames = Object.keys(collections) as CollectionName[];

export type CaseData = z.output<typeof caseSchema>;
export type MethodData = z.output<typeof methodSchema>;
export type TopicData = z.output<typeof topicSchema>;
export type OrganisationData = z.output<typeof organisationSchema>;
export type EventData = z.output<typeof eventSchema>;
export type RequirementData = z.output<typeof requirementSchema>;
