import { z } from 'zod';

/** DESIGN.md "Vocabularies": the values other clients rely on. */
export const ACTOR_KINDS = [
  'social_services',
  'police',
  'prosecutor',
  'health_care',
  'migration_agency',
  'school',
  'civil_society',
  'regional_coordinator',
  'national_resource',
  'other',
] as const;
export const ZActorKind = z.enum(ACTOR_KINDS);
export type ActorKind = z.infer<typeof ZActorKind>;

export const ACTION_KINDS = [
  'report_to_police',
  'report_of_concern',
  'protection_assessment',
  'protective_placement',
  'emergency_assistance',
  'reflection_period',
  'counsel_for_injured_party',
  'interpreter',
  'rights_information',
  'health_care',
  'consult_regional_coordinator',
  'return_programme',
  'other',
] as const;
export const ZActionKind = z.enum(ACTION_KINDS);
export type ActionKind = z.infer<typeof ZActionKind>;

export const AUDIENCES = ['children', 'adults', 'all'] as const;
export const ZAudience = z.enum(AUDIENCES);
export type Audience = z.infer<typeof ZAudience>;

export const CHANNELS = ['phone', 'email', 'web', 'address', 'other'] as const;
export const ZChannel = z.enum(CHANNELS);
export type Channel = z.infer<typeof ZChannel>;

export const KNOWLEDGE_KINDS = ['tool', 'document', 'training', 'contact', 'other'] as const;
export const ZKnowledgeKind = z.enum(KNOWLEDGE_KINDS);
export type KnowledgeKind = z.infer<typeof ZKnowledgeKind>;

/** Steps that record "who does what". */
export const ACTION_STEPS = [2, 3, 4, 5] as const;
export const ZActionStep = z.union([z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);
export const ZStep = z.number().int().min(1).max(6);
