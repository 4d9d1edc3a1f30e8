import { describe, expect, it } from 'vitest';
import { DataFactory, type Quad } from 'n3';
import { dcatGraph, dcatTexts, dateLiteral, dateSpan, NS, toRdfXml, toTurtle, triplesOf, type DcatOptions } from '../../src/outputs/dcat.ts';
import { exportCollections } from '../../src/schema/collection-registry.ts';
import { useTranslations } from '../../src/i18n/t.ts';
import { locales } from '../../src/i18n/locales.ts';
import { fixtureCatalogue } from './fixtures.ts';
import { canonical, parseJsonLd, parseRdfXml, parseTurtle, validate } from './dcat-validate.ts';

const site = 'https://commons.example.org';
const options: DcatOptions = {
  title: 'Commons',
  homepage: `${site}/`,
  dataPage: `${site}/data/`,
  dataUrl: (file) => `${site}/data/${file}`,
  schemaUrl: (collection) => `${site}/schema/${collection}.json`,
  landingPage: (collection) => `${site}/en/${collection}/`,
  publisher: { name: 'Commons editors', homepage: `${site}/`, type: 'http://purl.org/adms/publishertype/NonProfitOrganisation', typeLabel: 'Non-profit organisation' },
  contactEmail: 'editors@commons.example.org',
  texts: Object.fromEntries(locales.map((locale) => [locale, dcatTexts(useTranslations(locale), 'Commons')])) as DcatOptions['texts'],
  byteSize: (url) => (url.endsWith('.csv') ? 1234 : undefined),
};
const catalogue = fixtureCatalogue();
const graph = dcatGraph(catalogue, options);
const triples = triplesOf(graph);
const turtle = toTurtle(triples);
const quads = parseTurtle(turtle);

const DCAT = NS.dcat;
const DCT = NS.dct;
const objects = (subject: string, predicate: string) => quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object);
const dataset = (collection: string) => `${site}/data/#dataset-${collection}`;
const violations = <R extends { severity: string }>(results: R[]) => results.filter((result) => result.severity === 'Violation');

describe('partial dates as XSD literals', () => {
  it('types each as precisely as it is known, and leaves out a day without a year', () => {
    expect(dateLiteral('2019')).toEqual({ '@value': '2019', '@type': `${NS.xsd}gYear` });
    expect(dateLiteral('2019-05')).toEqual({ '@value': '2019-05', '@type': `${NS.xsd}gYearMonth` });
    expect(dateLiteral('2019-05-02')).toEqual({ '@value': '2019-05-02', '@type': `${NS.xsd}date` });
    expect(dateLiteral('--01-25')).toBeUndefined();
  });
  it('spans the earliest and latest dates with a year', () => {
    expect(dateSpan(['2021', '2019-04-24', undefined, '--01-25', '2019-05'])).toEqual({ start: '2019-04-24', end: '2021' });
    expect(dateSpan([undefined, '--01-25'])).toBeUndefined();
  });
});

