import type { CatalogueOf } from './catalogue';

/** Password reset, the account page (sessions, my data, deleting the account) — issue 19. */
/** The e-mail check: its banner and dialog texts are in the first load (i18n/shell.ts). */
export const verifyEmailSv = {
  bannerTitle: 'Bekräfta din e-postadress',
  bannerText:
    'Vi har skickat en länk till {{email}}. Öppna den för att bekräfta att adressen är din. Tills dess kan du läsa det du redan har tillgång till, men inte skapa en samverkan eller region, ta emot inbjudningar eller bekräfta rutiner.',
  resend: 'Skicka länken igen',
  resent: 'En ny länk är skickad till {{email}}. Den fungerar en gång och i ett dygn.',
  resendLimited:
    'Du har bett om många länkar på kort tid. Vänta en stund och titta i skräpposten under tiden.',
  resendFailed: 'Länken kunde inte skickas. Försök igen om en stund.',
  blocked:
    'Bekräfta din e-postadress först. Öppna länken vi skickade till {{email}}, eller be om en ny med knappen ”Skicka länken igen” överst på sidan.',
  notConfirmed:
    'Bekräfta din e-postadress först: öppna länken i e-postmeddelandet, eller be om en ny med knappen ”Skicka länken igen”.',
  pageTitle: 'Bekräfta e-postadressen',
  working: 'Bekräftar adressen …',
  done: 'Klart! Din e-postadress är bekräftad.',
  doneSignedIn: 'Nu kan du skapa samverkan, ta emot inbjudningar och bekräfta rutiner.',
  doneSignedOut: 'Logga in för att fortsätta.',
  continue: 'Fortsätt',
  signIn: 'Logga in',
  used: 'Länken är redan använd: adressen är bekräftad. Du behöver inte göra något mer.',
  invalid:
    'Länken är för gammal eller ofullständig. Logga in och be om en ny länk, så skickar vi den till din e-post.',
  missingToken:
    'Länken saknar sin kod. Öppna hela länken från e-postmeddelandet, eller be om en ny.',
};

export const accountSv = {
  forgotLink: 'Glömt lösenordet?',
  forgot: {
    title: 'Glömt lösenordet',
    intro:
      'Skriv e-postadressen du loggar in med. Vi skickar en länk där du väljer ett nytt lösenord.',
    submit: 'Skicka länk',
    sent: 'Om det finns ett konto med adressen {{email}} har vi skickat en länk dit. Länken fungerar en gång och i en timme. Hittar du inget mejl? Titta i skräpposten, eller be administratören för Samrutin om en länk.',
  },
  reset: {
    title: 'Välj ett nytt lösenord',
    password: 'Nytt lösenord',
    submit: 'Spara lösenordet',
    done: 'Lösenordet är bytt. Alla dina tidigare inloggningar har avslutats.',
    signIn: 'Logga in med det nya lösenordet',
    invalid:
      'Länken är redan använd, för gammal eller ofullständig. Be om en ny länk och försök igen.',
    askAgain: 'Be om en ny länk',
    missingToken: 'Länken saknar sin kod. Öppna länken från mejlet igen, hela.',
  },
  page: {
    title: 'Mitt konto',
    sessionsTitle: 'Inloggningar',
    sessionsIntro:
      'Här är de webbläsare och enheter där du är inloggad. Känner du inte igen en? Avsluta de andra och byt lösenord.',
    sessionsIntroSso:
      'Här är de webbläsare och enheter där du är inloggad. Känner du inte igen en? Avsluta de andra och kontakta den som sköter er inloggningstjänst ({{provider}}).',
    thisDevice: 'Den här enheten',
    unknownDevice: 'Okänd webbläsare',
    lastUsed: 'Senast använd {{when}}',
    endOthers: 'Logga ut alla andra inloggningar',
    othersEnded: 'Alla andra inloggningar är avslutade.',
    othersNotEnded: 'De andra inloggningarna kunde inte avslutas. Försök igen.',
    onlyThis: 'Du är bara inloggad här.',
    dataTitle: 'Mina uppgifter',
    dataIntro:
      'Ladda ner allt som Samrutin har sparat om dig: ditt konto, dina medlemskap, kommentarer, bekräftelser och händelser i loggen.',
    download: 'Ladda ner mina uppgifter (JSON)',
    deleteTitle: 'Ta bort mitt konto',
    deleteIntro: 'Det här händer när du tar bort ditt konto:',
    deleteMemberships: 'Du lämnar alla samverkansgrupper du är med i.',
    deleteComments: 'Dina kommentarer finns kvar, men visas som skrivna av ”borttagen användare”.',
    deleteSignOffs:
      'Bekräftelser du har gjort finns kvar med företrädarens namn som det skrevs in: de är organisationernas beslut.',
    deleteFinal: 'Det går inte att ångra.',
    confirmEmail: 'Skriv din e-postadress för att bekräfta',
    confirmPassword: 'Ditt lösenord',
    deleteSubmit: 'Ta bort mitt konto',
    emailMismatch: 'Skriv e-postadressen som du är inloggad med',
    reauthNeeded:
      'Du loggar in med {{provider}}. För att visa att det är du loggar du in där igen; sedan kommer du tillbaka hit och tar bort kontot.',
    reauthDone:
      'Du har loggat in igen hos {{provider}}. Tryck på ”Ta bort mitt konto” inom tio minuter.',
    deleteWithProvider: 'Logga in igen hos {{provider}}',
    reauthCancelled: 'Inloggningen avbröts, så kontot finns kvar.',
    reauthExpired:
      'Inloggningen hos {{provider}} är för gammal eller redan använd. Logga in där igen.',
    reauthUnavailable: 'Det gick inte att nå inloggningstjänsten. Försök igen om en stund.',
    wrongPassword: 'Lösenordet stämmer inte',
    lastCoordinator:
      'Du är den enda samordnaren i {{names}}. Gör någon annan till samordnare först.',
    lastRegionCoordinator:
      'Du är den enda regionala samordnaren i {{names}}. Bjud in en annan regional samordnare först.',
  },
};

