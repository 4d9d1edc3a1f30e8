/**
 * The content-side guarantee: every real entry in content/ passes the shared schema, every id it
 * refers to exists, every case has a lessons-learned section, and every seed document is in the
 * catalogue. It stands alone (no Astro, no src/checks), so it keeps guarding the content even while
 * the full `npm run check:content` changes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { collectionNames, collections, type CollectionName } from '../../src/schema/collections.ts';
import { ID_PATTERN } from '../../src/schema/fields.ts';
import { requiredCaseSections, sectionForHeading } from '../../src/schema/sections.ts';
import type { ContentLanguage } from '../../src/schema/vocabulary.ts';

const CONTENT_DIR = resolve(import.meta.dirname, '../../content');

interface LoadedEntry {
  collection: CollectionName;
  id: string;
  file: string;
  data: Record<string, unknown>;
  body: string;
}

/** Splits a Markdown file into its YAML frontmatter (between the first two `---` lines) and body. */
function splitFrontmatter(text: string, file: string): { frontmatter: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: expected frontmatter between two --- lines at the top`);
  return { frontmatter: match[1] ?? '', body: match[2] ?? '' };
}

function loadCollection(collection: CollectionName): LoadedEntry[] {
  const dir = join(CONTENT_DIR, collection);
  return readdirSync(dir)
    // content/requirements/codes.yaml is the ledger of requirement codes (src/checks/requirement-codes.ts), not an entry.
    .filter((name) => !name.startsWith('.') && !(collection === 'requirements' && name === 'codes.yaml'))
    .map((name) => {
      const file = `content/${collection}/${name}`;
      const text = readFileSync(join(dir, name), 'utf8');
      const extension = extname(name);
      const id = name.slice(0, -extension.length);
      if (extension === '.yaml') return { collection, id, file, data: (parseYaml(text) as Record<string, unknown> | null) ?? {}, body: '' };
      const { frontmatter, body } = splitFrontmatter(text, file);
      return { collection, id, file, data: (parseYaml(frontmatter) as Record<string, unknown> | null) ?? {}, body };
    });
}

const entries = collectionNames.flatMap(loadCollection);
const idsOf = (collection: CollectionName) => new Set(entries.filter((e) => e.collection === collection).map((e) => e.id));
const parsed = new Map(
  entries.map((entry) => [entry.file, collections[entry.collection].schema.safeParse(entry.data)] as const),
);

/** The fields that refer to other entries, as the YAML has them before the schema: any may be missing or wrong. */
interface RawReferences {
  topics?: unknown;
  organisations?: unknown;
  coordinator?: unknown;
  funding?: { funder?: unknown }[];
  contact?: { organisation?: unknown };
  methods?: unknown;
  requirements?: unknown[];
  translationOf?: unknown;
  origin?: { organisation?: unknown; case?: unknown };
  broader?: unknown;
  parent?: unknown;
  organisers?: unknown;
  speakers?: { organisation?: unknown }[];
  cases?: unknown;
}

/** A referenced id as written; anything but a scalar shows as its JSON, so the failure names it. */
const idText = (value: unknown) => (typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value));

/** Every reference an entry makes, as [collection, id, field path] triples. */
function referencesOf(entry: LoadedEntry): Array<[CollectionName, string, string]> {
  const d = entry.data as RawReferences;
  const refs: Array<[CollectionName, string, string]> = [];
  const list = (collection: CollectionName, field: string, values: unknown) => {
    if (Array.isArray(values)) values.forEach((v, i) => refs.push([collection, idText(v), `${field}[${i}]`]));
  };
  const one = (collection: CollectionName, field: string, value: unknown) => {
    if (value !== undefined) refs.push([collection, idText(value), field]);
  };
  list('topics', 'topics', d.topics);
  switch (entry.collection) {
    case 'cases':
      list('organisations', 'organisations', d.organisations);
      one('organisations', 'coordinator', d.coordinator);
      (d.funding ?? []).forEach((f, i) => one('organisations', `funding[${i}].funder`, f.funder));
      one('organisations', 'contact.organisation', d.contact?.organisation);
      list('methods', 'methods', d.methods);
      // A requirement used by a case is a plain id or { id, result, note }.
      list('requirements', 'requirements', (d.requirements ?? []).map((r) => (typeof r === 'string' ? r : (r as { id?: unknown } | null)?.id)));
      one('cases', 'translationOf', d.translationOf);
      break;
    case 'methods':
      one('organisations', 'origin.organisation', d.origin?.organisation);
      break;
    case 'topics':
      one('topics', 'broader', d.broader);
      break;
    case 'organisations':
      one('organisations', 'parent', d.parent);
      break;
    case 'events':
      list('organisations', 'organisers', d.organisers);
      (d.speakers ?? []).forEach((s, i) => one('organisations', `speakers[${i}].organisation`, s.organisation));
      list('cases', 'cases', d.cases);
      list('methods', 'methods', d.methods);
      break;
    case 'requirements':
      one('cases', 'origin.case', d.origin?.case);
      break;
  }
  return refs;
}

/** ATX headings of level two, outside fenced code. */
function headingsOf(body: string): string[] {
  const headings: string[] = [];
  let inFence = false;
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const match = !inFence && /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (match && match[1]) headings.push(match[1]);
  }
  return headings;
}

describe('real catalogue entries', () => {
  it('has at least one entry in every collection', () => {
    for (const collection of collectionNames) expect(idsOf(collection).size, collection).toBeGreaterThan(0);
  });

  it('names every file by the id rule and the collection’s file types', () => {
    const bad = entries.filter(
      (e) => !ID_PATTERN.test(e.id) || !(collections[e.collection].extensions as readonly string[]).includes(extname(e.file)),
    );
    expect(bad.map((e) => e.file)).toEqual([]);
  });

  it.each(entries.map((e) => [e.file, e] as const))('%s passes the schema', (_file, entry) => {
    const result = parsed.get(entry.file)!;
    const issues = result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues).toEqual([]);
  });

  it('refers only to ids that exist', () => {
    const dangling = entries.flatMap((entry) =>
      referencesOf(entry)
        .filter(([collection, id]) => !idsOf(collection).has(id))
        .map(([collection, id, field]) => `${entry.file}: ${field}: no entry '${id}' in content/${collection}/`),
    );
    expect(dangling).toEqual([]);
  });

  it('gives every case the required sections, headed in its language or English', () => {
    const missing = entries
      .filter((e) => e.collection === 'cases')
      .flatMap((entry) => {
        const language = entry.data.language as ContentLanguage;
        const sections = new Set(headingsOf(entry.body).map((h) => sectionForHeading(h, language)));
        return requiredCaseSections.filter((s) => !sections.has(s)).map((s) => `${entry.file}: missing section '${s}'`);
      });
    expect(missing).toEqual([]);
  });

  it('names a source for every entry except the topic vocabulary', () => {
    const unsourced = entries
      .filter((e) => e.collection !== 'topics')
      .filter((e) => !Array.isArray(e.data.sources) || e.data.sources.length === 0)
      .map((e) => e.file);
    expect(unsourced).toEqual([]);
  });

  it('gives non-English cases, methods, events and requirements an English summary', () => {
    const withoutEnglish = entries
      .filter((e) => ['cases', 'methods', 'events', 'requirements'].includes(e.collection))
      .filter((e) => e.data.language !== 'en' && typeof e.data.summaryEn !== 'string')
      .map((e) => e.file);
    expect(withoutEnglish).toEqual([]);
  });

  it('has at least one synonym in every language for every topic', () => {
    const thin = entries
      .filter((e) => e.collection === 'topics')
      .flatMap((e) => {
        const synonyms = (e.data.synonyms ?? {}) as Record<string, unknown[]>;
        return ['en', 'sv', 'nb', 'da', 'fi', 'is']
          .filter((lang) => !Array.isArray(synonyms[lang]) || synonyms[lang].length === 0)
          .map((lang) => `${e.file}: no ${lang} synonyms`);
      });
    expect(thin).toEqual([]);
  });

  describe('represents every seed document', () => {
    const expected: Array<[string, CollectionName, string[]]> = [
      ['000 MVTe workshop (Kista)', 'events', ['mvte-workshop-nordic-network']],
      ['000 organisers', 'organisations', ['nordic-business-living-lab-alliance', 'mistel']],
      ['001 Health2B Open, Oslo', 'events', ['health2b-open-oslo-2024']],
      ['001 Oslo market dialogue', 'methods', ['markedsdialog-og-dynamiske-anskaffelser']],
      ['001 organisations', 'organisations', ['oslo-kommune', 'helsefellesskapet', 'health2b']],
      ['002 implementation support', 'cases', ['nordic-welfare-centre-implementation-support']],
      ['002 Roadmap for service innovation', 'methods', ['roadmap-for-service-innovation']],
      ['002 webinar', 'events', ['webinar-digitally-transformed-organizations']],
      [
        '002 organisations',
        'organisations',
        ['nordic-welfare-centre', 'akureyri-hospital', 'akureyri-municipality', 'e-health-agder-2030'],
      ],
      ['003 Vinnova project 2018-04193', 'cases', ['integrated-care-2-0-ostergotland']],
      ['003 organisations', 'organisations', ['norrkopings-kommun', 'ehalsonatverket-i-ostergotland', 'vinnova']],
      ['004 Ordnat införande', 'cases', ['ordnat-inforande']],
      ['004 validation process', 'methods', ['gemensam-valideringsprocess']],
      ['004 kompetensforum', 'events', ['kompetensforum-north-sweden-office']],
      [
        '004 regions',
        'organisations',
        [
          'region-norrbotten',
          'region-vasterbotten',
          'region-jamtland-harjedalen',
          'region-stockholm',
          'vastra-gotalandsregionen',
          'region-uppsala',
          'region-ostergotland',
          'region-kalmar',
          'skl',
          'stockholm-science-city',
          'uppsala-bio',
          'european-union',
        ],
      ],
      ['004 topics', 'topics', ['remote-patient-monitoring', 'self-care', 'copd', 'heart-failure', 'hospital-at-home']],
    ];
    it.each(expected)('%s', (_seed, collection, ids) => {
      const present = idsOf(collection);
      expect(ids.filter((id) => !present.has(id))).toEqual([]);
    });

    it('derives requirements from the Ordnat införande case, and every other requirement from a public set', () => {
      type Origin = { case?: string; set?: { url?: string }; wording?: string };
      const requirements = entries.filter((e) => e.collection === 'requirements');
      const originOf = (entry: LoadedEntry) => (entry.data['origin'] ?? {}) as Origin;
      const fromCase = requirements.filter((e) => originOf(e).case === 'ordnat-inforande');
      expect(fromCase.length).toBeGreaterThanOrEqual(3);
      const ordnat = entries.find((e) => e.collection === 'cases' && e.id === 'ordnat-inforande');
      const listed = ((ordnat?.data['requirements'] ?? []) as (string | { id: string })[]).map((r) => (typeof r === 'string' ? r : r.id));
      for (const requirement of fromCase) {
        expect(originOf(requirement).wording, requirement.file).toBe('editors');
        expect(listed, requirement.file).toContain(requirement.id);
      }
      for (const requirement of requirements.filter((e) => !originOf(e).case)) {
        expect(originOf(requirement).set?.url, `${requirement.file}: a requirement not drawn from a case cites its public set`).toMatch(/^https?:\/\//);
      }
      expect(requirements.length, 'the library has at least 15 requirements').toBeGreaterThanOrEqual(15);
    });
  });

  it('exercises MDX with an allowlisted component in at least one real case', () => {
    const mdx = entries.filter((e) => e.collection === 'cases' && e.file.endsWith('.mdx'));
    expect(mdx.length).toBeGreaterThan(0);
    expect(mdx.some((e) => /<KeyFigure\s+value="[^"{}]+"\s+label="[^"{}]+"\s*\/>/.test(e.body))).toBe(true);
  });
});
