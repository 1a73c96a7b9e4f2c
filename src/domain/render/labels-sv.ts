import { EVERY_MONTHS, lowerLabels, VOCABULARY } from '../vocabulary-labels';
import type { Labels } from './labels';

const V = VOCABULARY.sv;

/** Swedish (klarspråk, du-form): the default. */
export const sv: Labels = {
  lang: 'sv',
  skipLink: 'Hoppa till innehållet',
  otherLanguage: { lang: 'en', label: 'In English' },
  status: {
    draft: `${V.routineStatus.draft} – inte antagen`,
    in_review: `${V.routineStatus.in_review} – inte antagen`,
    adopted: V.routineStatus.adopted,
    superseded: 'Ersatt av en senare version',
    archived: `${V.routineStatus.archived} – gäller inte längre`,
  },
  notAdoptedWarning:
    'Det här är inte den antagna rutinen. Använd den antagna versionen när du hanterar ett ärende.',
  adoptedOn: (date) => `Antagen ${date}`,
  version: (n) => `version ${n}`,
  draft: V.routineStatus.draft.toLowerCase(),
  nextReview: (my) => `nästa översyn ${my}`,
  collaboration: 'Samverkan',
  suspect: 'Misstänker du människohandel eller prostitution?',
  childBox: 'Gäller det ett barn (under 18 år)?',
  adultBox: 'Gäller det en vuxen?',
  officeHours: 'Kontorstid',
  afterHours: 'Efter kontorstid, kvällar och helger',
  allHours: 'Dygnet runt',
  noEntryPoints: 'Ingen kontaktväg in är angiven här. Ring 112 vid akut fara.',
  noAfterHours: 'Ingen väg efter kontorstid är angiven. Ring 112 vid akut fara.',
  linkLabel: (channel, actor, audience, value) =>
    `${channel === 'phone' ? 'Ring' : channel === 'email' ? 'Mejla' : 'Öppna'} ${actor}, ${audience}: ${value}`,
  emergency: 'Akut fara:',
  emergencyLink: 'ring 112',
  supportLine: 'Råd för dig som yrkesverksam:',
  mainRule: 'Huvudregel vid första kontakten',
  stepHeading: (n, title) => `Steg ${n}: ${title}`,
  responsibilities: 'Olika aktörers ansvar i detta steg',
  noResponsibilities: 'Rutinen anger ännu inte vem som gör något i det här steget.',
  handsOverTo: 'lämnar över till',
  handsOverToHeading: 'Lämnar över till',
  via: 'via',
  when: 'när',
  entryPoint: 'Ingång',
  audience: lowerLabels(V.audience),
  forAudience: V.forAudience,
  answersHeading: 'Så här arbetar vi',
  whoDoesWhat: 'Vem gör vad',
  diagramHeading: 'Flödet i bild',
  diagramTitle: 'Flödesschema: vem gör vad i steg 2–5',
  diagramDesc: (a, b, c) =>
    `${a} aktörer, ${b} uppgifter och ${c} överlämningar. En rad per aktör, en kolumn per steg; pilarna visar vem som lämnar över till vem.`,
  diagramOpen: 'Öppna flödesschemat som bild i full storlek',
  diagramTextAlternative: 'Tabellen under bilden visar samma sak i text.',
  diagramTableIntro:
    'En rad per aktör, en kolumn per steg. Pilen (→) visar vem uppgiften lämnas över till.',
  matrixCaption: 'Vem gör vad i steg 2–5',
  actor: 'Aktör',
  what: 'Vad',
  contact: 'Kontakt',
  contactPath: 'Kontaktväg',
  contactValue: 'Nummer eller adress',
  hours: 'Tider och anteckningar',
  step: 'Steg',
  stepShort: (n) => `Steg ${n}`,
  rights: 'Den utsattas rättigheter',
  rightsIntro: 'Kontrollera att den utsatta får det här. Rutinen anger vem som ansvarar.',
  right: {
    rights_information: {
      title: 'Information om rättigheter',
      detail: 'Tidigt, på ett språk den utsatta förstår.',
    },
    interpreter: { title: 'Tolk', detail: 'Vid behov, från första kontakten.' },
    protection_assessment: {
      // Sources: socialtjänstlagen (2025:400); CETS 197 art. 10.3 (docs/legal-sources.md).
      title: 'Skyddsbedömning',
      detail:
        'För ett barn: genast när en orosanmälan kommer in. Finns det skäl att tro att personen är under 18 år behandlas hen som ett barn tills åldern är fastställd.',
    },
    emergency_assistance: {
      title: 'Akut bistånd och skyddat boende',
      detail: 'Tryggt boende, materiell och psykologisk hjälp.',
    },
    health_care: { title: 'Akut vård', detail: 'Vård och dokumentation av skador.' },
    reflection_period: {
      // Source: utlänningslagen 5 kap. 15 § (docs/legal-sources.md).
      title: 'Betänketid (30 dagar)',
      detail:
        'Ett tillfälligt uppehållstillstånd kan beviljas en person utan tillstånd som kan vara utsatt för människohandel eller människoexploatering. Förundersökningsledaren eller socialnämnden ansöker, Migrationsverket beslutar.',
    },
    counsel_for_injured_party: {
      // Source: lag (1988:609) om målsägandebiträde; CETS 197 art. 15.2.
      title: 'Målsägandebiträde',
      detail: 'Kostar inget för den utsatta. Helst utsett före första förhöret.',
    },
    support_person: { title: 'Stödperson', detail: 'Någon som stöttar under processen.' },
    damages: { title: 'Skadestånd', detail: 'Information om rätten till ersättning.' },
    return_programme: {
      title: 'Tryggt återvändande',
      detail: 'Frivilligt, genom regionkoordinatorn (återvändandeprogrammet).',
    },
  },
  securedBy: 'Ansvar:',
  notSecured: 'Ingen ansvarig är angiven i rutinen.',
  contacts: 'Kontakter',
  channel: VOCABULARY.sv.channel,
  knowledge: 'Stöd och material',
  lastChecked: (d) => `kontrollerad ${d}`,
  goal: 'Målet',
  obstacles: 'Hinder och hur vi överkommer dem',
  remedy: 'Så överkommer vi det',
  noRemedy: 'Ingen åtgärd är angiven ännu.',
  responsible: 'Ansvarig',
  followUp: 'Uppföljning och utveckling',
  method: 'Metod',
  indicators: 'Indikatorer',
  everyMonths: EVERY_MONTHS.sv,
  frequency: 'Hur ofta',
  nextReviewDate: 'Nästa översyn',
  timeline: 'Tidslinje',
  phase: VOCABULARY.sv.phase,
  phaseHeading: 'Fas',
  planned: 'Planerat',
  done: 'Klart',
  signOffs: 'Bekräftelser',
  organisation: 'Organisation',
  representative: 'Representant',
  date: 'Datum',
  decisionReference: 'Beslut (diarienummer)',
  registeredBy: (name, organisation) =>
    name
      ? `Registrerad av ${name} (samordnare) för ${organisation}`
      : `Registrerad av en samordnare för ${organisation}`,
  noSignOffs: 'Ingen organisation har bekräftat den här versionen ännu.',
  footer: ({ version, hash, date }) =>
    [version, hash ? `kontrollsumma ${hash}` : null, date ? `antagen ${date}` : null]
      .filter(Boolean)
      .join(' · '),
  generated: (d) => `Skapad ${d}`,
  page: (c, t) => `Sida ${c} av ${t}`,
  actionKind: VOCABULARY.sv.actionKind,
  notFoundTitle: 'Sidan finns inte',
  notFoundText:
    'Rutinen finns inte, är inte antagen ännu eller visas bara för medlemmar i samverkan. Kontrollera adressen. Är du medlem: logga in och öppna rutinen igen.',
  notFoundSignIn: 'Logga in',
  notAdoptedYet:
    'Rutinen är inte antagen ännu, så den har ingen publicerad version. Du ser det här eftersom du är medlem i samverkan; andra får veta att sidan inte finns.',
  notAdoptedPreview: 'Förhandsgranska utkastet',
  cardScan: 'Hela rutinen:',
  cardMore: 'Skanna koden eller skriv in adressen.',
  madeWith: 'Gjord med Samrutin',
  pageDescription: (routine, collaboration) =>
    `${routine} – ${collaboration}. Vem du kontaktar först vid misstanke om människohandel eller prostitution, dygnet runt, och vad varje organisation gör.`,
  national: {
    title: 'Rutiner i landet',
    intro:
      'Antagna rutiner för enskilda ärenden som rör människohandel och prostitution, från de samverkansgrupper som har valt att visas här.',
    empty: 'Ingen samverkansgrupp visar sin rutin här än.',
    noArea: 'Område inte angivet',
    count: (n) => (n === 1 ? '1 rutin' : `${n} rutiner`),
    home: 'Till Samrutin',
    about:
      'Varje samverkansgrupp väljer själv om dess antagna, publika rutiner ska visas här. Sidan visar bara det som de publicerade rutinerna redan visar.',
    description: 'Antagna rutiner för ärenden om människohandel och prostitution i Sverige.',
  },
  offline: {
    checksum: (hash) => `Kontrollsumma ${hash}`,
    fetched: 'hämtad',
    savedCopy: 'Du är inte uppkopplad. Du ser den kopia som sparades på enheten.',
    updated: (n) => `Rutinen har uppdaterats. Du ser nu version ${n}.`,
    stale:
      'Den sparade kopian är mer än 30 dagar gammal. Kontrollera att du har den senaste versionen när du är uppkopplad igen.',
    shortName: 'Rutin',
    description: 'Den antagna rutinen mot människohandel och prostitution, även utan uppkoppling.',
  },
};
