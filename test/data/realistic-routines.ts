import type {
  RoutineSnapshot,
  SnapshotAction,
  SnapshotActor,
  SnapshotContactPath,
} from '../../src/domain/snapshot';

/**
 * Realistic, complete routines as a coordinator would write them: different sizes, a
 * children-only and an adults-only routine, a small municipality that shares its socialjour
 * with its neighbours. None of them may give a blocker (test/unit/realistic-routines.test.ts);
 * a false alarm here would cost a real collaboration a meeting. Kept apart from the
 * single-rule fixtures (test/unit/quality-fixtures.ts): these are written as text, not tuned
 * to one rule. Numbers are fictional (08-555 …, 0xx-55 55 …).
 */

type Audience = SnapshotAction['audience'];

interface PathSpec {
  phone?: string;
  email?: string;
  label: string;
  always?: boolean;
  hours?: string;
  audience?: Audience;
}

let counter = 0;
const nextId = (prefix: string) => `${prefix}-${(++counter).toString(36)}`;

function path(spec: PathSpec): SnapshotContactPath {
  const isPhone = spec.phone !== undefined;
  const value = isPhone
    ? `+46${spec.phone!.replace(/\D/g, '').replace(/^0/, '')}`
    : (spec.email ?? '');
  return {
    id: nextId('p'),
    channel: isPhone ? 'phone' : 'email',
    value,
    display: spec.phone ?? spec.email ?? '',
    href: isPhone ? `tel:${value}` : `mailto:${value}`,
    label: spec.label,
    hours: spec.always ? null : (spec.hours ?? 'vardagar 8–16.30'),
    always: spec.always ?? false,
    audience: spec.audience ?? 'all',
    notes: null,
  };
}

/** Builds one routine: actors with paths, actions chained by handoffs, answers for every question. */
class RoutineBuilder {
  readonly actors: SnapshotActor[] = [];
  readonly actions: SnapshotAction[] = [];
  private positions = new Map<number, number>();

  actor(name: string, kind: string, paths: PathSpec[]): SnapshotActor {
    const actor: SnapshotActor = {
      id: nextId('a'),
      name,
      kind,
      description: null,
      contactPaths: paths.map(path),
    };
    this.actors.push(actor);
    return actor;
  }

  action(
    step: number,
    actor: SnapshotActor,
    what: string,
    options: {
      kind?: string;
      audience?: Audience;
      entry?: boolean;
      via?: string;
      to?: SnapshotAction[];
      when?: string;
    } = {},
  ): SnapshotAction {
    const position = this.positions.get(step) ?? 0;
    this.positions.set(step, position + 1);
    const action: SnapshotAction = {
      id: nextId('x'),
      step,
      actorId: actor.id,
      what,
      when: options.when ?? null,
      audience: options.audience ?? 'all',
      contactPathId: options.via
        ? (actor.contactPaths.find((p) => p.label === options.via)?.id ?? null)
        : null,
      kind: options.kind ?? 'other',
      isEntryPoint: options.entry ?? false,
      handoffTo: (options.to ?? []).map((a) => a.id),
      position,
    };
    this.actions.push(action);
    return action;
  }
}

function answersFor(place: string, audience: string): Record<string, string> {
  return {
    's1.q1': `Att ${audience} i ${place} som utsätts för människohandel eller prostitution upptäcks tidigt, får skydd och stöd och att brotten anmäls.`,
    's1.q2': 'Att varje part utser en kontaktfunktion, utbildar sin personal och följer rutinen.',
    's1.q3':
      'Personalen vet vilka tecken de ska vara uppmärksamma på och vart de vänder sig samma dag.',
    's2.q1': 'Skola, vård, polis och socialtjänst möter personerna i sitt vanliga arbete.',
    's2.q2': 'De kan ställa frågor, dokumentera och kontakta ingången.',
    's2.q3': 'Delvis; många känner inte till tecknen. Därför utbildar vi.',
    's2.q4': 'Civilsamhällets uppsökande verksamhet kan fånga upp fler.',
    's2.q5': 'Genom en gemensam ingång och en tydlig kedja av överlämningar.',
    's3.q1': `I ${place} finns ingångar enligt tabellen. Efter kontorstid gäller socialjouren.`,
    's3.q2': 'Ingången gör en första bedömning och kallar in de aktörer som behövs.',
    's3.q3': 'Tolk och information om rättigheter förbereds innan första samtalet.',
    's3.q4': 'Personalen vet inte alltid vart de ska vända sig.',
    's3.q5': 'Kontaktkort på intranätet och utbildning varje höst.',
    's4.q1': 'Den som möter personen följer huvudregeln och lämnar över till ingången.',
    's4.q2': 'Personen kan vara rädd för myndigheter.',
    's4.q3': 'Vi tar hjälp av civilsamhället och tolk.',
    's5.q1': 'Socialtjänsten planerar stöd och skydd; polisen utreder.',
    's5.q2': 'Samordnade möten med regionkoordinatorn vid behov.',
    's5.q3': 'Informationen om rättigheter upprepas och följs upp.',
    's6.q1': 'Genomgång av ärenden varje år och enkät till personalen.',
  };
}

