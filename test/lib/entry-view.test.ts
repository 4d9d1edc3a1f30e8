import { describe, expect, it } from 'vitest';
import { entryLinkMeta, langAttr, localeFromPath, relatedCases, rolesInCase, splitTemplate, stopView, translationsOf } from '../../src/lib/entry-view.ts';
import { formatPartialDate, formatPeriod, periodWords } from '../../src/lib/format.ts';
import { useTranslations } from '../../src/i18n/t.ts';
import { makeCase, makeCatalogue, makeEvent, makeMethod } from './entry-pages-fixtures.ts';

// Date, period, number, money and list formatting is tested in format.test.ts.

describe('langAttr', () => {
  it('is set only when the content language differs from the page', () => {
    expect(langAttr('sv', 'en')).toBe('sv');
    expect(langAttr('sv', 'sv')).toBeUndefined();
  });
});

describe('rolesInCase', () => {
  const entry = makeCase('vinnova-like', {
    organisations: ['norrkoping', 'partner'],
    coordinator: 'norrkoping',
    funding: [{ funder: 'vinnova', reference: '2018-04193' }],
    contact: { role: 'Project office', organisation: 'partner' },
  });
  it('names the coordinator, partners, funders and the contact organisation', () => {
    expect(rolesInCase(entry, 'norrkoping')).toEqual(['coordinator']);
    expect(rolesInCase(entry, 'partner')).toEqual(['partner', 'contact']);
    expect(rolesInCase(entry, 'vinnova')).toEqual(['funder']);
    expect(rolesInCase(entry, 'nobody')).toEqual([]);
  });
});

describe('relatedCases and translationsOf', () => {
  const original = makeCase('original', { language: 'sv', topics: ['remote-monitoring', 'copd'], start: '2019' });
  const translation = makeCase('translation', { translationOf: 'original', topics: ['remote-monitoring', 'copd'], start: '2019' });
  const sharesTwo = makeCase('shares-two', { topics: ['remote-monitoring', 'copd'], start: '2015' });
  const sharesOneNewer = makeCase('shares-one-newer', { topics: ['copd'], start: '2022' });
  const unrelated = makeCase('unrelated', { topics: ['falls'], start: '2023' });
  const catalogue = makeCatalogue({ cases: [original, translation, sharesTwo, sharesOneNewer, unrelated] });

  it('lists other cases of the same topics, most shared topics first, without translations', () => {
    expect(relatedCases(catalogue, original).map((c) => c.id)).toEqual(['shares-two', 'shares-one-newer']);
    expect(relatedCases(catalogue, original, 1).map((c) => c.id)).toEqual(['shares-two']);
  });
  it('lists the other-language versions of a case', () => {
    expect(translationsOf(catalogue, original).map((c) => c.id)).toEqual(['translation']);
    expect(translationsOf(catalogue, unrelated)).toEqual([]);
  });
});

describe('localeFromPath', () => {
  it('reads the interface language from the first path segment', () => {
    expect(localeFromPath('/sv/cases/ordnat-inforande/')).toBe('sv');
    expect(localeFromPath('/commons/fi/topics/copd/', '/commons')).toBe('fi');
    expect(localeFromPath('/')).toBe('en');
    expect(localeFromPath('/xx/cases/')).toBe('en');
  });
});

describe('splitTemplate', () => {
  it('splits a UI string into text and placeholders, in the language order', () => {
    expect(splitTemplate('{start} – {end}')).toEqual([{ name: 'start' }, { text: ' – ' }, { name: 'end' }]);
    expect(splitTemplate('{start} alkaen')).toEqual([{ name: 'start' }, { text: ' alkaen' }]);
    expect(splitTemplate('From {start}')).toEqual([{ text: 'From ' }, { name: 'start' }]);
    expect(splitTemplate('No placeholder')).toEqual([{ text: 'No placeholder' }]);
  });
});

