import type {
  CreatedVersion,
  CreateVersion,
  SignOff,
  VerifyResult,
  Version,
  VersionDiff,
  VersionSummary,
} from '../../../contracts/versions';
import { canonicalJson, sha256Hex } from '../../../domain/canonical';
import { diffSnapshots, EMPTY_SNAPSHOT } from '../../../domain/diff';
import { hasBlockers, runChecks } from '../../../domain/quality';
import type { RoutineSnapshot } from '../../../domain/snapshot';
import { loadRoutineForMember } from '../../core/access';
import { isoNow, type ServiceContext } from '../../core/context';
import { AppError, notFound, validationFailed } from '../../core/errors';
import { guardPersonalData } from '../../core/personal-data';
import { requireRole } from '../../core/tenancy';
import { lockRoutine } from '../../db/dialect';
import { assertBelowLimit } from '../../db/limits';
import { touchPublished } from '../../db/publish-stamp';
import type { RoutineVersionsTable } from '../../db/schema';
import { insertAuditEvent } from '../audit/audit.repository';
import { swedishToday, toCheckFinding } from '../check/check.service';
import { findRoutineStatus, setRoutineStatus } from '../routines/routines.repository';
import { loadDraftSnapshot } from '../snapshots/snapshot.service';
import {
  findLatestVersionNumber,
  findSignOffs,
  findVersion,
  findVersionsOfRoutine,
  insertVersion,
  type SignOffRow,
} from './versions.repository';

export const toSignOff = (r: SignOffRow): SignOff => ({
  id: r.id,
  versionNumber: r.versionNumber,
  actorId: r.actorId,
  actorName: r.actorName,
  representativeName: r.representativeName,
  representativeTitle: r.representativeTitle,
  decisionReference: r.decisionReference,
  signedDate: r.signedDate,
  signedBy: r.signedBy,
  signedByName: r.signedByName,
  onBehalf: Number(r.onBehalf) === 1,
  versionHash: r.versionHash,
  createdAt: r.createdAt,
});

export const parseSnapshot = (v: RoutineVersionsTable): RoutineSnapshot =>
  JSON.parse(v.snapshot) as RoutineSnapshot;

/**
 * The organisations that must sign a version: the actors with actions in it, in the
 * snapshot's order (by name), with the name the version gives them.
 */
export function requiredActorsOf(snapshot: RoutineSnapshot): { actorId: string; name: string }[] {
  const acting = new Set(snapshot.actions.map((a) => a.actorId));
  const named = snapshot.actors
    .filter((a) => acting.has(a.id))
    .map((a) => ({ actorId: a.id, name: a.name }));
  // An action whose actor is missing from the snapshot still needs its organisation's signature.
  for (const id of acting)
    if (!named.some((a) => a.actorId === id)) named.push({ actorId: id, name: id });
  return named;
}

/** Loads version `number` of a routine the caller may see; 404 for an unknown number. */
export async function loadVersionForMember(ctx: ServiceContext, routineId: string, number: number) {
  const loaded = await loadRoutineForMember(ctx, routineId);
  const version = await findVersion(ctx.db, routineId, number);
  if (!version) throw notFound(`Version ${number}`);
  return { ...loaded, version };
}

/**
 * Freezes the live draft as the next version (coordinators): in one transaction the quality
 * check runs on the very snapshot that is frozen (409 ROUTINE_HAS_BLOCKERS listing the
 * blockers), the snapshot is stored as canonical JSON with its SHA-256, and the routine goes
 * to `in_review` — unless it is `adopted`: the adopted version stays published until a newer
 * one is signed by every organisation.
 */
export async function freezeVersion(
  ctx: ServiceContext,
  routineId: string,
  input: CreateVersion,
): Promise<CreatedVersion> {
  const { routine, membership } = await loadRoutineForMember(ctx, routineId);
  requireRole(membership, 'coordinator');
  const at = isoNow(ctx.clock);
  const today = swedishToday(ctx.clock);
  const summary = input.summary?.trim() ? input.summary.trim() : null;
  return ctx.db.transaction().execute(async (trx) => {
    await assertBelowLimit(trx, 'versionsPerRoutine', routineId);
    // Serialises freezing with signing (which checks "newest version" under the same lock)
    // and with the draft's writers that allocate positions.
    await lockRoutine(trx, routineId);
    await guardPersonalData(trx, { summary }, input.acknowledgePersonalData, {
      collaborationId: routine.collaborationId,
      userId: ctx.user.id,
      targetType: 'routine',
      targetId: routineId,
      at,
    });
    const snapshot = await loadDraftSnapshot(trx, routineId);
    const findings = runChecks({ snapshot, today });
    if (hasBlockers(findings)) {
      const blockers = findings.filter((f) => f.severity === 'blocker');
      throw new AppError(
        'ROUTINE_HAS_BLOCKERS',
        `The routine has ${blockers.length} blocking finding(s): fix them before freezing a version.`,
        blockers.map((f) => toCheckFinding(f, 'sv')),
      );
    }
    const text = canonicalJson(snapshot);
    const hash = sha256Hex(text);
    const number = (await findLatestVersionNumber(trx, routineId)) + 1;
    // Two coordinators freezing at once: the (routine, number) unique constraint answers 409.
    await insertVersion(trx, {
      id: crypto.randomUUID(),
      routineId,
      number,
      snapshot: text,
      hash,
      summary,
      createdBy: ctx.user.id,
      createdAt: at,
      adoptedAt: null,
    });
    const current = await findRoutineStatus(trx, routineId);
    const status = current.status === 'adopted' ? 'adopted' : 'in_review';
    await setRoutineStatus(trx, routineId, status, at);
    await touchPublished(trx);
    await insertAuditEvent(trx, {
      collaborationId: routine.collaborationId,
      userId: ctx.user.id,
      action: 'version.create',
      targetType: 'routine_version',
      targetId: `${routineId}:${number}`,
      summary: `froze version ${number} (sha256 ${hash.slice(0, 12)}…)${summary ? `: "${summary.slice(0, 120)}"` : ''}; status ${current.status} → ${status}`,
      params: { number, hash: hash.slice(0, 12) },
      at,
    });
    return { number, hash };
  });
}

