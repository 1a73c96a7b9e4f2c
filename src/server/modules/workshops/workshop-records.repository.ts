import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

/** Every question of every workshop of the routine, with its workshop's state and dates. */
export async function findQuestionsOfRoutineWorkshops(db: Kysely<DB>, routineId: string) {
  return db
    .selectFrom('workshopQuestions as q')
    .innerJoin('workshops as w', 'w.id', 'q.workshopId')
    .select([
      'q.workshopId',
      'q.questionId',
      'q.phase',
      'q.round',
      'w.code',
      'w.state',
      'w.createdAt',
      'w.endsAt',
      'w.endedAt',
    ])
    .where('w.routineId', '=', routineId)
    .orderBy('w.createdAt', 'desc')
    .orderBy('q.position')
    .execute();
}

/** Every block cast in the routine's workshops: round, reason and organisation (no names). */
export async function findBlocksOfRoutineWorkshops(db: Kysely<DB>, routineId: string) {
  return db
    .selectFrom('workshopVotes as v')
    .innerJoin('workshops as w', 'w.id', 'v.workshopId')
    .innerJoin('workshopParticipants as p', 'p.id', 'v.participantId')
    .select(['v.workshopId', 'v.questionId', 'v.round', 'v.reason', 'p.organisation'])
    .where('w.routineId', '=', routineId)
    .where('v.stance', '=', 'block')
    .orderBy('v.updatedAt')
    .execute();
}

/** When each of the routine's answers was last written. */
export async function findAnswerTimes(db: Kysely<DB>, routineId: string) {
  return db
    .selectFrom('answers')
    .select(['questionId', 'updatedAt'])
    .where('routineId', '=', routineId)
    .execute();
}
