/**
 * Checks JSON-LD against schema.org's own vocabulary (the @vocabulary/schema package ships
 * schema.org's current release as N-Quads): every type must be a schema.org class, every property
 * a schema.org property whose domain includes the subject's type or one of its superclasses, and
 * every enumeration value a schema.org term. The JSON-LD is read by the jsonld package, offline:
 * the "https://schema.org" context is resolved to schema.org's namespace instead of fetched.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Parser, type Quad } from 'n3';
import jsonld from 'jsonld';

const SCHEMA = 'http://schema.org/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';

interface Vocabulary {
  classes: Set<string>;
  superclasses: Map<string, string[]>;
  domains: Map<string, string[]>;
  terms: Set<string>;
}

let vocabulary: Vocabulary | undefined;

export function schemaVocabulary(): Vocabulary {
  if (vocabulary) return vocabulary;
  const file = join(dirname(createRequire(import.meta.url).resolve('@vocabulary/schema/package.json')), 'schema.nq');
  const quads = new Parser({ format: 'application/n-quads' }).parse(readFileSync(file, 'utf8'));
  const classes = new Set<string>();
  const superclasses = new Map<string, string[]>();
  const domains = new Map<string, string[]>();
  const terms = new Set<string>();
  for (const q of quads) {
    if (q.subject.value.startsWith(SCHEMA)) terms.add(q.subject.value);
    if (q.predicate.value === RDF_TYPE && q.object.value === `${RDFS}Class`) classes.add(q.subject.value);
    if (q.predicate.value === `${RDFS}subClassOf`) superclasses.set(q.subject.value, [...(superclasses.get(q.subject.value) ?? []), q.object.value]);
    if (q.predicate.value === `${SCHEMA}domainIncludes`) domains.set(q.subject.value, [...(domains.get(q.subject.value) ?? []), q.object.value]);
  }
  vocabulary = { classes, superclasses, domains, terms };
  return vocabulary;
}

function ancestors(type: string, v: Vocabulary, seen = new Set<string>()): Set<string> {
  if (seen.has(type)) return seen;
  seen.add(type);
  for (const parent of v.superclasses.get(type) ?? []) ancestors(parent, v, seen);
  return seen;
}

export async function jsonLdQuads(document: object): Promise<Quad[]> {
  const nquads = (await jsonld.toRDF(document, {
    format: 'application/n-quads',
    documentLoader: (url: string) =>
      url.replace(/\/$/, '') === 'https://schema.org'
        ? Promise.resolve({ contextUrl: undefined, documentUrl: url, document: { '@context': { '@vocab': SCHEMA } } })
        : Promise.reject(new Error(`unexpected remote context ${url}`)),
  })) as unknown as string;
  return new Parser({ format: 'application/n-quads' }).parse(nquads);
}

/** Problems with a JSON-LD document, one line each; empty when every type and property is schema.org's. */
export async function schemaOrgProblems(document: object): Promise<string[]> {
  const v = schemaVocabulary();
  const quads = await jsonLdQuads(document);
  const problems: string[] = [];
  if (quads.length === 0) return ['no triples: the JSON-LD says nothing'];
  const types = new Map<string, string[]>();
  for (const q of quads) if (q.predicate.value === RDF_TYPE) types.set(q.subject.value, [...(types.get(q.subject.value) ?? []), q.object.value]);
  for (const q of quads) {
    const subject = q.subject.termType === 'BlankNode' ? `_:${q.subject.value}` : q.subject.value;
    if (q.predicate.value === RDF_TYPE) {
      if (!v.classes.has(q.object.value)) problems.push(`${subject}: ${q.object.value} is not a schema.org type`);
      continue;
    }
    const property = q.predicate.value;
    const domain = v.domains.get(property);
    if (!property.startsWith(SCHEMA) || !domain) {
      problems.push(`${subject}: ${property} is not a schema.org property`);
      continue;
    }
    const subjectTypes = types.get(q.subject.value) ?? [];
    if (subjectTypes.length === 0) problems.push(`${subject}: has ${property} but no type`);
    const allowed = new Set(subjectTypes.flatMap((type) => [...ancestors(type, v)]));
    if (!domain.some((d) => allowed.has(d))) problems.push(`${subject}: ${property.slice(SCHEMA.length)} is not a property of ${subjectTypes.map((t) => t.slice(SCHEMA.length)).join('/')}`);
    // Enumeration values written as schema.org addresses must name a real term.
    if (q.object.termType === 'Literal' && /^https?:\/\/schema\.org\/\w+$/.test(q.object.value) && !v.terms.has(q.object.value.replace(/^https:/, 'http:'))) {
      problems.push(`${subject}: ${q.object.value} is not a schema.org term`);
    }
  }
  return problems;
}