describe('stopView', () => {
  it('puts why a discontinued case stopped prominently', () => {
    const view = stopView(makeCase('stopped', { stage: 'discontinued', outcome: 'partly', stopReason: 'no-integration' }).data);
    expect(view).toEqual({ show: true, prominent: true, heading: 'case.whyStopped' });
  });
  it('asks why the aim was not reached when a running case did not achieve it', () => {
    const view = stopView(makeCase('failed', { stage: 'pilot', outcome: 'not-achieved', stopReason: 'no-measured-effect' }).data);
    expect(view).toEqual({ show: true, prominent: true, heading: 'case.whyNotAchieved' });
  });
  it('shows a reason given for a case that goes on, without alarm', () => {
    const view = stopView(makeCase('paused', { stage: 'pilot', outcome: 'ongoing', stopReason: 'staffing' }).data);
    expect(view).toEqual({ show: true, prominent: false, heading: 'case.whyStopped' });
  });
  it('has nothing to show when no reason or note is given', () => {
    expect(stopView(makeCase('fine', { stage: 'scaled', outcome: 'achieved' }).data).show).toBe(false);
  });
});

describe('relatedCases at scale', () => {
  it('considers only the newest cases of each topic, and still ranks shared topics first', () => {
    const entry = makeCase('entry', { topics: ['a', 'b'], start: '2020' });
    const older = Array.from({ length: 5 }, (_, i) => makeCase(`a-${i}`, { topics: ['a'], start: `201${i}` }));
    const both = makeCase('both', { topics: ['a', 'b'], start: '2019-06' });
    const catalogue = makeCatalogue({ cases: [entry, ...older, both] });
    // Newest two per topic: topic a has both (2019-06) and a-4 (2014); topic b has both.
    expect(relatedCases(catalogue, entry, 12, 2).map((c) => c.id)).toEqual(['both', 'a-4']);
    expect(relatedCases(catalogue, entry, 3).map((c) => c.id)).toEqual(['both', 'a-4', 'a-3']);
  });
});

describe('entryLinkMeta', () => {
  const en = useTranslations('en');
  const sv = useTranslations('sv');
  const swedish = makeCase('swedish', { language: 'sv', place: 'Norrköping', start: '2019-05', end: '2020', outcome: 'achieved' });
  const undated = makeCase('undated', { start: undefined, outcome: 'unknown' });
  const event = makeEvent('webinar', { start: '2020-05-02' });
  const method = makeMethod('method');

  it('says the language when it is not the page’s, then place, period and outcome of a case', () => {
    const period = formatPeriod({ start: '2019-05', end: '2020' }, 'en', periodWords(en));
    expect(entryLinkMeta(swedish, 'en')).toBe([en('vocab.language.sv'), 'Norrköping', period, en('vocab.outcome.achieved')].join(' · '));
    expect(entryLinkMeta(swedish, 'sv')).toBe(['Norrköping', formatPeriod({ start: '2019-05', end: '2020' }, 'sv', periodWords(sv)), sv('vocab.outcome.achieved')].join(' · '));
    expect(entryLinkMeta(undated, 'en')).toBe(['Testby', en('vocab.outcome.unknown')].join(' · '));
  });
  it('gives an event its type and date, and a method only its language', () => {
    expect(entryLinkMeta(event, 'en')).toBe([en('vocab.eventType.webinar'), formatPartialDate('2020-05-02', 'en', periodWords(en))].join(' · '));
    expect(entryLinkMeta(method, 'en')).toBe('');
    expect(entryLinkMeta(method, 'sv')).toBe(sv('vocab.language.en'));
  });
  it('gives the same text when asked again, per language', () => {
    expect(entryLinkMeta(swedish, 'en')).toBe(entryLinkMeta(swedish, 'en'));
    expect(entryLinkMeta(swedish, 'fi')).not.toBe(entryLinkMeta(swedish, 'en'));
  });
});
