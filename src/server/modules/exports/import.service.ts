import type { ContactPathInput } from '../../../contracts/actors';
import type { ImportResult, RoutineExport } from '../../../contracts/exports';
import type { RoutineSnapshot } from '../../../domain/snapshot';
import { TEMPLATE } from '../../../domain/template';
import { isoNow, type ServiceContext } from '../../core/context';
import { AppError, validationFailed } from '../../core/errors';
import { guardFoundPersonalData } from '../../core/personal-data';
import { requireMembership, requireRole } from '../../core/tenancy';
import type { ActionsTable, ContactPathsTable } from '../../db/schema';
import { normalizeUrl } from '../../http/urls';
import { TaskInputError, type TaskRunner } from '../../workers/worker-pool';
import {
  findActorsOfCollaboration,
  findContactPathsOfActors,
  insertActor,
} from '../actors/actors.repository';
import { normalizeContactValue } from '../actors/contact-paths';
import { insertAuditEvent } from '../audit/audit.repository';
import { insertRoutine } from '../routines/routines.repository';
import { uniqueSlug } from '../routines/routines.service';
import {
  findLocalKnowledgeTitles,
  insertActionRows,
  insertAnswerRows,
  insertContactPathRows,
  insertEvaluationPlanRow,
  insertHandoffRows,
  insertKnowledgeItemRows,
  insertMilestoneRows,
  insertObstacleRows,
} from './import.repository';
import type { ImportFindings } from './import-checks';

const normalized = (p: { channel: string; value: string }) => {
  const r = normalizeContactValue({ ...(p as ContactPathInput), audience: 'all' }, 0);
  return 'value' in r ? r.value : p.value;
};
const nameKey = (name: string) => name.trim().toLowerCase();

/**
 * Recreates an exported routine as a new draft in a collaboration (coordinators), in one
 * transaction: actors matched by name (else created with their contact paths; a matched
 * actor's paths matched by channel and value, else added), new ids everywhere, a new slug.
 * Every problem of the document is listed in one 400; nothing is written unless all is well.
 */
