import type { RenderModel } from '../../src/domain/render/model';
import type { RoutineSnapshot, SnapshotContactPath } from '../../src/domain/snapshot';

/** A realistic routine snapshot for renderer tests: four organisations, six entry points, handoffs, å ä ö. */
const phone = (
  id: string,
  display: string,
  e164: string,
  audience: SnapshotContactPath['audience'],
  extra: Partial<SnapshotContactPath> = {},
): SnapshotContactPath => ({
  id,
  channel: 'phone',
  value: e164,
  display,
  href: `tel:${e164}`,
  label: null,
  hours: null,
  always: false,
  audience,
  notes: null,
  ...extra,
});

export function fixtureSnapshot(): RoutineSnapshot {
  return {
    schema: 'samrutin.routine/1',
    template: { id: 'samrutin-mall-enskilda-arenden', version: '1' },
    collaboration: { name: 'Samverkan Västerås', area: 'Västmanlands län' },
    routine: {
      title: 'Rutin vid misstanke om människohandel',
      slug: 'rutin-vid-misstanke',
      mainRule: 'Kontakta alltid socialtjänsten först när ett barn är inblandat – även på kvällen.',
    },
    answers: {
      's1.q1': 'Brottsoffer får tillgång till sina rättigheter och förövare lagförs.',
      's2.q1': 'Skolkurator, sjuksköterska och polis möter ofta de utsatta först.',
      's4.q1': 'Lyssna, dokumentera och ring – vänta inte på bevis.',
      's6.q1': 'Vi följer upp rutinen varje år på ett gemensamt möte.',
    },
    actors: [
      {
        id: 'a-hv',
        name: 'Hälso- och sjukvården',
        kind: 'health_care',
        description: null,
        contactPaths: [phone('p-hv', '1177', '1177', 'all', { always: true })],
      },
      {
        id: 'a-nat',
        name: 'Nationella stödtelefonen',
        kind: 'national_resource',
        description: null,
        contactPaths: [
          phone('p-nat', '020-39 00 00', '+4620390000', 'all', { hours: 'vardagar 9–16' }),
        ],
      },
      {
        id: 'a-pol',
        name: 'Polisen',
        kind: 'police',
        description: null,
        contactPaths: [
          phone('p-pol', '114 14', '11414', 'all', { always: true }),
          {
            id: 'p-pol-mail',
            channel: 'email',
            value: 'registrator@polisen.se',
            display: 'registrator@polisen.se',
            href: 'mailto:registrator@polisen.se',
            label: null,
            hours: null,
            always: false,
            audience: 'all',
            notes: null,
          },
        ],
      },
      {
        id: 'a-soc',
        name: 'Socialtjänsten',
        kind: 'social_services',
        description: 'Individ- och familjeomsorgen',
        contactPaths: [
          phone('p-soc-barn', '08-123 456 78', '+46812345678', 'children', {
            label: 'Mottagningen barn och unga',
            hours: 'vardagar 8–17',
          }),
          phone('p-soc-vuxen', '08-123 456 79', '+46812345679', 'adults', {
            label: 'Mottagningen vuxna',
            hours: 'vardagar 8–16.30',
          }),
          phone('p-soc-jour', '08-123 400 00', '+46812340000', 'all', {
            label: 'Socialjouren',
            always: true,
          }),
        ],
      },
    ],
    actions: [
      act('x1', 2, 'a-hv', 'Uppmärksammar tecken på människohandel vid vårdbesök', 0, {
        handoffTo: ['e1'],
        kind: 'report_of_concern',
      }),
      act('e1', 3, 'a-soc', 'Tar emot orosanmälan om barn', 0, {
        isEntryPoint: true,
        contactPathId: 'p-soc-barn',
        audience: 'children',
        handoffTo: ['f1'],
      }),
      act('e2', 3, 'a-soc', 'Tar emot samtal om vuxna', 1, {
        isEntryPoint: true,
        contactPathId: 'p-soc-vuxen',
        audience: 'adults',
      }),
      act('e3', 3, 'a-soc', 'Socialjouren tar emot ärenden efter kontorstid', 2, {
        isEntryPoint: true,
        contactPathId: 'p-soc-jour',
      }),
      act('e4', 3, 'a-pol', 'Tar emot anmälan och ingriper', 3, {
        isEntryPoint: true,
        contactPathId: 'p-pol',
        handoffTo: ['s1'],
      }),
      act('e5', 3, 'a-hv', 'Vårdens rådgivning dygnet runt', 4, {
        isEntryPoint: true,
        contactPathId: 'p-hv',
      }),
      act('e6', 3, 'a-pol', 'E-post för skriftliga anmälningar', 5, {
        isEntryPoint: true,
        contactPathId: 'p-pol-mail',
        audience: 'adults',
      }),
      act('f1', 4, 'a-soc', 'Gör en skyddsbedömning samma dag', 0, {
        kind: 'protection_assessment',
        audience: 'children',
        handoffTo: ['s1', 's2'],
      }),
      act('s1', 5, 'a-pol', 'Utreder brottet och begär målsägandebiträde', 0, {
        kind: 'counsel_for_injured_party',
      }),
      act(
        's2',
        5,
        'a-soc',
        'Ansöker om betänketid hos Migrationsverket för den utsatta personen som saknar uppehållstillstånd i Sverige och behöver tid att återhämta sig',
        1,
        {
          kind: 'reflection_period',
          handoffTo: ['x1'],
        },
      ),
    ],
    obstacles: [
      {
        id: 'o1',
        step: 3,
        description: 'Personalen vet inte vilket nummer de ska ringa.',
        remedy: 'Kortet sätts upp i alla personalrum.',
        ownerActorId: 'a-soc',
        position: 0,
      },
    ],
    knowledge: [
      {
        id: 'national:nationell-stodtelefon',
        source: 'national',
        title: {
          sv: 'Jämställdhetsmyndighetens nationella stödtelefon',
          en: 'The Gender Equality Agency’s national support line',
        },
        kind: 'contact',
        url: 'https://www.jamstalldhetsmyndigheten.se',
        notes: null,
        steps: [3, 4, 5],
        contact: '020-390 000',
        sourceName: 'jamstalldhetsmyndigheten.se',
        lastChecked: '2026-11-28',
        annotation: null,
      },
      {
        id: 'k-local',
        source: 'local',
        title: { sv: 'Lokal handbok', en: 'Lokal handbok' },
        kind: 'document',
        url: 'https://example.org/handbok',
        notes: 'Läs före övningen.',
        steps: [2],
        contact: null,
        sourceName: null,
        lastChecked: null,
        annotation: null,
      },
    ],
    milestones: [
      {
        id: 'm1',
        phase: 'establish',
        title: 'Workshop om rutinen',
        plannedDate: '2027-01-15',
        doneDate: '2027-01-15',
      },
      {
        id: 'm2',
        phase: 'evaluate',
        title: 'Första utvärderingen',
        plannedDate: '2028-02-01',
        doneDate: null,
      },
    ],
    evaluationPlan: {
      method: 'Genomgång av ärenden och enkät till personalen.',
      indicators: ['Antal ärenden', 'Tid till första kontakt'],
      responsibleActorId: 'a-soc',
      frequencyMonths: 12,
      nextReviewDate: '2028-03-01',
    },
  };
}

