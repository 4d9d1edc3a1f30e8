/**
 * In-memory entries for the open-data tests, with Nordic letters, commas, semicolons and quotes
 * where exporters tend to break. Every fixture is parsed by the real schema, so it is a valid
 * entry; none of it is presented as real content.
 */
import { caseSchema, eventSchema, methodSchema, organisationSchema, topicSchema } from '../../src/schema/collections.ts';
import { deriveCatalogue, type Case, type Catalogue, type Event, type Method, type Organisation, type Topic } from '../../src/lib/catalogue.ts';

export function fixtureCase(id: string, data: Record<string, unknown> = {}): Case {
  const base = {
    title: `Fixture case ${id}`,
    language: 'sv',
    summary: 'Ett testfall för enhetstester: hemmonitorering, "KOL" och å ä ö.',
    topics: ['copd'],
    countries: ['SE'],
    place: 'Östersund',
    organisations: ['region-a'],
    start: '2019',
    stage: 'pilot',
    outcome: 'ongoing',
    lastVerified: '2024-01-01',
  };
  return { collection: 'cases', id, data: caseSchema.parse({ ...base, ...data }) };
}

export function fixtureTopic(id: string, labels: Record<string, string>): Topic {
  const description = { en: `About ${labels.en}; with "quotes", commas.`, sv: `Om ${labels.sv}; med å ä ö.`, nb: `Om ${labels.nb}; med æ ø å.`, da: `Om ${labels.da}.`, fi: `Tietoa aiheesta ${labels.fi}.`, is: `Um ${labels.is}; með ð og þ.` };
  return { collection: 'topics', id, data: topicSchema.parse({ kind: 'condition', labels, description }) };
}

export function fixtureOrganisation(id: string, data: Record<string, unknown> = {}): Organisation {
  return { collection: 'organisations', id, data: organisationSchema.parse({ name: `Org ${id}`, type: 'region', country: 'SE', ...data }) };
}

export function fixtureMethod(id: string, data: Record<string, unknown> = {}): Method {
  const base = { title: `Method ${id}`, language: 'nb', summary: 'En testmetode for enhetstester, med æ ø å.', lastVerified: '2023-06-01' };
  return { collection: 'methods', id, data: methodSchema.parse({ ...base, ...data }) };
}

export function fixtureEvent(id: string, data: Record<string, unknown> = {}): Event {
  const base = {
    title: `Event ${id}`,
    language: 'en',
    summary: 'A fixture event used only by unit tests.',
    lastVerified: '2024-02-02',
    type: 'workshop',
    start: '2024-05-02',
    city: 'Kista',
    country: 'SE',
    organisers: ['region-a'],
  };
  return { collection: 'events', id, data: eventSchema.parse({ ...base, ...data }) };
}

export const copd = fixtureTopic('copd', { en: 'COPD', sv: 'KOL', nb: 'KOLS', da: 'KOL', fi: 'keuhkoahtaumatauti', is: 'langvinn lungnateppa' });
export const heartFailure = fixtureTopic('heart-failure', { en: 'Heart failure', sv: 'Hjärtsvikt', nb: 'Hjertesvikt', da: 'Hjertesvigt', fi: 'Sydämen vajaatoiminta', is: 'Hjartabilun' });

/** A small catalogue: Swedish and Norwegian COPD cases, a method, events with full and partial dates. */
export function fixtureCatalogue(): Catalogue {
  return deriveCatalogue({
    topics: [copd, heartFailure],
    organisations: [
      fixtureOrganisation('region-a', { name: 'Region Jämtland Härjedalen' }),
      fixtureOrganisation('oslo', { name: 'Oslo kommune', type: 'municipality', country: 'NO' }),
    ],
    cases: [
      fixtureCase('hemmonitorering-kol', {
        title: 'Hemmonitorering vid KOL, Jämtland; "fas 1"',
        lastVerified: '2024-03-01',
        funding: [{ funder: 'region-a', reference: '2018-04193', amount: { amount: 1498164, currency: 'SEK' } }],
        effects: [
          { indicator: 'Inläggningar', result: 'färre, enligt personalen', evidence: 'anecdotal' },
          { indicator: 'Nöjdhet', result: 'hög', evidence: 'survey' },
        ],
        methods: ['veikart'],
      }),
      fixtureCase('kols-oslo', {
        title: 'Digital hjemmeoppfølging av KOLS-pasienter i bydelene',
        language: 'nb',
        summary: 'Oslo kommune prøvde digital hjemmeoppfølging for pasienter med KOLS; læring om tjenester og ansvar.',
        countries: ['NO'],
        place: 'Oslo',
        organisations: ['oslo'],
        lastVerified: '2024-05-10',
        stage: 'discontinued',
        outcome: 'not-achieved',
        stopReason: 'no-integration',
      }),
      fixtureCase('hjartsvikt-se', { topics: ['heart-failure'], lastVerified: '2022-01-01', start: undefined }),
    ],
    methods: [fixtureMethod('veikart', { title: 'Veikart for tjenesteinnovasjon', topics: ['copd'] })],
    events: [
      fixtureEvent('mvte-workshop', {
        title: 'Workshop: Nordiskt nätverk, välfärdsteknik; lärdomar',
        language: 'sv',
        summary: 'Kommunala chefer i Kista diskuterade ett nordiskt nätverk för att dela tester, även misslyckade.',
        start: '2019-04-24',
        end: '2019-04-25',
        venue: 'Kista Science Tower',
        cases: ['hemmonitorering-kol'],
      }),
      fixtureEvent('webinar-online', { start: '2024-09-12', online: true, city: undefined, country: undefined }),
      fixtureEvent('year-only', { start: '2019' }),
      fixtureEvent('no-year', { start: '--01-25' }),
      fixtureEvent('month-end', { start: '2019-04-29', end: '2019-05' }),
    ],
    requirements: [],
  });
}