function finish(
  b: RoutineBuilder,
  meta: { name: string; title: string; slug: string; mainRule: string; audience: string },
  responsible: SnapshotActor,
): RoutineSnapshot {
  const order = (a: SnapshotAction, c: SnapshotAction) =>
    a.step - c.step || a.position - c.position;
  return {
    schema: 'samrutin.routine/1',
    template: { id: 'samrutin-mall-enskilda-arenden', version: '1' },
    collaboration: { name: meta.name, area: null },
    routine: { title: meta.title, slug: meta.slug, mainRule: meta.mainRule },
    answers: answersFor(meta.name, meta.audience),
    actors: [...b.actors].sort((a, c) => a.name.localeCompare(c.name, 'sv')),
    actions: [...b.actions].sort(order),
    obstacles: [
      {
        id: nextId('o'),
        step: 3,
        description: 'Personalen känner inte till rutinen',
        remedy: 'Utbildning varje höst och kontaktkort på intranätet',
        ownerActorId: responsible.id,
        position: 0,
      },
    ],
    knowledge: [],
    milestones: [
      {
        id: nextId('m'),
        phase: 'establish',
        title: 'Rutinen antagen',
        plannedDate: '2027-02-15',
        doneDate: null,
      },
      {
        id: nextId('m'),
        phase: 'implement',
        title: 'All personal utbildad',
        plannedDate: '2027-05-31',
        doneDate: null,
      },
      {
        id: nextId('m'),
        phase: 'test',
        title: 'Fallövning',
        plannedDate: '2027-09-30',
        doneDate: null,
      },
      {
        id: nextId('m'),
        phase: 'evaluate',
        title: 'Första utvärderingen',
        plannedDate: '2028-01-31',
        doneDate: null,
      },
    ],
    evaluationPlan: {
      method: 'Ärendegenomgång och enkät till aktörerna',
      indicators: ['Antal ärenden', 'Tid från upptäckt till skyddsbedömning'],
      responsibleActorId: responsible.id,
      frequencyMonths: 12,
      nextReviewDate: '2028-01-31',
    },
  };
}

/** Rights actions in step 5 for one audience, the report of concern and the support promise. */
function supportChain(
  b: RoutineBuilder,
  soc: SnapshotActor,
  police: SnapshotActor,
  coordinator: SnapshotActor,
  audience: Audience,
): SnapshotAction[] {
  const forAdults = audience !== 'children';
  const forChildren = audience !== 'adults';
  const chain = [
    b.action(5, soc, 'Gör en skyddsbedömning samma dag', {
      kind: 'protection_assessment',
      audience,
    }),
    b.action(
      5,
      soc,
      forChildren ? 'Placerar barnet i skyddat boende vid behov' : 'Ordnar skyddat boende',
      {
        kind: forChildren ? 'protective_placement' : 'emergency_assistance',
        audience,
      },
    ),
    b.action(5, soc, 'Bokar tolk till alla samtal', { kind: 'interpreter', audience }),
    b.action(5, soc, 'Informerar om rättigheter, skriftligt och muntligt', {
      kind: 'rights_information',
      audience,
    }),
    b.action(5, police, 'Tar upp polisanmälan och inleder förundersökning', {
      kind: 'report_to_police',
      audience,
    }),
    b.action(5, police, 'Begär målsägandebiträde före första förhöret', {
      kind: 'counsel_for_injured_party',
      audience,
    }),
    b.action(
      5,
      soc,
      'Ansöker om betänketid hos Migrationsverket när personen saknar uppehållstillstånd',
      {
        kind: 'reflection_period',
        audience,
      },
    ),
    b.action(5, coordinator, 'Ger råd i ärendet och kopplar in återvändandeprogrammet vid behov', {
      kind: 'consult_regional_coordinator',
      audience,
    }),
  ];
  if (forAdults) {
    chain.push(
      b.action(5, soc, 'Ger stöd oavsett om personen vill medverka i utredningen eller inte', {
        audience: 'adults',
      }),
    );
  }
  if (forChildren) {
    chain.push(
      b.action(5, soc, 'Begär hos överförmyndaren att en god man utses för ensamkommande barn', {
        audience: 'children',
      }),
    );
  }
  return chain;
}

