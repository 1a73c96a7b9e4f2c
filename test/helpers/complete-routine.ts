import type { FastifyInstance } from 'fastify';
import { type Client, createCollaborationWithRoutine } from './app';

interface Actor {
  id: string;
  name: string;
  contactPaths: { id: string; label: string | null }[];
}

/**
 * A routine without blocking findings, ready to freeze: social services, police and health
 * care with contact paths (24/7 ones included); actions in steps 2–5 with entry points for
 * children and adults and a report of concern received by social services; the main rule;
 * an evaluation plan; the default timeline (one milestone per phase). Throws when the check
 * still finds a blocker, so a test fails here and not somewhere obscure.
 */
export async function createCompleteRoutine(app: FastifyInstance) {
  const base = await createCollaborationWithRoutine(app);
  const c = base.coordinator;
  const { collaborationId, routineId } = base;

  const actor = async (body: unknown): Promise<Actor> => {
    const res = await c.post(`/api/collaborations/${collaborationId}/actors`, body);
    if (res.status !== 201) throw new Error(`actor: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const social = await actor({
    name: 'Socialtjänsten',
    kind: 'social_services',
    contactPaths: [
      {
        channel: 'phone',
        value: '08-123 456 78',
        label: 'Mottagningen barn och unga',
        hours: 'vardagar 8–17',
        audience: 'children',
      },
      {
        channel: 'phone',
        value: '08-123 456 79',
        label: 'Mottagningen vuxna',
        hours: 'vardagar 8–17',
        audience: 'adults',
      },
      {
        channel: 'phone',
        value: '08-123 456 70',
        label: 'Socialjouren',
        always: true,
        audience: 'all',
      },
    ],
  });
  const police = await actor({
    name: 'Polisen',
    kind: 'police',
    contactPaths: [
      { channel: 'phone', value: '112', label: 'Akut', always: true, audience: 'all' },
      { channel: 'phone', value: '114 14', label: 'Ej akut', always: true, audience: 'all' },
    ],
  });
  const health = await actor({
    name: 'Hälso- och sjukvården',
    kind: 'health_care',
    contactPaths: [
      { channel: 'phone', value: '1177', label: 'Vårdguiden', always: true, audience: 'all' },
    ],
  });

  const action = async (body: Record<string, unknown>): Promise<{ id: string }> => {
    const res = await c.post(`/api/routines/${routineId}/actions`, body);
    if (res.status !== 201) throw new Error(`action: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const path = (a: Actor, i: number) => a.contactPaths[i]!.id;
  const receiveChildren = await action({
    step: 3,
    actorId: social.id,
    what: 'Tar emot orosanmälan om barn och gör en skyddsbedömning samma dag',
    audience: 'children',
    contactPathId: path(social, 0),
    kind: 'report_of_concern',
    isEntryPoint: true,
  });
  const receiveAdults = await action({
    step: 3,
    actorId: social.id,
    what: 'Tar emot kontakt om vuxna, dygnet runt via socialjouren',
    audience: 'adults',
    contactPathId: path(social, 2),
    isEntryPoint: true,
  });
  const detect = await action({
    step: 2,
    actorId: health.id,
    what: 'Uppmärksammar tecken på människohandel och gör orosanmälan',
    audience: 'all',
    contactPathId: path(health, 0),
    kind: 'report_of_concern',
    handoffTo: [receiveChildren.id, receiveAdults.id],
  });
  const firstContact = await action({
    step: 4,
    actorId: social.id,
    what: 'Håller första samtalet med tolk och informerar om rättigheter',
    audience: 'all',
    contactPathId: path(social, 2),
    kind: 'rights_information',
  });
  const step5 = [
    {
      actorId: police.id,
      what: 'Tar emot polisanmälan',
      kind: 'report_to_police',
      p: path(police, 1),
    },
    {
      actorId: social.id,
      what: 'Gör en skyddsbedömning',
      kind: 'protection_assessment',
      p: path(social, 2),
    },
    {
      actorId: social.id,
      what: 'Ger akut bistånd och boende',
      kind: 'emergency_assistance',
      p: path(social, 2),
    },
    {
      actorId: social.id,
      what: 'Ansöker om betänketid',
      kind: 'reflection_period',
      p: path(social, 1),
    },
    {
      actorId: police.id,
      what: 'Begär målsägandebiträde',
      kind: 'counsel_for_injured_party',
      p: path(police, 1),
    },
    { actorId: social.id, what: 'Bokar tolk', kind: 'interpreter', p: path(social, 1) },
  ];
  const protection: { id: string }[] = [];
  for (const a of step5) {
    protection.push(
      await action({
        step: 5,
        actorId: a.actorId,
        what: a.what,
        audience: 'all',
        contactPathId: a.p,
        kind: a.kind,
      }),
    );
  }

  const put = async (url: string, body: unknown, method: 'patch' | 'put' = 'put') => {
    const res = await c[method](url, body);
    if (res.status !== 200) throw new Error(`${url}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  await put(
    `/api/routines/${routineId}`,
    { mainRule: 'Ring alltid socialjouren först. Vid akut fara: ring 112.' },
    'patch',
  );
  await put(`/api/routines/${routineId}/evaluation-plan`, {
    method: 'Årlig genomgång av ärenden och en workshop med alla aktörer',
    indicators: ['Antal ärenden', 'Tid till första kontakt'],
    responsibleActorId: social.id,
    frequencyMonths: 12,
    nextReviewDate: '2027-11-30',
  });

  const check = await c.get(`/api/routines/${routineId}/check`);
  const blockers = (check.body?.findings ?? []).filter(
    (f: { severity: string }) => f.severity === 'blocker',
  );
  if (check.status !== 200 || blockers.length > 0) {
    throw new Error(`createCompleteRoutine: still blocked: ${JSON.stringify(blockers)}`);
  }

  return {
    coordinator: c as Client,
    collaborationId,
    routineId,
    actors: { social, police, health },
    actions: { detect, receiveChildren, receiveAdults, firstContact, protection },
  };
}
