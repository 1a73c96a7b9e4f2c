import type { CatalogueOf } from './catalogue';
import { importProblemEn, importProblemSv } from './import-problems';

/** Publicera: the published page, its visibility, the files, the QR code; and import (issue 7). */
export const publishSv = {
  intro:
    'Den antagna rutinen blir en webbsida som alla som behöver den kan öppna i mobilen, även utan att logga in. Här väljer du vem som får se sidan och laddar ner rutinen som filer.',
  state: {
    title: 'Läget just nu',
    adopted:
      'Version {{number}} är antagen sedan {{date}}. Det är den som visas på den publicerade sidan och i filerna.',
    newerInReview:
      'Version {{number}} väntar på bekräftelse. Tills alla organisationer har bekräftat den visas den antagna versionen.',
    notAdopted: 'Rutinen är inte antagen än, så det finns ingen publicerad sida.',
    noVersion:
      'Först fryser ni en version av rutinen. Sedan bekräftar varje organisation den. När alla har bekräftat är rutinen antagen och kan publiceras.',
    toVersions: 'Gå till Versioner',
    signing_one:
      'Version {{number}} är fryst. {{signed}} av {{count}} organisation har bekräftat den. När alla har bekräftat är rutinen antagen och kan publiceras.',
    signing_other:
      'Version {{number}} är fryst. {{signed}} av {{count}} organisationer har bekräftat den. När alla har bekräftat är rutinen antagen och kan publiceras.',
    toConfirmation: 'Gå till Bekräftelse',
    draftFiles: 'Filerna nedan visar utkastet och är märkta ”Utkast – inte antagen”.',
  },
  visibility: {
    title: 'Vem får se rutinen?',
    legend: 'Den publicerade sidan är',
    public: 'Öppen för alla',
    publicHint:
      'Alla som har länken eller QR-koden kan läsa den antagna rutinen, utan att logga in. Sidan kan också hittas med sökmotorer.',
    members: 'Bara för medlemmar',
    membersHint:
      'Bara inloggade medlemmar i samverkansgruppen kan läsa rutinen. Andra får veta att sidan inte finns.',
    save: 'Spara',
    saved: 'Sparat. Den publicerade sidan är nu {{choice}}.',
    savedPublic: 'öppen för alla',
    savedMembers: 'bara för medlemmar',
    current: 'Just nu: {{choice}}.',
    onlyCoordinators: 'Bara samordnare kan ändra vem som får se rutinen.',
    forbidden: 'Bara samordnare kan ändra vem som får se rutinen.',
    failed: 'Det gick inte att spara. Försök igen om en stund.',
    tookTheirs: 'Någon annans val gäller: den publicerade sidan är {{choice}}.',
  },
  address: {
    title: 'Rutinens adress',
    label: 'Adress till den publicerade sidan',
    hint: 'Dela adressen med alla som kan behöva rutinen, till exempel på intranätet.',
    copy: 'Kopiera adressen',
    copied: 'Kopierad',
    copyFailed: 'Det gick inte att kopiera. Markera adressen och kopiera den själv.',
    open: 'Öppna den publicerade sidan',
    openEnglish: 'Öppna sidan på engelska',
    preview: 'Förhandsgranska utkastet',
    previewHint:
      'Så ser sidan ut med ändringarna som ännu inte är antagna. Bara medlemmar kan se förhandsgranskningen.',
    notYet: 'Adressen fungerar när rutinen är antagen.',
    membersOnly: 'Just nu kan bara medlemmar öppna sidan.',
  },
  slug: {
    summary: 'Ändra adressen',
    intro:
      'Den gamla adressen fortsätter att leda till rutinen, så tryckta kontaktkort och QR-koder fungerar ändå.',
    label: 'Sista delen av adressen',
    hint: 'Adressen blir {{prefix}} följt av det du skriver. Små bokstäver a–z, siffror och bindestreck mellan orden.',
    save: 'Spara adressen',
    saved: 'Adressen är ändrad. Den gamla adressen (…/r/{{old}}) leder hit.',
    length: 'Skriv mellan 3 och 60 tecken',
    characters:
      'Använd bara små bokstäver a–z, siffror och enstaka bindestreck mellan orden (inte å, ä, ö eller mellanslag)',
    taken: 'Den adressen används redan, eller har använts, av en annan rutin. Välj en annan.',
    reserved: 'Den adressen är reserverad av Samrutin. Välj en annan.',
    failed: 'Adressen kunde inte sparas. Försök igen om en stund.',
  },
  qr: {
    title: 'QR-kod',
    alt: 'QR-kod med adressen {{url}}',
    caption:
      'Den som skannar koden med mobilen kommer direkt till rutinen. Koden finns också på kontaktkortet.',
  },
  downloads: {
    title: 'Ladda ner rutinen',
    intro: 'Varje fil visar versionens nummer, om den är antagen och datum.',
    ofVersion: 'Filerna gäller version {{number}}.',
    languageLegend: 'Filernas språk',
    sv: 'Svenska',
    en: 'Engelska',
    pdf: 'Ladda ner PDF',
    pdfHint:
      'Hela rutinen att skriva ut eller att spara i er organisations dokument- eller diariesystem.',
    docx: 'Ladda ner Word-fil',
    docxHint:
      'Hela rutinen som Word-dokument med rubriker och tabeller, om ni vill göra den till ett eget dokument.',
    md: 'Ladda ner Markdown',
    mdHint: 'Hela rutinen som text med rubriker, för en webbplats, ett intranät eller en wiki.',
    json: 'Ladda ner JSON',
    jsonHint:
      'Hela rutinen som datafil. En annan samverkansgrupp kan importera filen i Samrutin och utgå från er rutin.',
    card: 'Ladda ner kontaktkortet (PDF)',
    cardHint:
      'Kontaktkort att sätta upp i personalrummet: en A4-sida med vem man kontaktar för barn och för vuxna, 112, stödlinjen, huvudregeln och en QR-kod till rutinen.',
    diagram: 'Ladda ner flödesschemat (SVG)',
    diagramHint:
      'Bild av vem som gör vad: en rad per organisation, en kolumn per steg 2–5 och pilar för överlämningarna. Passar i presentationer.',
  },
  import: {
    title: 'Importera en rutin',
    intro:
      'Har ni fått en rutin som JSON-fil, från en annan samverkansgrupp eller ur Samrutin? Importera den som ett nytt utkast hos er. Organisationer med samma namn som era kopplas ihop, andra läggs till bland era aktörer.',
    fileLabel: 'Välj JSON-filen',
    fileHint:
      'Filen som Samrutin ger när man laddar ner rutinen som JSON, till exempel rutin-v1.json.',
    submit: 'Importera rutinen',
    importing: 'Importerar …',
    noFile: 'Välj en JSON-fil att importera',
    notJson:
      'Filen går inte att läsa som JSON. Välj filen som Samrutin gav när rutinen laddades ner som JSON.',
    unreadable: 'Det gick inte att läsa filen. Välj den igen.',
    tooLarge: 'Filen är för stor. Den får vara högst 5 MB.',
    problemsTitle: 'Rutinen kunde inte importeras',
    problemsText_one:
      'Filen har {{count}} problem. Inget har importerats. Rätta filen eller be den som skickade den om en ny.',
    problemsText_other:
      'Filen har {{count}} problem. Inget har importerats. Rätta filen eller be den som skickade den om en ny.',
    where: 'Var i filen',
    personalData:
      'Inte importerat: texten i filen ser ut att innehålla personnummer. Rutinen får inte innehålla uppgifter om enskilda personer. Ta bort numren ur filen, eller importera ändå om det inte är personnummer.',
    importAnyway: 'Det är inga personnummer – importera ändå',
    forbidden: 'Bara samordnare kan importera en rutin.',
    failed: 'Det gick inte att importera rutinen. Försök igen om en stund.',
  },
  ...importProblemSv,
} as const;

