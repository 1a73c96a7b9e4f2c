import { VOCABULARY } from '../../domain/vocabulary-labels';
import type { CatalogueOf } from './catalogue';

/** Aktörer: the organisations of a collaboration and their contact paths. */
export const actorsSv = {
  intro:
    'Aktörerna är organisationerna som gör något i rutinen. För varje aktör skriver ni hur den nås: telefon, e-post eller annat, vilka tider och för vem.',
  tip: 'Namnge funktioner (t.ex. Socialjouren), inte personer, så att rutinen håller när personal byts ut.',
  add: 'Lägg till aktör',
  suggestMore: 'Välj bland vanliga aktörer',
  onlyCoordinators:
    'Bara samordnare kan lägga till aktörer. Kontakta en samordnare om någon saknas.',
  noPaths: 'Ingen kontaktväg än. Lägg till hur organisationen nås.',
  pathAudience: 'Gäller: {{audience}}',
  added: '{{name}} är tillagd.',
  saved: 'Ändringarna i {{name}} är sparade.',
  deleted: '{{name}} är borttagen.',
  empty: {
    title: 'Börja med organisationerna i er samverkan',
    text: 'Vanligast är socialtjänsten och socialjouren, polisen, hälso- och sjukvården, Migrationsverket, skolan, regionkoordinatorn och den nationella stödtelefonen. Välj dem i en lista, så lägger du till alla på en gång.',
    suggest: 'Välj vanliga aktörer',
  },
  suggest: {
    title: 'Lägg till vanliga aktörer',
    intro:
      'Kryssa i de organisationer som finns i er samverkan. Nationella nummer är redan ifyllda. Lokala nummer, till exempel socialjourens, lägger du till efteråt.',
    legend: 'Aktörer att lägga till',
    hint: 'Alla är ikryssade från början. Ta bort krysset för dem som inte ska vara med.',
    prefilled: 'Ifyllt: {{numbers}}.',
    addNumberLater: 'Lägg till numret efteråt.',
    noneChosen: 'Kryssa i minst en aktör',
    submit_one: 'Lägg till {{count}} aktör',
    submit_other: 'Lägg till {{count}} aktörer',
    added_one: '{{count}} aktör är tillagd.',
    added_other: '{{count}} aktörer är tillagda.',
    exists: '{{name}} (finns redan)',
    failed: 'De här kunde inte läggas till: {{names}}. Försök igen om en stund.',
    allAdded: 'Alla vanliga aktörer finns redan hos er.',
  },
  form: {
    addTitle: 'Lägg till aktör',
    editTitle: 'Ändra {{name}}',
    name: 'Namn',
    nameHint:
      'Namnet på organisationen eller funktionen, till exempel Socialjouren i Exempelkommun.',
    nameMissing: 'Skriv aktörens namn',
    nameTaken: 'Det finns redan en aktör som heter {{name}}. Välj ett annat namn.',
    kind: 'Typ av organisation',
    description: 'Beskrivning (frivilligt)',
    descriptionHint: 'Vad organisationen gör i rutinen, med några ord.',
    pathInUse:
      'En kontaktväg som du tar bort används fortfarande: {{uses}}. Välj en annan kontaktväg för dem först, eller behåll den här.',
    stale:
      'Någon annan ändrade aktören medan du skrev. Dina ändringar är inte sparade. Stäng och öppna aktören igen för att se den senaste versionen.',
    forbidden:
      'Du kan bara ändra organisationen du företräder. Be en samordnare om hjälp med den här.',
    failed: 'Det gick inte att spara aktören. Försök igen om en stund.',
    add: 'Lägg till aktören',
    save: 'Spara ändringarna',
  },
  path: {
    title: 'Kontaktvägar',
    intro: 'Hur organisationen nås. Lägg den som ska användas först överst.',
    none: 'Inga kontaktvägar än.',
    legend: 'Kontaktväg {{number}}',
    channel: 'Sätt att nå',
    value: {
      phone: 'Telefonnummer',
      email: 'E-postadress',
      web: 'Webbadress',
      address: VOCABULARY.sv.channel.address,
      other: 'Kontaktuppgift',
    },
    valueHint: {
      phone: 'Till exempel 08-123 456 78, 020-390 000 eller 114 14.',
      email: 'En funktionsadress, till exempel socialjouren@kommun.se.',
      web: 'Hela adressen, till exempel https://www.kommun.se/socialtjanst.',
      address: 'Gatuadress och ort.',
      other: 'Hur man når organisationen på annat sätt.',
    },
    valueMissing: 'Kontaktväg {{number}}: fyll i hur organisationen nås',
    invalid: {
      phone:
        'Kontaktväg {{number}}: skriv telefonnumret som ett svenskt nummer, till exempel 08-123 456 78, 020-390 000 eller 114 14, eller med landsnummer (+46 …).',
      email:
        'Kontaktväg {{number}}: skriv e-postadressen i rätt format, till exempel socialjouren@kommun.se.',
      web: 'Kontaktväg {{number}}: skriv hela webbadressen, till exempel https://www.kommun.se.',
      address: 'Kontaktväg {{number}}: kontrollera adressen.',
      other: 'Kontaktväg {{number}}: kontrollera kontaktuppgiften.',
    },
    label: 'Vad den är till för (frivilligt)',
    labelHint: 'Till exempel Mottagningen för barn och unga.',
    hours: 'Öppettider',
    hoursHint: 'Till exempel vardagar 8–17.',
    always: 'Dygnet runt',
    audience: 'Gäller',
    notes: 'Så används den (frivilligt)',
    notesHint: 'Till exempel: Be växeln om socialjouren.',
    fieldOf: 'Kontaktväg {{number}}, {{field}}',
    part: {
      value: 'kontaktuppgift',
      label: 'vad den är till för',
      hours: 'öppettider',
      notes: 'så används den',
    },
    add: 'Lägg till kontaktväg',
    remove: 'Ta bort kontaktväg {{number}}',
  },
  delete: {
    title: 'Ta bort {{name}}?',
    text: 'Aktören och dess kontaktvägar tas bort. Det går inte att ångra.',
    confirm: 'Ta bort aktören',
    inUse: '{{name}} används fortfarande och kan inte tas bort:',
    inUseWhat:
      'Ta bort dem eller välj en annan aktör för dem först. Då kan du ta bort den här aktören.',
    failed: 'Det gick inte att ta bort aktören. Försök igen om en stund.',
  },
  uses: {
    action: 'Åtgärd i {{routine}}, steg {{step}}: {{what}}',
    obstacle: 'Hinder i {{routine}}, steg {{step}}: {{what}}',
    member: 'Medlemmen {{name}} företräder organisationen',
  },
} as const;

