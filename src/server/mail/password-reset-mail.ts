import type { MailMessage } from './mailer';

/** The password-reset e-mail: Swedish first, then English; plain text. */
export function passwordResetMail(to: string, url: string): MailMessage {
  const text = [
    'Hej!',
    '',
    'Någon (förhoppningsvis du) bad om ett nytt lösenord till ditt konto i Samrutin.',
    'Öppna länken och välj ett nytt lösenord:',
    url,
    '',
    'Länken fungerar en gång och i en timme. När lösenordet är bytt loggas alla dina sessioner ut.',
    'Om du inte bad om det här kan du bortse från meddelandet: ingenting ändras.',
    '',
    '— In English —',
    '',
    'Someone (hopefully you) asked for a new password for your Samrutin account.',
    'Open the link and choose a new password:',
    url,
    '',
    'The link works once, for one hour. Changing the password signs out all your sessions.',
    'If you did not ask for this, ignore this message: nothing changes.',
    '',
  ].join('\n');
  return { to, subject: 'Nytt lösenord i Samrutin / New password for Samrutin', text };
}

/** The page of the web client where a reset token is used. */
export const passwordResetUrl = (baseUrl: string, token: string) =>
  `${baseUrl}/nytt-losenord?token=${encodeURIComponent(token)}`;
