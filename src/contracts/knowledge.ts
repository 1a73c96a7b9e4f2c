import { z } from 'zod';
import { LIMITS, ZId, ZLocalized } from './common';
import { ZKnowledgeKind, ZStep } from './vocabularies';

export const ZKnowledgeItem = z.object({
  id: z.string(),
  /** national entries are read-only (hide or annotate them); local ones belong to the collaboration */
  source: z.enum(['national', 'local']),
  title: ZLocalized,
  kind: ZKnowledgeKind,
  url: z.string().nullable(),
  notes: z.string().nullable(),
  steps: z.array(z.number().int()),
  /** national entries: how it is reached, where the fact comes from and when it was last checked */
  contact: z.string().nullable(),
  sourceName: z.string().nullable(),
  lastChecked: z.string().nullable(),
  hidden: z.boolean(),
  annotation: z.string().nullable(),
  revision: z.number().int(),
});
export type KnowledgeItem = z.infer<typeof ZKnowledgeItem>;

export const ZCreateKnowledgeItem = z
  .object({
    title: z.string().trim().min(1).max(LIMITS.itemTitle),
    kind: ZKnowledgeKind,
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .optional(),
    notes: z.string().trim().max(LIMITS.notes).optional(),
    steps: z.array(ZStep).max(6).default([]),
    acknowledgePersonalData: z.boolean().optional(),
  })
  .strict();
export type CreateKnowledgeItem = z.infer<typeof ZCreateKnowledgeItem>;

/** Local items: any field. National items: only hidden and annotation. */
export const ZUpdateKnowledgeItem = z
  .object({
    title: z.string().trim().min(1).max(LIMITS.itemTitle).optional(),
    kind: ZKnowledgeKind.optional(),
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .nullable()
      .optional(),
    notes: z.string().trim().max(LIMITS.notes).nullable().optional(),
    steps: z.array(ZStep).max(6).optional(),
    hidden: z.boolean().optional(),
    annotation: z.string().trim().max(LIMITS.description).nullable().optional(),
    baseRevision: z.number().int().min(0).optional(),
    acknowledgePersonalData: z.boolean().optional(),
  })
  .strict();
export type UpdateKnowledgeItem = z.infer<typeof ZUpdateKnowledgeItem>;

export const ZKnowledgeParams = z.object({ cid: ZId, kid: z.string().min(1).max(80) });
