import type { CatalogueOf } from './catalogue';
import { identityProvidersEn, identityProvidersSv } from './sso';

/** The instance administrator's page (ADMIN_EMAILS) — issue 19. */
export const adminSv = {
  providers: identityProvidersSv,
  title: 'Administration av Samrutin',
  intro:
    'Du är administratör för den här installationen av Samrutin. Du ser hur den mår, kan skapa regioner och ge en användare en länk för nytt lösenord. Du ser inget innehåll i en samverkan som du inte själv är medlem i.',
  health: {
    title: 'Hur installationen mår',
    intro:
      'Det den här serverprocessen ser just nu. Med flera processer kan de andra svara annorlunda.',
    refresh: 'Uppdatera',
    ok: 'Allt fungerar.',
    down: 'Svarar inte: {{names}}.',
    checks: 'Kontroller',
    database: 'Databas',
    redis: 'Redis',
    answering: 'svarar',
    notAnswering: 'svarar inte',
    kind: 'Databastyp',
    sqlite: 'SQLite (inbyggd fil)',
    postgres: 'PostgreSQL',
    users: 'Användare',
    collaborations: 'Samverkansgrupper',
    routines: 'Rutiner',
    counts: 'Antal',
    processTitle: 'Serverprocessen',
    uptime: 'Har körts i',
    memory: 'Minne',
    node: 'Node.js',
    mail: 'E-post',
    mailOn: 'skickas (SMTP är inställt)',
    mailOff:
      'skickas inte (SMTP_URL saknas): inbjudningar visas som länkar att kopiera, och lösenordslänkar skapar du här',
    forbidden: 'Bara administratörer för Samrutin kan se den här sidan.',
  },
  reset: {
    title: 'Länk för nytt lösenord',
    intro:
      'För en användare som har glömt sitt lösenord när installationen inte skickar e-post. Länken fungerar en gång och i en timme. Ge den bara till personen själv, till exempel i ett samtal där du känner igen hen.',
    email: 'Användarens e-postadress',
    emailMissing: 'Skriv användarens e-postadress.',
    emailInvalid: 'Skriv en hel e-postadress, till exempel namn@kommun.se.',
    submit: 'Skapa länk',
    noAccount: 'Det finns inget konto med den adressen.',
    failed: 'Länken kunde inte skapas. Försök igen om en stund.',
    created: 'Länk för {{email}}, giltig till {{time}}:',
    copy: 'Kopiera länken',
    copied: 'Länken är kopierad.',
  },
  regions: {
    title: 'Regioner',
    intro: 'Skapa en region och bjud in dess första regionala samordnare på sidan Regioner.',
    link: 'Till Regioner',
  },
} as const;

export const adminEn: CatalogueOf<typeof adminSv> = {
  providers: identityProvidersEn,
  title: 'Administration of Samrutin',
  intro:
    'You administer this installation of Samrutin. You see how it is doing, can create regions and give a user a link for a new password. You see no content of a collaboration you are not a member of yourself.',
  health: {
    title: 'How the installation is doing',
    intro: 'What this server process sees right now. With several processes the others may differ.',
    refresh: 'Refresh',
    ok: 'Everything works.',
    down: 'Not answering: {{names}}.',
    checks: 'Checks',
    database: 'Database',
    redis: 'Redis',
    answering: 'answering',
    notAnswering: 'not answering',
    kind: 'Database type',
    sqlite: 'SQLite (embedded file)',
    postgres: 'PostgreSQL',
    users: 'Users',
    collaborations: 'Collaborations',
    routines: 'Routines',
    counts: 'Counts',
    processTitle: 'The server process',
    uptime: 'Running for',
    memory: 'Memory',
    node: 'Node.js',
    mail: 'E-mail',
    mailOn: 'sent (SMTP is configured)',
    mailOff:
      'not sent (SMTP_URL is not set): invitations are shown as links to copy, and you create password links here',
    forbidden: 'Only administrators of Samrutin can see this page.',
  },
  reset: {
    title: 'Link for a new password',
    intro:
      'For a user who forgot their password when the installation sends no e-mail. The link works once and for one hour. Give it only to the person themselves, for example in a call where you recognise them.',
    email: 'The user’s e-mail address',
    emailMissing: 'Write the user’s e-mail address.',
    emailInvalid: 'Write a whole e-mail address, for example name@municipality.se.',
    submit: 'Create link',
    noAccount: 'There is no account with that address.',
    failed: 'The link could not be created. Try again in a while.',
    created: 'Link for {{email}}, valid until {{time}}:',
    copy: 'Copy the link',
    copied: 'The link is copied.',
  },
  regions: {
    title: 'Regions',
    intro: 'Create a region and invite its first regional coordinator on the Regions page.',
    link: 'To Regions',
  },
};
