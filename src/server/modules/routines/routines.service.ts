import type { Kysely } from 'kysely';
import { type AuditField, auditFields } from '../../../contracts/audit-kinds';
import type {
  CreateRoutine,
  Routine,
  RoutineSummary,
  SaveAnswer,
  UpdateRoutine,
} from '../../../contracts/routines';
import { findPersonalNumbersInFields } from '../../../domain/personnummer';
import { slugify } from '../../../domain/slug';
import { findQuestion, TEMPLATE } from '../../../domain/template';
import { loadRoutineForMember } from '../../core/access';
import { isoNow, type ServiceContext } from '../../core/context';
import { AppError, staleRevision } from '../../core/errors';
import { guardFoundPersonalData, guardPersonalData } from '../../core/personal-data';
import { requireMembership, requireRole, rolesAtLeast } from '../../core/tenancy';
import { requireRevision } from '../../db/revision';
import type { DB } from '../../db/schema';
import { type AuditInput, changeSummary, insertAuditEvent } from '../audit/audit.repository';
import { insertDefaultMilestones } from '../milestones/default-milestones';
import {
  findAnswer,
  findAnswersOfRoutine,
  findRoutineById,
  findRoutineSummariesOfCollaborations,
  findSlugsStartingWith,
  insertFirstAnswer,
  insertRoutine,
  isSlugTaken,
  moveRoutineSlug,
  touchRoutineUnlessBusy,
  updateAnswerAsEditorAudited,
  updateAnswerIfRevision,
  updateRoutine,
} from './routines.repository';

type RoutineRow = NonNullable<Awaited<ReturnType<typeof findRoutineById>>>;

const EDIT_ROLES = rolesAtLeast('editor');

export async function listRoutines(
  ctx: ServiceContext,
  collaborationId: string,
): Promise<RoutineSummary[]> {
  await requireMembership(ctx.db, collaborationId, ctx.user.id);
  return findRoutineSummariesOfCollaborations(ctx.db, [collaborationId]);
}

const RESERVED_SLUGS = new Set(['assets']);

/** A coordinator's new address for a routine: not reserved, not anybody else's (409). */
async function changeSlug(
  db: Kysely<DB>,
  move: { routineId: string; from: string; to: string; at: string },
) {
  const refuse = (code: 'VALIDATION_FAILED' | 'CONFLICT', message: string) =>
    new AppError(code, `slug: ${message}`, [{ field: 'slug', message }]);
  if (RESERVED_SLUGS.has(move.to)) {
    throw refuse('VALIDATION_FAILED', `"${move.to}" is reserved by Samrutin`);
  }
  if (await isSlugTaken(db, move.to, move.routineId)) {
    throw refuse('CONFLICT', `the address "${move.to}" is taken by another routine`);
  }
  await moveRoutineSlug(db, move);
}

/** Picks a slug from the title that no routine uses yet ("rutin", "rutin-2", …). */
export async function uniqueSlug(db: Kysely<DB>, title: string): Promise<string> {
  // "assets" is the published page's own path segment (/r/assets/…).
  const slug = slugify(title);
  const base = !slug || RESERVED_SLUGS.has(slug) ? `rutin-${slug || 'ny'}` : slug;
  const taken = await findSlugsStartingWith(db, base);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Creates a draft routine on the current template (editors and coordinators). */
export async function createRoutine(
  ctx: ServiceContext,
  collaborationId: string,
  input: CreateRoutine,
): Promise<RoutineSummary> {
  const m = await requireMembership(ctx.db, collaborationId, ctx.user.id);
  requireRole(m, 'coordinator');
  const at = isoNow(ctx.clock);
  const row = {
    id: crypto.randomUUID(),
    collaborationId,
    slug: await uniqueSlug(ctx.db, input.title),
    title: input.title,
    status: 'draft' as const,
    visibility: 'members' as const,
    mainRule: null,
    templateId: TEMPLATE.id,
    templateVersion: TEMPLATE.version,
    createdBy: ctx.user.id,
    createdAt: at,
    updatedAt: at,
    adoptedVersion: null,
    adoptedAt: null,
    nextReviewDate: null,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await insertRoutine(trx, row);
    await insertDefaultMilestones(trx, row.id, at);
    await insertAuditEvent(trx, {
      collaborationId,
      userId: ctx.user.id,
      action: 'routine.create',
      targetType: 'routine',
      targetId: row.id,
      summary: `created "${row.title}"`,
      params: { title: row.title },
      at,
    });
  });
  const { id, slug, title, status, visibility, updatedAt } = row;
  return { id, collaborationId, slug, title, status, visibility, updatedAt };
}

