import { type Finding, runChecks } from '../../src/domain/quality';
import type {
  RoutineSnapshot,
  SnapshotAction,
  SnapshotActor,
  SnapshotContactPath,
  SnapshotObstacle,
} from '../../src/domain/snapshot';
import { questionIds } from '../../src/domain/template';

/** Snapshot factories for the quality rules' unit tests. */

export const TODAY = '2026-11-28';

export function contactPath(overrides: Partial<SnapshotContactPath> = {}): SnapshotContactPath {
  return {
    id: crypto.randomUUID(),
    channel: 'phone',
    value: '+46812345678',
    display: '08-123 456 78',
    href: 'tel:+46812345678',
    label: null,
    hours: 'vardagar 8–17',
    always: false,
    audience: 'all',
    notes: null,
    ...overrides,
  };
}

export function emailPath(value: string, overrides: Partial<SnapshotContactPath> = {}) {
  return contactPath({
    channel: 'email',
    value,
    display: value,
    href: `mailto:${value}`,
    ...overrides,
  });
}

export function actor(overrides: Partial<SnapshotActor> = {}): SnapshotActor {
  return {
    id: crypto.randomUUID(),
    name: 'Aktören',
    kind: 'other',
    description: null,
    contactPaths: [contactPath()],
    ...overrides,
  };
}

export function action(overrides: Partial<SnapshotAction> & { actorId: string }): SnapshotAction {
  return {
    id: crypto.randomUUID(),
    step: 2,
    what: 'Gör något',
    when: null,
    audience: 'all',
    contactPathId: null,
    kind: 'other',
    isEntryPoint: false,
    handoffTo: [],
    position: 0,
    ...overrides,
  };
}

export function obstacle(overrides: Partial<SnapshotObstacle> = {}): SnapshotObstacle {
  return {
    id: crypto.randomUUID(),
    step: 3,
    description: 'Personalen känner inte till rutinen',
    remedy: 'Utbildning varje höst',
    ownerActorId: null,
    position: 0,
    ...overrides,
  };
}

/** A routine with nothing: no answers, actions, actors or main rule. */
export function emptySnapshot(): RoutineSnapshot {
  return {
    schema: 'samrutin.routine/1',
    template: { id: 'samrutin-mall-enskilda-arenden', version: '1' },
    collaboration: { name: 'Testkommun', area: 'Testlän' },
    routine: { title: 'Rutin', slug: 'rutin', mainRule: null },
    answers: {},
    actors: [],
    actions: [],
    obstacles: [],
    knowledge: [],
    milestones: [],
    evaluationPlan: null,
  };
}

/**
 * A routine the check has nothing to say about: every question answered, a main rule,
 * entry points for children (social services) and adults (police, 24/7), a report of concern
 * to social services, a chain of handoffs from step 2 to 5, every right in step 5, the
 * regional coordinator and the national support line, a timeline with every phase and an
 * evaluation plan, support regardless of cooperation, a guardian for an unaccompanied child.
 * Named parts for tests to change.
 */