export const actorsEn: CatalogueOf<typeof actorsSv> = {
  intro:
    'The actors are the organisations that do something in the routine. For each actor you write how it is reached: phone, e-mail or otherwise, at what times and for whom.',
  tip: 'Name functions (e.g. the social services out-of-hours team), not persons, so the routine holds when staff change.',
  add: 'Add an actor',
  suggestMore: 'Choose from typical actors',
  onlyCoordinators: 'Only coordinators can add actors. Contact a coordinator if one is missing.',
  noPaths: 'No contact path yet. Add how the organisation is reached.',
  pathAudience: 'For: {{audience}}',
  added: '{{name}} has been added.',
  saved: 'The changes to {{name}} have been saved.',
  deleted: '{{name}} has been removed.',
  empty: {
    title: 'Start with the organisations of your collaboration',
    text: 'Most common are social services and their out-of-hours team, the police, health care, the Migration Agency, the school, the regional coordinator and the national support line. Choose them from a list and add them all at once.',
    suggest: 'Choose typical actors',
  },
  suggest: {
    title: 'Add typical actors',
    intro:
      'Tick the organisations that are part of your collaboration. National numbers are filled in already. Local numbers, such as the out-of-hours team’s, you add afterwards.',
    legend: 'Actors to add',
    hint: 'All are ticked to begin with. Untick those that should not be included.',
    prefilled: 'Filled in: {{numbers}}.',
    addNumberLater: 'Add the number afterwards.',
    noneChosen: 'Tick at least one actor',
    submit_one: 'Add {{count}} actor',
    submit_other: 'Add {{count}} actors',
    added_one: '{{count}} actor has been added.',
    added_other: '{{count}} actors have been added.',
    exists: '{{name}} (exists already)',
    failed: 'These could not be added: {{names}}. Try again in a moment.',
    allAdded: 'You have all the typical actors already.',
  },
  form: {
    addTitle: 'Add an actor',
    editTitle: 'Change {{name}}',
    name: 'Name',
    nameHint:
      'The name of the organisation or function, for example Social services out of hours in Example town.',
    nameMissing: 'Write the actor’s name',
    nameTaken: 'There is already an actor called {{name}}. Choose another name.',
    kind: 'Kind of organisation',
    description: 'Description (optional)',
    descriptionHint: 'What the organisation does in the routine, in a few words.',
    pathInUse:
      'A contact path you are removing is still in use: {{uses}}. Choose another contact path for them first, or keep this one.',
    stale:
      'Someone else changed the actor while you were writing. Your changes are not saved. Close and open the actor again to see the latest version.',
    forbidden:
      'You can only change the organisation you represent. Ask a coordinator for help with this one.',
    failed: 'The actor could not be saved. Try again in a moment.',
    add: 'Add the actor',
    save: 'Save the changes',
  },
  path: {
    title: 'Contact paths',
    intro: 'How the organisation is reached. Put the one to use first at the top.',
    none: 'No contact paths yet.',
    legend: 'Contact path {{number}}',
    channel: 'Way to reach',
    value: {
      phone: 'Phone number',
      email: 'E-mail address',
      web: 'Web address',
      address: VOCABULARY.en.channel.address,
      other: 'Contact details',
    },
    valueHint: {
      phone: 'For example 08-123 456 78, 020-390 000 or 114 14.',
      email: 'A function address, for example socialjouren@kommun.se.',
      web: 'The full address, for example https://www.kommun.se/socialtjanst.',
      address: 'Street address and town.',
      other: 'How to reach the organisation otherwise.',
    },
    valueMissing: 'Contact path {{number}}: fill in how the organisation is reached',
    invalid: {
      phone:
        'Contact path {{number}}: write the phone number as a Swedish number, for example 08-123 456 78, 020-390 000 or 114 14, or with a country code (+46 …).',
      email:
        'Contact path {{number}}: write the e-mail address in the right format, for example socialjouren@kommun.se.',
      web: 'Contact path {{number}}: write the full web address, for example https://www.kommun.se.',
      address: 'Contact path {{number}}: check the address.',
      other: 'Contact path {{number}}: check the contact details.',
    },
    label: 'What it is for (optional)',
    labelHint: 'For example Children and young people’s intake.',
    hours: 'Opening hours',
    hoursHint: 'For example weekdays 8–17.',
    always: 'Around the clock',
    audience: 'For',
    notes: 'How to use it (optional)',
    notesHint: 'For example: Ask the switchboard for the out-of-hours team.',
    fieldOf: 'Contact path {{number}}, {{field}}',
    part: {
      value: 'contact details',
      label: 'what it is for',
      hours: 'opening hours',
      notes: 'how to use it',
    },
    add: 'Add a contact path',
    remove: 'Remove contact path {{number}}',
  },
  delete: {
    title: 'Remove {{name}}?',
    text: 'The actor and its contact paths are removed. This cannot be undone.',
    confirm: 'Remove the actor',
    inUse: '{{name}} is still in use and cannot be removed:',
    inUseWhat:
      'Remove them or choose another actor for them first. Then you can remove this actor.',
    failed: 'The actor could not be removed. Try again in a moment.',
  },
  uses: {
    action: 'Action in {{routine}}, step {{step}}: {{what}}',
    obstacle: 'Obstacle in {{routine}}, step {{step}}: {{what}}',
    member: 'The member {{name}} represents the organisation',
  },
};
