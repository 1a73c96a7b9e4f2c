import type { Role } from '../../contracts/common';
import type { MailMessage } from './mailer';

const ROLE: Record<Role, { sv: string; en: string }> = {
  coordinator: { sv: 'samordnare', en: 'coordinator' },
  editor: { sv: 'redaktör', en: 'editor' },
  reader: { sv: 'läsare', en: 'reader' },
};

export interface InvitationMailInput {
  to: string;
  url: string;
  collaborationName: string;
  inviterName: string;
  role: Role;
  actorName: string | null;
  /** ISO time the link stops working. */
  expiresAt: string;
}

/** The invitation e-mail: Swedish first, then English; plain text so every mail client shows it. */
export function invitationMail(i: InvitationMailInput): MailMessage {
  const day = i.expiresAt.slice(0, 10);
  const forActorSv = i.actorName ? ` för ${i.actorName}` : '';
  const forActorEn = i.actorName ? ` for ${i.actorName}` : '';
  const text = [
    'Hej!',
    '',
    `${i.inviterName} bjuder in dig till samverkansgruppen "${i.collaborationName}" i Samrutin, som ${ROLE[i.role].sv}${forActorSv}.`,
    '',
    'Öppna länken, logga in eller skapa ett konto, och tacka ja:',
    i.url,
    '',
    `Länken fungerar en gång och till och med ${day}. Om du inte väntade dig inbjudan kan du bortse från det här meddelandet.`,
    '',
    '— In English —',
    '',
    `${i.inviterName} invites you to the collaboration "${i.collaborationName}" in Samrutin, as ${ROLE[i.role].en}${forActorEn}.`,
    '',
    'Open the link, sign in or create an account, and accept:',
    i.url,
    '',
    `The link works once, until ${day}. If you did not expect this invitation, you can ignore this message.`,
    '',
  ].join('\n');
  return {
    to: i.to,
    subject: `Inbjudan till ${i.collaborationName} i Samrutin / Invitation to ${i.collaborationName}`,
    text,
  };
}
