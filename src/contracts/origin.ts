import { z } from 'zod';

/** GET /api/public-origin: where the app's outgoing addresses point. */
export const ZPublicOrigin = z.object({
  /** e.g. https://samrutin.exempel.se (no trailing slash) */
  origin: z.string(),
  /** True when BASE_URL is set; false when the origin comes from this request. */
  isConfigured: z.boolean(),
});
export type PublicOrigin = z.infer<typeof ZPublicOrigin>;
