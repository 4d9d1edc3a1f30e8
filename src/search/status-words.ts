/**
 * The words readers use for where a case ended up: its stage, outcome, why it stopped and how
 * strong its evidence is, in en, sv, nb, da, fi and is, with the inflections and synonyms people
 * type ("avbröts", "nedlagt", "lopetettu", "hætt", "randomised"). The query-time vocabulary
 * (vocabulary.ts) maps them to the filter value they stand for, as it maps topic words, so
 * "stopped" finds the discontinued cases whatever language they are written in.
 *
 * Curated rather than taken from the interface labels word by word: a label's words are often
 * everyday words ("Ingen målt effekt": ingen, målt, effekt), and each would turn every query that
 * has it into a filter. A phrase of several words stands for its value only when typed in full,
 * in that order ("no effect", "ei vaikutusta"). Words that also name a topic are left out
 * ("failure": heart failure; "procurement": innovation procurement), and so are words a shorter
 * everyday word starts ("effektlös" would make "effekt" a stop reason, "tehoton" "teho").
 */
import type { Outcome, Stage, StopReason, EvidenceLevel } from '../schema/vocabulary.ts';

export interface StatusWords {
  group: 'stage' | 'outcome' | 'stop' | 'evidence';
  value: Stage | Outcome | StopReason | EvidenceLevel;
  /** Single words and phrases; a phrase's words must all be typed, in order. */
  terms: readonly string[];
}

