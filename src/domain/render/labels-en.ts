import { EVERY_MONTHS, lowerLabels, VOCABULARY } from '../vocabulary-labels';
import type { Labels } from './labels';

const V = VOCABULARY.en;

/** English: a full translation, not a fallback. */
export const en: Labels = {
  lang: 'en',
  skipLink: 'Skip to content',
  otherLanguage: { lang: 'sv', label: 'På svenska' },
  status: {
    draft: `${V.routineStatus.draft} – not adopted`,
    in_review: `${V.routineStatus.in_review} – not adopted`,
    adopted: V.routineStatus.adopted,
    superseded: 'Replaced by a later version',
    archived: `${V.routineStatus.archived} – no longer in force`,
  },
  notAdoptedWarning:
    'This is not the adopted routine. Use the adopted version when handling a case.',
  adoptedOn: (date) => `Adopted ${date}`,
  version: (n) => `version ${n}`,
  draft: V.routineStatus.draft.toLowerCase(),
  nextReview: (my) => `next review ${my}`,
  collaboration: 'Collaboration',
  suspect: 'Do you suspect human trafficking or prostitution?',
  childBox: 'Is it about a child (under 18)?',
  adultBox: 'Is it about an adult?',
  officeHours: 'Office hours',
  afterHours: 'After office hours, evenings and weekends',
  allHours: 'Around the clock',
  noEntryPoints: 'No way in is given here. In acute danger, call 112.',
  noAfterHours: 'No after-hours path is given. In acute danger, call 112.',
  linkLabel: (channel, actor, audience, value) =>
    `${channel === 'phone' ? 'Call' : channel === 'email' ? 'E-mail' : 'Open'} ${actor}, ${audience}: ${value}`,
  emergency: 'Acute danger:',
  emergencyLink: 'call 112',
  supportLine: 'Advice for professionals:',
  mainRule: 'Main rule for the first contact',
  stepHeading: (n, title) => `Step ${n}: ${title}`,
  responsibilities: 'Each organisation’s responsibilities in this step',
  noResponsibilities: 'The routine does not yet say who does something in this step.',
  handsOverTo: 'hands over to',
  handsOverToHeading: 'Hands over to',
  via: 'via',
  when: 'when',
  entryPoint: 'Entry point',
  audience: lowerLabels(V.audience),
  forAudience: V.forAudience,
  answersHeading: 'How we work',
  whoDoesWhat: 'Who does what',
  diagramHeading: 'The flow at a glance',
  diagramTitle: 'Flow chart: who does what in steps 2–5',
  diagramDesc: (a, b, c) =>
    `${a} organisations, ${b} tasks and ${c} handoffs. One row per organisation, one column per step; the arrows show who hands over to whom.`,
  diagramOpen: 'Open the flow chart as a full-size picture',
  diagramTextAlternative: 'The table below the picture shows the same in text.',
  diagramTableIntro:
    'One row per organisation, one column per step. The arrow (→) shows whom the task is handed over to.',
  matrixCaption: 'Who does what in steps 2–5',
  actor: 'Organisation',
  what: 'What',
  contact: 'Contact',
  contactPath: 'Contact path',
  contactValue: 'Number or address',
  hours: 'Hours and notes',
  step: 'Step',
  stepShort: (n) => `Step ${n}`,
  rights: 'The victim’s rights',
  rightsIntro: 'Check that the victim gets these. The routine says who is responsible.',
  right: {
    rights_information: {
      title: 'Information on rights',
      detail: 'Early, in a language the victim understands.',
    },
    interpreter: { title: 'Interpreter', detail: 'When needed, from the first contact.' },
    protection_assessment: {
      // Sources: socialtjänstlagen (2025:400); CETS 197 art. 10.3 (docs/legal-sources.md).
      title: 'Protection assessment',
      detail:
        'For a child: at once when a report of concern comes in. Where there are reasons to believe the person is under 18, they are treated as a child until their age is established.',
    },
    emergency_assistance: {
      title: 'Emergency assistance and safe housing',
      detail: 'Secure housing, material and psychological help.',
    },
    health_care: { title: 'Emergency health care', detail: 'Care, and documenting injuries.' },
    reflection_period: {
      title: 'Reflection period (30 days)',
      // Source: utlänningslagen 5 kap. 15 § (docs/legal-sources.md).
      detail:
        'A temporary residence permit can be granted to a person without a permit who may be a victim of human trafficking or human exploitation. The head of the preliminary investigation or the social welfare board applies; the Migration Agency decides.',
    },
    counsel_for_injured_party: {
      title: 'Counsel for the injured party',
      // Source: lag (1988:609) om målsägandebiträde; CETS 197 art. 15.2.
      detail: 'Costs the victim nothing. Best appointed before the first interview.',
    },
    support_person: {
      title: 'Support person',
      detail: 'Someone who supports the victim throughout.',
    },
    damages: { title: 'Damages', detail: 'Information on the right to compensation.' },
    return_programme: {
      title: 'Safe return',
      detail: 'Voluntary, through the regional coordinator (the return programme).',
    },
  },
  securedBy: 'Responsible:',
  notSecured: 'The routine names no one responsible.',
  contacts: 'Contacts',
  channel: VOCABULARY.en.channel,
  knowledge: 'Support and material',
  lastChecked: (d) => `checked ${d}`,
  goal: 'The goal',
  obstacles: 'Obstacles and how we overcome them',
  remedy: 'How we overcome it',
  noRemedy: 'No remedy is given yet.',
  responsible: 'Responsible',
  followUp: 'Follow-up and development',
  method: 'Method',
  indicators: 'Indicators',
  everyMonths: EVERY_MONTHS.en,
  frequency: 'How often',
  nextReviewDate: 'Next review',
  timeline: 'Timeline',
  phase: VOCABULARY.en.phase,
  phaseHeading: 'Phase',
  planned: 'Planned',
  done: 'Done',
  signOffs: 'Sign-offs',
  organisation: 'Organisation',
  representative: 'Representative',
  date: 'Date',
  decisionReference: 'Decision (reference)',
  registeredBy: (name, organisation) =>
    name
      ? `Registered by ${name} (coordinator) for ${organisation}`
      : `Registered by a coordinator for ${organisation}`,
  noSignOffs: 'No organisation has signed this version yet.',
  footer: ({ version, hash, date }) =>
    [version, hash ? `checksum ${hash}` : null, date ? `adopted ${date}` : null]
      .filter(Boolean)
      .join(' · '),
  generated: (d) => `Generated ${d}`,
  page: (c, t) => `Page ${c} of ${t}`,
  actionKind: VOCABULARY.en.actionKind,
  notFoundTitle: 'Page not found',
  notFoundText:
    'The routine does not exist, is not adopted yet, or is shown to members of the collaboration only. Check the address. If you are a member, sign in and open the routine again.',
  notFoundSignIn: 'Sign in',
  notAdoptedYet:
    'The routine is not adopted yet, so it has no published version. You see this because you are a member of the collaboration; others are told the page does not exist.',
  notAdoptedPreview: 'Preview the draft',
  cardScan: 'The whole routine:',
  cardMore: 'Scan the code or type the address.',
  madeWith: 'Made with Samrutin',
  pageDescription: (routine, collaboration) =>
    `${routine} – ${collaboration}. Whom to contact first when you suspect human trafficking or prostitution, day and night, and what each organisation does.`,
  national: {
    title: 'Routines across the country',
    intro:
      'Adopted routines for individual cases of human trafficking and prostitution, from the collaborations that chose to be shown here.',
    empty: 'No collaboration shows its routine here yet.',
    noArea: 'Area not given',
    count: (n) => (n === 1 ? '1 routine' : `${n} routines`),
    home: 'To Samrutin',
    about:
      'Each collaboration decides whether its adopted, public routines are shown here. The page shows only what the published routines already show.',
    description: 'Adopted routines for cases of human trafficking and prostitution in Sweden.',
  },
  offline: {
    checksum: (hash) => `Checksum ${hash}`,
    fetched: 'fetched',
    savedCopy: 'You are offline. You are reading the copy saved on this device.',
    updated: (n) => `The routine has been updated. You are now reading version ${n}.`,
    stale:
      'The saved copy is more than 30 days old. Check that you have the latest version when you are online again.',
    shortName: 'Routine',
    description: 'The adopted routine against human trafficking and prostitution, also offline.',
  },
};
