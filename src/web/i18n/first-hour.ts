import type { CatalogueOf } from './catalogue';

/** Leaving a page or closing a dialog with unsaved changes: in the first load (i18n/shell.ts). */
export const unsavedSv = {
  leaveTitle: 'Lämna sidan utan att spara?',
  leaveBody: 'Du har ändringar som inte är sparade. Om du lämnar sidan försvinner de.',
  leave: 'Lämna sidan',
  stay: 'Stanna kvar',
  discardTitle: 'Släng ändringarna?',
  discardBody: 'Du har skrivit något som inte är sparat. Om du stänger försvinner det.',
  discard: 'Släng ändringarna',
  keepEditing: 'Fortsätt skriva',
};

export const unsavedEn: CatalogueOf<typeof unsavedSv> = {
  leaveTitle: 'Leave the page without saving?',
  leaveBody: 'You have changes that are not saved. If you leave the page, they are lost.',
  leave: 'Leave the page',
  stay: 'Stay',
  discardTitle: 'Discard your changes?',
  discardBody: 'You have typed something that is not saved. If you close, it is lost.',
  discard: 'Discard changes',
  keepEditing: 'Keep editing',
};

/**
 * Strings of issue 14 ("the first hour as a coordinator"): unsaved changes, saved
 * confirmations and the other guards against lost, hidden or misleading work.
 */
export const firstHourSv = {
  saved: {
    saved: 'Sparat: {{name}}',
  },
  overview: {
    actions_one: '{{count}} åtgärd i vem gör vad',
    actions_other: '{{count}} åtgärder i vem gör vad',
  },
  matrix: {
    via: 'Kontakt:',
    noContact: 'Ingen kontaktväg vald',
    noActions: 'Inget i steg 2–5 ännu.',
  },
  origin: {
    title: 'Adressen till Samrutin är inte inställd (BASE_URL).',
    body: 'Länkar som lämnar Samrutin – inbjudningar, QR-koden och adressen på kortet, adressen här – byggs nu av adressen du använder just nu: {{origin}}. Om det inte är adressen som andra når Samrutin på, be den som driver Samrutin att sätta BASE_URL innan ni delar länkar eller skriver ut kortet.',
  },
  handoff: {
    sameGroup: 'Steg {{step}} (samma steg)',
    laterGroup: 'Steg {{step}}',
    earlierGroup: 'Tillbaka till steg {{step}}',
    earlierHint: 'Lämnar tillbaka till ett tidigare steg.',
  },
  contactPath: {
    order: 'Kontaktvägarna för {{audience}} står först.',
    changed: 'Kontaktvägen ändrades till ”{{path}}” eftersom åtgärden gäller {{audience}}.',
    noneFor:
      'Organisationen har ingen kontaktväg för {{audience}} eller för alla. Välj en själv eller lägg till en under Aktörer.',
    otherAudience:
      'Obs! ”{{path}}” är inte till för {{audience}}. Kontrollera att det är rätt kontaktväg.',
  },
};

export const firstHourEn: CatalogueOf<typeof firstHourSv> = {
  saved: {
    saved: 'Saved: {{name}}',
  },
  overview: {
    actions_one: '{{count}} action in who does what',
    actions_other: '{{count}} actions in who does what',
  },
  matrix: {
    via: 'Contact:',
    noContact: 'No contact path chosen',
    noActions: 'Nothing in steps 2–5 yet.',
  },
  origin: {
    title: 'The address of Samrutin is not set (BASE_URL).',
    body: 'Links that leave Samrutin – invitations, the QR code and the address on the card, the address here – are now built from the address you are using right now: {{origin}}. If that is not the address others reach Samrutin on, ask whoever runs Samrutin to set BASE_URL before you share links or print the card.',
  },
  handoff: {
    sameGroup: 'Step {{step}} (this step)',
    laterGroup: 'Step {{step}}',
    earlierGroup: 'Back to step {{step}}',
    earlierHint: 'Hands back to an earlier step.',
  },
  contactPath: {
    order: 'The contact paths for {{audience}} come first.',
    changed: 'The contact path changed to “{{path}}” because the action is for {{audience}}.',
    noneFor:
      'The organisation has no contact path for {{audience}} or for everyone. Choose one yourself or add one under Actors.',
    otherAudience:
      'Note: “{{path}}” is not meant for {{audience}}. Check that it is the right contact path.',
  },
};