export function completeSnapshot() {
  const socChildren = contactPath({ label: 'Mottagningen barn', audience: 'children' });
  const socjour = contactPath({
    value: '+46855500000',
    display: '08-555 000 00',
    label: 'Socialjouren',
    hours: null,
    always: true,
  });
  const police112 = contactPath({ value: '11414', display: '114 14', hours: null, always: true });
  const social = actor({
    name: 'Socialtjänsten',
    kind: 'social_services',
    contactPaths: [socChildren, socjour],
  });
  const police = actor({ name: 'Polisen', kind: 'police', contactPaths: [police112] });
  const school = actor({
    name: 'Skolan',
    kind: 'school',
    contactPaths: [emailPath('elevhalsan@skolan.example.se')],
  });
  const coordinator = actor({ name: 'Regionkoordinatorn', kind: 'regional_coordinator' });
  const supportLine = actor({
    name: 'Nationella stödtelefonen',
    kind: 'national_resource',
    contactPaths: [contactPath({ value: '+4620390000', display: '020-39 00 00' })],
  });

  const s5 = (kind: string, actorId: string, what: string) =>
    action({ step: 5, actorId, kind, what });
  const step5 = {
    report: s5('report_to_police', police.id, 'Tar emot polisanmälan'),
    protection: s5('protection_assessment', social.id, 'Gör en skyddsbedömning'),
    emergency: s5(
      'emergency_assistance',
      social.id,
      'Ger akut bistånd oavsett om personen vill medverka i en utredning',
    ),
    guardian: s5('other', social.id, 'Begär att överförmyndaren utser en god man'),
    reflection: s5('reflection_period', social.id, 'Ansöker om betänketid'),
    counsel: s5('counsel_for_injured_party', police.id, 'Begär målsägandebiträde'),
    interpreter: s5('interpreter', social.id, 'Bokar tolk'),
    information: s5('rights_information', police.id, 'Informerar om rättigheter'),
    consult: s5('consult_regional_coordinator', coordinator.id, 'Ger råd i ärendet'),
  };
  const firstContact = action({
    step: 4,
    actorId: social.id,
    what: 'Första samtalet enligt huvudregeln',
    handoffTo: [step5.protection.id, step5.report.id],
  });
  const childEntry = action({
    step: 3,
    actorId: social.id,
    what: 'Tar emot orosanmälan',
    audience: 'children',
    isEntryPoint: true,
    kind: 'report_of_concern',
    contactPathId: socChildren.id,
    handoffTo: [firstContact.id],
  });
  const adultEntry = action({
    step: 3,
    actorId: police.id,
    what: 'Tar emot tips om vuxna',
    audience: 'adults',
    isEntryPoint: true,
    contactPathId: police112.id,
    handoffTo: [firstContact.id],
  });
  const detect = action({
    step: 2,
    actorId: school.id,
    what: 'Upptäcker tecken hos en elev',
    audience: 'children',
    handoffTo: [childEntry.id],
  });

  const answers: Record<string, string> = {};
  for (const id of questionIds()) answers[id] = `Svar på ${id}`;

  const snapshot: RoutineSnapshot = {
    ...emptySnapshot(),
    routine: {
      title: 'Rutin',
      slug: 'rutin',
      mainRule: 'Lämna aldrig personen ensam; kontakta ingången samma dag.',
    },
    answers,
    actors: [coordinator, supportLine, police, school, social],
    actions: [detect, childEntry, adultEntry, firstContact, ...Object.values(step5)],
    obstacles: [obstacle()],
    milestones: [
      {
        id: 'm1',
        phase: 'establish',
        title: 'Rutinen upprättad',
        plannedDate: '2027-02-28',
        doneDate: null,
      },
      {
        id: 'm2',
        phase: 'implement',
        title: 'Rutinen införd',
        plannedDate: '2027-04-28',
        doneDate: null,
      },
      {
        id: 'm3',
        phase: 'test',
        title: 'Rutinen testad',
        plannedDate: '2027-07-28',
        doneDate: null,
      },
      {
        id: 'm4',
        phase: 'evaluate',
        title: 'Första utvärderingen',
        plannedDate: '2027-11-28',
        doneDate: null,
      },
    ],
    evaluationPlan: {
      method: 'Genomgång av ärenden och enkät till aktörerna',
      indicators: ['Antal ärenden', 'Tid till skyddsbedömning'],
      responsibleActorId: coordinator.id,
      frequencyMonths: 12,
      nextReviewDate: '2027-11-28',
    },
  };
  return {
    snapshot,
    actors: { social, police, school, coordinator, supportLine },
    paths: { socChildren, socjour, police112 },
    actions: { detect, childEntry, adultEntry, firstContact, ...step5 },
  };
}

/** All findings, through the registry. */
export const check = (snapshot: RoutineSnapshot): Finding[] =>
  runChecks({ snapshot, today: TODAY });

/** The findings of one rule, through the registry. */
export const findingsOf = (snapshot: RoutineSnapshot, rule: string): Finding[] =>
  check(snapshot).filter((f) => f.rule === rule);
