/**
 * Synthetic catalogue for the benchmark: N entries (cases, methods, events, requirements) with every
 * field filled, written in the six content languages, tagged with several real topics and real
 * organisations from content/. Deterministic for a given N and seed, so runs compare.
 *
 * Every synthetic entry says in its title that it is a synthetic benchmark entry: the text is
 * plausible welfare-technology prose built from templates, not facts about real projects. It is
 * written to a temporary folder (never to content/) together with a copy of the real catalogue,
 * so every reference resolves and the content check passes.
 */
import { appendFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { caseSectionHeadings } from '../src/schema/sections.ts';
import { requirementCategories, requirementCategoryAbbreviations, type ContentLanguage } from '../src/schema/vocabulary.ts';

type Lang = ContentLanguage;
const languages: readonly Lang[] = ['sv', 'nb', 'da', 'fi', 'is', 'en'];
/** Share of entries per language, roughly the catalogue we expect: Swedish and Norwegian first. */
const languageWeights: Record<Lang, number> = { sv: 30, nb: 20, da: 15, fi: 15, is: 5, en: 15 };
const countryOf: Record<Lang, string> = { sv: 'SE', nb: 'NO', da: 'DK', fi: 'FI', is: 'IS', en: 'SE' };
const currencyOf: Record<Lang, string> = { sv: 'SEK', nb: 'NOK', da: 'DKK', fi: 'EUR', is: 'ISK', en: 'EUR' };

/** Real municipalities, as places a pilot could be run. */
const places: Record<Lang, readonly string[]> = {
  sv: ['Norrköping', 'Östersund', 'Luleå', 'Kalmar', 'Uppsala', 'Umeå', 'Skellefteå', 'Linköping', 'Västerås', 'Örebro'],
  nb: ['Oslo', 'Kristiansand', 'Bergen', 'Tromsø', 'Bodø', 'Arendal', 'Drammen', 'Trondheim'],
  da: ['Odense', 'Aarhus', 'Aalborg', 'Esbjerg', 'Vejle', 'Herning', 'Roskilde'],
  fi: ['Tampere', 'Oulu', 'Espoo', 'Vantaa', 'Turku', 'Kuopio', 'Jyväskylä'],
  is: ['Akureyri', 'Reykjavík', 'Ísafjörður', 'Egilsstaðir', 'Selfoss'],
  en: ['Jämtland Härjedalen', 'Agder', 'Norrbotten', 'Västerbotten', 'Östergötland'],
};

/** Technologies and services, in each language (compounds on purpose: the search must split them). */
const technologies: Record<Lang, readonly string[]> = {
  sv: ['hemmonitorering', 'digital nattillsyn', 'läkemedelsrobot', 'trygghetslarm', 'videobesök', 'egenvårdsapp', 'digitalt signalementsregister'],
  nb: ['digital hjemmeoppfølging', 'digitalt tilsyn', 'medisindispenser', 'trygghetsalarm', 'videokonsultasjon', 'velferdsteknologi', 'lokaliseringsteknologi'],
  da: ['telemedicinsk hjemmemonitorering', 'skærmbesøg', 'medicinrobot', 'nødkald', 'videokonsultation', 'velfærdsteknologi', 'sensorgulv'],
  fi: ['etäseuranta', 'etähoito', 'lääkeannostelija', 'turvapuhelin', 'videovastaanotto', 'hyvinvointiteknologia', 'kotihoidon mobiilisovellus'],
  is: ['fjarvöktun', 'skjáheimsókn', 'lyfjaskammtari', 'öryggishnappur', 'fjarviðtal', 'velferðartækni', 'heilbrigðisþjónusta í heimahúsi'],
  en: ['remote patient monitoring', 'digital night supervision', 'medicine dispenser', 'safety alarm', 'video consultation', 'welfare technology', 'self-care app'],
};

const groups: Record<Lang, readonly string[]> = {
  sv: ['äldre med hemtjänst', 'patienter med KOL', 'patienter med hjärtsvikt', 'personer med demenssjukdom'],
  nb: ['eldre med hjemmetjenester', 'pasienter med KOLS', 'pasienter med hjertesvikt', 'personer med demens'],
  da: ['ældre i hjemmeplejen', 'borgere med KOL', 'borgere med hjertesvigt', 'borgere med demens'],
  fi: ['kotihoidon asiakkaat', 'keuhkoahtaumatautia sairastavat', 'sydämen vajaatoimintaa sairastavat', 'muistisairaat'],
  is: ['aldraðir í heimaþjónustu', 'sjúklingar með langvinna lungnateppu', 'sjúklingar með hjartabilun', 'fólk með heilabilun'],
  en: ['older people receiving home care', 'patients with COPD', 'patients with heart failure', 'people with dementia'],
};

/** Sentence templates per language and case section; {tech} {place} {group} {n} {m} are filled in. */
const sentences: Record<Lang, Record<'background' | 'whatWasDone' | 'results' | 'lessons' | 'doDifferently', readonly string[]>> = {
  sv: {
    background: [
      'I {place} växer andelen {group} snabbare än antalet medarbetare i vården och omsorgen.',
      'Kommunen ville pröva om {tech} kunde ge tryggare vård i hemmet och färre akuta besök.',
      'Tidigare försök med liknande tjänster hade stannat vid pilotstadiet utan beslut om breddinförande.',
      'Verksamheten saknade ett gemensamt sätt att följa upp effekter av digitala tjänster.',
    ],
    whatWasDone: [
      'Under {n} månader fick {m} brukare tillgång till {tech} med stöd från en digital vårdcentral.',
      'Personalen utbildades i två omgångar och en arbetsgrupp med brukarrepresentanter följde arbetet.',
      'Upphandlingen gjordes som en innovationsupphandling efter en öppen marknadsdialog.',
      'Data från tjänsten fördes inte automatiskt över till journalsystemet, utan skrevs in för hand.',
    ],
    results: [
      'Antalet oplanerade besök minskade med {n} procent jämfört med året innan.',
      'Brukarna uppgav i en enkät att de kände sig tryggare, medan personalen var mer tveksam.',
      'Effekten på sjukhusinläggningar gick inte att mäta eftersom jämförelsegrupp saknades.',
    ],
    lessons: [
      'Det mesta arbetet handlade om kultur, ledarskap och medarbetarnas delaktighet, inte om tekniken.',
      'Utan integration med journalsystemet blev dubbeldokumentation ett hinder för breddinförande.',
      'Brukarnas perspektiv behöver finnas med från början, inte först vid utvärderingen.',
      'Ett tydligt beslut om vem som äger tjänsten efter piloten är avgörande.',
    ],
    doDifferently: [
      'Vi skulle planera för uppföljning av effekter redan före start.',
      'Vi skulle ställa krav på öppna gränssnitt i upphandlingen.',
    ],
  },
  nb: {
    background: [
      'I {place} øker antallet {group} raskere enn antallet ansatte i helse- og omsorgstjenestene.',
      'Kommunen ønsket å prøve ut om {tech} kunne gi tryggere tjenester i hjemmet.',
      'Tidligere utprøvinger hadde stoppet etter pilotfasen uten vedtak om videre drift.',
      'Oslo kommune og andre kommuner har pekt på behovet for systemer som snakker sammen.',
    ],
    whatWasDone: [
      'I {n} måneder fikk {m} brukere tilbud om {tech} med oppfølging fra en responssentertjeneste.',
      'Arbeidet fulgte Veikart for tjenesteinnovasjon med kartlegging av brukernes behov.',
      'Anskaffelsen ble gjennomført som en dynamisk innkjøpsordning etter markedsdialog.',
      'Målinger ble registrert manuelt i kvalitetsregisteret fordi integrasjonen manglet.',
    ],
    results: [
      'Antall uplanlagte hjemmebesøk gikk ned med {n} prosent.',
      'Brukerundersøkelsen viste at de fleste følte seg tryggere hjemme.',
      'Gevinstrealiseringen ble dokumentert for tidsbruk, men ikke for helseeffekt.',
    ],
    lessons: [
      'Omtrent åtti prosent av innsatsen handler om kultur, ledelse og ansattes involvering.',
      'Uten integrasjon mot journalsystemet ble det dobbeltarbeid for helsepersonellet.',
      'Brukermedvirkning må starte tidlig og følges opp gjennom hele prosjektet.',
    ],
    doDifferently: [
      'Vi ville ha avklart driftsansvar og finansiering før piloten startet.',
      'Vi ville ha stilt krav om standardiserte grensesnitt i anskaffelsen.',
    ],
  },
  da: {
    background: [
      'I {place} vokser gruppen af {group} hurtigere end antallet af medarbejdere.',
      'Kommunen ville afprøve, om {tech} kunne give borgerne mere tryghed i eget hjem.',
      'Tidligere afprøvninger var stoppet efter pilotfasen uden en beslutning om udbredelse.',
    ],
    whatWasDone: [
      'I {n} måneder fik {m} borgere tilbudt {tech} med opfølgning fra et sundhedsfagligt team.',
      'Medarbejderne blev oplært, og en følgegruppe med borgerrepræsentanter deltog i arbejdet.',
      'Indkøbet skete gennem et udbud efter en markedsdialog med leverandørerne.',
      'Målinger blev tastet manuelt ind i journalen, fordi integrationen ikke var på plads.',
    ],
    results: [
      'Antallet af uplanlagte besøg faldt med {n} procent i forhold til året før.',
      'En spørgeskemaundersøgelse viste, at borgerne følte sig mere trygge.',
      'Effekten på indlæggelser kunne ikke måles, fordi der ikke var en kontrolgruppe.',
    ],
    lessons: [
      'Den største opgave var kultur, ledelse og medarbejdernes inddragelse, ikke teknologien.',
      'Uden integration med journalsystemet blev dobbeltregistrering en barriere for udbredelse.',
      'Borgerperspektivet skal med fra starten.',
    ],
    doDifferently: [
      'Vi ville have planlagt effektmålingen før opstart.',
      'Vi ville have stillet krav om åbne snitflader i udbuddet.',
    ],
  },
  fi: {
    background: [
      'Kunnassa {place} {group} määrä kasvaa nopeammin kuin hoitohenkilöstön määrä.',
      'Kunta halusi kokeilla, voisiko {tech} tukea turvallista asumista kotona.',
      'Aiemmat kokeilut olivat päättyneet pilottivaiheeseen ilman päätöstä laajentamisesta.',
    ],
    whatWasDone: [
      'Kokeilu kesti {n} kuukautta, ja siihen osallistui {m} asiakasta.',
      'Henkilöstö koulutettiin, ja asiakkaiden edustajat osallistuivat suunnitteluun.',
      'Hankinta tehtiin innovatiivisena hankintana markkinavuoropuhelun jälkeen.',
      'Mittaustiedot kirjattiin käsin potilastietojärjestelmään, koska rajapinta puuttui.',
    ],
    results: [
      'Suunnittelemattomien kotikäyntien määrä väheni {n} prosenttia.',
      'Kyselyn mukaan asiakkaat kokivat olonsa turvallisemmaksi kotona.',
      'Vaikutusta sairaalajaksoihin ei voitu mitata, koska vertailuryhmää ei ollut.',
    ],
    lessons: [
      'Suurin osa työstä liittyi kulttuuriin, johtamiseen ja henkilöstön osallistamiseen.',
      'Ilman integraatiota potilastietojärjestelmään kaksinkertainen kirjaaminen esti laajentamisen.',
      'Asiakkaan näkökulma on otettava mukaan alusta alkaen.',
    ],
    doDifferently: [
      'Suunnittelisimme vaikutusten seurannan ennen aloitusta.',
      'Vaatisimme hankinnassa avoimia rajapintoja.',
    ],
  },
  is: {
    background: [
      'Í {place} fjölgar {group} hraðar en starfsfólki í heilbrigðis- og félagsþjónustu.',
      'Sveitarfélagið vildi kanna hvort {tech} gæti aukið öryggi fólks heima.',
      'Fyrri tilraunir höfðu stöðvast eftir prófunarstig án ákvörðunar um innleiðingu.',
    ],
    whatWasDone: [
      'Í {n} mánuði fengu {m} notendur aðgang að {tech} með stuðningi heilsugæslunnar.',
      'Starfsfólk fékk þjálfun og fulltrúar notenda tóku þátt í verkefninu.',
      'Innkaupin fóru fram eftir markaðssamtal við birgja.',
      'Mæligildi voru skráð handvirkt í sjúkraskrá því samþættingu vantaði.',
    ],
    results: [
      'Óáætluðum heimavitjunum fækkaði um {n} prósent.',
      'Könnun sýndi að notendum fannst þeir öruggari heima.',
      'Ekki var hægt að mæla áhrif á sjúkrahúsinnlagnir vegna skorts á samanburðarhópi.',
    ],
    lessons: [
      'Mesta vinnan snerist um menningu, stjórnun og þátttöku starfsfólks, ekki tæknina.',
      'Án samþættingar við sjúkraskrárkerfið varð tvískráning hindrun.',
      'Sjónarhorn notenda þarf að vera með frá upphafi.',
    ],
    doDifferently: [
      'Við myndum skipuleggja mat á árangri fyrir upphaf verkefnisins.',
      'Við myndum gera kröfu um opin viðmót í innkaupunum.',
    ],
  },
  en: {
    background: [
      'In {place} the number of {group} is growing faster than the care workforce.',
      'The region wanted to find out whether {tech} could make care at home safer.',
      'Earlier trials of similar services had stopped after the pilot without a decision to scale.',
    ],
    whatWasDone: [
      'For {n} months, {m} service users were offered {tech}, followed up by a nurse-led team.',
      'Staff were trained in two rounds and a reference group of users followed the work.',
      'The service was procured as an innovation procurement after an open market dialogue.',
      'Measurements were typed into the health record by hand because there was no integration.',
    ],
    results: [
      'Unplanned home visits fell by {n} per cent compared with the year before.',
      'A survey showed that most users felt safer at home, while staff were more hesitant.',
      'The effect on hospital admissions could not be measured because there was no control group.',
    ],
    lessons: [
      'Most of the work was about culture, leadership and staff involvement rather than technology.',
      'Without integration with the record system, double documentation blocked the roll-out.',
      'The user perspective has to be there from the start, not only at evaluation.',
    ],
    doDifferently: [
      'We would plan how to measure effects before the start.',
      'We would require open interfaces in the procurement.',
    ],
  },
};

const inPlace: Record<Lang, string> = { sv: 'i', nb: 'i', da: 'i', fi: '–', is: 'í', en: 'in' };

const syntheticLabel: Record<Lang, string> = {
  sv: 'syntetiskt testfall',
  nb: 'syntetisk testoppføring',
  da: 'syntetisk testpost',
  fi: 'synteettinen testitapaus',
  is: 'tilbúið prófunardæmi',
  en: 'synthetic benchmark entry',
};

/** A small seeded PRNG (mulberry32), so the same N gives the same catalogue. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface RealCatalogue {
  topics: string[];
  organisations: { id: string; country?: string }[];
  methods: string[];
  requirements: string[];
}

function idsIn(folder: string, extensions: readonly string[]): string[] {
  try {
    return readdirSync(folder)
      .filter((name) => extensions.includes(extname(name)))
      .map((name) => basename(name, extname(name)))
      .sort();
  } catch {
    return [];
  }
}

export function readRealCatalogue(contentDir: string): RealCatalogue {
  const organisations = idsIn(join(contentDir, 'organisations'), ['.yaml']).map((id) => {
    const data = parseYaml(readFileSync(join(contentDir, 'organisations', `${id}.yaml`), 'utf8')) as { country?: string };
    return data?.country ? { id, country: data.country } : { id };
  });
  return {
    topics: idsIn(join(contentDir, 'topics'), ['.yaml']),
    organisations,
    methods: idsIn(join(contentDir, 'methods'), ['.md', '.mdx']),
    requirements: idsIn(join(contentDir, 'requirements'), ['.md', '.mdx']),
  };
}

/** YAML scalar, quoted when it needs to be. */
const q = (value: string) => JSON.stringify(value);

export interface GeneratedEntry {
  collection: 'cases' | 'methods' | 'events' | 'requirements';
  file: string;
  text: string;
  /** A requirement's code, issued in the copied ledger (content/requirements/codes.yaml). */
  code?: string;
}

/** Generates `count` synthetic entries referring to the real catalogue; pure apart from the PRNG. */
export function generateEntries(count: number, real: RealCatalogue, seed = 7): GeneratedEntry[] {
  const rand = random(seed + count);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const n = Math.min(list.length, min + Math.floor(rand() * (max - min + 1)));
    const copy = [...list];
    const out: T[] = [];
    while (out.length < n && copy.length) out.push(copy.splice(Math.floor(rand() * copy.length), 1)[0]!);
    return out;
  };
  const weighted = (): Lang => {
    let r = rand() * 100;
    for (const lang of languages) {
      r -= languageWeights[lang];
      if (r < 0) return lang;
    }
    return 'en';
  };
  const fill = (template: string, lang: Lang) =>
    template
      .replaceAll('{tech}', pick(technologies[lang]))
      .replaceAll('{place}', pick(places[lang]))
      .replaceAll('{group}', pick(groups[lang]))
      .replaceAll('{n}', String(6 + Math.floor(rand() * 30)))
      .replaceAll('{m}', String(20 + Math.floor(rand() * 400)));
  const paragraph = (lang: Lang, section: keyof (typeof sentences)['sv'], n: number) =>
    Array.from({ length: n }, () => fill(pick(sentences[lang][section]), lang)).join(' ');
  const date = (from: number, to: number) => {
    const year = from + Math.floor(rand() * (to - from + 1));
    const month = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
    return { year, month, day, full: `${year}-${month}-${day}` };
  };
  const orgsFor = (lang: Lang) => {
    const local = real.organisations.filter((o) => o.country === countryOf[lang]);
    return local.length ? local : real.organisations;
  };
  const topics = real.topics;
  const stages = ['planned', 'pilot', 'implementation', 'scaled', 'discontinued'] as const;
  const evidence = ['anecdotal', 'survey', 'before-after', 'controlled', 'randomised'] as const;
  const stopReasons = ['no-integration', 'staffing', 'procurement-or-legal', 'vendor-exit', 'no-measured-effect', 'no-decision-to-scale'] as const;

  const entries: GeneratedEntry[] = [];
  const caseIds: string[] = [];
  const methodIds = [...real.methods];
  const requirementIds = [...real.requirements];
  const counts = collectionCounts(count);
  const requirements = counts.requirements;

  for (let i = 1; i <= counts.methods; i++) {
    const lang = weighted();
    const id = `bench-method-${i}`;
    const tech = pick(technologies[lang]);
    const org = pick(orgsFor(lang));
    entries.push({
      collection: 'methods',
      file: `${id}.md`,
      text: [
        '---',
        `title: ${q(`${tech}: ${pick(places[lang])} (${syntheticLabel[lang]} ${i})`)}`,
        `language: ${lang}`,
        `summary: ${q(paragraph(lang, 'whatWasDone', 2))}`,
        `summaryEn: ${q(paragraph('en', 'whatWasDone', 2))}`,
        `topics: [${some(topics, 1, 3).join(', ')}]`,
        `otherNames: [${q(`${tech} model`)}]`,
        `origin: { country: ${countryOf[lang]}, organisation: ${org.id}, note: ${q(paragraph(lang, 'background', 1))} }`,
        'phases:',
        ...['1', '2', '3'].map((n) => `  - { name: ${q(`${syntheticLabel[lang]} ${n}`)}, description: ${q(paragraph(lang, 'whatWasDone', 1))} }`),
        'tools:',
        `  - { title: ${q(`${tech} template`)}, type: template, language: ${lang}, url: "https://example.org/tools/${id}" }`,
        'sources:',
        `  - { title: ${q(`${syntheticLabel[lang]} ${i}`)}, publisher: Benchmark generator }`,
        `lastVerified: ${date(2021, 2025).full}`,
        '---',
        '',
        paragraph(lang, 'background', 3),
        '',
        `## ${caseSectionHeadings[lang].whatWasDone}`,
        '',
        paragraph(lang, 'whatWasDone', 4),
        '',
      ].join('\n'),
    });
    methodIds.push(id);
  }

  for (let i = 1; i <= counts.cases; i++) {
    const lang = weighted();
    const id = `bench-case-${i}`;
    const orgs = some(orgsFor(lang), 1, 3).map((o) => o.id);
    const start = date(2015, 2024);
    const stage = pick(stages);
    const outcome = stage === 'discontinued' ? pick(['not-achieved', 'partly', 'unknown'] as const) : stage === 'planned' ? 'ongoing' : pick(['ongoing', 'achieved', 'partly', 'not-achieved', 'unknown'] as const);
    const stops = stage === 'discontinued' || outcome === 'not-achieved';
    const translationOf = caseIds.length > 10 && rand() < 0.05 ? pick(caseIds) : undefined;
    const headings = caseSectionHeadings[lang];
    const place = pick(places[lang]);
    const tech = pick(technologies[lang]);
    const mdx = rand() < 0.1;
    entries.push({
      collection: 'cases',
      file: `${id}.${mdx ? 'mdx' : 'md'}`,
      text: [
        '---',
        `title: ${q(`${tech[0]!.toUpperCase()}${tech.slice(1)} ${inPlace[lang]} ${place} (${syntheticLabel[lang]} ${i})`)}`,
        `language: ${lang}`,
        `summary: ${q(paragraph(lang, 'background', 2))}`,
        ...(rand() < 0.6 ? [`summaryEn: ${q(paragraph('en', 'background', 2))}`] : []),
        `topics: [${some(topics, 2, 5).join(', ')}]`,
        `countries: [${countryOf[lang]}]`,
        `place: ${q(place)}`,
        `organisations: [${orgs.join(', ')}]`,
        `coordinator: ${orgs[0]}`,
        `start: ${q(`${start.year}-${start.month}`)}`,
        ...(stage === 'discontinued' || stage === 'scaled' ? [`end: ${q(String(start.year + 1 + Math.floor(rand() * 2)))}`] : []),
        `plannedEnd: ${q(`${start.year + 2}-${start.month}`)}`,
        `targetGroup: [${q(pick(groups[lang]))}]`,
        `stage: ${stage}`,
        `outcome: ${outcome}`,
        ...(stops ? [`stopReason: ${pick(stopReasons)}`, `stopNote: ${q(paragraph(lang, 'lessons', 1))}`] : []),
        `scale: { users: ${20 + Math.floor(rand() * 2000)}, sites: ${1 + Math.floor(rand() * 12)}, municipalities: ${1 + Math.floor(rand() * 6)} }`,
        'funding:',
        `  - { funder: ${pick(real.organisations).id}, programme: ${q('Innovation i offentlig sektor')}, call: ${q(`Call ${start.year}`)}, reference: ${q(`${start.year}-0${1000 + i}`)}, amount: { amount: ${100000 + Math.floor(rand() * 3_000_000)}, currency: ${currencyOf[lang]} } }`,
        'effects:',
        ...Array.from({ length: 1 + Math.floor(rand() * 3) }, () =>
          `  - { indicator: ${q(pick(['unplanned visits', 'admissions', 'user satisfaction', 'staff time per visit']))}, result: ${q(paragraph(lang, 'results', 1))}, evidence: ${pick(evidence)} }`,
        ),
        `methods: [${some(methodIds, 0, 2).join(', ')}]`,
        `requirements: [${some(requirementIds, 0, 3).join(', ')}]`,
        'resources:',
        `  - { title: ${q(`${headings.results}: ${tech}`)}, type: report, language: ${lang}, url: "https://example.org/reports/${id}", date: ${q(String(start.year + 1))} }`,
        `contact: { role: ${q(pick(['project manager', 'e-health coordinator', 'head of home care']))}, organisation: ${orgs[0]}, email: ehalsa@example.org }`,
        ...(translationOf ? [`translationOf: ${translationOf}`] : []),
        'sources:',
        `  - { title: ${q(`${syntheticLabel[lang]} ${i}`)}, publisher: Benchmark generator, url: "https://example.org/sources/${id}" }`,
        `lastVerified: ${date(2020, 2025).full}`,
        '---',
        '',
        `## ${headings.background}`,
        '',
        paragraph(lang, 'background', 4),
        '',
        `## ${headings.whatWasDone}`,
        '',
        paragraph(lang, 'whatWasDone', 4),
        '',
        ...Array.from({ length: 3 }, () => `- ${fill(pick(sentences[lang].whatWasDone), lang)}`),
        '',
        `## ${headings.results}`,
        '',
        paragraph(lang, 'results', 3),
        '',
        `## ${headings.lessons}`,
        '',
        paragraph(lang, 'lessons', 4),
        '',
        `## ${headings.doDifferently}`,
        '',
        paragraph(lang, 'doDifferently', 2),
        '',
      ].join('\n'),
    });
    caseIds.push(id);
  }

  const codeNumbers = new Map<string, number>();
  for (let i = 1; i <= requirements; i++) {
    const lang = weighted();
    const id = `bench-requirement-${i}`;
    // Synthetic codes count up from 500 per category, clear of the real ledger's numbers.
    const category = pick(requirementCategories);
    const number = (codeNumbers.get(category) ?? 499) + 1;
    codeNumbers.set(category, number);
    const code = `NWTC-${requirementCategoryAbbreviations[category]}-${String(number).padStart(3, '0')}`;
    entries.push({
      collection: 'requirements',
      file: `${id}.md`,
      code,
      text: [
        '---',
        `title: ${q(`${pick(technologies[lang])}: ${syntheticLabel[lang]} ${i}`)}`,
        `language: ${lang}`,
        `summary: ${q(paragraph(lang, 'lessons', 2))}`,
        `summaryEn: ${q(paragraph('en', 'lessons', 2))}`,
        `topics: [${some(topics, 1, 3).join(', ')}]`,
        `category: ${category}`,
        `code: ${code}`,
        `level: ${pick(['basic', 'advanced', 'leading'])}`,
        `statement: ${q(paragraph(lang, 'doDifferently', 2))}`,
        `motivation: ${q(paragraph(lang, 'lessons', 1))}`,
        'verification:',
        `  methods: [${some(['documentation', 'test', 'demonstration', 'reference'], 1, 2).join(', ')}]`,
        `  description: ${q(paragraph(lang, 'results', 1))}`,
        'origin:',
        ...(caseIds.length ? [`  case: ${pick(caseIds)}`] : ['  set: { title: Benchmark requirement set, publisher: Benchmark generator, url: "https://example.org/requirements" }']),
        '  wording: editors',
        `phases: [${some(['before-you-start', 'insight-and-idea', 'development-testing-evaluation', 'transition-to-operation', 'new-practice'], 1, 2).join(', ')}]`,
        'sources:',
        `  - { title: ${q(`${syntheticLabel[lang]} ${i}`)}, publisher: Benchmark generator }`,
        `lastVerified: ${date(2021, 2025).full}`,
        '---',
        '',
        paragraph(lang, 'lessons', 3),
        '',
      ].join('\n'),
    });
    requirementIds.push(id);
  }

  for (let i = 1; i <= counts.events; i++) {
    const lang = weighted();
    const id = `bench-event-${i}`;
    const start = date(2016, 2027);
    const online = rand() < 0.4;
    const orgs = some(orgsFor(lang), 1, 2).map((o) => o.id);
    entries.push({
      collection: 'events',
      file: `${id}.md`,
      text: [
        '---',
        `title: ${q(`${pick(['Webinar', 'Workshop', 'Konferens', 'Seminar'])}: ${pick(technologies[lang])} (${syntheticLabel[lang]} ${i})`)}`,
        `language: ${lang}`,
        `summary: ${q(paragraph(lang, 'background', 2))}`,
        `topics: [${some(topics, 1, 3).join(', ')}]`,
        `type: ${pick(['workshop', 'webinar', 'conference', 'seminar', 'meeting', 'study-trip'])}`,
        `start: ${start.full}`,
        `online: ${online}`,
        ...(online ? [] : [`venue: ${q(`${pick(places[lang])} kulturhus`)}`, `city: ${q(pick(places[lang]))}`, `country: ${countryOf[lang]}`]),
        `organisers: [${orgs.join(', ')}]`,
        `speakers: [{ role: ${q('e-health coordinator')}, organisation: ${orgs[0]} }]`,
        `participants: ${10 + Math.floor(rand() * 300)}`,
        `presentations: [{ title: ${q(pick(technologies[lang]))}, type: presentation, language: ${lang}, url: "https://example.org/slides/${id}" }]`,
        `recordings: [{ title: ${q(pick(technologies[lang]))}, type: recording, language: ${lang}, url: "https://example.org/video/${id}" }]`,
        'takeaways:',
        // Distinct takeaways: the check refuses an item listed twice.
        ...[...new Set(some(sentences[lang].lessons, 3, 3).map((lesson) => fill(lesson, lang)))].map((t) => `  - ${q(t)}`),
        `cases: [${some(caseIds, 0, 3).join(', ')}]`,
        `methods: [${some(methodIds, 0, 1).join(', ')}]`,
        `lastVerified: ${date(2021, 2025).full}`,
        '---',
        '',
        paragraph(lang, 'background', 3),
        '',
      ].join('\n'),
    });
  }
  return entries;
}

