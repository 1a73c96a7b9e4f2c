import type { CatalogueOf } from './catalogue';

/** The routine workspace’s pages: overview, step (autosave, conflicts), timeline, confirmation. */
export const overviewSv = {
  wayTitle: 'Så går arbetet till',
  wayIntro: 'Rutinen är ny. Det här är vägen framåt:',
  way: {
    answer: 'Svara på frågorna i steg 1–6.',
    assign: 'Bestäm vem som gör vad i varje steg och hur organisationen kontaktas.',
    blockers: 'Åtgärda de stoppande bristerna.',
    freeze: 'Frys en version som organisationerna kan fatta beslut om.',
    sign: 'Låt varje organisation bekräfta versionen.',
    publish: 'Publicera rutinen så att alla som behöver den hittar den.',
  },
  answerTitle: 'Svara på frågorna',
  answeredTotal_one: 'Ni har svarat på {{answered}} av {{count}} fråga.',
  answeredTotal_other: 'Ni har svarat på {{answered}} av {{count}} frågor.',
  stepName: 'Steg {{number}}. {{title}}',
  answered_one: '{{answered}} av {{count}} fråga besvarad',
  answered_other: '{{answered}} av {{count}} frågor besvarade',
  laterTitle: 'Planera, bekräfta och publicera',
  confirmationHint: 'Görs när en version är fryst.',
  publish: 'Publicera',
  publishHint: 'Görs när rutinen är antagen.',
};

export const stepSv = {
  heading: 'Steg {{number}}. {{title}}',
  tip: 'Tips!',
  questions: 'Frågor',
  questionPrefix: 'Fråga',
  autosaveNote: 'Dina svar sparas medan du skriver.',
  readOnlyNote:
    'Du kan läsa svaren men inte ändra dem, eftersom du har rollen Läsare. Be en samordnare om du behöver skriva.',
  mainRuleLabel: 'Huvudregel för den första kontakten',
  mainRuleHint:
    'Skriv en enkel och tydlig regel för hur ni vill agera. Undantag och nyanser kan ni beskriva i svaren nedan.',
  pagination: 'Föregående och nästa',
  previous: 'Föregående',
  next: 'Nästa',
};

export const autosaveSv = {
  unsaved: 'Ändringar som inte är sparade än',
  saving: 'Sparar …',
  saved: 'Sparat {{time}}',
  retry: 'Försök igen',
  notPersonalData: 'Det är inget personnummer – spara ändå',
  conflict: 'Inte sparat: någon annan har ändrat svaret.',
  showConflict: 'Välj vilken text som ska gälla',
  failure: {
    network: 'Kunde inte spara – försök igen.',
    failed: 'Kunde inte spara – försök igen.',
    tooLong: 'Texten är för lång och sparas inte. Korta den så sparas den igen.',
    forbidden: 'Du har inte behörighet att ändra här. Be en samordnare om hjälp.',
    notFound: 'Det går inte att spara: frågan eller rutinen finns inte längre.',
    signedOut: 'Du är utloggad. Kopiera din text, logga in igen och klistra in den.',
    personalData:
      'Inte sparat: texten ser ut att innehålla ett personnummer. Rutinen får inte innehålla uppgifter om enskilda personer. Ta bort numret så sparas texten.',
  },
  charsLeft_one: 'Du har {{formatted}} tecken kvar av {{max}}',
  charsLeft_other: 'Du har {{formatted}} tecken kvar av {{max}}',
  charsOver_one: 'Du har {{formatted}} tecken för mycket (högst {{max}})',
  charsOver_other: 'Du har {{formatted}} tecken för mycket (högst {{max}})',
};

export const conflictSv = {
  title: 'Någon annan har sparat ett nytt svar',
  intro:
    'Medan du skrev sparade någon annan en ny text till den här frågan. Välj vilken text som ska gälla, eller slå ihop dem.',
  mine: 'Din text',
  theirs: 'Sparad av någon annan',
  empty: 'Ingen text',
  keepMine: 'Behåll min text',
  takeTheirs: 'Använd den sparade texten',
  merge: 'Slå ihop texterna',
  mergedLabel: 'Sammanslagen text',
  mergedHint: 'Båda texterna finns här. Ändra så att det blir en text och spara den.',
  saveMerged: 'Spara den sammanslagna texten',
  back: 'Tillbaka till valen',
  decideLater: 'Bestäm senare (svaret sparas inte förrän du har valt)',
  /** A form of several fields (settings, visibility): compared and chosen field by field. */
  record: {
    title: 'Någon annan har sparat ändringar här',
    intro:
      'Medan du ändrade sparade någon annan nya uppgifter. Jämför uppgift för uppgift och välj vad som ska gälla.',
    mine: 'Din ändring',
    theirs: 'Sparat av någon annan',
    keepMine: 'Behåll mina',
    takeTheirs: 'Ta deras',
    merge: 'Välj för varje uppgift',
    pickMine: 'Din: {{value}}',
    pickTheirs: 'Sparad: {{value}}',
    saveChosen: 'Spara det du valt',
    decideLater: 'Bestäm senare (ändringarna sparas inte förrän du har valt)',
  },
};