/** A large city: separate entries for children and adults, a 24/7 socialjour, civil society. */
function largeCity(): RoutineSnapshot {
  const b = new RoutineBuilder();
  const soc = b.actor('Socialtjänsten, Stadsdel Centrum', 'social_services', [
    { phone: '08-555 100 00', label: 'Barnmottagningen', audience: 'children' },
    { phone: '08-555 100 10', label: 'Vuxenmottagningen', audience: 'adults' },
    { phone: '08-555 199 99', label: 'Socialjouren', always: true },
  ]);
  const police = b.actor('Polisen, region Stockholm', 'police', [
    { phone: '114 14', label: 'Polisen', always: true },
  ]);
  const coordinator = b.actor('Regionkoordinatorn Stockholm', 'regional_coordinator', [
    { phone: '08-555 200 00', label: 'Regionkoordinatorn' },
  ]);
  const support = b.actor('Nationella stödtelefonen', 'national_resource', [
    { phone: '020-390 000', label: 'Stödtelefon för yrkesverksamma' },
  ]);
  const school = b.actor('Grundskolorna (elevhälsan)', 'school', [
    { email: 'elevhalsan@stad.example.se', label: 'Elevhälsan' },
  ]);
  const ngo = b.actor('Stadsmissionen', 'civil_society', [
    { phone: '08-555 300 00', label: 'Uppsökande verksamhet' },
  ]);
  const health = b.actor('Ungdomsmottagningen', 'health_care', [
    { phone: '08-555 400 00', label: 'Mottagningen', audience: 'children' },
  ]);
  const chain = supportChain(b, soc, police, coordinator, 'all');
  const first = b.action(4, soc, 'Första samtalet enligt huvudregeln, med tolk', {
    to: [chain[0]!, chain[4]!],
  });
  const childEntry = b.action(3, soc, 'Tar emot orosanmälningar om barn', {
    kind: 'report_of_concern',
    audience: 'children',
    entry: true,
    via: 'Barnmottagningen',
    to: [first],
  });
  const adultEntry = b.action(3, soc, 'Tar emot ärenden om vuxna', {
    audience: 'adults',
    entry: true,
    via: 'Vuxenmottagningen',
    to: [first],
  });
  b.action(3, soc, 'Socialjouren tar emot ärenden efter kontorstid', {
    entry: true,
    via: 'Socialjouren',
    to: [first],
  });
  b.action(3, support, 'Ger råd till den som är osäker', { to: [adultEntry] });
  b.action(2, school, 'Upptäcker tecken hos en elev och gör en orosanmälan', {
    kind: 'report_of_concern',
    audience: 'children',
    to: [childEntry],
  });
  b.action(2, ngo, 'Möter vuxna i prostitution vid uppsökande arbete', {
    audience: 'adults',
    to: [adultEntry],
  });
  b.action(2, health, 'Uppmärksammar tecken vid besök', { audience: 'children', to: [childEntry] });
  return finish(
    b,
    {
      name: 'Samverkan mot människohandel i Storstad',
      title: 'Rutin vid misstanke om människohandel',
      slug: 'storstad',
      mainRule: 'Lämna aldrig personen ensam. Kontakta ingången samma dag.',
      audience: 'barn och vuxna',
    },
    soc,
  );
}

