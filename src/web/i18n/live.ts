import type { CatalogueOf } from './catalogue';

/** Live co-editing and presence (issue 16). */
export const liveSv = {
  here_one: '{{count}} här nu',
  here_other: '{{count}} här nu',
  presenceLabel: 'Här just nu',
  you: 'du',
  reader: 'läsare',
  joined: '{{name}} kom hit.',
  left: '{{name}} gick härifrån.',
  onStep: 'På steg {{step}}: {{names}}',
  writing: '{{names}} skriver här',
  state: {
    connecting: 'Ansluter…',
    connected: 'Ansluten',
    reconnecting: 'Återansluter…',
    offline: 'Offline – dina ändringar sparas när du är ansluten igen',
  },
  stateLabel: 'Anslutning',
  waiting: 'Hämtar den senaste texten…',
  personalData:
    'Texten ser ut att innehålla ett personnummer. Rutinen får inte innehålla uppgifter om enskilda personer. Ta bort det, eller bekräfta att det inte är ett personnummer.',
  notPersonalData: 'Det är inget personnummer – skicka texten',
  refused: {
    PERSONAL_DATA_SUSPECTED:
      'Ändringen skickades inte: texten såg ut att innehålla ett personnummer.',
    TEXT_TOO_LONG: 'Ändringen skickades inte: texten är för lång.',
    UNKNOWN_FIELD: 'Ändringen skickades inte.',
    FORBIDDEN_CHARACTER: 'Ändringen skickades inte: texten innehöll ett otillåtet tecken.',
    DOCUMENT_TOO_LARGE: 'Ändringen skickades inte: den är för stor.',
    RATE_LIMITED: 'För många ändringar på kort tid. Ansluter igen…',
    READ_ONLY: 'Du kan läsa men inte skriva i den här rutinen.',
  },
  closed: {
    'member-removed': 'Du är inte längre medlem i samverkansgruppen.',
    'role-changed': 'Din roll har ändrats. Ansluter igen…',
    'too-many-connections': 'Det är för många anslutna till rutinen just nu. Försöker igen…',
  },
  readOnlyLive: 'Du ser texten medan den skrivs men kan inte ändra den.',
} as const;

export const liveEn: CatalogueOf<typeof liveSv> = {
  here_one: '{{count}} here now',
  here_other: '{{count}} here now',
  presenceLabel: 'Here right now',
  you: 'you',
  reader: 'reader',
  joined: '{{name}} joined.',
  left: '{{name}} left.',
  onStep: 'On step {{step}}: {{names}}',
  writing: '{{names}} writing here',
  state: {
    connecting: 'Connecting…',
    connected: 'Connected',
    reconnecting: 'Reconnecting…',
    offline: 'Offline – your changes are saved when you are connected again',
  },
  stateLabel: 'Connection',
  waiting: 'Fetching the latest text…',
  personalData:
    'The text seems to contain a personal identity number. The routine must not hold data about individuals. Remove it, or confirm that it is not one.',
  notPersonalData: 'It is not a personal identity number – send the text',
  refused: {
    PERSONAL_DATA_SUSPECTED:
      'The change was not sent: the text seemed to contain a personal identity number.',
    TEXT_TOO_LONG: 'The change was not sent: the text is too long.',
    UNKNOWN_FIELD: 'The change was not sent.',
    FORBIDDEN_CHARACTER: 'The change was not sent: the text held a character that is not allowed.',
    DOCUMENT_TOO_LARGE: 'The change was not sent: it is too large.',
    RATE_LIMITED: 'Too many changes in a short time. Reconnecting…',
    READ_ONLY: 'You can read but not write in this routine.',
  },
  closed: {
    'member-removed': 'You are no longer a member of the collaboration.',
    'role-changed': 'Your role has changed. Reconnecting…',
    'too-many-connections': 'Too many people are connected to the routine right now. Retrying…',
  },
  readOnlyLive: 'You see the text as it is written but cannot change it.',
};
