import type { FastifyInstance } from 'fastify';
import type { Client } from './app';
import { createCompleteRoutine } from './complete-routine';

export const PASSWORD = 'correct horse battery';

/** Answers with å ä ö that every form of the routine must carry. */
export const ANSWERS = {
  's1.q1':
    'Brottsoffer får tillgång till sina rättigheter och förövare lagförs – målet är gemensamt.',
  's2.q1': 'Skolkuratorer, sjuksköterskor och poliser möter ofta de utsatta först på gatan.',
  's4.q1': 'Lyssna, dokumentera och ring – vänta inte på bevis. Övergå aldrig till förhör.',
} as const;

export async function saveAnswers(c: Client, routineId: string, answers: Record<string, string>) {
  for (const [questionId, text] of Object.entries(answers)) {
    const current = await c.get(`/api/routines/${routineId}`);
    const baseRevision = current.body.answers[questionId]?.revision ?? 0;
    const res = await c.put(`/api/routines/${routineId}/answers/${questionId}`, {
      text,
      baseRevision,
    });
    if (res.status !== 200) throw new Error(`answer ${questionId}: ${res.status}`);
  }
}

/** Freezes the draft as the next version and has the coordinator sign it for every organisation. */
export async function freezeAndAdopt(c: Client, routineId: string): Promise<number> {
  const frozen = await c.post(`/api/routines/${routineId}/versions`, { summary: 'Antas' });
  if (frozen.status !== 201)
    throw new Error(`freeze: ${frozen.status} ${JSON.stringify(frozen.body)}`);
  const n = frozen.body.number as number;
  const overview = await c.get(`/api/routines/${routineId}/versions/${n}/sign-offs`);
  for (const r of overview.body.required as { actorId: string; name: string }[]) {
    const res = await c.post(`/api/routines/${routineId}/versions/${n}/sign-offs`, {
      actorId: r.actorId,
      representativeName: `Företrädare för ${r.name}`,
      representativeTitle: 'Förvaltningschef',
      decisionReference: `Beslut ${r.name} § ${n}`,
      password: PASSWORD,
    });
    if (res.status !== 201) throw new Error(`sign-off: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return n;
}

/**
 * A complete routine (see complete-routine.ts) with answers, four more entry points (six in
 * all), adopted as version 1 and, unless told otherwise, public.
 */
export async function createAdoptedRoutine(
  app: FastifyInstance,
  options: { visibility?: 'public' | 'members' } = {},
) {
  const base = await createCompleteRoutine(app);
  const c = base.coordinator;
  const { routineId, actors } = base;
  await saveAnswers(c, routineId, ANSWERS);
  const extra = [
    {
      actorId: actors.police.id,
      p: actors.police.contactPaths[1]!.id,
      what: 'Polisen tar emot anmälan dygnet runt',
      audience: 'all',
    },
    {
      actorId: actors.health.id,
      p: actors.health.contactPaths[0]!.id,
      what: 'Vården ger råd om vård',
      audience: 'adults',
    },
    {
      actorId: actors.social.id,
      p: actors.social.contactPaths[1]!.id,
      what: 'Mottagningen för vuxna tar emot samtal',
      audience: 'adults',
    },
    {
      actorId: actors.police.id,
      p: actors.police.contactPaths[0]!.id,
      what: 'Polisen vid akut fara',
      audience: 'children',
    },
  ];
  for (const e of extra) {
    const res = await c.post(`/api/routines/${routineId}/actions`, {
      step: 3,
      actorId: e.actorId,
      what: e.what,
      audience: e.audience,
      contactPathId: e.p,
      isEntryPoint: true,
    });
    if (res.status !== 201)
      throw new Error(`entry point: ${res.status} ${JSON.stringify(res.body)}`);
  }
  const version = await freezeAndAdopt(c, routineId);
  if ((options.visibility ?? 'public') === 'public') {
    const res = await c.patch(`/api/routines/${routineId}`, { visibility: 'public' });
    if (res.status !== 200) throw new Error(`visibility: ${res.status}`);
  }
  const routine = await c.get(`/api/routines/${routineId}`);
  return { ...base, version, slug: routine.body.slug as string };
}
