import type { MailMessage } from './mailer';

export interface RegionInvitationMailInput {
  to: string;
  url: string;
  regionName: string;
  inviterName: string;
  /** ISO time the link stops working. */
  expiresAt: string;
}

/** The invitation to coordinate a region: Swedish first, then English; plain text. */
export function regionInvitationMail(i: RegionInvitationMailInput): MailMessage {
  const day = i.expiresAt.slice(0, 10);
  const text = [
    'Hej!',
    '',
    `${i.inviterName} bjuder in dig som regional samordnare för "${i.regionName}" i Samrutin. Du ser då en översikt över de samverkansgrupper som har anslutit sig till regionen – bara sammanställningar, inga ärenden.`,
    '',
    'Öppna länken, logga in eller skapa ett konto, och tacka ja:',
    i.url,
    '',
    `Länken fungerar en gång och till och med ${day}. Om du inte väntade dig inbjudan kan du bortse från det här meddelandet.`,
    '',
    '— In English —',
    '',
    `${i.inviterName} invites you as regional coordinator of "${i.regionName}" in Samrutin. You will see an overview of the collaborations that joined the region – aggregates only, no cases.`,
    '',
    'Open the link, sign in or create an account, and accept:',
    i.url,
    '',
    `The link works once, until ${day}. If you did not expect this invitation, you can ignore this message.`,
    '',
  ].join('\n');
  return {
    to: i.to,
    subject: `Inbjudan till regionen ${i.regionName} i Samrutin / Invitation to the region ${i.regionName}`,
    text,
  };
}
