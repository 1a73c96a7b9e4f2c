import { VOCABULARY } from '../../domain/vocabulary-labels';
import { accountSv } from './account';
import { actorsSv } from './actors';
import { adminSv } from './admin';
import { auditSv } from './audit';
import { commentsSv } from './comments';
import { evaluationSv } from './evaluation';
import { feedbackSv, remindersSv } from './feedback';
import { firstHourSv } from './first-hour';
import { knowledgeSv } from './knowledge';
import { limitsSv } from './limits';
import { liveSv } from './live';
import { membersSv } from './members';
import { publishSv } from './publish';
import { qualitySv } from './quality';
import { regionsSv } from './regions';
import { reviewSv } from './review';
import { ssoSignInSv } from './sso';
import { versionsSv } from './versions';
import { whoDoesWhatSv } from './who-does-what';
import { workshopRecordsSv } from './workshop-records';
import { workshopsSv } from './workshops';

/**
 * Swedish, the default language. Every user-visible string of the client lives here; en.ts must
 * have exactly these keys (checked by the compiler). Plurals use i18next's _one / _other.
 */
export const sv = {
  firstHour: firstHourSv,
  layout: {
    skipToContent: 'Hoppa till innehållet',
    breadcrumbs: 'Du är här',
  },
  header: {
    switchLanguage: 'English',
    signOut: 'Logga ut',
    signedInAs: 'Inloggad som',
  },
  footer: {
    about:
      'Samrutin – en gemensam lokal rutin för enskilda ärenden som berör människohandel och prostitution.',
    noPersonalData:
      'Samrutin innehåller er rutin, inte ärenden. Skriv aldrig in uppgifter om enskilda personer.',
  },
  common: {
    loading: 'Hämtar …',
    tryAgain: 'Försök igen',
  },
  errors: {
    network: 'Det gick inte att nå Samrutin. Kontrollera din internetanslutning och försök igen.',
    loadFailed: 'Det gick inte att hämta sidan. Försök igen om en stund.',
  },
  form: {
    errorSummaryTitle: 'Det finns ett problem',
    errorPrefix: 'Fel:',
    errorTitlePrefix: 'Fel',
    tooLong: 'Texten är för lång. Den får vara högst {{max}} tecken.',
  },
  routineStatus: VOCABULARY.sv.routineStatus,
  taskStatus: {
    notStarted: 'Ej påbörjad',
    inProgress: 'Påbörjad',
    done: 'Klar',
    cannotStart: 'Kan inte påbörjas än',
  },
  roles: {
    coordinator: 'Samordnare',
    editor: 'Redaktör',
    reader: 'Läsare',
  },
  landing: {
    documentTitle: 'Gemensam rutin mot människohandel och prostitution',
    title: 'Gör en gemensam rutin för enskilda ärenden',
    lead: 'Samrutin hjälper er samverkan att ta fram, anta och använda en gemensam lokal rutin för enskilda ärenden som berör människohandel och prostitution.',
    how: 'Ni arbetar i mallen steg för steg. I varje steg bestämmer ni vilken aktör som gör vad och hur den organisationen ska kontaktas.',
    canTitle: 'Med Samrutin kan ni',
    can1: 'arbeta i mallen tillsammans, från målet till uppföljningen',
    can2: 'se vad som är klart och vad som återstår',
    can3: 'anta rutinen och göra den lätt att hitta för alla som behöver den',
    createAccount: 'Skapa konto',
    signIn: 'Logga in',
    noCasesTitle: 'Rutinen, inte ärendena',
    noCases:
      'Samrutin innehåller er gemensamma rutin. Skriv aldrig in uppgifter om brottsoffer eller andra enskilda personer.',
  },
  auth: {
    email: 'E-postadress',
    password: 'Lösenord',
    emailMissing: 'Skriv din e-postadress',
    emailInvalid: 'Skriv e-postadressen i rätt format, till exempel namn@kommun.se',
    passwordMissing: 'Skriv ditt lösenord',
    rateLimited: 'Du har försökt för många gånger. Vänta en stund och försök sedan igen.',
    rateLimitedMinutes_one:
      'Du har försökt för många gånger. Vänta {{count}} minut och försök sedan igen.',
    rateLimitedMinutes_other:
      'Du har försökt för många gånger. Vänta {{count}} minuter och försök sedan igen.',
    failed: 'Det gick inte just nu. Försök igen om en stund.',
  },
  signIn: {
    title: 'Logga in',
    submit: 'Logga in',
    invalidCredentials:
      'E-postadressen eller lösenordet stämmer inte. Kontrollera dem och försök igen.',
    noAccount: 'Har du inget konto?',
    createAccount: 'Skapa ett konto',
    sso: ssoSignInSv,
  },
  signUp: {
    title: 'Skapa konto',
    intro:
      'Med ett konto kan du skapa en samverkansgrupp eller arbeta i en som du är inbjuden till.',
    name: 'Namn',
    nameHint: 'Ditt för- och efternamn. Det syns för de andra i din samverkansgrupp.',
    nameMissing: 'Skriv ditt namn',
    nameInvalid: 'Kontrollera ditt namn. Det får vara högst 200 tecken.',
    emailHint: 'Använd gärna din e-postadress på jobbet.',
    emailTaken:
      'Det finns redan ett konto med den här e-postadressen. Logga in i stället, eller använd en annan e-postadress.',
    ssoRequired:
      'Adresser i den här domänen loggar in med {{provider}}. Du behöver inget konto här: välj Logga in och skriv din adress.',
    passwordHint:
      'Minst {{min}} tecken. Flera ord i följd är lätta att minnas och svåra att gissa.',
    passwordMissing: 'Välj ett lösenord',
    passwordTooShort: 'Lösenordet måste ha minst {{min}} tecken',
    submit: 'Skapa konto',
    haveAccount: 'Har du redan ett konto?',
    signIn: 'Logga in',
  },
  home: {
    title: 'Mina samverkansgrupper',
    emptyLead: 'Du är inte med i någon samverkansgrupp än.',
    emptyText:
      'Skapa en samverkansgrupp för er kommun eller region nedan. Om en samverkansgrupp redan finns kan en samordnare bjuda in dig.',
    noRoutines: 'Inga rutiner än.',
    routinesOf: 'Rutiner i {{name}}',
  },
  collaboration: {
    caption: 'Samverkansgrupp',
    area: 'Område',
    yourRole: 'Din roll',
    sectionsNav: 'Samverkansgruppens delar',
    nav: {
      routines: 'Rutiner',
      settings: 'Inställningar',
    },
  },
  createCollaboration: {
    title: 'Skapa en samverkansgrupp',
    intro:
      'En samverkansgrupp är de organisationer som tar fram rutinen tillsammans. Du blir samordnare och kan bjuda in de andra.',
    name: 'Samverkansgruppens namn',
    nameHint: 'Till exempel Samverkan mot människohandel i Exempelkommun',
    nameMissing: 'Skriv samverkansgruppens namn',
    nameInvalid: 'Kontrollera namnet. Det får vara högst 200 tecken.',
    areaLabel: 'Område (frivilligt)',
    areaHint: 'Kommunerna eller regionen som samverkan gäller',
    areaInvalid: 'Kontrollera området. Det får vara högst 200 tecken.',
    submit: 'Skapa samverkansgrupp',
    failed: 'Det gick inte att skapa samverkansgruppen. Försök igen om en stund.',
  },
  routines: {
    empty:
      'Ni har ingen rutin än. Skapa den första nedan – den bygger på mallen för enskilda ärenden.',
    updated: 'Senast ändrad {{date}}',
    createTitle: 'Skapa en rutin',
    createIntro: 'Rutinen får frågorna ur mallen. Ni kan byta namn på den senare.',
    titleLabel: 'Rutinens namn',
    titleHint: 'Till exempel Rutin för enskilda ärenden som berör människohandel och prostitution',
    titleMissing: 'Skriv rutinens namn',
    titleInvalid: 'Kontrollera namnet. Det får vara högst 200 tecken.',
    create: 'Skapa rutin',
    createFailed: 'Det gick inte att skapa rutinen. Försök igen om en stund.',
  },
  settings: {
    save: 'Spara ändringar',
    saved: 'Ändringarna är sparade.',
    failed: 'Det gick inte att spara ändringarna. Försök igen om en stund.',
    forbidden: 'Bara samordnare kan ändra inställningarna.',
    tookTheirs: 'Formuläret visar nu det som någon annan sparade.',
    conflictAbout: 'Samverkansgruppens namn och område',
    onlyCoordinators:
      'Bara samordnare kan ändra samverkansgruppens namn och område. Kontakta en samordnare om något behöver ändras.',
  },
  workspace: {
    routine: 'Rutin',
    status: 'Status',
    navLabel: 'Rutinens delar',
    showParts: 'Visa rutinens delar',
    hideParts: 'Dölj rutinens delar',
    overview: 'Översikt',
    timeline: 'Tidslinje',
    confirmation: 'Bekräftelse',
    progress_one: '{{answered}} av {{count}} fråga besvarad',
    progress_other: '{{answered}} av {{count}} frågor besvarade',
  },
  overview: {
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
  },
  step: {
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
  },
  autosave: {
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
  },
  conflict: {
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
  },
  timeline: {
    phasesTitle: 'Faserna',
    milestonesLater:
      'Snart kan ni lägga in datum för varje fas här och markera var ni befinner er just nu.',
  },
  confirmation: {
    caption: 'Bekräftelser',
    empty:
      'Bekräftelsen görs när en version av rutinen är fryst. Då skriver en representant för varje organisation under här, när organisationen har fattat sitt beslut.',
  },
  notFound: {
    title: 'Sidan finns inte',
    text: 'Sidan du försöker nå finns inte, eller så har du inte tillgång till den.',
    whatToDo: 'Kontrollera adressen. Om du kom hit via en länk kan den vara gammal.',
    home: 'Gå till startsidan',
  },
  errorPage: {
    title: 'Något gick fel',
    text: 'Sidan kunde inte visas. Felet ligger hos oss, inte hos dig.',
    whatToDo: 'Ladda om sidan. Om det inte hjälper, försök igen om en stund.',
    reload: 'Ladda om sidan',
  },
  members: membersSv,
  account: accountSv,
  admin: adminSv,
  audit: auditSv,
  live: liveSv,
  comments: commentsSv,
  review: reviewSv,
  versions: versionsSv,
  whoDoesWhat: whoDoesWhatSv,
  actors: actorsSv,
  knowledge: knowledgeSv,
  quality: qualitySv,
  limits: limitsSv,
  publish: publishSv,
  feedback: feedbackSv,
  evaluation: evaluationSv,
  regions: regionsSv,
  reminders: remindersSv,
  workshopRecords: workshopRecordsSv,
  workshops: workshopsSv,
} as const;
