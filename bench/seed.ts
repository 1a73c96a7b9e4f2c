import type { Kysely } from 'kysely';
import { canonicalJson, sha256Hex } from '../src/domain/canonical';
import { questionIds } from '../src/domain/template';
import type { DB } from '../src/server/db/schema';
import { loadDraftSnapshot } from '../src/server/modules/snapshots/snapshot.service';

/** The fast bulk-seeding path for benchmarks: plain multi-row inserts in one transaction. */
export interface SeedShape {
  actors: number;
  actions: number;
}

export const REALISTIC: SeedShape = { actors: 25, actions: 150 };
export const SMALL: SeedShape = { actors: 8, actions: 30 };

const KINDS = [
  'social_services',
  'police',
  'health_care',
  'school',
  'migration_agency',
  'civil_society',
  'regional_coordinator',
  'other',
];
const ACTION_KINDS = [
  'report_of_concern',
  'report_to_police',
  'protection_assessment',
  'emergency_assistance',
  'reflection_period',
  'counsel_for_injured_party',
  'interpreter',
  'rights_information',
  'other',
];

async function insertChunked<T>(db: Kysely<DB>, table: keyof DB, rows: T[]) {
  for (let i = 0; i < rows.length; i += 200) {
    // biome-ignore lint/suspicious/noExplicitAny: generic bulk insert over any table
    await db
      .insertInto(table)
      .values(rows.slice(i, i + 200) as any)
      .execute();
  }
}

/**
 * One collaboration with a member, a routine with every question answered, `shape.actors`
 * actors with two contact paths each, `shape.actions` actions over steps 2–5 (entry points
 * for children and adults, a handoff chain), obstacles, milestones and an evaluation plan.
 */