/** Answered / total questions per step ("answered" = non-blank text). */
export function progressOf(answers: Record<string, { text: string }>): Routine['progress'] {
  const progress: Routine['progress'] = {};
  for (const step of TEMPLATE.steps) {
    const answered = step.questions.filter(
      (q) => (answers[q.id]?.text.trim().length ?? 0) > 0,
    ).length;
    progress[String(step.number)] = { answered, total: step.questions.length };
  }
  return progress;
}

function toRoutine(
  routine: RoutineRow,
  answerRows: { questionId: string; text: string; revision: number }[],
): Routine {
  const answers: Routine['answers'] = {};
  for (const a of answerRows) answers[a.questionId] = { text: a.text, revision: a.revision };
  return { ...routine, answers, progress: progressOf(answers) };
}

export async function getRoutine(ctx: ServiceContext, routineId: string): Promise<Routine> {
  const { routine } = await loadRoutineForMember(ctx, routineId);
  return toRoutine(routine, await findAnswersOfRoutine(ctx.db, routineId));
}

/** Title and visibility: coordinators; the main rule (step 4's huvudregel): editors too. */
export async function patchRoutine(
  ctx: ServiceContext,
  routineId: string,
  input: UpdateRoutine,
): Promise<Routine> {
  const { routine: before, membership } = await loadRoutineForMember(ctx, routineId);
  const onlyMainRule =
    input.title === undefined && input.visibility === undefined && input.slug === undefined;
  requireRole(membership, onlyMainRule ? 'editor' : 'coordinator');
  const at = isoNow(ctx.clock);
  const mainRule =
    input.mainRule === undefined ? undefined : input.mainRule?.trim() ? input.mainRule : null;
  await ctx.db.transaction().execute(async (trx) => {
    const revision = await requireRevision(trx, {
      table: 'routines',
      key: { id: routineId },
      baseRevision: input.baseRevision,
      what: 'The routine',
      current: async () => {
        const row = await findRoutineById(trx, routineId);
        return row ? toRoutine(row, await findAnswersOfRoutine(trx, routineId)) : undefined;
      },
    });
    // The fields as they stand under this writer's lock (the audit compares against these).
    const routine = (await findRoutineById(trx, routineId)) ?? before;
    await guardPersonalData(trx, { mainRule, title: input.title }, input.acknowledgePersonalData, {
      collaborationId: routine.collaborationId,
      userId: ctx.user.id,
      targetType: 'routine',
      targetId: routineId,
      at,
    });
    await updateRoutine(trx, routineId, {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.visibility !== undefined ? { visibility: input.visibility } : {}),
      ...(mainRule !== undefined ? { mainRule } : {}),
      revision,
      updatedAt: at,
    });
    const parts: string[] = [];
    const fields: AuditField[] = [];
    if (input.slug !== undefined && input.slug !== routine.slug) {
      await changeSlug(trx, { routineId, from: routine.slug, to: input.slug, at });
      parts.push(changeSummary('slug', routine.slug, input.slug));
      fields.push('slug');
    }
    if (input.title !== undefined && input.title !== routine.title) {
      parts.push(changeSummary('title', routine.title, input.title));
      fields.push('title');
    }
    if (input.visibility !== undefined && input.visibility !== routine.visibility) {
      parts.push(changeSummary('visibility', routine.visibility, input.visibility));
      fields.push('visibility');
    }
    if (mainRule !== undefined && mainRule !== routine.mainRule) {
      parts.push(changeSummary('mainRule', routine.mainRule, mainRule));
      fields.push('mainRule');
    }
    if (parts.length > 0) {
      await insertAuditEvent(trx, {
        collaborationId: routine.collaborationId,
        userId: ctx.user.id,
        action: 'routine.update',
        targetType: 'routine',
        targetId: routineId,
        summary: parts.join('; '),
        params: { title: input.title ?? routine.title, fields: auditFields(fields) },
        at,
      });
    }
  });
  return getRoutine(ctx, routineId);
}

