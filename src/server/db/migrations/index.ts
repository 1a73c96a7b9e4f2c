import type { Migration } from 'kysely';
import * as m0001 from './20261129_0001_auth';
import * as m0002 from './20261129_0002_collaborations_routines';
import * as m0003 from './20261129_0003_actors_actions';
import * as m0004 from './20261129_0004_review_versions_members';
import * as m1601 from './20261201_1601_routine_docs';

/** Every migration, by name; names sort in the order they run. Forward-only once landed. */
export const migrations: Record<string, Migration> = {
  '20261129_0001_auth': m0001,
  '20261129_0002_collaborations_routines': m0002,
  '20261129_0003_actors_actions': m0003,
  '20261129_0004_review_versions_members': m0004,
  '20261201_1601_routine_docs': m1601,
};