describe('the DCAT-AP description', () => {
  it('describes one catalogue with one dataset per collection, each with JSON, CSV, JSON Schema and data package distributions', () => {
    const catalogueId = `${site}/data/#catalogue`;
    expect(objects(catalogueId, `${NS.rdf}type`).map((o) => o.value)).toEqual([`${DCAT}Catalog`]);
    expect(objects(catalogueId, `${DCAT}dataset`).map((o) => o.value)).toEqual(exportCollections.map(dataset));
    for (const collection of exportCollections) {
      const urls = objects(dataset(collection), `${DCAT}distribution`).flatMap((d) => objects(d.value, `${DCAT}downloadURL`).map((o) => o.value));
      expect(urls.sort(), collection).toEqual(
        [`${site}/data/${collection}.json`, `${site}/data/${collection}.csv`, `${site}/schema/${collection}.json`, `${site}/data/datapackage.json`].sort(),
      );
    }
  });

  it('carries the licence, publisher, contact mailbox, EU themes, languages and the Nordic countries', () => {
    const cases = dataset('cases');
    const csv = `${cases}-csv`;
    expect(objects(csv, `${DCT}license`).map((o) => o.value)).toEqual(['http://publications.europa.eu/resource/authority/licence/CC_BY_4_0']);
    expect(objects(csv, `${DCAT}byteSize`).map((o) => o.value)).toEqual(['1234']);
    expect(objects(cases, `${DCAT}theme`).map((o) => o.value)).toEqual([
      'http://publications.europa.eu/resource/authority/data-theme/HEAL',
      'http://publications.europa.eu/resource/authority/data-theme/SOCI',
    ]);
    // The fixture's cases are Swedish and Norwegian, in Sweden and Norway.
    expect(objects(cases, `${DCT}language`).map((o) => o.value)).toEqual([
      'http://publications.europa.eu/resource/authority/language/SWE',
      'http://publications.europa.eu/resource/authority/language/NOB',
    ]);
    expect(objects(cases, `${DCT}spatial`).map((o) => o.value)).toEqual([
      'http://publications.europa.eu/resource/authority/country/SWE',
      'http://publications.europa.eu/resource/authority/country/NOR',
    ]);
    const contact = objects(cases, `${DCAT}contactPoint`)[0]!.value;
    expect(objects(contact, `${NS.vcard}hasEmail`).map((o) => o.value)).toEqual(['mailto:editors@commons.example.org']);
    const publisher = objects(cases, `${DCT}publisher`)[0]!.value;
    expect(objects(publisher, `${NS.foaf}name`).map((o) => o.value)).toEqual(['Commons editors']);
    // Titles in all six interface languages.
    expect(objects(cases, `${DCT}title`).map((o) => (o as { language: string }).language).sort()).toEqual([...locales].sort());
  });

  it('derives temporal coverage and modification dates from the content', () => {
    const period = objects(dataset('events'), `${DCT}temporal`)[0]!.value;
    // Events run from 2019 (a year only) to 2024-09-12; the event without a year is left out.
    expect(objects(period, `${DCAT}startDate`).map((o) => [o.value, (o as { datatype: { value: string } }).datatype.value])).toEqual([['2019', `${NS.xsd}gYear`]]);
    expect(objects(period, `${DCAT}endDate`).map((o) => o.value)).toEqual(['2024-09-12']);
    // The newest lastVerified among the cases.
    expect(objects(dataset('cases'), `${DCT}modified`).map((o) => o.value)).toEqual(['2024-05-10']);
    expect(objects(`${site}/data/#catalogue`, `${DCT}modified`).map((o) => o.value)).toEqual(['2024-05-10']);
  });

  it('validates against the DCAT-AP 3 shapes: no violation, and warnings only where the content has no dates', async () => {
    const { results } = await validate(quads);
    expect(violations(results)).toEqual([]);
    // Methods, requirements, topics and organisations carry no dates of their own to cover.
    const warnings = results.filter((result) => result.severity === 'Warning').map((result) => `${result.focus} ${result.path}`).sort();
    expect(warnings).toEqual(['methods', 'organisations', 'requirements', 'topics'].map((c) => `${dataset(c)} ${DCT}temporal`));
  });

  it('fails the validation when a copy is broken: a dataset without a title, a distribution without an address, a literal publisher', async () => {
    const namedNode = (iri: string) => DataFactory.namedNode(iri);
    const literal = (value: string) => DataFactory.literal(value);
    const cases = dataset('cases');
    const broken: Quad[] = quads.filter(
      (q) => !(q.subject.value === cases && q.predicate.value === `${DCT}title`) && !(q.subject.value === `${cases}-csv` && q.predicate.value === `${DCAT}accessURL`) && !(q.subject.value === `${site}/data/#catalogue` && q.predicate.value === `${DCT}publisher`),
    );
    broken.push(DataFactory.quad(namedNode(`${site}/data/#catalogue`), namedNode(`${DCT}publisher`), literal('Commons editors')));
    const { conforms, results } = await validate(broken);
    expect(conforms).toBe(false);
    const found = violations(results).map((result) => `${result.focus} ${result.path}`);
    expect(found).toEqual(
      expect.arrayContaining([`${cases} ${DCT}title`, `${cases}-csv ${DCAT}accessURL`, `${site}/data/#catalogue ${DCT}publisher`]),
    );
  });

  it('says the same in Turtle, JSON-LD and RDF/XML, each read by its own parser', async () => {
    const fromJsonLd = await parseJsonLd(graph);
    const fromXml = await parseRdfXml(toRdfXml(triples));
    expect(canonical(fromJsonLd)).toEqual(canonical(quads));
    expect(canonical(fromXml)).toEqual(canonical(quads));
    expect(quads.length).toBe(triples.length);
  });

  it('escapes text that would break Turtle or XML', async () => {
    const tricky = dcatGraph(catalogue, { ...options, title: 'A "quoted" <title> & \\ back\nslash' });
    const t = triplesOf(tricky);
    const title = (qs: Quad[]) => qs.find((q) => q.subject.value === `${site}/data/#catalogue` && q.predicate.value === `${DCT}title`)!.object.value;
    expect(title(parseTurtle(toTurtle(t)))).toBe('A "quoted" <title> & \\ back\nslash');
    expect(title(await parseRdfXml(toRdfXml(t)))).toBe('A "quoted" <title> & \\ back\nslash');
  });
});
