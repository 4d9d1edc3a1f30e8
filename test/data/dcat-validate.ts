/**
 * Test helpers for the DCAT-AP description: parse each serialisation with a maintained parser
 * from the registry (n3 for Turtle, jsonld for JSON-LD, rdfxml-streaming-parser for RDF/XML) and
 * validate with rdf-validate-shacl against the shapes in dcat-ap-3.shapes.ttl.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Parser, Store, type Quad } from 'n3';
import jsonld from 'jsonld';
import { RdfXmlParser } from 'rdfxml-streaming-parser';
import SHACLValidator from 'rdf-validate-shacl';

export const shapesPath = fileURLToPath(new URL('./dcat-ap-3.shapes.ttl', import.meta.url));

export function parseTurtle(text: string, baseIRI?: string): Quad[] {
  return new Parser({ format: 'text/turtle', ...(baseIRI ? { baseIRI } : {}) }).parse(text);
}

/** JSON-LD to quads, offline: any remote context is refused rather than fetched. */
export async function parseJsonLd(document: object): Promise<Quad[]> {
  const nquads = (await jsonld.toRDF(document, {
    format: 'application/n-quads',
    documentLoader: (url: string) => Promise.reject(new Error(`the test does not fetch remote contexts (${url})`)),
  })) as unknown as string;
  return new Parser({ format: 'application/n-quads' }).parse(nquads);
}

export function parseRdfXml(text: string): Promise<Quad[]> {
  return new Promise((resolve, reject) => {
    const quads: Quad[] = [];
    const parser = new RdfXmlParser();
    parser.on('data', (quad: Quad) => quads.push(quad));
    parser.on('error', reject);
    parser.on('end', () => resolve(quads));
    parser.write(text);
    parser.end();
  });
}

/** One line per triple, N-Triples-like, so two graphs without blank nodes compare as sets of strings. */
export function canonical(quads: readonly Quad[]): string[] {
  const term = (t: Quad['object']): string => {
    if (t.termType === 'NamedNode') return `<${t.value}>`;
    if (t.termType === 'Literal') return `${JSON.stringify(t.value)}${t.language ? `@${t.language}` : `^^<${t.datatype.value}>`}`;
    return `_:${t.termType}`;
  };
  return [...new Set(quads.map((q) => `${term(q.subject as Quad['object'])} <${q.predicate.value}> ${term(q.object)}`))].sort();
}

export interface ShaclResult {
  severity: 'Violation' | 'Warning' | 'Info';
  focus: string;
  path: string;
  message: string;
}

let shapes: Store | undefined;

export async function validate(quads: readonly Quad[]): Promise<{ conforms: boolean; results: ShaclResult[] }> {
  shapes ??= new Store(parseTurtle(readFileSync(shapesPath, 'utf8')));
  const validator = new SHACLValidator(shapes);
  const report = await validator.validate(new Store([...quads]));
  const results = report.results.map((result) => ({
    severity: (result.severity?.value.split('#')[1] ?? 'Violation') as ShaclResult['severity'],
    focus: result.focusNode?.value ?? '',
    path: result.path?.value ?? '',
    message: result.message.map((m) => m.value).join(' ') || result.sourceConstraintComponent?.value || '',
  }));
  return { conforms: report.conforms, results };
}