function act(
  id: string,
  step: number,
  actorId: string,
  what: string,
  position: number,
  extra: Partial<RoutineSnapshot['actions'][number]> = {},
): RoutineSnapshot['actions'][number] {
  return {
    id,
    step,
    actorId,
    what,
    when: null,
    audience: 'all',
    contactPathId: null,
    kind: 'other',
    isEntryPoint: false,
    handoffTo: [],
    position,
    ...extra,
  };
}

export function fixtureModel(overrides: Partial<RenderModel['meta']> = {}): RenderModel {
  return {
    snapshot: fixtureSnapshot(),
    meta: {
      versionNumber: 2,
      hash: 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90',
      status: 'adopted',
      adoptedAt: '2027-03-01T09:00:00.000Z',
      nextReviewDate: '2028-03-01',
      signOffs: [
        {
          actorId: 'a-soc',
          actorName: 'Socialtjänsten',
          representativeName: 'Åsa Öberg',
          representativeTitle: 'Socialchef',
          decisionReference: 'SN 2027/14',
          signedDate: '2027-02-20',
          onBehalf: false,
          registeredByName: null,
        },
        {
          actorId: 'a-pol',
          actorName: 'Polisen',
          representativeName: 'Erik Ärlig',
          representativeTitle: 'Lokalpolisområdeschef',
          decisionReference: 'A123.456/2027',
          signedDate: '2027-02-25',
          onBehalf: true,
          registeredByName: 'Stina Samordnare',
        },
      ],
      publicUrl: 'https://samrutin.example.org/r/rutin-vid-misstanke',
      generatedAt: '2027-03-02T10:00:00.000Z',
      lang: 'sv',
      ...overrides,
    },
  };
}