export async function importRoutine(
  ctx: ServiceContext,
  workers: TaskRunner,
  collaborationId: string,
  body: unknown,
  acknowledgePersonalData: boolean | undefined,
): Promise<ImportResult> {
  const membership = await requireMembership(ctx.db, collaborationId, ctx.user.id);
  requireRole(membership, 'coordinator');
  // The checks of a large document (up to 5 MB) run in a worker thread, off the event loop.
  const { problems, personalData } = await workers
    .run<ImportFindings>('import-check', body)
    .catch((err: unknown) => {
      if (err instanceof TaskInputError) {
        throw validationFailed('(body)', 'is nested too deeply to be an export document');
      }
      throw err;
    });
  if (problems.length > 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      `The export document has ${problems.length} problem(s): ${problems
        .slice(0, 5)
        .map((p) => `${p.field}: ${p.message}`)
        .join('; ')}${problems.length > 5 ? '; …' : ''}`,
      problems,
    );
  }
  const doc = body as RoutineExport;
  const s = doc.snapshot as RoutineSnapshot;
  const at = isoNow(ctx.clock);
  const routineId = crypto.randomUUID();
  const newId = () => crypto.randomUUID();

  return ctx.db.transaction().execute(async (trx) => {
    await guardFoundPersonalData(trx, personalData, acknowledgePersonalData, {
      collaborationId,
      userId: ctx.user.id,
      targetType: 'routine',
      targetId: routineId,
      at,
    });
    const slug = await uniqueSlug(trx, s.routine.title);
    await insertRoutine(trx, {
      id: routineId,
      collaborationId,
      slug,
      title: s.routine.title,
      status: 'draft',
      visibility: 'members',
      mainRule: s.routine.mainRule?.trim() ? s.routine.mainRule : null,
      templateId: TEMPLATE.id,
      templateVersion: TEMPLATE.version,
      createdBy: ctx.user.id,
      createdAt: at,
      updatedAt: at,
      adoptedVersion: null,
      adoptedAt: null,
      nextReviewDate: null,
    });
    await insertAnswerRows(
      trx,
      Object.entries(s.answers)
        .filter(([, text]) => text.trim() !== '')
        .map(([questionId, text]) => ({
          routineId,
          questionId,
          text,
          revision: 1,
          updatedBy: ctx.user.id,
          updatedAt: at,
        })),
    );

    // Actors: matched by name, else created; paths matched by channel + value, else added.
    const existing = await findActorsOfCollaboration(trx, collaborationId);
    const byName = new Map(existing.map((a) => [nameKey(a.name), a]));
    const existingPaths = await findContactPathsOfActors(
      trx,
      existing.map((a) => a.id),
    );
    const actorMap = new Map<string, string>();
    const pathMap = new Map<string, string>();
    const pathRows: ContactPathsTable[] = [];
    let created = 0;
    for (const actor of s.actors) {
      const match = byName.get(nameKey(actor.name));
      const actorId = match?.id ?? newId();
      actorMap.set(actor.id, actorId);
      if (!match) {
        created++;
        await insertActor(trx, {
          id: actorId,
          collaborationId,
          name: actor.name.trim(),
          kind: actor.kind,
          description: actor.description || null,
          revision: 1,
          createdAt: at,
          updatedAt: at,
        });
      }
      const own = existingPaths.filter((p) => p.actorId === actorId);
      let position = own.length;
      for (const p of actor.contactPaths) {
        const value = normalized(p);
        const same = own.find((o) => o.channel === p.channel && o.value === value);
        if (same) {
          pathMap.set(p.id, same.id);
          continue;
        }
        const id = newId();
        pathMap.set(p.id, id);
        pathRows.push({
          id,
          actorId,
          channel: p.channel,
          value,
          label: p.label || null,
          hours: p.hours || null,
          always: p.always ? 1 : 0,
          audience: p.audience,
          notes: p.notes || null,
          position: position++,
        });
      }
    }
    await insertContactPathRows(trx, pathRows);

    // Actions, renumbered per step in the document's order, then their handoffs.
    const actionMap = new Map(s.actions.map((a) => [a.id, newId()]));
    const sorted = [...s.actions].sort((a, b) => a.step - b.step || a.position - b.position);
    const nextPosition = new Map<number, number>();
    const actionRows = sorted.map((a): ActionsTable => {
      const position = nextPosition.get(a.step) ?? 0;
      nextPosition.set(a.step, position + 1);
      return {
        id: actionMap.get(a.id)!,
        routineId,
        step: a.step,
        actorId: actorMap.get(a.actorId)!,
        what: a.what,
        whenText: a.when || null,
        audience: a.audience,
        contactPathId: a.contactPathId ? pathMap.get(a.contactPathId)! : null,
        kind: a.kind,
        isEntryPoint: a.isEntryPoint ? 1 : 0,
        position,
        revision: 1,
        createdAt: at,
        updatedAt: at,
      };
    });
    await insertActionRows(trx, actionRows);
    await insertHandoffRows(
      trx,
      sorted.flatMap((a) =>
        a.handoffTo.map((t, position) => ({
          fromActionId: actionMap.get(a.id)!,
          toActionId: actionMap.get(t)!,
          position,
        })),
      ),
    );

    const obstaclePosition = new Map<number, number>();
    await insertObstacleRows(
      trx,
      [...s.obstacles]
        .sort((a, b) => a.step - b.step || a.position - b.position)
        .map((o) => {
          const position = obstaclePosition.get(o.step) ?? 0;
          obstaclePosition.set(o.step, position + 1);
          return {
            id: newId(),
            routineId,
            step: o.step,
            description: o.description,
            remedy: o.remedy || null,
            ownerActorId: o.ownerActorId ? actorMap.get(o.ownerActorId)! : null,
            position,
            revision: 1,
            createdAt: at,
            updatedAt: at,
          };
        }),
    );
    await insertMilestoneRows(
      trx,
      s.milestones.map((m) => ({
        id: newId(),
        routineId,
        phase: m.phase,
        title: m.title,
        plannedDate: m.plannedDate,
        doneDate: m.doneDate,
        revision: 1,
        createdAt: at,
        updatedAt: at,
      })),
    );
    if (s.evaluationPlan) {
      const plan = s.evaluationPlan;
      await insertEvaluationPlanRow(trx, {
        routineId,
        method: plan.method,
        indicators: JSON.stringify(plan.indicators),
        responsibleActorId: plan.responsibleActorId ? actorMap.get(plan.responsibleActorId)! : null,
        frequencyMonths: plan.frequencyMonths,
        nextReviewDate: plan.nextReviewDate,
        revision: 1,
        updatedAt: at,
      });
    }

    // Local knowledge items belong to the collaboration: add those it does not have yet.
    const titles = await findLocalKnowledgeTitles(trx, collaborationId);
    const knowledge = s.knowledge.filter((k) => {
      const key = k.title.sv.trim().toLowerCase();
      if (k.source !== 'local' || titles.has(key)) return false;
      titles.add(key);
      return true;
    });
    await insertKnowledgeItemRows(
      trx,
      knowledge.map((k) => ({
        id: newId(),
        collaborationId,
        title: k.title.sv.trim(),
        kind: k.kind,
        // Stored as the API stores it: normalised, http(s) only (checked in import-checks).
        url: normalizeUrl(k.url ?? null),
        notes: k.notes || null,
        steps: JSON.stringify([...new Set(k.steps)].sort()),
        revision: 1,
        createdAt: at,
        updatedAt: at,
      })),
    );

    const source = doc.version ? `version ${doc.version.number}` : 'a draft';
    await insertAuditEvent(trx, {
      collaborationId,
      userId: ctx.user.id,
      action: 'routine.import',
      targetType: 'routine',
      targetId: routineId,
      summary: `imported "${s.routine.title}" from ${source} of "${s.collaboration.name}": ${s.actors.length - created} actor(s) matched by name, ${created} created, ${s.actions.length} action(s), ${knowledge.length} knowledge item(s) added`,
      params: {
        title: s.routine.title,
        from: s.collaboration.name,
        matched: s.actors.length - created,
        created,
        actions: s.actions.length,
        knowledge: knowledge.length,
      },
      at,
    });
    return { id: routineId, slug };
  });
}
