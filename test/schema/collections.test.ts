import { describe, expect, it } from 'vitest';
import { caseSchema, eventSchema, organisationSchema, topicSchema } from '../../src/schema/collections.ts';
import { sectionForHeading } from '../../src/schema/sections.ts';

const validCase = {
  title: 'Hemmonitorering vid hjärtsvikt',
  language: 'sv',
  summary: 'En pilot med digital hemmonitorering för patienter med hjärtsvikt.',
  topics: ['remote-patient-monitoring'],
  countries: ['SE'],
  place: 'Luleå',
  organisations: ['region-norrbotten'],
  start: '2018-11',
  stage: 'pilot',
  outcome: 'unknown',
  lastVerified: '2019-05-02',
};

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('case schema', () => {
  it('accepts a minimal honest case', () => {
    expect(messages(caseSchema.safeParse(validCase))).toEqual([]);
  });

  it('requires a stop reason when a case was discontinued or missed its aim', () => {
    for (const change of [{ stage: 'discontinued' }, { outcome: 'not-achieved' }]) {
      const result = caseSchema.safeParse({ ...validCase, ...change });
      expect(messages(result)).toEqual([expect.stringMatching(/^stopReason: is required when/)]);
    }
    expect(caseSchema.safeParse({ ...validCase, stage: 'discontinued', stopReason: 'no-integration' }).success).toBe(true);
  });

  it('asks for a note when the stop reason is other', () => {
    const result = caseSchema.safeParse({ ...validCase, stage: 'discontinued', stopReason: 'other' });
    expect(messages(result)).toEqual([expect.stringMatching(/^stopNote:/)]);
  });

  it('rejects an end before the start, unknown fields and values outside the vocabulary', () => {
    expect(messages(caseSchema.safeParse({ ...validCase, end: '2017' }))).toEqual([expect.stringMatching(/^end: is before start/)]);
    expect(caseSchema.safeParse({ ...validCase, Title: 'x' }).success).toBe(false);
    expect(caseSchema.safeParse({ ...validCase, outcome: 'failed' }).success).toBe(false);
  });

  it('takes money as an amount and an ISO currency', () => {
    const funded = { ...validCase, funding: [{ funder: 'vinnova', reference: '2018-04193', amount: { amount: 1498164, currency: 'SEK' } }] };
    expect(caseSchema.safeParse(funded).success).toBe(true);
    const wrong = { ...validCase, funding: [{ funder: 'vinnova', amount: { amount: '1 498 164', currency: 'kr' } }] };
    expect(messages(caseSchema.safeParse(wrong))).toHaveLength(2);
  });

  it('refuses a personal e-mail address for the contact', () => {
    const personal = { ...validCase, contact: { role: 'Utvecklingsstrateg', organisation: 'region-norrbotten', email: 'anna.andersson@example.se' } };
    expect(messages(caseSchema.safeParse(personal))).toEqual([expect.stringMatching(/personal address/)]);
    const functional = { ...personal, contact: { ...personal.contact, email: 'ehalsa@example.se' } };
    expect(caseSchema.safeParse(functional).success).toBe(true);
  });
});

describe('event schema', () => {
  it('allows an event whose year is not known, but needs a place or online', () => {
    const event = {
      title: 'Workshop at MVTe',
      language: 'en',
      summary: 'A workshop on a Nordic network for municipalities about welfare technology.',
      type: 'workshop',
      start: '--01-25',
      organisers: ['mistel'],
      lastVerified: '2024-01-01',
    };
    expect(messages(eventSchema.safeParse(event))).toEqual([expect.stringMatching(/^city: is missing/)]);
    expect(eventSchema.safeParse({ ...event, city: 'Kista' }).success).toBe(true);
  });
});

const sixDescriptions = {
  en: 'A long-term lung disease.',
  sv: 'En långvarig lungsjukdom.',
  nb: 'En langvarig lungesykdom.',
  da: 'En langvarig lungesygdom.',
  fi: 'Pitkäaikainen keuhkosairaus.',
  is: 'Langvinnur lungnasjúkdómur.',
};

describe('topic schema', () => {
  const labels = { en: 'COPD', sv: 'KOL', nb: 'KOLS', da: 'KOL', fi: 'keuhkoahtaumatauti', is: 'langvinn lungnateppa' };

  it('needs a label in every interface language', () => {
    const topic = { kind: 'condition', labels: { ...labels, is: undefined }, description: sixDescriptions };
    expect(messages(topicSchema.safeParse(topic))).toEqual([expect.stringMatching(/^labels\.is:/)]);
  });

  it('needs a description in every interface language', () => {
    expect(messages(topicSchema.safeParse({ kind: 'condition', labels, description: sixDescriptions }))).toEqual([]);
    const { fi: _fi, ...withoutFinnish } = sixDescriptions;
    expect(messages(topicSchema.safeParse({ kind: 'condition', labels, description: withoutFinnish }))).toEqual([
      'description.fi: expected the description in Finnish as text',
    ]);
    expect(messages(topicSchema.safeParse({ kind: 'condition', labels, description: { ...sixDescriptions, is: '  ' } }))).toEqual([
      'description.is: is empty; expected one or two sentences in Icelandic',
    ]);
    expect(messages(topicSchema.safeParse({ kind: 'condition', labels }))).toEqual([expect.stringMatching(/^description: expected a description in each of the six languages/)]);
  });

  it('refuses a description in one language only, the old form', () => {
    expect(messages(topicSchema.safeParse({ kind: 'condition', labels, description: 'A long-term lung disease.' }))).toEqual([
      expect.stringMatching(/^description: expected a description in each of the six languages: a group with the keys en, sv, nb, da, fi, is/),
    ]);
  });
});

describe('organisation schema', () => {
  const organisation = { name: 'Lyngby-Taarbæk Kommune', type: 'municipality', country: 'DK' };

  it('takes a description in any of the six languages, or none', () => {
    expect(messages(organisationSchema.safeParse(organisation))).toEqual([]);
    expect(messages(organisationSchema.safeParse({ ...organisation, description: { da: 'Kommune nord for København.' } }))).toEqual([]);
    expect(messages(organisationSchema.safeParse({ ...organisation, description: { da: 'Kommune.', en: 'Municipality.' } }))).toEqual([]);
  });

  it('refuses an empty group, an unknown language and empty text', () => {
    expect(messages(organisationSchema.safeParse({ ...organisation, description: {} }))).toEqual([expect.stringMatching(/^description: has no language; expected at least one of en, sv, nb, da, fi, is/)]);
    expect(messages(organisationSchema.safeParse({ ...organisation, description: { de: 'Gemeinde.' } })).map((m) => m.split(':')[0])).toEqual(['description']);
    expect(messages(organisationSchema.safeParse({ ...organisation, description: { da: '' } }))).toEqual(['description.da: is empty; expected one or two sentences in Danish']);
  });
});

describe('case sections', () => {
  it('recognises headings in the entry language and in English', () => {
    expect(sectionForHeading('Lärdomar', 'sv')).toBe('lessons');
    expect(sectionForHeading('Lessons learned', 'sv')).toBe('lessons');
    expect(sectionForHeading(' lessons LEARNED ', 'fi')).toBe('lessons');
    expect(sectionForHeading('Lärdomar', 'fi')).toBeUndefined();
  });
});
