import type { CatalogueOf } from './catalogue';
import { versionDiffEn, versionDiffSv } from './version-diff';

/** Versions, the comparison of versions and the confirmation (bekräftelse) (issue 6). */
export const versionsSv = {
  title: 'Versioner',
  intro:
    'En version är en låst kopia av hela rutinen. Det är den som organisationerna fattar beslut om och bekräftar. Ni kan fortsätta att ändra i utkastet utan att versionen påverkas.',
  listTitle: 'Alla versioner',
  none: 'Ni har inte fryst någon version än.',
  versionN: 'Version {{number}}',
  latest: 'den senaste',
  frozenOn: 'Fryst',
  hash: 'Kontrollsumma',
  hashTitle:
    'SHA-256: ett fingeravtryck av innehållet. Ändras ett enda tecken blir kontrollsumman en annan.',
  signed: 'Bekräftad av',
  signedCount_one: '{{signed}} av {{count}} organisation',
  signedCount_other: '{{signed}} av {{count}} organisationer',
  noSummary: 'Ingen beskrivning av ändringarna',
  compareWith: 'Se vad som ändrats i version {{number}} jämfört med version {{against}}',
  showDocument: 'Visa version {{number}} som dokument',
  filesOf: 'Filer för version {{number}}:',
  file: { card: 'Kontaktkort (PDF)', pdf: 'PDF', docx: 'Word', md: 'Markdown' },
  toConfirmation: 'Gå till bekräftelsen',
  backToList: 'Tillbaka till alla versioner',
  state: {
    adopted: 'Antagen {{date}}',
    signing_one: '{{signed}} av {{count}} har bekräftat',
    signing_other: '{{signed}} av {{count}} har bekräftat',
    replaced_one: 'Ersatt av en nyare version ({{signed}} av {{count}} hann bekräfta)',
    replaced_other: 'Ersatt av en nyare version ({{signed}} av {{count}} hann bekräfta)',
  },
  freeze: {
    title: 'Frys en ny version',
    intro:
      'När rutinen är klar fryser du en version. Sedan kan varje organisation fatta beslut om just den versionen och bekräfta den. Rutinen får inte ha några stoppande brister.',
    onlyCoordinators: 'Bara samordnare kan frysa en version.',
    summaryLabel: 'Vad har ändrats? (frivilligt)',
    summaryHint: 'En rad till dem som ska bekräfta, till exempel ”Nytt nummer till socialjouren”.',
    summaryHintFirst: 'En rad till dem som ska bekräfta, till exempel ”Första versionen”.',
    submit: 'Frys version',
    frozen: 'Version {{number}} är fryst.',
    next: 'Nu kan organisationerna fatta beslut och bekräfta den.',
    blockedTitle: 'Versionen kunde inte frysas',
    blockedText_one: 'Rutinen har {{count}} stoppande brist som måste åtgärdas först:',
    blockedText_other: 'Rutinen har {{count}} stoppande brister som måste åtgärdas först:',
    inStep: 'Steg {{step}}',
    personalData:
      'Inte fryst: beskrivningen ser ut att innehålla ett personnummer. Ta bort numret och försök igen.',
    sendAnyway: 'Det är inget personnummer – frys ändå',
    forbidden: 'Bara samordnare kan frysa en version.',
    failed: 'Det gick inte att frysa versionen. Försök igen om en stund.',
  },
  compare: {
    title: 'Jämför version {{number}} med version {{against}}',
    titleFirst: 'Version {{number}}',
    show: 'Visa version',
    against: 'jämfört med',
    nothing: 'ingenting (visa allt innehåll)',
    submit: 'Jämför',
  },
  verify: {
    checking: 'Kontrollerar att innehållet är oförändrat …',
    failed: 'Det gick inte att kontrollera innehållet just nu.',
    ok: 'Innehållet är oförändrat sedan versionen frystes.',
    okText_one:
      'Kontrollsumman stämmer, och den bekräftelse som finns gäller just det här innehållet. Kontrollsumma:',
    okText_other:
      'Kontrollsumman stämmer, och de {{count}} bekräftelser som finns gäller just det här innehållet. Kontrollsumma:',
    alarmTitle: 'Varning: innehållet stämmer inte',
    hashMismatch:
      'Innehållet i version {{number}} har ändrats sedan versionen frystes. Kontrollsumman stämmer inte längre, så bekräftelserna gäller inte det som visas här.',
    signOffMismatch_one:
      '{{count}} bekräftelse gäller ett annat innehåll än det som versionen har nu.',
    signOffMismatch_other:
      '{{count}} bekräftelser gäller ett annat innehåll än det som versionen har nu.',
    whatToDo:
      'Använd inte den här versionen. Kontakta den som ansvarar för Samrutin i er organisation.',
    stored: 'Sparad kontrollsumma',
    computed: 'Uträknad nu',
  },
  diff: versionDiffSv,
  confirmation: {
    whoSigns_one:
      'Den organisation som har uppgifter i version {{number}} (under Vem gör vad) bekräftar den.',
    whoSigns_other:
      'De {{count}} organisationer som har uppgifter i version {{number}} (under Vem gör vad) bekräftar den.',
    notSigners_one: '{{names}} har ingen uppgift i rutinen och står därför inte med.',
    notSigners_other: '{{names}} har inga uppgifter i rutinen och står därför inte med.',
    addSigner: 'Ska någon av dem bekräfta? Ge den en uppgift under Vem gör vad.',
    toVersions: 'Gå till Versioner för att frysa en version',
    version: 'Bekräftelsen gäller',
    frozenOn: 'fryst {{date}}',
    caption: 'Bekräftelser av version {{number}}',
    complete: 'Alla organisationer har bekräftat version {{number}}. Rutinen är antagen.',
    progress_one:
      '{{signed}} av {{count}} organisation har bekräftat version {{number}}. Rutinen antas när alla har bekräftat.',
    progress_other:
      '{{signed}} av {{count}} organisationer har bekräftat version {{number}}. Rutinen antas när alla har bekräftat.',
    stillAdopted:
      'Version {{adopted}} är antagen och gäller tills alla har bekräftat version {{number}}.',
    signed: 'Bekräftad',
    signedBy: 'Signerad av {{name}}',
    onBehalf: 'Registrerad av {{name}} (samordnare) för {{organisation}}',
    onBehalfUnknown: 'Registrerad av en samordnare för {{organisation}}',
    notSigned: 'Inte bekräftad än',
    decision: 'Beslut',
    whatChanged: 'Se vad som ändrats sedan version {{number}}',
    saved: 'Bekräftelsen för {{name}} är sparad.',
    nowAdopted: 'Alla organisationer har bekräftat. Rutinen är nu antagen.',
    nothingToSign:
      'Det finns inget mer för dig att bekräfta i den här versionen. Organisationerna som saknas bekräftar själva.',
    noOrganisation:
      'Du företräder ingen organisation i samverkansgruppen och kan därför inte bekräfta. Be en samordnare om hjälp.',
  },
  sign: {
    titleFor: 'Bekräfta för {{name}}',
    titleMany: 'Bekräfta för en organisation',
    intro:
      'Bekräfta när organisationen har fattat beslut om version {{number}}. Bekräftelsen gäller bara den här versionen.',
    changedSince:
      '{{name}} bekräftade version {{number}} tidigare. Se vad som har ändrats innan du bekräftar igen.',
    organisation: 'Organisation',
    onBehalfNote:
      'Du företräder inte {{name}}. Som samordnare kan du registrera organisationens bekräftelse, till exempel när beslutet fattades på papper. Vid signaturen står att du registrerade den.',
    name: 'Representantens namn',
    nameHint: 'Den som skriver under för organisationen.',
    nameMissing: 'Skriv representantens namn',
    title: 'Representantens titel',
    titleHint: 'Till exempel socialchef eller lokalpolisområdeschef.',
    titleMissing: 'Skriv representantens titel',
    decision: 'Beslut',
    decisionHint:
      'Vilket beslut organisationen har fattat, till exempel Socialnämnden 2026-03-12 § 45.',
    decisionMissing: 'Skriv vilket beslut organisationen har fattat',
    date: 'Datum',
    dateMissing: 'Välj datum',
    dateFuture: 'Datumet kan inte vara senare än i dag',
    dateEarly: 'Datumet kan inte vara tidigare än dagen då versionen frystes',
    password: 'Ditt lösenord',
    passwordHint: 'Skriv ditt lösenord igen för att visa att det är du som bekräftar.',
    reauthNeeded:
      'Du loggar in med {{provider}}. För att visa att det är du som bekräftar loggar du in där igen när du signerar; sedan kommer du tillbaka hit.',
    reauthDone:
      'Du har loggat in igen hos {{provider}}. Kontrollera uppgifterna och signera inom tio minuter.',
    submitWithProvider: 'Logga in igen hos {{provider}} och signera',
    reauthCancelled: 'Inloggningen avbröts, så inget signerades. Försök igen när du vill signera.',
    reauthExpired:
      'Inloggningen hos {{provider}} är för gammal eller redan använd. Logga in där igen för att signera.',
    reauthUnavailable: 'Det gick inte att nå inloggningstjänsten. Försök igen om en stund.',
    passwordMissing: 'Skriv ditt lösenord',
    wrongPassword: 'Lösenordet stämmer inte. Skriv samma lösenord som när du loggar in i Samrutin.',
    rateLimited: 'Du har skrivit fel lösenord för många gånger. Vänta en stund och försök igen.',
    alreadySigned: '{{name}} har redan bekräftat den här versionen.',
    superseded:
      'Det finns en nyare version. Ladda om sidan och bekräfta den senaste versionen i stället.',
    forbidden:
      'Du kan inte bekräfta för {{name}}. Bara den som företräder organisationen eller en samordnare kan göra det.',
    personalData:
      'Inte sparat: texten ser ut att innehålla ett personnummer. Ta bort numret och försök igen.',
    sendAnyway: 'Det är inget personnummer – bekräfta ändå',
    invalid: 'Kontrollera uppgifterna och försök igen.',
    failed: 'Det gick inte att spara bekräftelsen. Försök igen om en stund.',
    submit: 'Bekräfta version {{number}} för {{name}}',
  },
} as const;

