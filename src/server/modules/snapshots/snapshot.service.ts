import type { Kysely } from 'kysely';
import type { RoutineSnapshot } from '../../../domain/snapshot';
import { notFound } from '../../core/errors';
import type { DB } from '../../db/schema';
import { readActions } from '../actions/actions.service';
import { readActors } from '../actors/actors.service';
import { readKnowledge } from '../knowledge/knowledge.service';
import { readObstacles } from '../obstacles/obstacles.service';
import {
  findAnswerTextsOfRoutine,
  findRoutineForSnapshot,
  findSnapshotEvaluationPlan,
  findSnapshotMilestones,
} from './snapshot.repository';

/**
 * The live draft of a routine as a snapshot: what a version would freeze now, what the
 * quality check reads. Callers check access first; this only reads.
 */
export async function loadDraftSnapshot(
  db: Kysely<DB>,
  routineId: string,
): Promise<RoutineSnapshot> {
  const routine = await findRoutineForSnapshot(db, routineId);
  if (!routine) throw notFound('The routine');

  const [answerRows, actors, actions, obstacles, knowledge, milestones, plan] = await Promise.all([
    findAnswerTextsOfRoutine(db, routineId),
    readActors(db, routine.collaborationId),
    readActions(db, routineId),
    readObstacles(db, routineId),
    readKnowledge(db, routine.collaborationId),
    findSnapshotMilestones(db, routineId),
    findSnapshotEvaluationPlan(db, routineId),
  ]);

  const answers: Record<string, string> = {};
  for (const a of answerRows) if (a.text.trim()) answers[a.questionId] = a.text;

  const referenced = new Set<string>();
  for (const a of actions) referenced.add(a.actorId);
  for (const o of obstacles) if (o.ownerActorId) referenced.add(o.ownerActorId);
  if (plan?.responsibleActorId) referenced.add(plan.responsibleActorId);

  return {
    schema: 'samrutin.routine/1',
    template: { id: routine.templateId, version: routine.templateVersion },
    collaboration: { name: routine.collaborationName, area: routine.collaborationArea },
    routine: { title: routine.title, slug: routine.slug, mainRule: routine.mainRule },
    answers,
    actors: actors
      .filter((a) => referenced.has(a.id))
      .map(({ id, name, kind, description, contactPaths }) => ({
        id,
        name,
        kind,
        description,
        contactPaths,
      })),
    actions: actions.map(
      ({
        id,
        step,
        actorId,
        what,
        when,
        audience,
        contactPathId,
        kind,
        isEntryPoint,
        handoffTo,
        position,
      }) => ({
        id,
        step,
        actorId,
        what,
        when,
        audience,
        contactPathId,
        kind,
        isEntryPoint,
        handoffTo,
        position,
      }),
    ),
    obstacles: obstacles.map(({ id, step, description, remedy, ownerActorId, position }) => ({
      id,
      step,
      description,
      remedy,
      ownerActorId,
      position,
    })),
    knowledge: knowledge
      .filter((k) => !k.hidden)
      .map(
        ({
          id,
          source,
          title,
          kind,
          url,
          notes,
          steps,
          contact,
          sourceName,
          lastChecked,
          annotation,
        }) => ({
          id,
          source,
          title,
          kind,
          url,
          notes,
          steps,
          contact,
          sourceName,
          lastChecked,
          annotation,
        }),
      ),
    milestones: milestones.map((m) => ({
      ...m,
      phase: m.phase as RoutineSnapshot['milestones'][number]['phase'],
    })),
    evaluationPlan: plan
      ? {
          method: plan.method,
          indicators: JSON.parse(plan.indicators) as string[],
          responsibleActorId: plan.responsibleActorId,
          frequencyMonths: plan.frequencyMonths,
          nextReviewDate: plan.nextReviewDate,
        }
      : null,
  };
}