/** A children-only routine: school, health care and social services' children's unit. */
function childrenOnly(): RoutineSnapshot {
  const b = new RoutineBuilder();
  const soc = b.actor('Socialtjänsten, barn och unga', 'social_services', [
    { phone: '031-55 55 00', label: 'Mottagningen barn och unga', audience: 'children' },
    { phone: '031-55 55 99', label: 'Socialjouren', always: true, audience: 'children' },
  ]);
  const police = b.actor('Polisen', 'police', [
    { phone: '114 14', label: 'Polisen', always: true },
  ]);
  const coordinator = b.actor('Regionskoordinator Väst', 'regional_coordinator', [
    { email: 'regionkoordinator@vast.example.se', label: 'Regionkoordinatorn' },
  ]);
  const school = b.actor('Skolorna', 'school', [
    { email: 'elevhalsa@kommun.example.se', label: 'Elevhälsan' },
  ]);
  const bup = b.actor('Barn- och ungdomspsykiatrin', 'health_care', [
    { phone: '031-55 56 00', label: 'BUP', audience: 'children' },
  ]);
  const chain = supportChain(b, soc, police, coordinator, 'children');
  const first = b.action(4, soc, 'Samtal med barnet, med tolk', {
    audience: 'children',
    to: [chain[0]!],
  });
  const entry = b.action(3, soc, 'Tar emot orosanmälningar och gör en skyddsbedömning', {
    kind: 'report_of_concern',
    audience: 'children',
    entry: true,
    via: 'Mottagningen barn och unga',
    to: [first],
  });
  b.action(3, soc, 'Socialjouren tar emot orosanmälningar efter kontorstid', {
    kind: 'report_of_concern',
    audience: 'children',
    entry: true,
    via: 'Socialjouren',
    to: [first],
  });
  b.action(2, school, 'Gör en orosanmälan vid tecken på exploatering', {
    kind: 'report_of_concern',
    audience: 'children',
    to: [entry],
  });
  b.action(2, bup, 'Uppmärksammar tecken och gör en orosanmälan', {
    kind: 'report_of_concern',
    audience: 'children',
    to: [entry],
  });
  const routine = finish(
    b,
    {
      name: 'Barnsamverkan Västkommun',
      title: 'Rutin för barn som kan vara utsatta för människohandel',
      slug: 'barn-vastkommun',
      mainRule:
        'Vid minsta oro: gör en orosanmälan till socialtjänsten samma dag. Stödtelefonen 020-39 00 00 ger råd.',
      audience: 'barn',
    },
    soc,
  );
  // The routine concerns children only: say so in step 3, question 1.
  routine.answers['s3.q1'] =
    'Alla som upptäcker oro för ett barn kontaktar socialtjänstens mottagning, efter kontorstid socialjouren.';
  return routine;
}

/** An adults-only routine: prostitution and labour exploitation, with an NGO and health care. */
function adultsOnly(): RoutineSnapshot {
  const b = new RoutineBuilder();
  const soc = b.actor('Socialtjänsten, vuxenenheten', 'social_services', [
    { phone: '040-55 55 10', label: 'Vuxenmottagningen', audience: 'adults' },
    { phone: '040-55 55 90', label: 'Socialjouren', always: true, audience: 'adults' },
  ]);
  const police = b.actor('Polisen, region Syd', 'police', [
    { phone: '114 14', label: 'Polisen', always: true },
  ]);
  const coordinator = b.actor('Regionkoordinatorn Syd', 'regional_coordinator', [
    { phone: '040-55 56 00', label: 'Regionkoordinatorn' },
  ]);
  const clinic = b.actor('Mottagningen för sexuell hälsa', 'health_care', [
    { phone: '040-55 57 00', label: 'Mottagningen', audience: 'adults' },
  ]);
  const work = b.actor('Arbetsmiljöverket', 'other', [{ phone: '010-730 90 00', label: 'Växeln' }]);
  const chain = supportChain(b, soc, police, coordinator, 'adults');
  const first = b.action(4, soc, 'Första samtalet med tolk, på en trygg plats', {
    audience: 'adults',
    to: [chain[0]!, chain[8]!],
  });
  const entry = b.action(3, soc, 'Tar emot ärenden om vuxna', {
    audience: 'adults',
    entry: true,
    via: 'Vuxenmottagningen',
    to: [first],
  });
  b.action(3, soc, 'Socialjouren tar emot ärenden efter kontorstid', {
    audience: 'adults',
    entry: true,
    via: 'Socialjouren',
    to: [first],
  });
  b.action(2, clinic, 'Frågar om våld och exploatering vid besök', {
    audience: 'adults',
    to: [entry],
  });
  b.action(2, work, 'Upptäcker tecken på arbetskraftsexploatering vid inspektion', {
    audience: 'adults',
    to: [entry],
  });
  return finish(
    b,
    {
      name: 'Sydstadens samverkan',
      title: 'Rutin för vuxna utsatta för människohandel och prostitution',
      slug: 'vuxna-sydstaden',
      mainRule:
        'Ta personen på allvar och kontakta vuxenmottagningen, efter kontorstid socialjouren. Råd: stödtelefonen 020-390 000.',
      audience: 'vuxna',
    },
    soc,
  );
}