export const statusWords: readonly StatusWords[] = [
  {
    group: 'stage',
    value: 'discontinued',
    terms: [
      // en
      'discontinued', 'stopped', 'stop', 'terminated', 'abandoned', 'cancelled', 'canceled', 'halted', 'shut down', 'closed down',
      // sv
      'avbruten', 'avbrutet', 'avbrutna', 'avbröts', 'nedlagd', 'nedlagt', 'nedlagda', 'lades ned', 'stoppad', 'stoppat', 'stoppades', 'avvecklad', 'avvecklat', 'avvecklades', 'upphörde',
      // nb
      'stanset', 'stansa', 'stansede', 'stoppet', 'stoppa', 'nedlagt', 'lagt ned', 'avbrutt', 'avviklet', 'avvikla',
      // da
      'stoppede', 'afbrudt', 'afbrudte', 'nedlagde', 'opgivet', 'indstillet', 'lukket ned',
      // fi
      'keskeytetty', 'keskeytettiin', 'keskeytyi', 'keskeytynyt', 'lopetettu', 'lopetettiin', 'lakkautettu', 'lakkautettiin', 'pysäytetty',
      // is
      'hætt', 'hætti', 'hætt við', 'stöðvað', 'stöðvuð', 'stöðvaðist', 'lagt niður', 'aflagt',
    ],
  },
  {
    group: 'stage',
    value: 'planned',
    terms: ['planned', 'planerad', 'planerat', 'planlagt', 'planlagte', 'suunniteltu', 'suunnitteilla', 'fyrirhugað', 'fyrirhuguð'],
  },
  {
    group: 'stage',
    value: 'pilot',
    terms: ['pilot', 'pilots', 'piloted', 'pilotprojekt', 'pilotprosjekt', 'pilotti', 'pilotointi', 'tilraunaverkefni'],
  },
  {
    group: 'stage',
    value: 'implementation',
    // "implementation", "införande", "innføring", "käyttöönotto" … name the implementation topic.
    terms: ['implemented', 'infört', 'införd', 'innført', 'implementeret', 'otettiin käyttöön', 'innleitt'],
  },
  {
    group: 'stage',
    value: 'scaled',
    // "uppskalning", "oppskalering" … name the implementation topic (and start "uppskalad").
    terms: ['scaled up', 'scale up', 'oppskalert', 'opskaleret', 'laajennettu', 'levitetty', 'útvíkkað'],
  },
  {
    group: 'outcome',
    value: 'not-achieved',
    terms: [
      'failed', 'unsuccessful', 'not achieved',
      'misslyckad', 'misslyckat', 'misslyckades', 'misslyckande', 'misslyckanden', 'inte uppnått', 'ej uppnått',
      'mislyktes', 'mislykket', 'mislykkede', 'feilet', 'ikke oppnådd', 'fiasko',
      'mislykkedes', 'fejlet', 'ikke opnået',
      'epäonnistui', 'epäonnistunut', 'epäonnistuneet', 'epäonnistuminen', 'ei saavutettu',
      'mistókst', 'misheppnaðist', 'misheppnað', 'náðist ekki',
    ],
  },
  {
    group: 'outcome',
    value: 'achieved',
    terms: ['successful', 'succeeded', 'lyckad', 'lyckat', 'lyckades', 'vellykket', 'vellykkede', 'lykkedes', 'onnistunut', 'onnistui', 'onnistuneet', 'tókst', 'heppnaðist'],
  },
  {
    group: 'outcome',
    value: 'partly',
    terms: ['partly achieved', 'partially achieved', 'delvis uppnått', 'delvis oppnådd', 'delvist opnået', 'osittain saavutettu', 'náðist að hluta'],
  },
  {
    group: 'outcome',
    value: 'ongoing',
    terms: ['ongoing', 'pågående', 'pågår', 'igangværende', 'käynnissä', 'í gangi'],
  },
  {
    group: 'stop',
    value: 'no-measured-effect',
    terms: [
      'no effect', 'no measured effect', 'no measurable effect', 'without effect', 'ineffective',
      'ingen effekt', 'ingen uppmätt effekt', 'ingen mätbar effekt', 'utan effekt',
      'ingen målt effekt', 'ingen målbar effekt', 'uten effekt',
      'ingen målbar effekt', 'uden effekt',
      'ei vaikutusta', 'ei mitattua vaikutusta', 'ei vaikuttavuutta',
      'engin áhrif', 'engin mæld áhrif', 'án áhrifa',
    ],
  },
  {
    group: 'stop',
    value: 'no-integration',
    terms: ['no integration', 'ingen integration', 'ingen integrasjon', 'ei integraatiota', 'engin tenging', 'engin samþætting'],
  },
  {
    group: 'stop',
    value: 'staffing',
    terms: ['staffing', 'staff shortage', 'bemanning', 'personalbrist', 'bemanding', 'personalemangel', 'henkilöstöpula', 'mönnun', 'manneklu'],
  },
  {
    group: 'stop',
    value: 'procurement-or-legal',
    terms: ['legal issues', 'juridik', 'juridiska', 'juridiske', 'juridiikka', 'juridiset', 'lagaleg', 'lagalegar'],
  },
  {
    group: 'stop',
    value: 'vendor-exit',
    terms: ['vendor left', 'vendor exit', 'bankrupt', 'bankruptcy', 'konkurs', 'konkursen', 'konkurssi', 'gjaldþrot'],
  },
  {
    group: 'stop',
    value: 'no-decision-to-scale',
    terms: ['no decision', 'inget beslut', 'ingen beslutning', 'ingen beslutning', 'ei päätöstä', 'engin ákvörðun'],
  },
  {
    group: 'evidence',
    value: 'randomised',
    terms: [
      'randomised', 'randomized', 'randomisation', 'randomization', 'rct',
      'randomiserad', 'randomiserat', 'randomiserade', 'randomisering',
      'randomisert', 'randomiserte', 'randomiseret', 'randomiserede',
      'satunnaistettu', 'satunnaistetut', 'satunnaistetussa', 'slembiröðuð', 'slembirannsókn', 'slembiúrtak',
    ],
  },
  {
    group: 'evidence',
    value: 'controlled',
    terms: ['controlled study', 'control group', 'kontrollerad', 'kontrollgrupp', 'kontrollert', 'kontrollgruppe', 'kontrolleret', 'kontrolloitu', 'verrokkiryhmä', 'samanburðarrannsókn', 'samanburðarhópur'],
  },
  {
    group: 'evidence',
    value: 'before-after',
    terms: ['before and after', 'before after', 'före och efter', 'före efter', 'før og etter', 'før og efter', 'ennen ja jälkeen', 'fyrir og eftir'],
  },
  {
    group: 'evidence',
    value: 'survey',
    terms: ['survey', 'enkät', 'enkäten', 'enkätundersökning', 'spørreundersøkelse', 'spørreskjema', 'spørgeskema', 'spørgeskemaundersøgelse', 'kysely', 'kyselytutkimus', 'könnun', 'spurningakönnun'],
  },
  {
    group: 'evidence',
    value: 'anecdotal',
    terms: ['anecdotal', 'anekdotisk', 'anekdotiska', 'anekdotiske', 'kokemusperäinen', 'frásagnir'],
  },
];