/**
 * Saves an answer with optimistic concurrency: the write lands only when `baseRevision` is
 * the stored revision (0 = no answer yet); otherwise 409 STALE_REVISION with the current text.
 */
export async function saveAnswer(
  ctx: ServiceContext,
  routineId: string,
  questionId: string,
  input: SaveAnswer,
): Promise<{ revision: number }> {
  if (!findQuestion(questionId)) {
    throw new AppError('NOT_FOUND', `The template has no question "${questionId}".`);
  }
  const at = isoNow(ctx.clock);
  const row = { routineId, questionId, text: input.text, userId: ctx.user.id, at };
  // The hot path: an edit with nothing for the personal-data guard. The membership and role
  // checks are in the writing statement; only when nothing landed are they read, in the order
  // of the full path (404, 403, then 409).
  if (input.baseRevision > 0 && findPersonalNumbersInFields({ text: input.text }).length === 0) {
    const landed = await updateAnswerAsEditorAudited(
      ctx.db,
      { ...row, baseRevision: input.baseRevision, roles: EDIT_ROLES },
      answerAudit({ ...row, input }),
    );
    if (landed) return { revision: input.baseRevision + 1 };
    const { membership } = await loadRoutineForMember(ctx, routineId);
    requireRole(membership, 'editor');
    throw await staleAnswer(ctx.db, routineId, questionId);
  }
  const { routine, membership } = await loadRoutineForMember(ctx, routineId);
  requireRole(membership, 'editor');
  return ctx.db.transaction().execute(async (trx) =>
    writeAnswer(trx, {
      collaborationId: routine.collaborationId,
      routineId,
      questionId,
      input,
      userId: ctx.user.id,
      at,
    }),
  );
}

/** The audit row of an answer's save (its collaboration is the routine's). */
function answerAudit(a: {
  routineId: string;
  questionId: string;
  userId: string;
  at: string;
  input: SaveAnswer;
}): Omit<AuditInput, 'collaborationId'> {
  const { questionId, input } = a;
  return {
    userId: a.userId,
    action: 'answer.save',
    targetType: 'answer',
    targetId: `${a.routineId}:${questionId}`,
    summary: `${questionId} revision ${input.baseRevision + 1} (${input.text.length} characters)`,
    params: { question: questionId, revision: input.baseRevision + 1, length: input.text.length },
    at: a.at,
  };
}

/** 409 STALE_REVISION with the answer as it stands. */
async function staleAnswer(db: Kysely<DB>, routineId: string, questionId: string) {
  const current = (await findAnswer(db, routineId, questionId)) ?? { text: '', revision: 0 };
  return staleRevision(
    'This answer',
    current,
    `Someone else saved this answer first (revision ${current.revision}). Compare the texts and save again.`,
  );
}

/**
 * An answer's write inside the caller's transaction: the personal-data guard, the
 * compare-and-set on the revision (409 STALE_REVISION with the current text) and the audit row
 * — `answer.save`, or the caller's own event (an agreement in a workshop).
 */
export async function writeAnswer(
  trx: Kysely<DB>,
  w: {
    collaborationId: string;
    routineId: string;
    questionId: string;
    input: SaveAnswer;
    userId: string;
    at: string;
    audit?: Pick<AuditInput, 'action' | 'summary' | 'params'>;
  },
): Promise<{ revision: number }> {
  const { routineId, questionId, input, at } = w;
  const row = { routineId, questionId, text: input.text, userId: w.userId, at };
  const personalData = findPersonalNumbersInFields({ text: input.text });
  await guardFoundPersonalData(trx, personalData, input.acknowledgePersonalData, {
    collaborationId: w.collaborationId,
    userId: w.userId,
    targetType: 'answer',
    targetId: `${routineId}:${questionId}`,
    at,
  });
  const landed =
    input.baseRevision === 0
      ? await insertFirstAnswer(trx, row)
      : await updateAnswerIfRevision(trx, { ...row, baseRevision: input.baseRevision });
  if (!landed) throw await staleAnswer(trx, routineId, questionId);
  await insertAuditEvent(trx, {
    collaborationId: w.collaborationId,
    ...answerAudit({ ...w, ...row }),
    ...w.audit,
  });
  // Last, so that a row lock on the routine (PostgreSQL) is held as briefly as possible.
  await touchRoutineUnlessBusy(trx, routineId, at);
  return { revision: input.baseRevision + 1 };
}
