import { z } from 'zod';

/** Ids are opaque strings (UUIDs today). */
export const ZId = z.string().min(1).max(64);
export const ZIsoDate = z.iso.date();
export const ZIsoDateTime = z.string();

export const ZLocalized = z.object({ sv: z.string(), en: z.string() });
export type Localized = z.infer<typeof ZLocalized>;

export const ZRole = z.enum(['coordinator', 'editor', 'reader']);
export type Role = z.infer<typeof ZRole>;

export { LIMITS } from './limits';