/** A small municipality that shares its socialjour with three neighbours and has no school actor. */
function smallMunicipality(): RoutineSnapshot {
  const b = new RoutineBuilder();
  const soc = b.actor('Individ- och familjeomsorgen', 'social_services', [
    { phone: '0980-555 00', label: 'Mottagningen', audience: 'all' },
  ]);
  const jour = b.actor('Socialjouren Norrbotten (gemensam för fyra kommuner)', 'social_services', [
    { phone: '0920-555 99', label: 'Socialjouren', always: true },
  ]);
  const police = b.actor('Polisen, lokalpolisområde Norr', 'police', [
    { phone: '114 14', label: 'Polisen', always: true },
  ]);
  const coordinator = b.actor('Regionkoordinator Norr', 'regional_coordinator', [
    { phone: '0920-555 10', label: 'Regionkoordinatorn' },
  ]);
  const health = b.actor('Hälsocentralen', 'health_care', [
    { phone: '0980-555 20', label: 'Hälsocentralen' },
  ]);
  const chain = supportChain(b, soc, police, coordinator, 'all');
  const first = b.action(4, soc, 'Första samtalet enligt huvudregeln', { to: [chain[0]!] });
  const day = b.action(3, soc, 'Tar emot orosanmälningar om barn och ärenden om vuxna dagtid', {
    kind: 'report_of_concern',
    entry: true,
    via: 'Mottagningen',
    to: [first],
  });
  b.action(3, jour, 'Tar emot ärenden efter kontorstid och lämnar över nästa vardag', {
    entry: true,
    via: 'Socialjouren',
    to: [first],
  });
  b.action(2, health, 'Uppmärksammar tecken vid besök och ringer mottagningen', { to: [day] });
  return finish(
    b,
    {
      name: 'Lillby kommun',
      title: 'Rutin vid misstanke om människohandel och prostitution',
      slug: 'lillby',
      mainRule:
        'Ring mottagningen samma dag, efter kontorstid socialjouren. Vid akut fara: 112. Råd: stödtelefonen.',
      audience: 'barn och vuxna',
    },
    soc,
  );
}

/** A medium town with the migration agency and a shelter run by civil society. */
function mediumTown(): RoutineSnapshot {
  const b = new RoutineBuilder();
  const soc = b.actor('Socialförvaltningen', 'social_services', [
    { phone: '019-555 10 00', label: 'Barn och familj', audience: 'children' },
    { phone: '019-555 11 00', label: 'Vuxenenheten', audience: 'adults' },
    { phone: '019-555 19 00', label: 'Socialjouren', always: true },
  ]);
  const police = b.actor('Polisen', 'police', [
    { phone: '114 14', label: 'Polisen', always: true },
  ]);
  const coordinator = b.actor('Regionkoordinatorn', 'regional_coordinator', [
    { phone: '019-555 20 00', label: 'Regionkoordinatorn' },
  ]);
  const migration = b.actor('Migrationsverket', 'migration_agency', [
    { phone: '0771-235 235', label: 'Kundtjänst' },
  ]);
  const shelter = b.actor('Skyddat boende (Plattformen)', 'civil_society', [
    { phone: '019-555 30 00', label: 'Boendet', always: true },
  ]);
  const school = b.actor('Gymnasieskolan', 'school', []);
  const chain = supportChain(b, soc, police, coordinator, 'all');
  const housing = b.action(5, shelter, 'Erbjuder skyddat boende inom Nationella stödprogrammet', {
    kind: 'emergency_assistance',
    audience: 'adults',
  });
  b.action(5, migration, 'Beslutar om betänketid och ersätter kommunens kostnader');
  chain[1]!.handoffTo = [housing.id];
  const first = b.action(4, soc, 'Första samtalet, med tolk', { to: [chain[0]!] });
  const childEntry = b.action(3, soc, 'Tar emot orosanmälningar om barn', {
    kind: 'report_of_concern',
    audience: 'children',
    entry: true,
    via: 'Barn och familj',
    to: [first],
  });
  b.action(3, soc, 'Tar emot ärenden om vuxna', {
    audience: 'adults',
    entry: true,
    via: 'Vuxenenheten',
    to: [first],
  });
  b.action(3, soc, 'Socialjouren tar emot ärenden efter kontorstid', {
    entry: true,
    via: 'Socialjouren',
    to: [first],
  });
  b.action(2, school, 'Elevhälsan gör en orosanmälan vid tecken hos en elev', {
    kind: 'report_of_concern',
    audience: 'children',
    to: [childEntry],
  });
  return finish(
    b,
    {
      name: 'Mellanstads samverkan',
      title: 'Gemensam rutin mot människohandel',
      slug: 'mellanstad',
      mainRule:
        'Kontakta socialförvaltningen samma dag. Regionkoordinatorn och stödtelefonen (020-390 000) ger råd.',
      audience: 'barn och vuxna',
    },
    soc,
  );
}

/** The five realistic routines, by name. */
export const REALISTIC_ROUTINES: Record<string, () => RoutineSnapshot> = {
  'large city, children and adults': largeCity,
  'children only': childrenOnly,
  'adults only': adultsOnly,
  'small municipality with a shared socialjour': smallMunicipality,
  'medium town with a shelter and the migration agency': mediumTown,
};
