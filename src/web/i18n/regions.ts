import { VOCABULARY } from '../../domain/vocabulary-labels';
import type { CatalogueOf } from './catalogue';

/** Regioner: the regional overview (issue 18), opting in, regional coordinators. */
export const regionsSv = {
  title: 'Regioner',
  homeLink: 'Regional översikt',
  homeIntro:
    'Är du regional samordnare? Se hur rutinerna i samverkansgrupperna i din region ser ut.',
  intro:
    'En region samlar samverkansgrupper som själva har valt att vara med. Som regional samordnare ser du en översikt: om rutinen är antagen, när den ska ses över och vad den täcker. Du ser aldrig rutinernas texter.',
  mine: 'Dina regioner',
  none: 'Du är inte regional samordnare i någon region än.',
  createTitle: 'Skapa en region',
  createIntro: 'Du blir regional samordnare i regionen och kan bjuda in fler.',
  name: 'Regionens namn',
  nameHint: 'Till exempel ”Västra Götaland”.',
  nameMissing: 'Skriv regionens namn.',
  create: 'Skapa regionen',
  failed: 'Det gick inte att spara. Försök igen.',
  overview: {
    caption: 'Regional översikt',
    summary_one:
      '{{count}} samverkansgrupp är med. {{adopted}} har en antagen rutin, {{overdue}} har en försenad översyn.',
    summary_other:
      '{{count}} samverkansgrupper är med. {{adopted}} har en antagen rutin, {{overdue}} har en försenad översyn.',
    empty:
      'Ingen samverkansgrupp är med i regionen än. En samordnare i en samverkansgrupp väljer att vara med under Inställningar.',
    tableTitle: 'Samverkansgrupperna',
    collaboration: 'Samverkansgrupp',
    coordinators: 'Samordnare',
    adopted: VOCABULARY.sv.routineStatus.adopted,
    notAdopted: 'Inte antagen',
    noRoutine: 'Ingen rutin',
    nextReview: 'Nästa översyn',
    overdue: 'försenad',
    coverage: 'Täcker',
    covered: 'Ja',
    notCovered: 'Nej',
    openBlockers: 'Hinder för beslut i utkastet',
    feedback: 'Återkoppling',
    chartTitle: 'Täckning i antagna rutiner',
    chartAlt:
      'Stapeldiagram: hur många av de antagna rutinerna som täcker varje del. Samma siffror finns i tabellen.',
    chartTable: 'Täckning i siffror',
    part: 'Del',
    count: 'Antal av {{adopted}} antagna',
    downloadCsv: 'Ladda ner som CSV',
    downloadPdf: 'Ladda ner som PDF',
    downloadChart: 'Ladda ner diagrammet (SVG)',
    keys: VOCABULARY.sv.coverage,
  },
  coordinatorsTitle: 'Regionala samordnare',
  invite: {
    title: 'Bjud in en regional samordnare',
    email: 'E-postadress',
    emailMissing: 'Skriv en e-postadress.',
    submit: 'Skapa inbjudan',
    created:
      'Inbjudan är skapad. Skicka länken till {{email}}. Den gäller i sju dagar och bara för den adressen.',
    link: 'Länk till inbjudan',
  },
  accept: {
    title: 'Inbjudan att bli regional samordnare',
    intro:
      'Du har fått en länk för att bli regional samordnare. Du ser då en översikt över de samverkansgrupper som är med i regionen.',
    submit: 'Tacka ja',
    done: 'Du är nu regional samordnare i {{name}}.',
    toRegion: 'Gå till regionens översikt',
    used: 'Inbjudan är redan använd.',
    expired: 'Inbjudan har gått ut. Be om en ny.',
    wrongEmail: 'Inbjudan skickades till en annan e-postadress. Logga in med den adressen.',
    already: 'Du är redan regional samordnare i regionen.',
    notFound: 'Inbjudan finns inte. Kontrollera länken.',
  },
  optIn: {
    title: 'Regional översikt',
    intro:
      'Välj de regioner som får se en översikt över er rutin: om den är antagen, när den ska ses över, vad den täcker, antal hinder och antal återkopplingar. Regionens samordnare ser inte rutinens texter och kan inte ändra något hos er.',
    none: 'Det finns inga regioner att välja än.',
    join: 'Var med i {{name}}',
    leave: 'Lämna {{name}}',
    joined: 'Ni är med',
    didJoin: 'Ni är nu med i {{name}}.',
    didLeave: 'Ni har lämnat {{name}}.',
    onlyCoordinators: 'Bara samordnare kan välja regioner.',
    failed: 'Det gick inte att ändra. Försök igen.',
  },
  national: {
    title: 'Rutiner i landet',
    intro:
      'Antagna rutiner för enskilda ärenden som rör människohandel och prostitution, från de samverkansgrupper som har valt att visas här.',
    empty: 'Ingen samverkansgrupp visar sin rutin här än.',
    area: 'Område',
    noArea: 'Område inte angivet',
    link: 'Visa landets rutiner',
    optInTitle: 'Den nationella sidan',
    optInIntro:
      'Visa era antagna, publika rutiner på sidan ”Rutiner i landet”, med samverkansgruppens namn, område och en länk till den publicerade rutinen.',
    listed: 'Visa våra antagna, publika rutiner på den nationella sidan',
    didList: 'Era antagna, publika rutiner visas nu på den nationella sidan.',
    didUnlist: 'Era rutiner visas inte längre på den nationella sidan.',
  },
};

