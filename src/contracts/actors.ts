import { z } from 'zod';
import { LIMITS, ZId } from './common';
import { ZActorKind, ZAudience, ZChannel } from './vocabularies';

/** A free-text field the personal-data guard scans. */
const text = (max: number) => z.string().trim().max(max);

export const ZContactPathInput = z
  .object({
    /** Present to update an existing path; absent to add one. */
    id: ZId.optional(),
    channel: ZChannel,
    value: z.string().trim().min(1).max(500),
    label: text(200).nullable().optional(),
    hours: text(200).nullable().optional(),
    always: z.boolean().optional(),
    audience: ZAudience,
    notes: text(1000).nullable().optional(),
  })
  // Not strict: a client may send back a path as it read it (display, href are ignored).
  .strip();
export type ContactPathInput = z.infer<typeof ZContactPathInput>;

export const ZContactPath = z.object({
  id: ZId,
  channel: ZChannel,
  /** Stored form: E.164 or the service number for phones, as typed otherwise. */
  value: z.string(),
  /** How to show it: a phone number in Swedish national format. */
  display: z.string(),
  /** tel:, mailto: or https: link, when the channel has one. */
  href: z.string().nullable(),
  label: z.string().nullable(),
  hours: z.string().nullable(),
  always: z.boolean(),
  audience: ZAudience,
  notes: z.string().nullable(),
});
export type ContactPath = z.infer<typeof ZContactPath>;

export const ZActor = z.object({
  id: ZId,
  collaborationId: ZId,
  name: z.string(),
  kind: ZActorKind,
  description: z.string().nullable(),
  contactPaths: z.array(ZContactPath),
  revision: z.number().int(),
});
export type Actor = z.infer<typeof ZActor>;

export const ZCreateActor = z
  .object({
    name: z.string().trim().min(1).max(LIMITS.name),
    kind: ZActorKind,
    description: text(LIMITS.description).optional(),
    contactPaths: z.array(ZContactPathInput).max(30).default([]),
    acknowledgePersonalData: z.boolean().optional(),
  })
  .strict();
export type CreateActor = z.infer<typeof ZCreateActor>;

/** contactPaths, when given, is the full list: paths left out are removed (409 if in use). */
export const ZUpdateActor = z
  .object({
    name: z.string().trim().min(1).max(LIMITS.name).optional(),
    kind: ZActorKind.optional(),
    description: text(LIMITS.description).nullable().optional(),
    contactPaths: z.array(ZContactPathInput).max(30).optional(),
    baseRevision: z.number().int().min(1).optional(),
    acknowledgePersonalData: z.boolean().optional(),
  })
  .strict();
export type UpdateActor = z.infer<typeof ZUpdateActor>;

export const ZActorParams = z.object({ cid: ZId, aid: ZId });