export const verifyEmailEn: CatalogueOf<typeof verifyEmailSv> = {
  bannerTitle: 'Confirm your e-mail address',
  bannerText:
    'We sent a link to {{email}}. Open it to confirm that the address is yours. Until then you can read what you already have access to, but not create a collaboration or region, accept invitations or sign routines.',
  resend: 'Send the link again',
  resent: 'A new link was sent to {{email}}. It works once, for one day.',
  resendLimited:
    'You asked for many links in a short time. Wait a while, and look in your spam folder meanwhile.',
  resendFailed: 'The link could not be sent. Try again in a while.',
  blocked:
    'Confirm your e-mail address first. Open the link we sent to {{email}}, or ask for a new one with the button “Send the link again” at the top of the page.',
  notConfirmed:
    'Confirm your e-mail address first: open the link in the e-mail, or ask for a new one with the button “Send the link again”.',
  pageTitle: 'Confirm the e-mail address',
  working: 'Confirming the address …',
  done: 'Done! Your e-mail address is confirmed.',
  doneSignedIn: 'You can now create collaborations, accept invitations and sign routines.',
  doneSignedOut: 'Sign in to continue.',
  continue: 'Continue',
  signIn: 'Sign in',
  used: 'The link was already used: the address is confirmed. Nothing more to do.',
  invalid:
    'The link is too old or incomplete. Sign in and ask for a new link, and we will e-mail it to you.',
  missingToken:
    'The link is missing its code. Open the whole link from the e-mail, or ask for a new one.',
};

export const accountEn: CatalogueOf<typeof accountSv> = {
  forgotLink: 'Forgot your password?',
  forgot: {
    title: 'Forgot your password',
    intro:
      'Enter the e-mail address you sign in with. We will send a link to choose a new password.',
    submit: 'Send link',
    sent: 'If there is an account with the address {{email}}, we have sent a link there. The link works once, for one hour. No e-mail? Look in the spam folder, or ask the Samrutin administrator for a link.',
  },
  reset: {
    title: 'Choose a new password',
    password: 'New password',
    submit: 'Save the password',
    done: 'Your password is changed. All your earlier sign-ins have ended.',
    signIn: 'Sign in with the new password',
    invalid: 'The link is used already, too old or incomplete. Ask for a new link and try again.',
    askAgain: 'Ask for a new link',
    missingToken: 'The link lacks its code. Open the link from the e-mail again, all of it.',
  },
  page: {
    title: 'My account',
    sessionsTitle: 'Sign-ins',
    sessionsIntro:
      'These are the browsers and devices where you are signed in. Do not recognise one? End the others and change your password.',
    sessionsIntroSso:
      'These are the browsers and devices where you are signed in. Do not recognise one? End the others and contact whoever runs your sign-in service ({{provider}}).',
    thisDevice: 'This device',
    unknownDevice: 'Unknown browser',
    lastUsed: 'Last used {{when}}',
    endOthers: 'Sign out all other sign-ins',
    othersEnded: 'All other sign-ins have ended.',
    othersNotEnded: 'The other sign-ins could not be ended. Try again.',
    onlyThis: 'You are signed in here only.',
    dataTitle: 'My data',
    dataIntro:
      'Download everything Samrutin stores about you: your account, memberships, comments, sign-offs and events in the log.',
    download: 'Download my data (JSON)',
    deleteTitle: 'Delete my account',
    deleteIntro: 'This is what happens when you delete your account:',
    deleteMemberships: 'You leave every collaboration you are a member of.',
    deleteComments: 'Your comments remain, shown as written by “deleted user”.',
    deleteSignOffs:
      'Sign-offs you made remain with the representative’s name as typed: they are the organisations’ decisions.',
    deleteFinal: 'It cannot be undone.',
    confirmEmail: 'Type your e-mail address to confirm',
    confirmPassword: 'Your password',
    deleteSubmit: 'Delete my account',
    emailMismatch: 'Type the e-mail address you are signed in with',
    reauthNeeded:
      'You sign in with {{provider}}. To show that it is you, you sign in there again; then you come back here and delete the account.',
    reauthDone:
      'You have signed in again with {{provider}}. Press “Delete my account” within ten minutes.',
    deleteWithProvider: 'Sign in again with {{provider}}',
    reauthCancelled: 'The sign-in was cancelled, so the account is still there.',
    reauthExpired: 'The sign-in with {{provider}} is too old or already used. Sign in there again.',
    reauthUnavailable: 'The sign-in service could not be reached. Try again in a moment.',
    wrongPassword: 'The password is wrong',
    lastCoordinator:
      'You are the only coordinator of {{names}}. Make someone else coordinator first.',
    lastRegionCoordinator:
      'You are the only regional coordinator of {{names}}. Invite another regional coordinator first.',
  },
};