export async function seedCollaboration(
  db: Kysely<DB>,
  n: number,
  userId: string,
  shape: SeedShape,
) {
  const at = '2026-11-28T10:00:00.000Z';
  const cid = `c${n}-${crypto.randomUUID()}`;
  const rid = `r${n}-${crypto.randomUUID()}`;
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('collaborations')
      .values({ id: cid, name: `Kommun ${n}`, area: `Län ${n % 21}`, createdAt: at, updatedAt: at })
      .execute();
    await trx
      .insertInto('memberships')
      .values({ collaborationId: cid, userId, role: 'coordinator', actorId: null, createdAt: at })
      .execute();
    await trx
      .insertInto('routines')
      .values({
        id: rid,
        collaborationId: cid,
        slug: `kommun-${n}-${rid.slice(-8)}`,
        title: `Rutin för enskilda ärenden, kommun ${n}`,
        status: 'draft',
        visibility: 'public',
        mainRule:
          'Kontakta socialtjänsten samma dag, efter kontorstid socialjouren. Vid akut fara: ring 112.',
        templateId: 'samrutin-mall-enskilda-arenden',
        templateVersion: '1',
        createdBy: userId,
        createdAt: at,
        updatedAt: at,
        adoptedVersion: null,
        adoptedAt: null,
        nextReviewDate: null,
      })
      .execute();
    await insertChunked(
      trx,
      'answers',
      questionIds().map((q) => ({
        routineId: rid,
        questionId: q,
        text: `Svar på ${q}: socialtjänsten, polisen och hälso- och sjukvården samverkar enligt rutinen. Åtgärder dokumenteras.`,
        revision: 1,
        updatedBy: userId,
        updatedAt: at,
      })),
    );
    const actors = Array.from({ length: shape.actors }, (_, i) => ({
      id: `${rid}-a${i}`,
      collaborationId: cid,
      name: `Organisation ${i} (${KINDS[i % KINDS.length]})`,
      kind: KINDS[i % KINDS.length]!,
      description: 'Ansvarar för sin del av kedjan.',
      revision: 1,
      createdAt: at,
      updatedAt: at,
    }));
    await insertChunked(trx, 'actors', actors);
    await insertChunked(
      trx,
      'contactPaths',
      actors.flatMap((a, i) => [
        {
          id: `${a.id}-p0`,
          actorId: a.id,
          channel: 'phone',
          value: `+46812345${String(600 + i).padStart(3, '0')}`,
          label: 'Dagtid',
          hours: 'vardagar 8–17',
          always: 0,
          audience: i % 2 ? 'adults' : 'children',
          notes: null,
          position: 0,
        },
        {
          id: `${a.id}-p1`,
          actorId: a.id,
          channel: 'phone',
          value: '11414',
          label: 'Dygnet runt',
          hours: null,
          always: 1,
          audience: 'all',
          notes: 'Fråga efter jourhavande',
          position: 1,
        },
      ]),
    );
    const perStep = Math.ceil(shape.actions / 4);
    const actions = Array.from({ length: shape.actions }, (_, i) => {
      const step = 2 + Math.floor(i / perStep);
      const actor = actors[i % actors.length]!;
      const position = i % perStep;
      return {
        id: `${rid}-x${i}`,
        routineId: rid,
        step,
        actorId: actor.id,
        what: `Åtgärd ${i}: tar emot kontakten, bedömer skyddsbehovet och lämnar över enligt rutinen`,
        whenText: position % 3 === 0 ? 'samma dag' : null,
        audience: step === 3 && position < 2 ? (position === 0 ? 'children' : 'adults') : 'all',
        contactPathId: `${actor.id}-p${position % 2}`,
        kind: ACTION_KINDS[i % ACTION_KINDS.length]!,
        isEntryPoint: step === 3 && position < 3 ? 1 : 0,
        position,
        revision: 1,
        createdAt: at,
        updatedAt: at,
      };
    });
    await insertChunked(trx, 'actions', actions);
    await insertChunked(
      trx,
      'actionHandoffs',
      actions
        .filter((a, i) => a.step < 5 && i + perStep < actions.length)
        .map((a, i) => ({
          fromActionId: a.id,
          toActionId: actions[actions.indexOf(a) + perStep]!.id,
          position: 0 + (i % 1),
        })),
    );
    await insertChunked(
      trx,
      'obstacles',
      Array.from({ length: 10 }, (_, i) => ({
        id: `${rid}-o${i}`,
        routineId: rid,
        step: 2 + (i % 4),
        description: `Hinder ${i}: alla känner inte till rutinen`,
        remedy: 'Utbildning varje halvår',
        ownerActorId: actors[i % actors.length]!.id,
        position: Math.floor(i / 4),
        revision: 1,
        createdAt: at,
        updatedAt: at,
      })),
    );
    await insertChunked(
      trx,
      'milestones',
      ['establish', 'implement', 'test', 'evaluate'].map((phase, i) => ({
        id: `${rid}-m${i}`,
        routineId: rid,
        phase,
        title: `Milstolpe ${phase}`,
        plannedDate: `2027-0${i + 1}-15`,
        doneDate: null,
        revision: 1,
        createdAt: at,
        updatedAt: at,
      })),
    );
    await trx
      .insertInto('evaluationPlans')
      .values({
        routineId: rid,
        method: 'Årlig genomgång av ärenden och en workshop med alla parter',
        indicators: JSON.stringify(['Antal ärenden', 'Tid till skyddsbedömning']),
        responsibleActorId: actors[0]!.id,
        frequencyMonths: 12,
        nextReviewDate: '2027-11-28',
        revision: 1,
        updatedAt: at,
      })
      .execute();
  });
  return { collaborationId: cid, routineId: rid };
}

/** Freezes the routine's draft as version 1 and marks it adopted (what sign-offs would do). */
export async function adoptDraft(db: Kysely<DB>, routineId: string) {
  const snapshot = canonicalJson(await loadDraftSnapshot(db, routineId));
  const at = '2026-11-28T11:00:00.000Z';
  await db
    .insertInto('routineVersions')
    .values({
      id: crypto.randomUUID(),
      routineId,
      number: 1,
      snapshot,
      hash: sha256Hex(snapshot),
      summary: 'Benchmark',
      createdBy: null,
      createdAt: at,
      adoptedAt: '2026-11-28',
    })
    .execute();
  await db
    .updateTable('routines')
    .set({
      status: 'adopted',
      adoptedVersion: 1,
      adoptedAt: '2026-11-28',
      nextReviewDate: '2027-11-28',
    })
    .where('id', '=', routineId)
    .execute();
}

/**
 * The published benches' routine: one realistic collaboration (25 actors, 150 actions) whose
 * draft is adopted as a public version, and the slug its page is served under.
 */
export async function seedPublishedRoutine(db: Kysely<DB>, userId: string) {
  const { routineId } = await seedCollaboration(db, 1, userId, REALISTIC);
  await adoptDraft(db, routineId);
  const { slug } = await db
    .selectFrom('routines')
    .select('slug')
    .where('id', '=', routineId)
    .executeTakeFirstOrThrow();
  return { routineId, slug };
}
