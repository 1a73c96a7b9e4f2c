import { verifyPassword } from 'better-auth/crypto';
import type { CreateSignOff, SignOff, SignOffOverview } from '../../../contracts/versions';
import { nextReviewAtAdoption } from '../../../domain/lifecycle';
import { isoNow, type ServiceContext } from '../../core/context';
import { AppError, validationFailed } from '../../core/errors';
import { guardPersonalData } from '../../core/personal-data';
import { lockRoutine } from '../../db/dialect';
import { touchPublished } from '../../db/publish-stamp';
import { insertAuditEvent } from '../audit/audit.repository';
import { beginSignInAttempt, releaseSignInAttempt } from '../auth/sign-in-limit';
import { SWEDISH_DATE, swedishToday } from '../check/check.service';
import {
  findEvaluationPlan,
  moveEvaluationPlanReviewDate,
} from '../milestones/milestones.repository';
import { findRoutineStatus, markRoutineAdopted } from '../routines/routines.repository';
import { consumeFreshSsoLogin } from '../sso/sso-auth';
import {
  findCredentialPasswordHash,
  findLatestVersionNumber,
  findSignOffOfActor,
  findSignOffs,
  insertSignOff,
  markVersionAdopted,
} from './versions.repository';
import {
  loadVersionForMember,
  parseSnapshot,
  requiredActorsOf,
  toSignOff,
} from './versions.service';

/**
 * Who must sign version `number`, who has, and for each organisation the latest earlier
 * version it signed — so a signer can see what changed since (members).
 */
export async function getSignOffOverview(
  ctx: ServiceContext,
  routineId: string,
  number: number,
): Promise<SignOffOverview> {
  const { version } = await loadVersionForMember(ctx, routineId, number);
  const all = (await findSignOffs(ctx.db, routineId)).map(toSignOff);
  const own = all.filter((s) => s.versionNumber === number);
  const required = requiredActorsOf(parseSnapshot(version)).map((a) => {
    const earlier = all
      .filter((s) => s.actorId === a.actorId && s.versionNumber < number)
      .map((s) => s.versionNumber);
    return {
      ...a,
      signOff: own.find((s) => s.actorId === a.actorId) ?? null,
      lastSignedVersion: earlier.length > 0 ? Math.max(...earlier) : null,
    };
  });
  return {
    versionNumber: number,
    hash: version.hash,
    complete: required.every((r) => r.signOff !== null),
    required,
    signOffs: own,
  };
}

/**
 * An organisation's confirmation (bekräftelse) of version `number`.
 *
 * The signer represents the organisation (membership.actorId), or is a coordinator signing
 * on its behalf (recorded and shown); otherwise 403. The organisation must have actions in
 * the version (400); only the newest version can be signed (409 VERSION_SUPERSEDED); once
 * per organisation and version (409 ALREADY_SIGNED). The signer re-authenticates with their
 * password (401 INVALID_CREDENTIALS, audited, counted against the account's sign-in budget), or,
 * without a password, with a fresh login at their identity provider (`reauthId`, 401
 * REAUTHENTICATION_REQUIRED when there is none).
 * The sign-off stores the version's hash. When the last required organisation signs, the
 * routine becomes `adopted` with this version, today's date and the next review date of
 * `nextReviewAtAdoption` (a past or left-over date moves to today plus the plan's interval,
 * audited, and the plan follows so the reminders do) — in the same transaction.
 */