export const publishEn: CatalogueOf<typeof publishSv> = {
  intro:
    'The adopted routine becomes a web page that everyone who needs it can open on a phone, even without signing in. Here you choose who may see the page and download the routine as files.',
  state: {
    title: 'Where things stand',
    adopted:
      'Version {{number}} has been adopted since {{date}}. It is the one shown on the published page and in the files.',
    newerInReview:
      'Version {{number}} is waiting for confirmation. Until every organisation has confirmed it, the adopted version is shown.',
    notAdopted: 'The routine has not been adopted yet, so there is no published page.',
    noVersion:
      'First freeze a version of the routine. Then each organisation confirms it. Once all have confirmed, the routine is adopted and can be published.',
    toVersions: 'Go to Versions',
    signing_one:
      'Version {{number}} is frozen. {{signed}} of {{count}} organisation has confirmed it. Once all have confirmed, the routine is adopted and can be published.',
    signing_other:
      'Version {{number}} is frozen. {{signed}} of {{count}} organisations have confirmed it. Once all have confirmed, the routine is adopted and can be published.',
    toConfirmation: 'Go to Confirmation',
    draftFiles: 'The files below show the draft and are marked “Draft – not adopted”.',
  },
  visibility: {
    title: 'Who may see the routine?',
    legend: 'The published page is',
    public: 'Open to everyone',
    publicHint:
      'Anyone with the link or the QR code can read the adopted routine without signing in. Search engines can find the page too.',
    members: 'Members only',
    membersHint:
      'Only signed-in members of the collaboration can read the routine. Others are told that the page does not exist.',
    save: 'Save',
    saved: 'Saved. The published page is now {{choice}}.',
    savedPublic: 'open to everyone',
    savedMembers: 'for members only',
    current: 'Now: {{choice}}.',
    onlyCoordinators: 'Only coordinators can change who may see the routine.',
    forbidden: 'Only coordinators can change who may see the routine.',
    failed: 'It could not be saved. Please try again in a while.',
    tookTheirs: 'Someone else’s choice applies: the published page is {{choice}}.',
  },
  address: {
    title: 'The routine’s address',
    label: 'Address of the published page',
    hint: 'Share the address with everyone who may need the routine, for example on the intranet.',
    copy: 'Copy the address',
    copied: 'Copied',
    copyFailed: 'It could not be copied. Select the address and copy it yourself.',
    open: 'Open the published page',
    openEnglish: 'Open the page in English',
    preview: 'Preview the draft',
    previewHint:
      'How the page looks with the changes that are not adopted yet. Only members can see the preview.',
    notYet: 'The address works once the routine has been adopted.',
    membersOnly: 'For now, only members can open the page.',
  },
  slug: {
    summary: 'Change the address',
    intro:
      'The old address keeps leading to the routine, so printed cards and QR codes still work.',
    label: 'Last part of the address',
    hint: 'The address becomes {{prefix}} followed by what you write. Lower-case letters a–z, digits and dashes between words.',
    save: 'Save the address',
    saved: 'The address is changed. The old address (…/r/{{old}}) leads here.',
    length: 'Write between 3 and 60 characters',
    characters:
      'Use only lower-case letters a–z, digits and single dashes between words (no å, ä, ö or spaces)',
    taken: 'Another routine uses or has used that address. Choose another.',
    reserved: 'That address is reserved by Samrutin. Choose another.',
    failed: 'The address could not be saved. Try again in a while.',
  },
  qr: {
    title: 'QR code',
    alt: 'QR code with the address {{url}}',
    caption:
      'Scanning the code with a phone opens the routine directly. The code is on the first-response card too.',
  },
  downloads: {
    title: 'Download the routine',
    intro: 'Every file shows the version number, whether it is adopted, and the date.',
    ofVersion: 'The files are of version {{number}}.',
    languageLegend: 'Language of the files',
    sv: 'Swedish',
    en: 'English',
    pdf: 'Download PDF',
    pdfHint:
      'The whole routine to print or to file in your organisation’s document or records system.',
    docx: 'Download Word file',
    docxHint:
      'The whole routine as a Word document with headings and tables, if you want to make it a document of your own.',
    md: 'Download Markdown',
    mdHint: 'The whole routine as text with headings, for a website, an intranet or a wiki.',
    json: 'Download JSON',
    jsonHint:
      'The whole routine as a data file. Another collaboration can import the file into Samrutin and start from your routine.',
    card: 'Download the first-response card (PDF)',
    cardHint:
      'A card to put up in the staff room: one A4 page with whom to contact for children and for adults, 112, the support line, the main rule and a QR code to the routine.',
    diagram: 'Download the flow chart (SVG)',
    diagramHint:
      'A picture of who does what: a row per organisation, a column per step 2–5 and arrows for the handoffs. Fits in presentations.',
  },
  import: {
    title: 'Import a routine',
    intro:
      'Have you received a routine as a JSON file, from another collaboration or from Samrutin? Import it as a new draft of yours. Organisations with the same name as yours are linked to them, others are added to your actors.',
    fileLabel: 'Choose the JSON file',
    fileHint:
      'The file Samrutin gives when the routine is downloaded as JSON, for example routine-v1.json.',
    submit: 'Import the routine',
    importing: 'Importing …',
    noFile: 'Choose a JSON file to import',
    notJson:
      'The file cannot be read as JSON. Choose the file Samrutin gave when the routine was downloaded as JSON.',
    unreadable: 'The file could not be read. Choose it again.',
    tooLarge: 'The file is too large. It may be at most 5 MB.',
    problemsTitle: 'The routine could not be imported',
    problemsText_one:
      'The file has {{count}} problem. Nothing has been imported. Correct the file or ask whoever sent it for a new one.',
    problemsText_other:
      'The file has {{count}} problems. Nothing has been imported. Correct the file or ask whoever sent it for a new one.',
    where: 'Where in the file',
    personalData:
      'Not imported: the text in the file seems to contain personal identity numbers. The routine must not contain details of individuals. Remove the numbers from the file, or import anyway if they are not personal identity numbers.',
    importAnyway: 'They are not personal identity numbers – import anyway',
    forbidden: 'Only coordinators can import a routine.',
    failed: 'The routine could not be imported. Please try again in a while.',
  },
  ...importProblemEn,
};
