import { z } from 'zod';
import { ZAction } from './actions';
import { LIMITS, ZId } from './common';
import { WORKSHOP_LIMITS } from './limits';
import { ZActionKind, ZActionStep, ZAudience } from './vocabularies';

/**
 * Workshop mode (issue 17): the HTTP half. The facilitator (a coordinator) runs the meeting;
 * members and, when allowed, guests take part. Drafts and votes go over HTTP, so a draft is
 * private until the reveal by construction (docs/adr/0020).
 */
// The limits live Zod-free in limits.ts, so the workshop pages can show them without Zod.
export { WORKSHOP_LIMITS } from './limits';

export const ZWorkshopParams = z.object({ wid: ZId });
export const ZWorkshopQuestionParams = z.object({
  wid: ZId,
  questionId: z.string().min(1).max(20),
});
export const ZWorkshopProposalParams = z.object({ wid: ZId, pid: ZId });
export const ZWorkshopParticipantParams = z.object({ wid: ZId, participantId: ZId });
export const ZSummaryQuery = z.object({ lang: z.enum(['sv', 'en']).default('sv') });

export const ZCreateWorkshop = z
  .object({
    questionIds: z.array(z.string().min(1).max(20)).min(1).max(WORKSHOP_LIMITS.questions),
    allowGuests: z.boolean(),
    /** Revealed drafts show who wrote them (name and organisation); by default the organisation only. */
    namedDrafts: z.boolean().optional(),
    secondsPerQuestion: z
      .number()
      .int()
      .min(WORKSHOP_LIMITS.minSecondsPerQuestion)
      .max(WORKSHOP_LIMITS.maxSecondsPerQuestion)
      .optional(),
  })
  .strict();
export type CreateWorkshop = z.infer<typeof ZCreateWorkshop>;

export const ZWorkshopState = z.enum(['open', 'ended']);

export const ZWorkshop = z.object({
  id: ZId,
  routineId: ZId,
  /** Six characters without look-alikes (no 0, O, 1, I, L); unique among open workshops. */
  code: z.string(),
  joinUrl: z.string(),
  questionIds: z.array(z.string()),
  allowGuests: z.boolean(),
  namedDrafts: z.boolean(),
  secondsPerQuestion: z.number().int().nullable(),
  state: ZWorkshopState,
  createdAt: z.string(),
  /** Twelve hours after the start: the workshop closes by itself then. */
  endsAt: z.string(),
  endedAt: z.string().nullable(),
});
export type Workshop = z.infer<typeof ZWorkshop>;

export const ZJoinWorkshop = z
  .object({
    code: z.string().trim().min(1).max(20),
    /** A guest's display name (required for guests; members go by their account's name). */
    name: z.string().trim().min(1).max(LIMITS.name).optional(),
    /** A guest's organisation (required for guests). */
    organisation: z.string().trim().min(1).max(WORKSHOP_LIMITS.organisation).optional(),
    acknowledgePersonalData: z.boolean().optional(),
  })
  .strict();
export type JoinWorkshop = z.infer<typeof ZJoinWorkshop>;

export const ZParticipantKind = z.enum(['member', 'guest']);
export const ZJoinResult = z.object({
  workshopId: ZId,
  participantId: ZId,
  kind: ZParticipantKind,
});
export type JoinResult = z.infer<typeof ZJoinResult>;

export const ZQuestionPhase = z.enum(['drafting', 'revealed', 'agreement', 'accepted', 'parked']);
export type QuestionPhase = z.infer<typeof ZQuestionPhase>;
export const ZStance = z.enum(['support', 'accept', 'block']);
export type Stance = z.infer<typeof ZStance>;

export const ZTally = z.object({
  support: z.number().int(),
  accept: z.number().int(),
  block: z.number().int(),
});
export type Tally = z.infer<typeof ZTally>;

export const ZWorkshopQuestion = z.object({
  questionId: z.string(),
  step: z.number().int(),
  phase: ZQuestionPhase,
  /** The agreement round (1 for the first; the facilitator opens another after a block). */
  round: z.number().int(),
  proposedText: z.string().nullable(),
  agreedText: z.string().nullable(),
  draftCount: z.number().int(),
  myDraft: z.string().nullable(),
  /**
   * Everyone's drafts, only once revealed: with the organisation, and the writer's name when
   * the facilitator chose named drafts (null otherwise, and for a guest once anonymised).
   */
  drafts: z.array(
    z.object({
      text: z.string(),
      organisation: z.string().nullable(),
      name: z.string().nullable(),
    }),
  ),
  myVote: z.object({ stance: ZStance, reason: z.string().nullable() }).nullable(),
  /** The current round's tally. */
  tally: ZTally,
  blocks: z.array(z.object({ reason: z.string(), organisation: z.string().nullable() })),
});

