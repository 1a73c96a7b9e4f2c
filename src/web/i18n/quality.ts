import type { CatalogueOf } from './catalogue';

/** Kvalitetskontroll, and the personal-data guard of the forms. */
export const qualitySv = {
  severity: {
    blocker: 'Stoppande brist',
    warning: 'Varning',
    tip: 'Tips',
  },
  count: {
    blocker_one: '{{count}} stoppande brist',
    blocker_other: '{{count}} stoppande brister',
    warning_one: '{{count}} varning',
    warning_other: '{{count}} varningar',
    tip_one: '{{count}} tips',
    tip_other: '{{count}} tips',
    list: '{{first}} och {{last}}',
  },
  source: 'Källa',
  header: {
    label: 'Kvalitetskontroll',
    noBlockers: 'Inga stoppande brister',
  },
  panel: {
    title: 'Kvalitetskontroll för steget',
    checking: 'Kontrollerar rutinen …',
    none: 'Kvalitetskontrollen har inget att anmärka på i det här steget.',
    summary: 'I det här steget: {{counts}}.',
    toPage: 'Se hela kvalitetskontrollen',
  },
  page: {
    intro:
      'Samrutin kontrollerar hela tiden vad mallen och de utsattas rättigheter kräver av rutinen. Listan uppdateras när ni sparar.',
    legend: {
      blocker: 'måste åtgärdas innan ni kan frysa en version av rutinen.',
      warning: 'bör åtgärdas så att rutinen blir komplett.',
      tip: 'är värt att titta på.',
    },
    total: 'Hela rutinen: {{counts}}.',
    wholeRoutine: 'Hela rutinen',
    none: 'Kvalitetskontrollen har inget att anmärka på. Rutinen uppfyller allt som kontrolleras.',
  },
  filter: {
    legend: 'Visa',
    severity: 'Allvarlighet',
    allSeverities: 'Alla',
    only: {
      blocker: 'Bara stoppande brister',
      warning: 'Bara varningar',
      tip: 'Bara tips',
    },
    step: 'Steg',
    allSteps: 'Alla steg',
    none: 'Inget att visa med de här valen. Välj Alla för att se hela listan.',
  },
  goTo: {
    question: 'Gå till fråga {{number}} i steg {{step}}',
    action: 'Gå till åtgärden',
    actions: 'Gå till Vem gör vad i steg {{step}}',
    obstacle: 'Gå till hindret',
    actor: 'Gå till aktören',
    contactPath: 'Gå till kontaktvägen',
    mainRule: 'Gå till huvudregeln',
    timeline: 'Gå till tidslinjen',
    evaluationPlan: 'Gå till utvärderingsplanen',
    step: 'Gå till steg {{step}}',
    overview: 'Gå till översikten',
  },
  personalData: {
    title: 'Texten ser ut att innehålla ett personnummer',
    why: 'Därför är den inte sparad. Rutinen får inte innehålla uppgifter om enskilda personer, till exempel personnummer eller samordningsnummer. Ta bort numret och spara igen.',
    notOne:
      'Är det inget personnummer, till exempel ett diarienummer? Då kan du spara ändå. Det noteras i händelseloggen.',
    acknowledge: 'Det är inget personnummer – spara ändå',
  },
} as const;

export const qualityEn: CatalogueOf<typeof qualitySv> = {
  severity: {
    blocker: 'Blocker',
    warning: 'Warning',
    tip: 'Tip',
  },
  count: {
    blocker_one: '{{count}} blocker',
    blocker_other: '{{count}} blockers',
    warning_one: '{{count}} warning',
    warning_other: '{{count}} warnings',
    tip_one: '{{count}} tip',
    tip_other: '{{count}} tips',
    list: '{{first}} and {{last}}',
  },
  source: 'Source',
  header: {
    label: 'Quality check',
    noBlockers: 'No blockers',
  },
  panel: {
    title: 'Quality check for this step',
    checking: 'Checking the routine …',
    none: 'The quality check has nothing to point out in this step.',
    summary: 'In this step: {{counts}}.',
    toPage: 'See the whole quality check',
  },
  page: {
    intro:
      'Samrutin keeps checking what the template and the victims’ rights require of the routine. The list updates when you save.',
    legend: {
      blocker: 'must be fixed before you can freeze a version of the routine.',
      warning: 'should be fixed so the routine is complete.',
      tip: 'is worth a look.',
    },
    total: 'The whole routine: {{counts}}.',
    wholeRoutine: 'The whole routine',
    none: 'The quality check has nothing to point out. The routine meets everything that is checked.',
  },
  filter: {
    legend: 'Show',
    severity: 'Severity',
    allSeverities: 'All',
    only: {
      blocker: 'Only blockers',
      warning: 'Only warnings',
      tip: 'Only tips',
    },
    step: 'Step',
    allSteps: 'All steps',
    none: 'Nothing to show with these choices. Choose All to see the whole list.',
  },
  goTo: {
    question: 'Go to question {{number}} in step {{step}}',
    action: 'Go to the action',
    actions: 'Go to Who does what in step {{step}}',
    obstacle: 'Go to the obstacle',
    actor: 'Go to the actor',
    contactPath: 'Go to the contact path',
    mainRule: 'Go to the main rule',
    timeline: 'Go to the timeline',
    evaluationPlan: 'Go to the evaluation plan',
    step: 'Go to step {{step}}',
    overview: 'Go to the overview',
  },
  personalData: {
    title: 'The text seems to contain a personal identity number',
    why: 'That is why it was not saved. The routine must not hold data about individuals, such as personal identity numbers or coordination numbers. Remove the number and save again.',
    notOne:
      'Is it not a personal identity number, for example a case reference? Then you can save anyway. This is noted in the event log.',
    acknowledge: 'It is not a personal identity number – save anyway',
  },
};
