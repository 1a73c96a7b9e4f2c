import type { CatalogueOf } from './catalogue';

/** The home page and landing, creating a collaboration or routine, collaboration settings. */
export const landingSv = {
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
};

export const homeSv = {
  title: 'Mina samverkansgrupper',
  emptyLead: 'Du är inte med i någon samverkansgrupp än.',
  emptyText:
    'Skapa en samverkansgrupp för er kommun eller region nedan. Om en samverkansgrupp redan finns kan en samordnare bjuda in dig.',
  noRoutines: 'Inga rutiner än.',
  routinesOf: 'Rutiner i {{name}}',
};

export const createCollaborationSv = {
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
};

export const routinesSv = {
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
};

export const settingsSv = {
  save: 'Spara ändringar',
  saved: 'Ändringarna är sparade.',
  failed: 'Det gick inte att spara ändringarna. Försök igen om en stund.',
  forbidden: 'Bara samordnare kan ändra inställningarna.',
  tookTheirs: 'Formuläret visar nu det som någon annan sparade.',
  conflictAbout: 'Samverkansgruppens namn och område',
  onlyCoordinators:
    'Bara samordnare kan ändra samverkansgruppens namn och område. Kontakta en samordnare om något behöver ändras.',
};

export const landingEn: CatalogueOf<typeof landingSv> = {
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
};

export const homeEn: CatalogueOf<typeof homeSv> = {
  title: 'My collaborations',
  emptyLead: 'You are not in a collaboration yet.',
  emptyText:
    'Create a collaboration for your municipality or region below. If one already exists, a coordinator can invite you.',
  noRoutines: 'No routines yet.',
  routinesOf: 'Routines of {{name}}',
};

export const createCollaborationEn: CatalogueOf<typeof createCollaborationSv> = {
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
};

export const routinesEn: CatalogueOf<typeof routinesSv> = {
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
};

export const settingsEn: CatalogueOf<typeof settingsSv> = {
  save: 'Save changes',
  saved: 'Your changes are saved.',
  failed: 'Your changes could not be saved. Try again in a moment.',
  forbidden: 'Only coordinators can change the settings.',
  tookTheirs: 'The form now shows what someone else saved.',
  conflictAbout: 'The collaboration’s name and area',
  onlyCoordinators:
    'Only coordinators can change the name and area of the collaboration. Contact a coordinator if something needs changing.',
};