export async function signVersion(
  ctx: ServiceContext,
  routineId: string,
  number: number,
  input: CreateSignOff,
): Promise<SignOff & { adopted: boolean }> {
  const { routine, membership, version } = await loadVersionForMember(ctx, routineId, number);
  // Readers never sign, whichever organisation they are linked to: signing is a write.
  const represents = membership.actorId === input.actorId && membership.role !== 'reader';
  if (!represents && membership.role !== 'coordinator') {
    throw new AppError(
      'FORBIDDEN',
      membership.role === 'reader'
        ? 'Readers cannot sign. Ask a coordinator to make you an editor for your organisation.'
        : 'Only a member who represents this organisation, or a coordinator on its behalf, may sign for it.',
      { actorId: input.actorId, yourActorId: membership.actorId, yourRole: membership.role },
    );
  }
  const snapshot = parseSnapshot(version);
  const required = requiredActorsOf(snapshot);
  const actor = required.find((a) => a.actorId === input.actorId);
  if (!actor) {
    const message = `has no actions in version ${number}, so it does not sign it`;
    throw validationFailed('actorId', message);
  }
  const today = swedishToday(ctx.clock);
  const frozenOn = SWEDISH_DATE.format(new Date(version.createdAt));
  if (input.date !== undefined && (input.date > today || input.date < frozenOn)) {
    const message =
      input.date > today
        ? 'must not be later than today'
        : `must not be earlier than the day version ${number} was frozen (${frozenOn})`;
    throw validationFailed('date', message);
  }
  const superseded = (latest: number) =>
    new AppError(
      'VERSION_SUPERSEDED',
      `Version ${number} has been replaced by version ${latest}: sign the newest version.`,
      { latestVersion: latest },
    );
  const latest = await findLatestVersionNumber(ctx.db, routineId);
  if (latest > number) throw superseded(latest);
  const alreadySigned = () =>
    new AppError('ALREADY_SIGNED', `${actor.name} has already signed version ${number}.`, {
      actorId: actor.actorId,
    });
  if (await findSignOffOfActor(ctx.db, version.id, input.actorId)) throw alreadySigned();

  const at = isoNow(ctx.clock);
  if (input.password !== undefined) {
    await checkPassword(ctx, input.password, {
      collaborationId: routine.collaborationId,
      targetId: `${routineId}:${number}`,
      number,
      name: actor.name,
      at,
    });
  }

  const onBehalf = !represents;
  const row = {
    id: crypto.randomUUID(),
    versionId: version.id,
    actorId: actor.actorId,
    actorName: actor.name,
    representativeName: input.representativeName,
    representativeTitle: input.representativeTitle,
    decisionReference: input.decisionReference,
    signedDate: input.date ?? today,
    signedBy: ctx.user.id,
    onBehalf: onBehalf ? 1 : 0,
    versionHash: version.hash,
    createdAt: at,
  };
  const adopted = await ctx.db.transaction().execute(async (trx) => {
    // Without a password: a login at the identity provider answered after the request, used
    // once, in this transaction (a refused sign-off leaves it for the corrected one).
    if (input.reauthId !== undefined) {
      await consumeFreshSsoLogin(trx, {
        reauthId: input.reauthId,
        userId: ctx.user.id,
        now: new Date(at),
        to: 'sign',
      });
    }
    await guardPersonalData(
      trx,
      {
        representativeName: input.representativeName,
        representativeTitle: input.representativeTitle,
        decisionReference: input.decisionReference,
      },
      input.acknowledgePersonalData,
      {
        collaborationId: routine.collaborationId,
        userId: ctx.user.id,
        targetType: 'sign_off',
        targetId: row.id,
        at,
      },
    );
    // Checked again inside the transaction, under the routine's lock (a freeze takes it too),
    // so a sign-off cannot land on a version another transaction has just replaced; the
    // unique constraint is the last word on signing twice.
    await lockRoutine(trx, routineId);
    const newest = await findLatestVersionNumber(trx, routineId);
    if (newest > number) throw superseded(newest);
    if (await findSignOffOfActor(trx, version.id, input.actorId)) throw alreadySigned();
    await insertSignOff(trx, row);
    await insertAuditEvent(trx, {
      collaborationId: routine.collaborationId,
      userId: ctx.user.id,
      action: 'sign_off.create',
      targetType: 'routine_version',
      targetId: `${routineId}:${number}`,
      summary: `version ${number} signed for "${actor.name}" by ${input.representativeName} (${input.representativeTitle}), decision "${input.decisionReference}"${onBehalf ? ', by a coordinator on its behalf' : ''}`,
      params: {
        number,
        name: actor.name,
        representative: input.representativeName,
        decision: input.decisionReference,
      },
      at,
    });
    const signed = new Set((await findSignOffs(trx, routineId, version.id)).map((s) => s.actorId));
    if (!required.every((a) => signed.has(a.actorId))) return false;
    const previous = await findRoutineStatus(trx, routineId);
    const plan = await findEvaluationPlan(trx, routineId);
    const next = nextReviewAtAdoption({
      adoptedOn: today,
      frequencyMonths: plan?.frequencyMonths ?? null,
      planDate: plan?.nextReviewDate ?? snapshot.evaluationPlan?.nextReviewDate ?? null,
      previousDate: previous.nextReviewDate,
      replacesVersion: previous.adoptedVersion !== null,
    });
    await markRoutineAdopted(trx, routineId, {
      number,
      date: today,
      nextReviewDate: next.date,
      at,
    });
    if (next.moved && plan && next.date) {
      // The reminders read the plan's date: it moves with the adoption, audited.
      await moveEvaluationPlanReviewDate(trx, routineId, next.date, at);
      await insertAuditEvent(trx, {
        collaborationId: routine.collaborationId,
        userId: ctx.user.id,
        action: 'evaluation_plan.next_review',
        targetType: 'evaluation_plan',
        targetId: routineId,
        summary: `next review ${plan.nextReviewDate} → ${next.date}: version ${number} adopted ${today}, reviewed every ${plan.frequencyMonths} months`,
        params: {
          previous: plan.nextReviewDate,
          date: next.date,
          number,
          months: plan.frequencyMonths,
        },
        at,
      });
    }
    await touchPublished(trx);
    await markVersionAdopted(trx, version.id, today);
    await insertAuditEvent(trx, {
      collaborationId: routine.collaborationId,
      userId: ctx.user.id,
      action: 'routine.adopt',
      targetType: 'routine',
      targetId: routineId,
      summary: `version ${number} adopted: signed by all ${required.length} organisations${previous.adoptedVersion ? ` (replaces version ${previous.adoptedVersion})` : ''}; status ${previous.status} → adopted`,
      params: { number, count: required.length },
      at,
    });
    return true;
  });
  const [stored] = (await findSignOffs(ctx.db, routineId, version.id)).filter(
    (s) => s.id === row.id,
  );
  return { ...toSignOff(stored!), adopted };
}

