import type { Kysely } from 'kysely';
import type { DB, ObstaclesTable } from '../../db/schema';

export async function findObstaclesOfRoutine(db: Kysely<DB>, routineId: string) {
  return db
    .selectFrom('obstacles')
    .selectAll()
    .where('routineId', '=', routineId)
    .orderBy('step')
    .orderBy('position')
    .execute();
}

export async function findObstacleById(db: Kysely<DB>, id: string) {
  return db.selectFrom('obstacles').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function countObstaclesOfStep(db: Kysely<DB>, routineId: string, step: number) {
  const count = await db
    .selectFrom('obstacles')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('routineId', '=', routineId)
    .where('step', '=', step)
    .executeTakeFirstOrThrow();
  return Number(count.n);
}

export async function insertObstacle(db: Kysely<DB>, row: ObstaclesTable) {
  await db.insertInto('obstacles').values(row).execute();
}

export async function updateObstacle(db: Kysely<DB>, id: string, next: ObstaclesTable) {
  await db.updateTable('obstacles').set(next).where('id', '=', id).execute();
}

export async function deleteObstacleById(db: Kysely<DB>, id: string) {
  await db.deleteFrom('obstacles').where('id', '=', id).execute();
}
