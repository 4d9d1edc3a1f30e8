import { describe, expect, it } from 'vitest';
import { entryJsonLd, jsonLdScriptText, temporalCoverage, type SchemaOrgOptions } from '../../src/outputs/schema-org.ts';
import { fixtureCatalogue, fixtureOrganisation } from './fixtures.ts';
import { schemaOrgProblems } from './schema-org-vocabulary.ts';

const site = 'https://commons.example.org';
const options: SchemaOrgOptions = {
  locale: 'sv',
  pageUrl: (entry) => `${site}/${'language' in entry.data ? entry.data.language : 'sv'}/${entry.collection}/${entry.id}/`,
  dataUrl: (entry) => `${site}/data/${entry.collection}/${entry.id}.json`,
  topicsUrl: `${site}/sv/topics/`,
  licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
  publisher: { name: 'Commons editors', url: `${site}/` },
};
const catalogue = fixtureCatalogue();
const all = [...catalogue.cases, ...catalogue.methods, ...catalogue.events, ...catalogue.requirements, ...catalogue.topics, ...catalogue.organisations];

describe('schema.org JSON-LD', () => {
  it('uses only schema.org types and properties, with properties on types that have them, for every entry', async () => {
    for (const entry of all) expect(await schemaOrgProblems(entryJsonLd(entry, catalogue, options)), `${entry.collection}/${entry.id}`).toEqual([]);
  });

  it('catches a made-up type, a made-up property and a property on the wrong type (the check is live)', async () => {
    const event = entryJsonLd(catalogue.events[0]!, catalogue, options);
    expect(await schemaOrgProblems({ ...event, '@type': 'Happening' })).toEqual(expect.arrayContaining([expect.stringContaining('Happening is not a schema.org type')]));
    expect(await schemaOrgProblems({ ...event, outcomeOfPilot: 'good' })).toEqual(expect.arrayContaining([expect.stringContaining('outcomeOfPilot is not a schema.org property')]));
    expect(await schemaOrgProblems({ ...event, termCode: 'x' })).toEqual(expect.arrayContaining([expect.stringContaining('termCode is not a property of Event')]));
    expect(await schemaOrgProblems({ ...event, eventAttendanceMode: 'https://schema.org/TelepathicAttendanceMode' })).toEqual(
      expect.arrayContaining([expect.stringContaining('TelepathicAttendanceMode is not a schema.org term')]),
    );
  });

  it('describes a case as a report about a project, with where, when and the page address', () => {
    const json = entryJsonLd(catalogue.caseById.get('kols-oslo')!, catalogue, options) as { '@type': string; url: string; inLanguage: string; dateModified: string; about: unknown[]; encoding: { contentUrl: string } };
    expect(json['@type']).toBe('Report');
    expect(json.url).toBe(`${site}/nb/cases/kols-oslo/`);
    expect(json.inLanguage).toBe('nb');
    expect(json.dateModified).toBe('2024-05-10');
    expect(json.about[0]).toMatchObject({ '@type': 'Project', areaServed: [{ '@type': 'Country', name: 'Norway', identifier: 'NO' }] });
    expect(json.encoding.contentUrl).toBe(`${site}/data/cases/kols-oslo.json`);
  });

  it('gives an event its dates and attendance mode, and never a date without a year', () => {
    const online = entryJsonLd(catalogue.events.find((e) => e.id === 'webinar-online')!, catalogue, options) as { eventAttendanceMode?: string; startDate?: string };
    expect(online.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(online.startDate).toBe('2024-09-12');
    const noYear = entryJsonLd(catalogue.events.find((e) => e.id === 'no-year')!, catalogue, options) as { startDate?: string };
    expect(noYear.startDate).toBeUndefined();
  });

  it('types organisations by kind', () => {
    const municipality = fixtureOrganisation('x', { type: 'municipality', name: 'X kommun' });
    expect(entryJsonLd(municipality, catalogue, options)['@type']).toBe('GovernmentOrganization');
    expect(entryJsonLd(fixtureOrganisation('y', { type: 'company', name: 'Y AB' }), catalogue, options)['@type']).toBe('Corporation');
  });

  it('writes an ISO interval of what is known', () => {
    expect(temporalCoverage('2019-05', '2021')).toBe('2019-05/2021');
    expect(temporalCoverage('2019', undefined)).toBe('2019/..');
    expect(temporalCoverage(undefined, '2021')).toBeUndefined();
  });

  it('cannot end its script element early', () => {
    expect(jsonLdScriptText({ name: '</script><script>alert(1)</script>' })).not.toContain('</script>');
    expect((JSON.parse(jsonLdScriptText({ name: '</script>' })) as { name: string }).name).toBe('</script>');
  });
});