/**
 * Writes a content folder at `<root>/content`: a copy of the real catalogue plus `count` synthetic
 * entries. Returns the content folder.
 */
export function writeSyntheticContent(root: string, count: number, realContentDir = 'content'): string {
  return writeCorpus(root, realContentDir, () => generateEntries(count, readRealCatalogue(realContentDir)));
}

/**
 * A benchmark corpus in `root`/content: a copy of the real catalogue plus `entries` (made after the
 * copy, from the copied folder), with each new requirement's code issued in the copied ledger.
 */
export function writeCorpus(root: string, realContentDir: string, entries: (contentDir: string) => readonly GeneratedEntry[]): string {
  const contentDir = join(root, 'content');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync(realContentDir, contentDir, { recursive: true });
  const ledger: string[] = [];
  for (const entry of entries(contentDir)) {
    const folder = join(contentDir, entry.collection);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, entry.file), entry.text);
    if (entry.code) ledger.push(`${entry.code}: { requirement: ${basename(entry.file, extname(entry.file))}, issued: 2026-01-01 }`);
  }
  if (ledger.length) appendFileSync(join(contentDir, 'requirements', 'codes.yaml'), `\n${ledger.join('\n')}\n`);
  return contentDir;
}

/** How a corpus of `count` entries is shared out: 70% cases, 8% methods, 10% events, the rest requirements. */
export function collectionCounts(count: number): Record<'cases' | 'methods' | 'events' | 'requirements', number> {
  const cases = Math.round(count * 0.7);
  const methods = Math.round(count * 0.08);
  const events = Math.round(count * 0.1);
  return { cases, methods, events, requirements: count - cases - methods - events };
}