export const versionsEn: CatalogueOf<typeof versionsSv> = {
  title: 'Versions',
  intro:
    'A version is a locked copy of the whole routine. It is what the organisations decide on and confirm. You can keep changing the draft without affecting the version.',
  listTitle: 'All versions',
  none: 'You have not frozen a version yet.',
  versionN: 'Version {{number}}',
  latest: 'the latest',
  frozenOn: 'Frozen',
  hash: 'Checksum',
  hashTitle:
    'SHA-256: a fingerprint of the content. If a single character changes, the checksum is different.',
  signed: 'Confirmed by',
  signedCount_one: '{{signed}} of {{count}} organisation',
  signedCount_other: '{{signed}} of {{count}} organisations',
  noSummary: 'No description of the changes',
  compareWith: 'See what changed in version {{number}} compared with version {{against}}',
  showDocument: 'Show version {{number}} as a document',
  filesOf: 'Files of version {{number}}:',
  file: { card: 'First-response card (PDF)', pdf: 'PDF', docx: 'Word', md: 'Markdown' },
  toConfirmation: 'Go to the confirmation',
  backToList: 'Back to all versions',
  state: {
    adopted: 'Adopted {{date}}',
    signing_one: '{{signed}} of {{count}} have confirmed',
    signing_other: '{{signed}} of {{count}} have confirmed',
    replaced_one: 'Replaced by a newer version ({{signed}} of {{count}} had confirmed)',
    replaced_other: 'Replaced by a newer version ({{signed}} of {{count}} had confirmed)',
  },
  freeze: {
    title: 'Freeze a new version',
    intro:
      'When the routine is ready, you freeze a version. Then each organisation can decide on exactly that version and confirm it. The routine must have no blocking problems.',
    onlyCoordinators: 'Only coordinators can freeze a version.',
    summaryLabel: 'What has changed? (optional)',
    summaryHint:
      'One line for those who will confirm, for example “New number for the social services on call”.',
    summaryHintFirst: 'One line for those who will confirm, for example “First version”.',
    submit: 'Freeze version',
    frozen: 'Version {{number}} is frozen.',
    next: 'Now the organisations can decide and confirm it.',
    blockedTitle: 'The version could not be frozen',
    blockedText_one: 'The routine has {{count}} blocking problem that must be fixed first:',
    blockedText_other: 'The routine has {{count}} blocking problems that must be fixed first:',
    inStep: 'Step {{step}}',
    personalData:
      'Not frozen: the description seems to contain a personal identity number. Remove the number and try again.',
    sendAnyway: 'It is not a personal identity number – freeze anyway',
    forbidden: 'Only coordinators can freeze a version.',
    failed: 'The version could not be frozen. Try again in a moment.',
  },
  compare: {
    title: 'Compare version {{number}} with version {{against}}',
    titleFirst: 'Version {{number}}',
    show: 'Show version',
    against: 'compared with',
    nothing: 'nothing (show all content)',
    submit: 'Compare',
  },
  verify: {
    checking: 'Checking that the content is unchanged …',
    failed: 'The content could not be checked just now.',
    ok: 'The content is unchanged since the version was frozen.',
    okText_one:
      'The checksum matches, and the existing confirmation applies to exactly this content. Checksum:',
    okText_other:
      'The checksum matches, and the {{count}} existing confirmations apply to exactly this content. Checksum:',
    alarmTitle: 'Warning: the content does not match',
    hashMismatch:
      'The content of version {{number}} has changed since it was frozen. The checksum no longer matches, so the confirmations do not apply to what is shown here.',
    signOffMismatch_one:
      '{{count}} confirmation applies to different content than the version has now.',
    signOffMismatch_other:
      '{{count}} confirmations apply to different content than the version has now.',
    whatToDo:
      'Do not use this version. Contact the person responsible for Samrutin in your organisation.',
    stored: 'Stored checksum',
    computed: 'Computed now',
  },
  diff: versionDiffEn,
  confirmation: {
    whoSigns_one:
      'The organisation with tasks in version {{number}} (under Who does what) confirms it.',
    whoSigns_other:
      'The {{count}} organisations with tasks in version {{number}} (under Who does what) confirm it.',
    notSigners_one: '{{names}} has no task in the routine, so it is not listed.',
    notSigners_other: '{{names}} have no tasks in the routine, so they are not listed.',
    addSigner: 'Should one of them confirm? Give it a task under Who does what.',
    toVersions: 'Go to Versions to freeze a version',
    version: 'The confirmation applies to',
    frozenOn: 'frozen {{date}}',
    caption: 'Confirmations of version {{number}}',
    complete: 'Every organisation has confirmed version {{number}}. The routine is adopted.',
    progress_one:
      '{{signed}} of {{count}} organisation has confirmed version {{number}}. The routine is adopted when all have confirmed.',
    progress_other:
      '{{signed}} of {{count}} organisations have confirmed version {{number}}. The routine is adopted when all have confirmed.',
    stillAdopted:
      'Version {{adopted}} is adopted and stays in force until all have confirmed version {{number}}.',
    signed: 'Confirmed',
    signedBy: 'Signed by {{name}}',
    onBehalf: 'Registered by {{name}} (coordinator) for {{organisation}}',
    onBehalfUnknown: 'Registered by a coordinator for {{organisation}}',
    notSigned: 'Not confirmed yet',
    decision: 'Decision',
    whatChanged: 'See what changed since version {{number}}',
    saved: 'The confirmation for {{name}} is saved.',
    nowAdopted: 'Every organisation has confirmed. The routine is now adopted.',
    nothingToSign:
      'There is nothing more for you to confirm in this version. The organisations still missing confirm themselves.',
    noOrganisation:
      'You do not represent an organisation in the collaboration, so you cannot confirm. Ask a coordinator for help.',
  },
  sign: {
    titleFor: 'Confirm for {{name}}',
    titleMany: 'Confirm for an organisation',
    intro:
      'Confirm once the organisation has decided on version {{number}}. The confirmation applies to this version only.',
    changedSince:
      '{{name}} confirmed version {{number}} before. See what has changed before you confirm again.',
    organisation: 'Organisation',
    onBehalfNote:
      'You do not represent {{name}}. As a coordinator you can register the organisation’s confirmation, for example when the decision was taken on paper. The signature then says you registered it.',
    name: 'Representative’s name',
    nameHint: 'The person who signs for the organisation.',
    nameMissing: 'Write the representative’s name',
    title: 'Representative’s title',
    titleHint: 'For example head of social services or local police area chief.',
    titleMissing: 'Write the representative’s title',
    decision: 'Decision',
    decisionHint:
      'Which decision the organisation has made, for example Socialnämnden 2026-03-12 § 45.',
    decisionMissing: 'Write which decision the organisation has made',
    date: 'Date',
    dateMissing: 'Choose a date',
    dateFuture: 'The date cannot be later than today',
    dateEarly: 'The date cannot be earlier than the day the version was frozen',
    password: 'Your password',
    passwordHint: 'Write your password again to show that it is you who confirms.',
    reauthNeeded:
      'You sign in with {{provider}}. To show that it is you who confirms, you log in there again when you sign; then you come back here.',
    reauthDone:
      'You have logged in again at {{provider}}. Check the details and sign within ten minutes.',
    submitWithProvider: 'Log in again at {{provider}} and sign',
    reauthCancelled:
      'The login was cancelled, so nothing was signed. Try again when you want to sign.',
    reauthExpired:
      'The login at {{provider}} is too old or already used. Log in there again to sign.',
    reauthUnavailable: 'The sign-in service could not be reached. Try again in a while.',
    passwordMissing: 'Write your password',
    wrongPassword: 'The password is wrong. Write the same password you sign in to Samrutin with.',
    rateLimited: 'You have written a wrong password too many times. Wait a moment and try again.',
    alreadySigned: '{{name}} has already confirmed this version.',
    superseded: 'There is a newer version. Reload the page and confirm the latest version instead.',
    forbidden:
      'You cannot confirm for {{name}}. Only someone who represents the organisation, or a coordinator, can do that.',
    personalData:
      'Not saved: the text seems to contain a personal identity number. Remove the number and try again.',
    sendAnyway: 'It is not a personal identity number – confirm anyway',
    invalid: 'Check the details and try again.',
    failed: 'The confirmation could not be saved. Try again in a moment.',
    submit: 'Confirm version {{number}} for {{name}}',
  },
};
