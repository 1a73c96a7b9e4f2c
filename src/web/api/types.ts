import type { Collaboration } from '../../contracts/collaborations';
import type { RoutineStatus } from '../../contracts/routines';

/** GET /api/template serves the template module of src/domain/template as JSON. */
export type {
  Template,
  TemplateQuestion,
  TemplateStep,
} from '../../domain/template/types';

/** A routine as listed under a collaboration on GET /api/collaborations. */
export interface RoutineBrief {
  id: string;
  slug: string;
  title: string;
  status: RoutineStatus;
}

export type CollaborationWithRoutines = Collaboration & { routines?: RoutineBrief[] };
