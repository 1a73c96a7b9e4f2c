import type { Migration } from 'kysely/migration';
import * as m0001 from './20261129_0001_auth';
import * as m0002 from './20261129_0002_collaborations_routines';
import * as m0003 from './20261129_0003_actors_actions';
import * as m0004 from './20261129_0004_review_versions_members';
import * as m1101 from './20261201_1101_revisions';
import * as m1102 from './20261201_1102_audit_append_only';
import * as m1103 from './20261201_1103_audit_retention';
import * as m1301 from './20261201_1301_audit_event_params';
import * as m1601 from './20261201_1601_routine_docs';
import * as m1801 from './20261201_1801_feedback';
import * as m1802 from './20261201_1802_jobs_notifications';
import * as m2001 from './20261201_2001_publish_stamp';
import * as m1401 from './20261202_1401_routine_slug_history';
import * as m1803 from './20261202_1803_review_periods';
import * as m1810 from './20261202_1810_regions';
import * as m1811 from './20261202_1811_national_listing';
import * as m2002 from './20261202_2002_export_files';
import * as m2101 from './20261202_2101_workshops';
import * as m2201 from './20261202_2201_sso';
import * as m2301 from './20261202_2301_workshop_wording';

/** Every migration, by name; names sort in the order they run. Forward-only once landed. */
export const migrations: Record<string, Migration> = {
  '20261129_0001_auth': m0001,
  '20261129_0002_collaborations_routines': m0002,
  '20261129_0003_actors_actions': m0003,
  '20261129_0004_review_versions_members': m0004,
  '20261201_1101_revisions': m1101,
  '20261201_1102_audit_append_only': m1102,
  '20261201_1103_audit_retention': m1103,
  '20261201_1301_audit_event_params': m1301,
  '20261201_1601_routine_docs': m1601,
  '20261201_1801_feedback': m1801,
  '20261201_1802_jobs_notifications': m1802,
  '20261201_2001_publish_stamp': m2001,
  '20261202_1401_routine_slug_history': m1401,
  '20261202_1803_review_periods': m1803,
  '20261202_1810_regions': m1810,
  '20261202_1811_national_listing': m1811,
  '20261202_2002_export_files': m2002,
  '20261202_2101_workshops': m2101,
  '20261202_2201_sso': m2201,
  '20261202_2301_workshop_wording': m2301,
};
