import { z } from 'zod';
import { ZLocalized } from './common';

export const ZTemplateQuestion = z.object({
  id: z.string(),
  number: z.number().int(),
  text: ZLocalized,
  role: z.enum(['obstacles', 'remedies']).optional(),
  hint: ZLocalized.optional(),
});

export const ZTemplateStep = z.object({
  number: z.number().int(),
  key: z.string(),
  title: ZLocalized,
  intro: ZLocalized,
  tip: ZLocalized.optional(),
  questions: z.array(ZTemplateQuestion),
  hasActions: z.boolean(),
});

export const ZTemplate = z.object({
  id: z.string(),
  version: z.string(),
  title: ZLocalized,
  purpose: ZLocalized,
  instruction: ZLocalized,
  steps: z.array(ZTemplateStep),
  timeline: z.object({
    title: ZLocalized,
    text: ZLocalized,
    phases: z.array(z.object({ key: z.string(), title: ZLocalized })),
  }),
  confirmation: z.object({
    title: ZLocalized,
    intro: ZLocalized,
    fields: z.array(z.object({ key: z.string(), label: ZLocalized })),
  }),
});