export const ZProposal = z.object({
  id: ZId,
  step: z.number().int(),
  organisation: z.string().nullable(),
  what: z.string(),
  status: z.enum(['proposed', 'accepted', 'discarded']),
  actionId: ZId.nullable(),
  mine: z.boolean(),
});
export type Proposal = z.infer<typeof ZProposal>;

/** What a participant, a member or the facilitator sees of a workshop. */
export const ZWorkshopView = z.object({
  id: ZId,
  code: z.string(),
  state: ZWorkshopState,
  endsAt: z.string(),
  allowGuests: z.boolean(),
  namedDrafts: z.boolean(),
  secondsPerQuestion: z.number().int().nullable(),
  /** The question on the big screen, and since when (its time box runs from then). */
  currentQuestionId: z.string().nullable(),
  currentStartedAt: z.string().nullable(),
  you: z.object({
    role: z.enum(['facilitator', 'member', 'guest']),
    participantId: ZId.nullable(),
    /** May co-edit the proposed wording live: a coordinator, or a member the facilitator invited. */
    canEditWording: z.boolean(),
  }),
  participantCount: z.number().int(),
  organisations: z.array(z.string()),
  questions: z.array(ZWorkshopQuestion),
  proposals: z.array(ZProposal),
  /** The participants the facilitator invited to co-edit the wording (participant ids). */
  wordingHelpers: z.array(ZId),
  /**
   * The members taking part, by name, and whether they help with the wording: the facilitator's
   * view only (empty for everyone else and in the live document: guests see no names).
   */
  members: z.array(
    z.object({
      participantId: ZId,
      name: z.string(),
      organisation: z.string().nullable(),
      wordingHelper: z.boolean(),
    }),
  ),
});
export type WorkshopView = z.infer<typeof ZWorkshopView>;

export const ZSaveDraft = z
  .object({
    text: z.string().max(WORKSHOP_LIMITS.draft),
    acknowledgePersonalData: z.boolean().optional(),
  })
  .strict();
export type SaveDraft = z.infer<typeof ZSaveDraft>;

export const ZCastVote = z
  .object({
    stance: ZStance,
    /** Required with "block": Jag blockerar – därför att … */
    reason: z.string().trim().max(WORKSHOP_LIMITS.reason).optional(),
    acknowledgePersonalData: z.boolean().optional(),
  })
  .strict();
export type CastVote = z.infer<typeof ZCastVote>;

export const ZSetPhase = z
  .object({
    phase: z.enum(['drafting', 'revealed', 'agreement', 'parked']),
    /** The wording put to the agreement round (required for "agreement" unless one stands). */
    proposedText: z.string().trim().min(1).max(LIMITS.answerText).optional(),
    acknowledgePersonalData: z.boolean().optional(),
  })
  .strict();
export type SetPhase = z.infer<typeof ZSetPhase>;

export const ZSetWordingHelper = z
  .object({
    /** True: this member may co-edit the proposed wording live; false takes it back. */
    helper: z.boolean(),
  })
  .strict();
export type SetWordingHelper = z.infer<typeof ZSetWordingHelper>;

export const ZAcceptAgreed = z
  .object({
    text: z.string().max(LIMITS.answerText),
    /** The answer's revision the facilitator saw (0 for a first answer): 409 when stale. */
    baseRevision: z.number().int().min(0),
    acknowledgePersonalData: z.boolean().optional(),
  })
  .strict();
export type AcceptAgreed = z.infer<typeof ZAcceptAgreed>;

export const ZAcceptAgreedResult = z.object({
  revision: z.number().int(),
  agreedCount: z.number().int(),
  participantCount: z.number().int(),
  blockCount: z.number().int(),
});

export const ZCreateProposal = z
  .object({
    step: ZActionStep,
    what: z.string().trim().min(1).max(LIMITS.description),
    acknowledgePersonalData: z.boolean().optional(),
  })
  .strict();
export type CreateProposal = z.infer<typeof ZCreateProposal>;

export const ZAcceptProposal = z
  .object({
    actorId: ZId,
    audience: ZAudience,
    contactPathId: ZId.nullable().optional(),
    when: z.string().trim().max(LIMITS.short).optional(),
    kind: ZActionKind.optional(),
    /** The facilitator's wording, when it differs from the proposal's. */
    what: z.string().trim().min(1).max(LIMITS.description).optional(),
    acknowledgePersonalData: z.boolean().optional(),
  })
  .strict();
export type AcceptProposal = z.infer<typeof ZAcceptProposal>;

export const ZAcceptProposalResult = z.object({ proposal: ZProposal, action: ZAction });
