import { VOCABULARY } from '../../domain/vocabulary-labels';
import { accountEn } from './account';
import { actorsEn } from './actors';
import { adminEn } from './admin';
import { auditEn } from './audit';
import type { CatalogueOf } from './catalogue';
import { commentsEn } from './comments';
import { evaluationEn } from './evaluation';
import { feedbackEn, remindersEn } from './feedback';
import { firstHourEn } from './first-hour';
import { knowledgeEn } from './knowledge';
import { limitsEn } from './limits';
import { liveEn } from './live';
import { membersEn } from './members';
import { publishEn } from './publish';
import { qualityEn } from './quality';
import { regionsEn } from './regions';
import { reviewEn } from './review';
import { ssoSignInEn } from './sso';
import type { sv } from './sv';
import { versionsEn } from './versions';
import { whoDoesWhatEn } from './who-does-what';
import { workshopRecordsEn } from './workshop-records';
import { workshopsEn } from './workshops';

/** English: a full translation with exactly the Swedish keys (a missing or extra key fails tsc). */
export const en: CatalogueOf<typeof sv> = {
  firstHour: firstHourEn,
  layout: {
    skipToContent: 'Skip to content',
    breadcrumbs: 'You are here',
  },
  header: {
    switchLanguage: 'Svenska',
    signOut: 'Sign out',
    signedInAs: 'Signed in as',
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
  landing: {
    documentTitle: 'A joint routine against human trafficking and prostitution',
    title: 'Make a joint routine for individual cases',
    lead: 'Samrutin helps your collaboration draw up, adopt and use a joint local routine for individual cases of human trafficking and prostitution.',
    how: 'You work through the template step by step. In each step you decide which actor does what and how that organisation is to be contacted.',
    canTitle: 'With Samrutin you can',
    can1: 'work through the template together, from the goal to the follow-up',
    can2: 'see what is done and what is left',
    can3: 'adopt the routine and make it easy to find for everyone who needs it',
    createAccount: 'Create an account',
    signIn: 'Sign in',
    noCasesTitle: 'The routine, not the cases',
    noCases:
      'Samrutin holds your joint routine. Never enter details about victims or other individual people.',
  },
  auth: {
    email: 'Email address',
    password: 'Password',
    emailMissing: 'Enter your email address',
    emailInvalid: 'Enter the email address in the right format, like name@council.gov',
    passwordMissing: 'Enter your password',
    rateLimited: 'You have tried too many times. Wait a while and then try again.',
    rateLimitedMinutes_one:
      'You have tried too many times. Wait {{count}} minute and then try again.',
    rateLimitedMinutes_other:
      'You have tried too many times. Wait {{count}} minutes and then try again.',
    failed: 'That did not work just now. Try again in a moment.',
  },
  signIn: {
    title: 'Sign in',
    submit: 'Sign in',
    invalidCredentials: 'The email address or password is not right. Check them and try again.',
    noAccount: 'No account yet?',
    createAccount: 'Create an account',
    sso: ssoSignInEn,
  },
  signUp: {
    title: 'Create an account',
    intro: 'With an account you can create a collaboration or work in one you are invited to.',
    name: 'Name',
    nameHint: 'Your first and last name. The others in your collaboration will see it.',
    nameMissing: 'Enter your name',
    nameInvalid: 'Check your name. It can be at most 200 characters.',
    emailHint: 'Preferably your work email address.',
    emailTaken:
      'There is already an account with this email address. Sign in instead, or use another email address.',
    ssoRequired:
      'Addresses at this domain sign in with {{provider}}. You need no account here: choose Sign in and type your address.',
    passwordHint:
      'At least {{min}} characters. Several words in a row are easy to remember and hard to guess.',
    passwordMissing: 'Choose a password',
    passwordTooShort: 'The password must have at least {{min}} characters',
    submit: 'Create account',
    haveAccount: 'Already have an account?',
    signIn: 'Sign in',
  },
  home: {
    title: 'My collaborations',
    emptyLead: 'You are not in a collaboration yet.',
    emptyText:
      'Create a collaboration for your municipality or region below. If one already exists, a coordinator can invite you.',
    noRoutines: 'No routines yet.',
    routinesOf: 'Routines of {{name}}',
  },
  collaboration: {
    caption: 'Collaboration',
    area: 'Area',
    yourRole: 'Your role',
    sectionsNav: 'Parts of the collaboration',
    nav: {
      routines: 'Routines',
      settings: 'Settings',
    },
  },
  createCollaboration: {
    title: 'Create a collaboration',
    intro:
      'A collaboration is the organisations that draw up the routine together. You become its coordinator and can invite the others.',
    name: 'Name of the collaboration',
    nameHint: 'For example Collaboration against human trafficking in Sample Municipality',
    nameMissing: 'Enter the name of the collaboration',
    nameInvalid: 'Check the name. It can be at most 200 characters.',
    areaLabel: 'Area (optional)',
    areaHint: 'The municipalities or region the collaboration covers',
    areaInvalid: 'Check the area. It can be at most 200 characters.',
    submit: 'Create collaboration',
    failed: 'The collaboration could not be created. Try again in a moment.',
  },
  routines: {
    empty:
      'You have no routine yet. Create the first one below – it builds on the template for individual cases.',
    updated: 'Last changed {{date}}',
    createTitle: 'Create a routine',
    createIntro: 'The routine gets the questions of the template. You can rename it later.',
    titleLabel: 'Name of the routine',
    titleHint: 'For example Routine for individual cases of human trafficking and prostitution',
    titleMissing: 'Enter the name of the routine',
    titleInvalid: 'Check the name. It can be at most 200 characters.',
    create: 'Create routine',
    createFailed: 'The routine could not be created. Try again in a moment.',
  },
  settings: {
    save: 'Save changes',
    saved: 'Your changes are saved.',
    failed: 'Your changes could not be saved. Try again in a moment.',
    forbidden: 'Only coordinators can change the settings.',
    tookTheirs: 'The form now shows what someone else saved.',
    conflictAbout: 'The collaboration’s name and area',
    onlyCoordinators:
      'Only coordinators can change the name and area of the collaboration. Contact a coordinator if something needs changing.',
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
  },
  overview: {
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
  },
  step: {
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
  },
  autosave: {
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
  },
  conflict: {
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
  },
  timeline: {
    phasesTitle: 'The phases',
    milestonesLater: 'Soon you can add dates for each phase here and mark where you are right now.',
  },
  confirmation: {
    caption: 'Confirmations',
    empty:
      'The confirmation is made once a version of the routine is frozen. Then a representative of each organisation signs here, once the organisation has made its decision.',
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
  members: membersEn,
  account: accountEn,
  admin: adminEn,
  audit: auditEn,
  live: liveEn,
  comments: commentsEn,
  review: reviewEn,
  versions: versionsEn,
  whoDoesWhat: whoDoesWhatEn,
  actors: actorsEn,
  knowledge: knowledgeEn,
  quality: qualityEn,
  limits: limitsEn,
  publish: publishEn,
  feedback: feedbackEn,
  evaluation: evaluationEn,
  regions: regionsEn,
  reminders: remindersEn,
  workshopRecords: workshopRecordsEn,
  workshops: workshopsEn,
};