export const regionsEn: CatalogueOf<typeof regionsSv> = {
  title: 'Regions',
  homeLink: 'Regional overview',
  homeIntro:
    'Are you a regional coordinator? See how the routines of the collaborations in your region stand.',
  intro:
    'A region brings together collaborations that chose to take part. As a regional coordinator you see an overview: whether the routine is adopted, when it is due for review and what it covers. You never see the routines’ texts.',
  mine: 'Your regions',
  none: 'You are not a regional coordinator of any region yet.',
  createTitle: 'Create a region',
  createIntro: 'You become the region’s regional coordinator and can invite others.',
  name: 'Name of the region',
  nameHint: 'For example “Västra Götaland”.',
  nameMissing: 'Enter the region’s name.',
  create: 'Create the region',
  failed: 'Could not save. Try again.',
  overview: {
    caption: 'Regional overview',
    summary_one:
      '{{count}} collaboration takes part. {{adopted}} with an adopted routine, {{overdue}} overdue for review.',
    summary_other:
      '{{count}} collaborations take part. {{adopted}} with an adopted routine, {{overdue}} overdue for review.',
    empty:
      'No collaboration takes part in the region yet. A collaboration’s coordinator opts in under Settings.',
    tableTitle: 'The collaborations',
    collaboration: 'Collaboration',
    coordinators: 'Coordinators',
    adopted: VOCABULARY.en.routineStatus.adopted,
    notAdopted: 'Not adopted',
    noRoutine: 'No routine',
    nextReview: 'Next review',
    overdue: 'overdue',
    coverage: 'Covers',
    covered: 'Yes',
    notCovered: 'No',
    openBlockers: 'Blockers in the draft',
    feedback: 'Feedback',
    chartTitle: 'Coverage in adopted routines',
    chartAlt:
      'Bar chart: how many of the adopted routines cover each part. The table has the same figures.',
    chartTable: 'Coverage in figures',
    part: 'Part',
    count: 'Number of {{adopted}} adopted',
    downloadCsv: 'Download as CSV',
    downloadPdf: 'Download as PDF',
    downloadChart: 'Download the chart (SVG)',
    keys: VOCABULARY.en.coverage,
  },
  coordinatorsTitle: 'Regional coordinators',
  invite: {
    title: 'Invite a regional coordinator',
    email: 'E-mail address',
    emailMissing: 'Enter an e-mail address.',
    submit: 'Create the invitation',
    created:
      'The invitation is created. Send the link to {{email}}. It is valid for seven days and only for that address.',
    link: 'Invitation link',
  },
  accept: {
    title: 'Invitation to become a regional coordinator',
    intro:
      'You have been sent a link to become a regional coordinator. You will then see an overview of the collaborations that take part in the region.',
    submit: 'Accept',
    done: 'You are now a regional coordinator of {{name}}.',
    toRegion: 'Go to the region’s overview',
    used: 'The invitation has already been used.',
    expired: 'The invitation has expired. Ask for a new one.',
    wrongEmail: 'The invitation was sent to another e-mail address. Sign in with that address.',
    already: 'You already coordinate this region.',
    notFound: 'There is no such invitation. Check the link.',
  },
  optIn: {
    title: 'Regional overview',
    intro:
      'Choose the regions that may see an overview of your routine: whether it is adopted, when it is due for review, what it covers, the number of blockers and of feedback items. The region’s coordinators do not see the routine’s texts and cannot change anything of yours.',
    none: 'There are no regions to choose yet.',
    join: 'Take part in {{name}}',
    leave: 'Leave {{name}}',
    joined: 'You take part',
    didJoin: 'You now take part in {{name}}.',
    didLeave: 'You have left {{name}}.',
    onlyCoordinators: 'Only coordinators can choose regions.',
    failed: 'Could not change it. Try again.',
  },
  national: {
    title: 'Routines across the country',
    intro:
      'Adopted routines for individual cases of human trafficking and prostitution, from the collaborations that chose to be shown here.',
    empty: 'No collaboration shows its routine here yet.',
    area: 'Area',
    noArea: 'Area not given',
    link: 'See the routines across the country',
    optInTitle: 'The national page',
    optInIntro:
      'Show your adopted, public routines on the page “Routines across the country”, with the collaboration’s name, area and a link to the published routine.',
    listed: 'Show our adopted, public routines on the national page',
    didList: 'Your adopted, public routines are now shown on the national page.',
    didUnlist: 'Your routines are no longer shown on the national page.',
  },
};