export const timelineSv = {
  phasesTitle: 'Faserna',
  milestonesLater:
    'Snart kan ni lägga in datum för varje fas här och markera var ni befinner er just nu.',
};

export const confirmationSv = {
  caption: 'Bekräftelser',
  empty:
    'Bekräftelsen görs när en version av rutinen är fryst. Då skriver en representant för varje organisation under här, när organisationen har fattat sitt beslut.',
};

export const overviewEn: CatalogueOf<typeof overviewSv> = {
  wayTitle: 'How the work goes',
  wayIntro: 'The routine is new. This is the way ahead:',
  way: {
    answer: 'Answer the questions in steps 1–6.',
    assign: 'Decide who does what in each step and how each organisation is contacted.',
    blockers: 'Fix what blocks the routine.',
    freeze: 'Freeze a version the organisations can decide on.',
    sign: 'Let each organisation confirm the version.',
    publish: 'Publish the routine so that everyone who needs it can find it.',
  },
  answerTitle: 'Answer the questions',
  answeredTotal_one: 'You have answered {{answered}} of {{count}} question.',
  answeredTotal_other: 'You have answered {{answered}} of {{count}} questions.',
  stepName: 'Step {{number}}. {{title}}',
  answered_one: '{{answered}} of {{count}} question answered',
  answered_other: '{{answered}} of {{count}} questions answered',
  laterTitle: 'Plan, confirm and publish',
  confirmationHint: 'Done once a version is frozen.',
  publish: 'Publish',
  publishHint: 'Done once the routine is adopted.',
};

export const stepEn: CatalogueOf<typeof stepSv> = {
  heading: 'Step {{number}}. {{title}}',
  tip: 'Tip!',
  questions: 'Questions',
  questionPrefix: 'Question',
  autosaveNote: 'Your answers are saved as you type.',
  readOnlyNote:
    'You can read the answers but not change them, because your role is Reader. Ask a coordinator if you need to write.',
  mainRuleLabel: 'Main rule for the first contact',
  mainRuleHint:
    'Write one simple, clear rule for how you want to act. You can describe exceptions and nuances in the answers below.',
  pagination: 'Previous and next',
  previous: 'Previous',
  next: 'Next',
};

export const autosaveEn: CatalogueOf<typeof autosaveSv> = {
  unsaved: 'Changes not saved yet',
  saving: 'Saving …',
  saved: 'Saved {{time}}',
  retry: 'Try again',
  notPersonalData: 'It is not a personal identity number – save anyway',
  conflict: 'Not saved: someone else changed this answer.',
  showConflict: 'Choose which text to keep',
  failure: {
    network: 'Could not save – try again.',
    failed: 'Could not save – try again.',
    tooLong: 'The text is too long and is not saved. Shorten it and it will be saved again.',
    forbidden: 'You are not allowed to change this. Ask a coordinator for help.',
    notFound: 'This cannot be saved: the question or routine no longer exists.',
    signedOut: 'You are signed out. Copy your text, sign in again and paste it.',
    personalData:
      'Not saved: the text seems to contain a personal identity number. The routine must not hold details about individual people. Remove the number and the text will be saved.',
  },
  charsLeft_one: 'You have {{formatted}} character left of {{max}}',
  charsLeft_other: 'You have {{formatted}} characters left of {{max}}',
  charsOver_one: 'You have {{formatted}} character too many (at most {{max}})',
  charsOver_other: 'You have {{formatted}} characters too many (at most {{max}})',
};

export const conflictEn: CatalogueOf<typeof conflictSv> = {
  title: 'Someone else saved a new answer',
  intro:
    'While you were writing, someone else saved a new text for this question. Choose which text to keep, or merge them.',
  mine: 'Your text',
  theirs: 'Saved by someone else',
  empty: 'No text',
  keepMine: 'Keep my text',
  takeTheirs: 'Use the saved text',
  merge: 'Merge the texts',
  mergedLabel: 'Merged text',
  mergedHint: 'Both texts are here. Edit them into one text and save it.',
  saveMerged: 'Save the merged text',
  back: 'Back to the choices',
  decideLater: 'Decide later (the answer is not saved until you choose)',
  record: {
    title: 'Someone else saved changes here',
    intro:
      'While you were making changes, someone else saved new details. Compare them one by one and choose what should apply.',
    mine: 'Your change',
    theirs: 'Saved by someone else',
    keepMine: 'Keep mine',
    takeTheirs: 'Take theirs',
    merge: 'Choose for each detail',
    pickMine: 'Yours: {{value}}',
    pickTheirs: 'Saved: {{value}}',
    saveChosen: 'Save what you chose',
    decideLater: 'Decide later (the changes are not saved until you choose)',
  },
};

export const timelineEn: CatalogueOf<typeof timelineSv> = {
  phasesTitle: 'The phases',
  milestonesLater: 'Soon you can add dates for each phase here and mark where you are right now.',
};

export const confirmationEn: CatalogueOf<typeof confirmationSv> = {
  caption: 'Confirmations',
  empty:
    'The confirmation is made once a version of the routine is frozen. Then a representative of each organisation signs here, once the organisation has made its decision.',
};
