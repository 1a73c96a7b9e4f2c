import { z } from 'zod';
import { LIMITS, ZId, ZIsoDate, ZIsoDateTime } from './common';

/** Route params of one version: the routine and the version number (1, 2, …). */
export const ZVersionParams = z.object({ rid: ZId, n: z.coerce.number().int().min(1) });

export const ZCreateVersion = z
  .object({
    /** What changed, in a line, for the signers ("Nytt nummer till socialjouren"). */
    summary: z.string().trim().max(LIMITS.short).optional(),
    acknowledgePersonalData: z.boolean().optional(),
  })
  .strict();
export type CreateVersion = z.infer<typeof ZCreateVersion>;

export const ZCreatedVersion = z.object({
  number: z.number().int(),
  /** SHA-256 (hex) of the version's canonical JSON */
  hash: z.string(),
});
export type CreatedVersion = z.infer<typeof ZCreatedVersion>;

export const ZSignOff = z.object({
  id: ZId,
  versionNumber: z.number().int(),
  actorId: ZId,
  /** the organisation's name as the version has it */
  actorName: z.string(),
  representativeName: z.string(),
  representativeTitle: z.string(),
  decisionReference: z.string(),
  /** the date written on the confirmation */
  signedDate: ZIsoDate,
  /** the user who signed (re-authenticated) */
  signedBy: ZId,
  signedByName: z.string().nullable(),
  /** signed by a coordinator on the organisation's behalf (shown beside the signature) */
  onBehalf: z.boolean(),
  /** the hash of the version signed */
  versionHash: z.string(),
  createdAt: ZIsoDateTime,
});
export type SignOff = z.infer<typeof ZSignOff>;

export const ZRequiredActor = z.object({ actorId: ZId, name: z.string() });

export const ZVersionSummary = z.object({
  number: z.number().int(),
  hash: z.string(),
  summary: z.string().nullable(),
  createdAt: ZIsoDateTime,
  createdBy: ZId.nullable(),
  /** the date every required organisation had signed; null until then */
  adoptedAt: ZIsoDate.nullable(),
  /** the organisations with actions in this version: each must sign */
  requiredActors: z.array(ZRequiredActor),
  signOffs: z.array(ZSignOff),
});
export type VersionSummary = z.infer<typeof ZVersionSummary>;

export const ZVersion = z.object({
  number: z.number().int(),
  hash: z.string(),
  summary: z.string().nullable(),
  createdAt: ZIsoDateTime,
  createdBy: ZId.nullable(),
  adoptedAt: ZIsoDate.nullable(),
  /** the frozen RoutineSnapshot (src/domain/snapshot.ts), exactly as stored */
  snapshot: z.record(z.string(), z.unknown()),
});
export type Version = z.infer<typeof ZVersion>;

export const ZDiffQuery = z.object({
  /** the older version to compare with; default n − 1 (a first version is compared with nothing) */
  against: z.coerce.number().int().min(1).optional(),
});

const ZChange = z.enum(['added', 'removed', 'changed']);
const ZWordOp = z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() });
const ZFieldChange = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });
const ZTextChange = z.object({ change: ZChange, words: z.array(ZWordOp) });
const ZEntityChange = z.object({
  id: z.string(),
  change: ZChange,
  /** names the item for people (name, text or title) */
  label: z.string(),
  step: z.number().int().optional(),
  actorId: z.string().optional(),
  /** changed: the fields that differ; added / removed: every field, one side null */
  fields: z.array(ZFieldChange),
});

export const ZVersionDiff = z.object({
  number: z.number().int(),
  /** null: a first version, compared with nothing */
  against: z.number().int().nullable(),
  /** title and template id/version */
  routine: z.array(ZFieldChange),
  answers: z.array(ZTextChange.extend({ questionId: z.string() })),
  mainRule: ZTextChange.nullable(),
  actors: z.array(ZEntityChange),
  contactPaths: z.array(ZEntityChange),
  actions: z.array(ZEntityChange),
  obstacles: z.array(ZEntityChange),
  milestones: z.array(ZEntityChange),
  knowledge: z.array(ZEntityChange),
  evaluationPlan: z.object({ change: ZChange, fields: z.array(ZFieldChange) }).nullable(),
});
export type VersionDiff = z.infer<typeof ZVersionDiff>;

export const ZVerifyResult = z.object({
  /** the stored snapshot still hashes to the stored hash, and every sign-off signed that hash */
  ok: z.boolean(),
  /** as stored when the version was frozen */
  hash: z.string(),
  /** recomputed now from the stored snapshot */
  computedHash: z.string(),
  signOffs: z.array(z.object({ actorId: ZId, versionHash: z.string(), ok: z.boolean() })),
});
export type VerifyResult = z.infer<typeof ZVerifyResult>;

export const ZCreateSignOff = z
  .object({
    actorId: ZId,
    representativeName: z.string().trim().min(1).max(200),
    representativeTitle: z.string().trim().min(1).max(200),
    /** the organisation's decision, e.g. "Socialnämnden 2026-03-12 § 45" */
    decisionReference: z.string().trim().min(1).max(300),
    /** the signer's own password again (re-authentication) */
    password: z.string().min(1).max(200).optional(),
    /**
     * instead of a password, for an account that signs in only through its organisation's
     * identity provider: the id of a re-authentication answered there (POST /api/me/reauth/sso)
     */
    reauthId: z.string().min(1).max(64).optional(),
    /** the date of the confirmation; today by default */
    date: ZIsoDate.optional(),
    acknowledgePersonalData: z.boolean().optional(),
  })
  .strict()
  .refine((body) => (body.password === undefined) !== (body.reauthId === undefined), {
    message: 'send either password or reauthId',
    path: ['password'],
  });
export type CreateSignOff = z.infer<typeof ZCreateSignOff>;

export const ZSignOffOverview = z.object({
  versionNumber: z.number().int(),
  hash: z.string(),
  /** every required organisation has signed: the version is adopted */
  complete: z.boolean(),
  required: z.array(
    ZRequiredActor.extend({
      signOff: ZSignOff.nullable(),
      /** the latest earlier version this organisation signed (link a diff against it), or null */
      lastSignedVersion: z.number().int().nullable(),
    }),
  ),
  signOffs: z.array(ZSignOff),
});
export type SignOffOverview = z.infer<typeof ZSignOffOverview>;
