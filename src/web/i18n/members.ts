import type { CatalogueOf } from './catalogue';

/** Medlemmar, invitations and the invitation landing page (issue 4). */
export const membersSv = {
  rolesTitle: 'Vad får de olika rollerna göra?',
  roleHint: {
    coordinator:
      'Kan ändra allt i rutinen, bjuda in och ta bort medlemmar, frysa versioner och publicera.',
    editor:
      'Kan skriva svar, hinder och kommentarer, och ändra det som den egna organisationen gör och hur den kontaktas.',
    reader: 'Kan läsa allt och kommentera, men inte ändra.',
  },
  role: 'Roll',
  organisation: 'Organisation',
  organisationHint: 'Den organisation som personen företräder i samverkan.',
  noOrganisation: 'Ingen organisation',
  noActorsYet: 'Det finns inga organisationer i samverkansgruppen än.',
  addActors: 'Lägg till organisationer under Aktörer',
  email: 'E-postadress',
  you: 'du',
  edit: 'Ändra roll och organisation',
  save: 'Spara ändringarna',
  cancel: 'Avbryt',
  saved: 'Ändringarna för {{name}} är sparade.',
  remove: 'Ta bort ur gruppen',
  removeTitle: 'Vill du ta bort {{name}} ur samverkansgruppen?',
  removeText:
    'Personen kan inte längre se eller ändra rutinerna. Det personen har skrivit finns kvar. Du kan bjuda in personen igen senare.',
  removeConfirm: 'Ja, ta bort',
  removed: '{{name}} är borttagen ur samverkansgruppen.',
  leave: 'Lämna samverkansgruppen',
  leaveTitle: 'Vill du lämna samverkansgruppen?',
  leaveText:
    'Du kan inte längre se eller ändra rutinerna. Det du har skrivit finns kvar. En samordnare kan bjuda in dig igen.',
  leaveConfirm: 'Ja, lämna gruppen',
  left: 'Du har lämnat samverkansgruppen.',
  lastCoordinator:
    'Det måste finnas minst en samordnare i gruppen. Gör någon annan till samordnare först.',
  forbidden: 'Bara samordnare kan ändra medlemmar och inbjudningar.',
  failed: 'Det gick inte att spara. Försök igen om en stund.',
  onlyCoordinatorsInvite:
    'Bara samordnare kan bjuda in nya medlemmar. Kontakta en samordnare om någon saknas.',
  invite: {
    title: 'Bjud in en ny medlem',
    intro:
      'Personen får en länk som gäller i 7 dagar och kan bara användas en gång. Med länken skapar personen ett konto eller loggar in, och går sedan med i gruppen.',
    emailHint: 'Den e-postadress som personen använder på jobbet.',
    submit: 'Skapa inbjudan',
    createdTitle: 'Inbjudan är skapad',
    emailedTitle: 'Inbjudan är skickad',
    emailedText: 'Vi har skickat en länk till {{email}}. Den gäller till och med {{date}}.',
    linkText:
      'Skicka länken till {{email}} själv, till exempel i ett e-postmeddelande. Den gäller till och med {{date}}.',
    linkLabel: 'Länk till inbjudan',
    copy: 'Kopiera länken',
    copied: 'Länken är kopierad.',
    copyFailed: 'Det gick inte att kopiera. Länken är markerad: kopiera den med Ctrl+C eller ⌘+C.',
    actorInvalid: 'Välj en organisation som finns i samverkansgruppen.',
    alreadyMember: 'Personen med den e-postadressen är redan medlem i gruppen.',
    rateLimited: 'Du har skapat många inbjudningar på kort tid. Vänta en stund och försök igen.',
    failed: 'Det gick inte att skapa inbjudan. Försök igen om en stund.',
  },
  pending: {
    title: 'Väntande inbjudningar',
    none: 'Det finns inga inbjudningar som väntar på svar.',
    expires: 'gäller till {{date}}',
    invitedBy: 'inbjuden av {{name}}',
    revoke: 'Återkalla',
    revokeTitle: 'Vill du återkalla inbjudan till {{email}}?',
    revokeText: 'Länken slutar att fungera direkt. Du kan skapa en ny inbjudan senare.',
    revokeConfirm: 'Ja, återkalla',
    revoked: 'Inbjudan till {{email}} är återkallad.',
  },
  landing: {
    documentTitle: 'Inbjudan',
    caption: 'Inbjudan',
    title: 'Gå med i {{name}}',
    invitedBy: '{{name}} har bjudit in dig att arbeta med samverkansgruppens gemensamma rutin.',
    invited: 'Du är inbjuden att arbeta med samverkansgruppens gemensamma rutin.',
    collaboration: 'Samverkansgrupp',
    sentTo: 'Inbjudan skickades till',
    validUntil: 'Gäller till och med',
    signedInAs: 'Du är inloggad som {{name}} ({{email}}).',
    otherEmail:
      'Inbjudan skickades till {{email}}. Om den är till någon annan: logga ut och låt den personen använda länken.',
    accept: 'Gå med i {{name}}',
    joined: 'Du är nu med i {{name}}.',
    signInTitle: 'Logga in eller skapa ett konto',
    signInText:
      'För att gå med behöver du ett konto i Samrutin. När du har loggat in kommer du tillbaka hit.',
    createAccount: 'Skapa konto',
    signIn: 'Logga in',
    alreadyMember:
      'Du är redan med i den här samverkansgruppen. Du hittar den under Mina samverkansgrupper.',
    failed: 'Det gick inte att gå med just nu. Försök igen om en stund.',
    toHome: 'Gå till startsidan',
    closed: {
      expired: {
        title: 'Inbjudan har gått ut',
        text: 'Länken gällde i 7 dagar och går inte att använda längre.',
        whatToDo: 'Be den som bjöd in dig att skicka en ny inbjudan.',
      },
      used: {
        title: 'Inbjudan är redan använd',
        text: 'Länken har redan använts och går bara att använda en gång.',
        whatToDo:
          'Om det var du som använde den hittar du samverkansgruppen under Mina samverkansgrupper. Annars kan du be om en ny inbjudan.',
      },
      revoked: {
        title: 'Inbjudan är återkallad',
        text: 'Den som bjöd in dig har återkallat inbjudan, så länken fungerar inte längre.',
        whatToDo: 'Kontakta samordnaren i samverkansgruppen om du ändå ska vara med.',
      },
      notFound: {
        title: 'Inbjudan finns inte',
        text: 'Vi hittar ingen inbjudan med den här länken.',
        whatToDo:
          'Kontrollera att du har fått med hela länken. Om det inte hjälper kan du be om en ny inbjudan.',
      },
    },
  },
} as const;

