import type { MailMessage } from './mailer';

/** The e-mail that confirms an address: Swedish first, then English; plain text. */
export function emailVerificationMail(to: string, url: string): MailMessage {
  const text = [
    'Hej!',
    '',
    'Någon (förhoppningsvis du) skapade ett konto i Samrutin med den här e-postadressen.',
    'Öppna länken för att bekräfta att adressen är din:',
    url,
    '',
    'Länken fungerar en gång och i ett dygn. Tills adressen är bekräftad kan kontot inte',
    'skapa samverkansytor eller regioner, ta emot inbjudningar eller bekräfta rutiner.',
    'Om du inte skapade kontot kan du bortse från meddelandet.',
    '',
    '— In English —',
    '',
    'Someone (hopefully you) created a Samrutin account with this e-mail address.',
    'Open the link to confirm that the address is yours:',
    url,
    '',
    'The link works once, for one day. Until the address is confirmed the account cannot',
    'create collaborations or regions, accept invitations or sign routines.',
    'If you did not create the account, ignore this message.',
    '',
  ].join('\n');
  return {
    to,
    subject: 'Bekräfta din e-postadress i Samrutin / Confirm your e-mail address for Samrutin',
    text,
  };
}

/**
 * The page of the web client that confirms an address. The link opens a page that asks the
 * API (a POST), never better-auth's GET endpoint: a mail scanner that follows links must not
 * use up the single-use link.
 */
export const emailVerificationUrl = (baseUrl: string, token: string) =>
  `${baseUrl}/bekrafta-epost?token=${encodeURIComponent(token)}`;
