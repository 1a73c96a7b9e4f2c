import {
  COVERAGE_KEYS,
  type Coverage,
  type CoverageKey,
  type RegionCollaborationRow,
  type RegionOverview,
} from '../../../contracts/regions';
import { sha256Hex } from '../../../domain/canonical';
import { runChecks } from '../../../domain/quality';
import { coverageOf } from '../../../domain/region-coverage';
import type { RoutineSnapshot } from '../../../domain/snapshot';
import type { ServiceContext } from '../../core/context';
import { swedishToday } from '../check/check.service';
import { LruCache } from '../publish/html-cache';
import { loadDraftSnapshot } from '../snapshots/snapshot.service';
import {
  countFeedbackOfRoutine,
  findCollaborationsOfRegion,
  findCoordinatorsOfCollaborations,
  findRoutinesForOverview,
  findVersionSnapshot,
} from './regions.repository';
import { requireRegionMember } from './regions.service';

type RoutineRow = Awaited<ReturnType<typeof findRoutinesForOverview>>[number];

/**
 * The overview's costly parts, kept per process by what they depend on: the draft's blockers
 * by the hash of its canonical snapshot and the day (the check reads dates), the coverage by
 * the adopted version (frozen) and the day. A changed draft has another hash, so nothing
 * stale is served; an unchanged one skips the quality check. Loading each draft remains the
 * larger part of the cost (bench/region.bench.ts).
 */
const blockersByDraft = new LruCache<number>(5_000);
const coverageByVersion = new LruCache<Coverage>(5_000);

/** The routine a collaboration is counted by: the newest adopted one, else the newest draft. */
function mainRoutine(routines: RoutineRow[]): RoutineRow | undefined {
  const adopted = routines
    .filter((r) => r.status === 'adopted' && r.adoptedVersion !== null)
    .sort((a, b) => (b.adoptedAt ?? '').localeCompare(a.adoptedAt ?? ''));
  if (adopted[0]) return adopted[0];
  return [...routines].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
}

/**
 * GET /api/regions/:regionId/overview: aggregates of each collaboration that opted in to the
 * region, for its regional coordinators only (404 for anyone else). No answer texts and no
 * member names beyond each collaboration's coordinators' contact.
 */
export async function getRegionOverview(
  ctx: ServiceContext,
  regionId: string,
): Promise<RegionOverview> {
  const region = await requireRegionMember(ctx, regionId);
  const today = swedishToday(ctx.clock);
  const collaborations = await findCollaborationsOfRegion(ctx.db, regionId);
  const ids = collaborations.map((c) => c.id);
  const [coordinators, routines] = await Promise.all([
    findCoordinatorsOfCollaborations(ctx.db, ids),
    findRoutinesForOverview(ctx.db, ids),
  ]);
  const rows: RegionCollaborationRow[] = [];
  for (const c of collaborations) {
    const routine = mainRoutine(routines.filter((r) => r.collaborationId === c.id));
    rows.push({
      collaborationId: c.id,
      name: c.name,
      area: c.area,
      coordinators: coordinators
        .filter((k) => k.collaborationId === c.id)
        .map(({ name, email }) => ({ name, email })),
      ...(await routineFigures(ctx, routine, today)),
    });
  }
  const coverage = Object.fromEntries(
    COVERAGE_KEYS.map((k) => [k, rows.filter((r) => r.coverage?.[k]).length]),
  ) as Record<CoverageKey, number>;
  return {
    region,
    today,
    collaborations: rows,
    totals: {
      collaborations: rows.length,
      adopted: rows.filter((r) => r.routine?.adoptedAt).length,
      overdue: rows.filter((r) => r.routine?.isReviewOverdue).length,
      coverage,
    },
  };
}

async function routineFigures(
  ctx: ServiceContext,
  routine: RoutineRow | undefined,
  today: string,
): Promise<Pick<RegionCollaborationRow, 'routine' | 'coverage'>> {
  if (!routine) return { routine: null, coverage: null };
  const draft = await loadDraftSnapshot(ctx.db, routine.id);
  // JSON.stringify, not canonicalJson: the loader builds the same object for the same data,
  // a different key order would only miss, and sorting keys costs more than the check.
  const draftKey = `${routine.id}:${sha256Hex(JSON.stringify(draft))}:${today}`;
  let openBlockers = blockersByDraft.get(draftKey);
  if (openBlockers === undefined) {
    openBlockers = runChecks({ snapshot: draft, today }).filter(
      (f) => f.severity === 'blocker',
    ).length;
    blockersByDraft.set(draftKey, openBlockers);
  }
  const nextReviewDate = routine.planReviewDate ?? routine.adoptedReviewDate;
  let coverage: Coverage | null = null;
  if (routine.status === 'adopted' && routine.adoptedVersion !== null) {
    const versionKey = `${routine.id}:${routine.adoptedVersion}:${today}`;
    coverage = coverageByVersion.get(versionKey) ?? null;
    if (coverage === null) {
      const snapshot = await findVersionSnapshot(ctx.db, routine.id, routine.adoptedVersion);
      if (snapshot) {
        coverage = coverageOf(JSON.parse(snapshot) as RoutineSnapshot, today);
        coverageByVersion.set(versionKey, coverage);
      }
    }
  }
  return {
    routine: {
      title: routine.title,
      status: routine.status,
      adoptedAt: routine.adoptedAt ? routine.adoptedAt.slice(0, 10) : null,
      nextReviewDate,
      isReviewOverdue: nextReviewDate !== null && nextReviewDate < today,
      openBlockers,
      feedbackCount: await countFeedbackOfRoutine(ctx.db, routine.id),
    },
    coverage,
  };
}
