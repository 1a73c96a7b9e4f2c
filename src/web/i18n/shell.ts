import { VOCABULARY } from '../../domain/vocabulary-labels';
import { verifyEmailEn, verifyEmailSv } from './account';
import type { CatalogueOf } from './catalogue';
import { unsavedEn, unsavedSv } from './first-hour';

/**
 * The strings of the first load: the app shell (header, footer, errors, the e-mail banner, the
 * unsaved-changes dialog) and the small shared ones. Each feature's strings load with its code
 * (i18n/areas/, docs/ARCHITECTURE.md "Strings"); sv.ts and en.ts put everything together.
 */
export const shellSv = {
  layout: {
    skipToContent: 'Hoppa till innehållet',
    breadcrumbs: 'Du är här',
  },
  header: {
    switchLanguage: 'English',
    signOut: 'Logga ut',
    signedInAs: 'Inloggad som',
    account: 'Mitt konto',
    admin: 'Administration',
    reminders: 'Påminnelser',
    remindersUnread: 'Påminnelser ({{count}} nya)',
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
  collaboration: {
    caption: 'Samverkansgrupp',
    area: 'Område',
    yourRole: 'Din roll',
    sectionsNav: 'Samverkansgruppens delar',
    nav: {
      routines: 'Rutiner',
      settings: 'Inställningar',
      actors: 'Aktörer',
      members: 'Medlemmar',
      knowledge: 'Kunskapsbank',
      audit: 'Händelselogg',
    },
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
    evaluation: 'Utvärdering',
    matrix: 'Vem gör vad',
    quality: 'Kvalitetskontroll',
    versions: 'Versioner',
    workshops: 'Workshoppar',
    publish: 'Publicera',
    feedback: 'Återkoppling',
    publishedLink: 'Den publicerade rutinen',
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
  verifyEmail: verifyEmailSv,
  unsaved: unsavedSv,
} as const;

export const shellEn: CatalogueOf<typeof shellSv> = {
  layout: {
    skipToContent: 'Skip to content',
    breadcrumbs: 'You are here',
  },
  header: {
    switchLanguage: 'Svenska',
    signOut: 'Sign out',
    signedInAs: 'Signed in as',
    account: 'My account',
    admin: 'Administration',
    reminders: 'Reminders',
    remindersUnread: 'Reminders ({{count}} new)',
  },
  footer: {
    about:
      'Samrutin – a joint local routine for individual cases of human trafficking and prostitution.',
    noPersonalData:
      'Samrutin holds your routine, not cases. Never enter details about individual people.',
  },
  common: {
    loading: 'Loading …',
    tryAgain: 'Try again',
  },
  errors: {
    network: 'Samrutin could not be reached. Check your internet connection and try again.',
    loadFailed: 'The page could not be loaded. Try again in a moment.',
  },
  form: {
    errorSummaryTitle: 'There is a problem',
    errorPrefix: 'Error:',
    errorTitlePrefix: 'Error',
    tooLong: 'The text is too long. It can be at most {{max}} characters.',
  },
  routineStatus: VOCABULARY.en.routineStatus,
  taskStatus: {
    notStarted: 'Not started',
    inProgress: 'In progress',
    done: 'Done',
    cannotStart: 'Cannot start yet',
  },
  roles: {
    coordinator: 'Coordinator',
    editor: 'Editor',
    reader: 'Reader',
  },
  collaboration: {
    caption: 'Collaboration',
    area: 'Area',
    yourRole: 'Your role',
    sectionsNav: 'Parts of the collaboration',
    nav: {
      routines: 'Routines',
      settings: 'Settings',
      actors: 'Actors',
      members: 'Members',
      knowledge: 'Knowledge bank',
      audit: 'Audit log',
    },
  },
  workspace: {
    routine: 'Routine',
    status: 'Status',
    navLabel: 'Parts of the routine',
    showParts: 'Show the parts of the routine',
    hideParts: 'Hide the parts of the routine',
    overview: 'Overview',
    timeline: 'Timeline',
    confirmation: 'Confirmation',
    progress_one: '{{answered}} of {{count}} question answered',
    progress_other: '{{answered}} of {{count}} questions answered',
    evaluation: 'Evaluation',
    matrix: 'Who does what',
    quality: 'Quality check',
    versions: 'Versions',
    workshops: 'Workshops',
    publish: 'Publish',
    feedback: 'Feedback',
    publishedLink: 'The published routine',
  },
  notFound: {
    title: 'Page not found',
    text: 'The page you are looking for does not exist, or you do not have access to it.',
    whatToDo: 'Check the address. If you came here through a link, it may be out of date.',
    home: 'Go to the start page',
  },
  errorPage: {
    title: 'Something went wrong',
    text: 'The page could not be shown. The fault is ours, not yours.',
    whatToDo: 'Reload the page. If that does not help, try again in a moment.',
    reload: 'Reload the page',
  },
  verifyEmail: verifyEmailEn,
  unsaved: unsavedEn,
};
