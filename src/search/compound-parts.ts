/**
 * A small curated word list of parts that Nordic compounds in welfare technology are built from,
 * in sv, nb, da, fi and is (English rarely compounds in one word). Together with the words of the
 * shared vocabulary (content/topics/*.yaml) it is the lexicon `splitCompound` splits against. Keep
 * entries specific: a short, common part ("tid", "hus") splits many unrelated words, so parts of
 * fewer than four letters are only accepted as the first part of a compound (see decompound.ts).
 */
export const compoundParts: readonly string[] = [
  // home, distance, self
  'hem', 'hemma', 'hjem', 'hjemme', 'heim', 'heima', 'koti', 'etä', 'fjar', 'fjär', 'fjern', 'tele', 'distans', 'avstand',
  'afstand', 'egen', 'själv', 'selv', 'oma', 'sjálfs', 'digital', 'digitala', 'digitale', 'digitaalinen', 'mobil', 'video',
  // care, health, welfare
  'vård', 'omsorg', 'pleje', 'pleie', 'hoito', 'hoiva', 'hälsa', 'hälso', 'helse', 'sundhed', 'sundheds', 'terveys', 'terveyden',
  'heilsu', 'heilbrigðis', 'välfärd', 'velferd', 'velfærd', 'hyvinvointi', 'velferð', 'sjukvård', 'hemtjänst', 'hjemmetjeneste',
  'hjemmepleje', 'kotihoito', 'omsorgs', 'sosiaali', 'social', 'sosial', 'rehabilitering', 'kuntoutus', 'endurhæfing',
  // services, monitoring, follow-up
  'tjänst', 'tjänster', 'tjeneste', 'tjenester', 'tjenestene', 'tjenesten', 'tjeneste', 'ydelse', 'ydelser', 'palvelu', 'palvelut',
  'palvelujen', 'þjónusta', 'monitorering', 'monitorointi', 'seuranta', 'oppfølging', 'uppföljning', 'opfølgning', 'vöktun',
  'eftirlit', 'övervakning', 'overvåking', 'overvågning', 'valvonta', 'tillsyn', 'tilsyn', 'konsultation', 'konsultasjon',
  'vastaanotto', 'besök', 'besøg', 'besøk', 'samtal', 'samtale', 'mottagning',
  // technology and devices
  'teknologi', 'teknik', 'teknikk', 'tekniikka', 'tækni', 'lösning', 'lösningar', 'løsning', 'løsninger', 'ratkaisu', 'ratkaisut',
  'system', 'systemet', 'järjestelmä', 'hjälpmedel', 'hjelpemiddel', 'hjælpemiddel', 'apuväline', 'larm', 'alarm', 'hälytys',
  'trygghet', 'tryghed', 'trygghets', 'turva', 'sensor', 'sensorer', 'robot', 'kamera', 'skärm', 'skjerm', 'skærm', 'plattform',
  'platform', 'journal', 'data', 'app', 'appar', 'dosett', 'dispenser', 'annostelija',
  // organisation, development, procurement
  'kommun', 'kommune', 'kunta', 'region', 'sjukhus', 'sykehus', 'sygehus', 'sairaala', 'sjúkrahús', 'projekt', 'prosjekt',
  'projekti', 'verkefni', 'utveckling', 'utvikling', 'udvikling', 'kehitys', 'kehittäminen', 'innovation', 'innovasjon',
  'innovaatio', 'nýsköpun', 'införande', 'innføring', 'indførelse', 'käyttöönotto', 'implementering', 'upphandling',
  'anskaffelse', 'anskaffelser', 'innkjøp', 'indkøb', 'udbud', 'hankinta', 'hankinnat', 'krav', 'vaatimus', 'vaatimukset',
  'bibliotek', 'kirjasto', 'marked', 'marknad', 'markkinat', 'leverandør', 'leverantör', 'toimittaja', 'nätverk', 'nettverk',
  'netværk', 'verkosto', 'samverkan', 'samarbeid', 'samarbejde', 'yhteistyö', 'strategi', 'strategia', 'register', 'registre',
  'registere', 'kvalitet', 'kvalitets', 'laatu', 'gevinst', 'gevinster', 'nytta', 'hyöty', 'effekt', 'effekter', 'vaikutus',
  'validering', 'valideringsprocess', 'process', 'prosess', 'prosessi', 'metod', 'metode', 'menetelmä', 'modell', 'malli',
  // people, conditions
  'patient', 'patienter', 'pasient', 'pasienter', 'potilas', 'sjúklinga', 'brukare', 'bruker', 'borger', 'asukas', 'anhörig',
  'pårørende', 'pårørende', 'omainen', 'personal', 'personale', 'personell', 'henkilöstö', 'sjukdom', 'sjukdomar', 'sykdom',
  'sygdom', 'sairaus', 'sairaudet', 'sjúkdómur', 'hjärt', 'hjerte', 'sydän', 'lung', 'lunge', 'keuhko', 'diabetes', 'läkemedel',
  'legemiddel', 'lægemiddel', 'lääke', 'lääkehoito', 'medicin', 'medisin', 'svikt', 'svikt', 'insufficiens', 'vajaatoiminta',
];