/**
 * The signer's own password again: counted with failed sign-ins before the check, so that
 * the sign-off form cannot become a way to guess passwords, not even with parallel requests;
 * a wrong one is audited and answers 401 INVALID_CREDENTIALS.
 */
async function checkPassword(
  ctx: ServiceContext,
  password: string,
  target: { collaborationId: string; targetId: string; number: number; name: string; at: string },
) {
  const attempt = await beginSignInAttempt(ctx.db, ctx.user.email.toLowerCase(), ctx.clock);
  let passwordOk: boolean;
  try {
    const hash = await findCredentialPasswordHash(ctx.db, ctx.user.id);
    passwordOk = hash !== null && (await verifyPassword({ hash, password }));
  } catch (err) {
    await releaseSignInAttempt(ctx.db, attempt);
    throw err;
  }
  // A wrong password stays counted; the right one does not count.
  if (passwordOk) return releaseSignInAttempt(ctx.db, attempt);
  await ctx.db.transaction().execute(async (trx) => {
    await insertAuditEvent(trx, {
      collaborationId: target.collaborationId,
      userId: ctx.user.id,
      action: 'sign_off.reauth_failed',
      targetType: 'routine_version',
      targetId: target.targetId,
      summary: `wrong password when signing version ${target.number} for "${target.name}"`,
      params: { number: target.number, name: target.name },
      at: target.at,
    });
  });
  throw new AppError(
    'INVALID_CREDENTIALS',
    'The password is wrong. Signing needs your own password again.',
  );
}
