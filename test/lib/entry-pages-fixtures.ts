/**
 * In-memory entries for the entry-page derivations. Every fixture is parsed by the real schema, so
 * it is a valid entry, and none of it is presented as real content.
 */
import { caseSchema, eventSchema, methodSchema, organisationSchema, topicSchema } from '../../src/schema/collections.ts';
import { deriveCatalogue, type Case, type Catalogue, type Event, type Method, type Organisation, type Topic } from '../../src/lib/catalogue.ts';

export function makeCase(id: string, data: Record<string, unknown>): Case {
  const base = {
    title: `Fixture case ${id}`,
    language: 'en',
    summary: 'A fixture case used only by unit tests.',
    topics: ['remote-monitoring'],
    countries: ['SE'],
    place: 'Testby',
    organisations: ['org-a'],
    start: '2019',
    stage: 'pilot',
    outcome: 'ongoing',
    lastVerified: '2024-01-01',
  };
  return { collection: 'cases', id, data: caseSchema.parse({ ...base, ...data }) };
}

export function makeTopic(id: string, data: Record<string, unknown> = {}): Topic {
  const labels = { en: id, sv: id, nb: id, da: id, fi: id, is: id };
  const description = { en: `About ${id}.`, sv: `Om ${id}.`, nb: `Om ${id}.`, da: `Om ${id}.`, fi: `Tietoa: ${id}.`, is: `Um ${id}.` };
  return { collection: 'topics', id, data: topicSchema.parse({ kind: 'technology', labels, description, ...data }) };
}

export function makeOrganisation(id: string, data: Record<string, unknown> = {}): Organisation {
  return { collection: 'organisations', id, data: organisationSchema.parse({ name: `Org ${id}`, type: 'municipality', ...data }) };
}

export function makeMethod(id: string, data: Record<string, unknown> = {}): Method {
  const base = { title: `Method ${id}`, language: 'en', summary: 'A fixture method used only by unit tests.', lastVerified: '2024-01-01' };
  return { collection: 'methods', id, data: methodSchema.parse({ ...base, ...data }) };
}

export function makeEvent(id: string, data: Record<string, unknown> = {}): Event {
  const base = {
    title: `Event ${id}`,
    language: 'en',
    summary: 'A fixture event used only by unit tests.',
    lastVerified: '2024-01-01',
    type: 'webinar',
    start: '2020-05',
    online: true,
    organisers: ['org-a'],
  };
  return { collection: 'events', id, data: eventSchema.parse({ ...base, ...data }) };
}

export function makeCatalogue(parts: Partial<Parameters<typeof deriveCatalogue>[0]>): Catalogue {
  return deriveCatalogue({ cases: [], methods: [], topics: [], organisations: [], events: [], requirements: [], ...parts });
}