export const membersEn: CatalogueOf<typeof membersSv> = {
  rolesTitle: 'What may each role do?',
  roleHint: {
    coordinator:
      'Can change everything in the routine, invite and remove members, freeze versions and publish.',
    editor:
      'Can write answers, obstacles and comments, and change what their own organisation does and how it is contacted.',
    reader: 'Can read everything and comment, but not change anything.',
  },
  role: 'Role',
  organisation: 'Organisation',
  organisationHint: 'The organisation this person represents in the collaboration.',
  noOrganisation: 'No organisation',
  noActorsYet: 'The collaboration has no organisations yet.',
  addActors: 'Add organisations under Actors',
  email: 'E-mail address',
  you: 'you',
  edit: 'Change role and organisation',
  save: 'Save the changes',
  cancel: 'Cancel',
  saved: 'The changes for {{name}} are saved.',
  remove: 'Remove from the group',
  removeTitle: 'Do you want to remove {{name}} from the collaboration?',
  removeText:
    'They can no longer see or change the routines. What they wrote stays. You can invite them again later.',
  removeConfirm: 'Yes, remove',
  removed: '{{name}} has been removed from the collaboration.',
  leave: 'Leave the collaboration',
  leaveTitle: 'Do you want to leave the collaboration?',
  leaveText:
    'You can no longer see or change the routines. What you wrote stays. A coordinator can invite you again.',
  leaveConfirm: 'Yes, leave the group',
  left: 'You have left the collaboration.',
  lastCoordinator:
    'The group must have at least one coordinator. Make someone else a coordinator first.',
  forbidden: 'Only coordinators can change members and invitations.',
  failed: 'That could not be saved. Try again in a moment.',
  onlyCoordinatorsInvite:
    'Only coordinators can invite new members. Contact a coordinator if someone is missing.',
  invite: {
    title: 'Invite a new member',
    intro:
      'They get a link that is valid for 7 days and works only once. With it they create an account or sign in, and then join the group.',
    emailHint: 'The e-mail address they use at work.',
    submit: 'Create invitation',
    createdTitle: 'The invitation is created',
    emailedTitle: 'The invitation is sent',
    emailedText: 'We have sent a link to {{email}}. It is valid until {{date}}.',
    linkText:
      'Send the link to {{email}} yourself, for example by e-mail. It is valid until {{date}}.',
    linkLabel: 'Invitation link',
    copy: 'Copy the link',
    copied: 'The link is copied.',
    copyFailed: 'It could not be copied. The link is selected: copy it with Ctrl+C or ⌘+C.',
    actorInvalid: 'Choose an organisation that belongs to the collaboration.',
    alreadyMember: 'The person with that e-mail address is already a member of the group.',
    rateLimited: 'You have created many invitations in a short time. Wait a moment and try again.',
    failed: 'The invitation could not be created. Try again in a moment.',
  },
  pending: {
    title: 'Pending invitations',
    none: 'No invitations are waiting for an answer.',
    expires: 'valid until {{date}}',
    invitedBy: 'invited by {{name}}',
    revoke: 'Revoke',
    revokeTitle: 'Do you want to revoke the invitation to {{email}}?',
    revokeText: 'The link stops working at once. You can create a new invitation later.',
    revokeConfirm: 'Yes, revoke',
    revoked: 'The invitation to {{email}} is revoked.',
  },
  landing: {
    documentTitle: 'Invitation',
    caption: 'Invitation',
    title: 'Join {{name}}',
    invitedBy: '{{name}} has invited you to work on the collaboration’s joint routine.',
    invited: 'You are invited to work on the collaboration’s joint routine.',
    collaboration: 'Collaboration',
    sentTo: 'The invitation was sent to',
    validUntil: 'Valid until',
    signedInAs: 'You are signed in as {{name}} ({{email}}).',
    otherEmail:
      'The invitation was sent to {{email}}. If it is meant for someone else: sign out and let that person use the link.',
    accept: 'Join {{name}}',
    joined: 'You have joined {{name}}.',
    signInTitle: 'Sign in or create an account',
    signInText: 'To join you need a Samrutin account. Once you have signed in, you come back here.',
    createAccount: 'Create account',
    signIn: 'Sign in',
    alreadyMember:
      'You are already a member of this collaboration. You find it under My collaborations.',
    failed: 'You could not join just now. Try again in a moment.',
    toHome: 'Go to the start page',
    closed: {
      expired: {
        title: 'The invitation has expired',
        text: 'The link was valid for 7 days and can no longer be used.',
        whatToDo: 'Ask the person who invited you to send a new invitation.',
      },
      used: {
        title: 'The invitation has already been used',
        text: 'The link has already been used and works only once.',
        whatToDo:
          'If you used it, you find the collaboration under My collaborations. Otherwise ask for a new invitation.',
      },
      revoked: {
        title: 'The invitation has been revoked',
        text: 'The person who invited you has revoked the invitation, so the link no longer works.',
        whatToDo: 'Contact the collaboration’s coordinator if you should still join.',
      },
      notFound: {
        title: 'The invitation does not exist',
        text: 'We cannot find an invitation with this link.',
        whatToDo:
          'Check that you have the whole link. If that does not help, ask for a new invitation.',
      },
    },
  },
};
