import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

export async function isCollaborationListed(db: Kysely<DB>, collaborationId: string) {
  const row = await db
    .selectFrom('nationalListings')
    .select('collaborationId')
    .where('collaborationId', '=', collaborationId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertNationalListing(
  db: Kysely<DB>,
  row: { collaborationId: string; listedBy: string; listedAt: string },
) {
  await db.insertInto('nationalListings').values(row).execute();
}

export async function deleteNationalListing(db: Kysely<DB>, collaborationId: string) {
  await db.deleteFrom('nationalListings').where('collaborationId', '=', collaborationId).execute();
}

/** Adopted, public, not archived routines of listed collaborations, by area then name. */
export async function findListedPublicRoutines(db: Kysely<DB>) {
  return db
    .selectFrom('nationalListings as n')
    .innerJoin('collaborations as c', 'c.id', 'n.collaborationId')
    .innerJoin('routines as r', 'r.collaborationId', 'c.id')
    .select(['c.name as collaborationName', 'c.area', 'r.title', 'r.slug'])
    .where('r.visibility', '=', 'public')
    .where('r.adoptedVersion', 'is not', null)
    .where('r.status', '!=', 'archived')
    .orderBy('c.area')
    .orderBy('c.name')
    .orderBy('r.title')
    .execute();
}