/** Every version of the routine, newest first, with who must sign and who has (members). */
export async function listVersions(
  ctx: ServiceContext,
  routineId: string,
): Promise<VersionSummary[]> {
  await loadRoutineForMember(ctx, routineId);
  const [versions, signOffs] = await Promise.all([
    findVersionsOfRoutine(ctx.db, routineId),
    findSignOffs(ctx.db, routineId),
  ]);
  return versions.map((v) => ({
    number: v.number,
    hash: v.hash,
    summary: v.summary,
    createdAt: v.createdAt,
    createdBy: v.createdBy,
    adoptedAt: v.adoptedAt,
    requiredActors: requiredActorsOf(parseSnapshot(v)),
    signOffs: signOffs.filter((s) => s.versionId === v.id).map(toSignOff),
  }));
}

/** One frozen version with its snapshot, exactly as stored (members). */
export async function getVersion(
  ctx: ServiceContext,
  routineId: string,
  number: number,
): Promise<Version> {
  const { version: v } = await loadVersionForMember(ctx, routineId, number);
  return {
    number: v.number,
    hash: v.hash,
    summary: v.summary,
    createdAt: v.createdAt,
    createdBy: v.createdBy,
    adoptedAt: v.adoptedAt,
    snapshot: parseSnapshot(v) as unknown as Record<string, unknown>,
  };
}

/**
 * What changed from version `against` (default: the one before; a first version is
 * compared with nothing) to version `number`. 404 for an unknown `number`; 400 for an
 * `against` that is `number` itself or names no version.
 */
export async function diffVersions(
  ctx: ServiceContext,
  routineId: string,
  number: number,
  against: number | undefined,
): Promise<VersionDiff> {
  const { version } = await loadVersionForMember(ctx, routineId, number);
  const otherNumber = against ?? (number > 1 ? number - 1 : null);
  let before: RoutineSnapshot = EMPTY_SNAPSHOT;
  if (otherNumber !== null) {
    const other =
      otherNumber === number ? undefined : await findVersion(ctx.db, routineId, otherNumber);
    if (!other) {
      const message =
        otherNumber === number
          ? 'is the version itself: compare with another version'
          : `names no version of this routine`;
      throw validationFailed('querystring.against', message);
    }
    before = parseSnapshot(other);
  }
  return { number, against: otherNumber, ...diffSnapshots(before, parseSnapshot(version)) };
}

/** Recomputes a stored snapshot's hash: re-canonicalised, so any change to the stored text shows. */
export function recomputeHash(storedSnapshot: string): string {
  try {
    return sha256Hex(canonicalJson(JSON.parse(storedSnapshot)));
  } catch {
    // Not even JSON any more: hash the raw text, which cannot match.
    return sha256Hex(`invalid:${storedSnapshot}`);
  }
}

/**
 * Verifies a version: the stored snapshot, re-canonicalised and hashed now, must equal the
 * hash stored at freezing, and every sign-off must carry that same hash (members).
 */
export async function verifyVersion(
  ctx: ServiceContext,
  routineId: string,
  number: number,
): Promise<VerifyResult> {
  const { version } = await loadVersionForMember(ctx, routineId, number);
  const computedHash = recomputeHash(version.snapshot);
  const signOffs = (await findSignOffs(ctx.db, routineId, version.id)).map((s) => ({
    actorId: s.actorId,
    versionHash: s.versionHash,
    ok: s.versionHash === computedHash && s.versionHash === version.hash,
  }));
  return {
    ok: computedHash === version.hash && signOffs.every((s) => s.ok),
    hash: version.hash,
    computedHash,
    signOffs,
  };
}
