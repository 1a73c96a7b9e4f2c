import type { CatalogueOf } from './catalogue';

/**
 * Strings of issue 14 ("the first hour as a coordinator"): unsaved changes, saved
 * confirmations and the other guards against lost, hidden or misleading work.
 */
export const firstHourSv = {
  unsaved: {
    leaveTitle: 'Lämna sidan utan att spara?',
    leaveBody: 'Du har ändringar som inte är sparade. Om du lämnar sidan försvinner de.',
    leave: 'Lämna sidan',
    stay: 'Stanna kvar',
    discardTitle: 'Släng ändringarna?',
    discardBody: 'Du har skrivit något som inte är sparat. Om du stänger försvinner det.',
    discard: 'Släng ändringarna',
    keepEditing: 'Fortsätt skriva',
  },
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
};

export const firstHourEn: CatalogueOf<typeof firstHourSv> = {
  unsaved: {
    leaveTitle: 'Leave the page without saving?',
    leaveBody: 'You have changes that are not saved. If you leave the page, they are lost.',
    leave: 'Leave the page',
    stay: 'Stay',
    discardTitle: 'Discard your changes?',
    discardBody: 'You have typed something that is not saved. If you close, it is lost.',
    discard: 'Discard changes',
    keepEditing: 'Keep editing',
  },
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
};
