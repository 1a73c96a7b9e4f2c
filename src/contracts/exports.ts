import { z } from 'zod';
import type { RoutineSnapshot } from '../domain/snapshot';
import { LIMITS, ZId, ZIsoDate, ZLocalized } from './common';
import { ZPhase } from './review';
import {
  ZActionKind,
  ZActionStep,
  ZActorKind,
  ZAudience,
  ZChannel,
  ZKnowledgeKind,
  ZStep,
} from './vocabularies';

/**
 * The routine as files: query parameters of the export endpoints, and the JSON export
 * (`samrutin.routine-export/1`), whose snapshot is a RoutineSnapshot (src/domain/snapshot.ts)
 * validated field by field on import.
 */

/** Which content to render: a version number, or "draft" for the live draft. */
export const ZVersionSelector = z.union([z.literal('draft'), z.coerce.number().int().min(1)]);

export const ZLang = z.enum(['sv', 'en']);

export const ZExportQuery = z.object({
  /** default: the adopted version, else the draft (marked "Utkast – inte antagen") */
  version: ZVersionSelector.optional(),
  lang: ZLang.default('sv'),
});
export type ExportQuery = z.infer<typeof ZExportQuery>;

const text = (max: number) => z.string().max(max);
const nullableText = (max: number) => z.string().max(max).nullable();

export const ZSnapshotContactPath = z
  .object({
    id: ZId,
    channel: ZChannel,
    value: z.string().trim().min(1).max(500),
    /** derived from value; recomputed on import */
    display: z.string().max(500),
    href: z.string().max(600).nullable(),
    label: nullableText(200),
    hours: nullableText(200),
    always: z.boolean(),
    audience: ZAudience,
    notes: nullableText(1000),
  })
  .strict();

export const ZSnapshotActor = z
  .object({
    id: ZId,
    name: z.string().trim().min(1).max(LIMITS.name),
    kind: ZActorKind,
    description: nullableText(2000),
    contactPaths: z.array(ZSnapshotContactPath).max(30),
  })
  .strict();

export const ZSnapshotAction = z
  .object({
    id: ZId,
    step: ZActionStep,
    actorId: ZId,
    what: z.string().trim().min(1).max(2000),
    when: nullableText(500),
    audience: ZAudience,
    contactPathId: ZId.nullable(),
    kind: ZActionKind,
    isEntryPoint: z.boolean(),
    handoffTo: z.array(ZId).max(50),
    position: z.number().int().min(0),
  })
  .strict();

export const ZSnapshotObstacle = z
  .object({
    id: ZId,
    step: ZStep,
    description: z.string().trim().min(1).max(2000),
    remedy: nullableText(2000),
    ownerActorId: ZId.nullable(),
    position: z.number().int().min(0),
  })
  .strict();

export const ZSnapshotKnowledgeItem = z
  .object({
    id: z.string().min(1).max(80),
    source: z.enum(['national', 'local']),
    title: ZLocalized,
    kind: ZKnowledgeKind,
    url: z.string().max(2000).nullable(),
    notes: nullableText(4000),
    steps: z.array(ZStep).max(6),
    contact: nullableText(500),
    sourceName: nullableText(500),
    lastChecked: nullableText(40),
    annotation: nullableText(2000),
  })
  .strict();

export const ZSnapshotMilestone = z
  .object({
    id: ZId,
    phase: ZPhase,
    title: z.string().trim().min(1).max(300),
    plannedDate: ZIsoDate,
    doneDate: ZIsoDate.nullable(),
  })
  .strict();

export const ZSnapshotEvaluationPlan = z
  .object({
    method: z.string().trim().min(1).max(4000),
    indicators: z.array(z.string().trim().min(1).max(500)).max(30),
    responsibleActorId: ZId.nullable(),
    frequencyMonths: z.number().int().min(1).max(60),
    nextReviewDate: ZIsoDate,
  })
  .strict();

/** A RoutineSnapshot, validated field by field (the import's input). */
export const ZRoutineSnapshot = z
  .object({
    schema: z.literal('samrutin.routine/1'),
    template: z.object({ id: z.string().max(100), version: z.string().max(20) }).strict(),
    collaboration: z
      .object({ name: z.string().max(LIMITS.name), area: nullableText(LIMITS.area) })
      .strict(),
    routine: z
      .object({
        title: z.string().trim().min(1).max(LIMITS.title),
        slug: z.string().max(100),
        mainRule: nullableText(LIMITS.mainRule),
      })
      .strict(),
    answers: z.record(z.string().max(32), text(LIMITS.answerText)),
    actors: z.array(ZSnapshotActor).max(200),
    actions: z.array(ZSnapshotAction).max(2000),
    obstacles: z.array(ZSnapshotObstacle).max(500),
    knowledge: z.array(ZSnapshotKnowledgeItem).max(500),
    milestones: z.array(ZSnapshotMilestone).max(200),
    evaluationPlan: ZSnapshotEvaluationPlan.nullable(),
  })
  .strict();

export const EXPORT_FORMAT = 'samrutin.routine-export/1';

/** `export.json`: lossless, and what POST …/routines/import takes back. */
export const ZRoutineExport = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    exportedAt: z.string().max(40),
    /** null: the live draft */
    version: z
      .object({
        number: z.number().int().min(1),
        hash: z.string().max(128),
        adoptedAt: z.string().max(40).nullable(),
      })
      .strict()
      .nullable(),
    snapshot: ZRoutineSnapshot,
  })
  .strict();
export type RoutineExport = z.infer<typeof ZRoutineExport>;

export const ZImportQuery = z.object({
  /** resend with true when the personal-data guard's matches are not personal data */
  acknowledgePersonalData: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});

export const ZImportResult = z.object({ id: ZId, slug: z.string() });
export type ImportResult = z.infer<typeof ZImportResult>;

// A parsed document is a RoutineSnapshot (the schema is stricter: enums where the type has strings).
const _isSnapshot = (p: z.infer<typeof ZRoutineSnapshot>): RoutineSnapshot => p;
void _isSnapshot;
