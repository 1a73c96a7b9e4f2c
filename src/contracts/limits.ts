/**
 * Lengths and counts the server enforces and the client shows. Their own module, free of Zod, so
 * a page that only needs a maxLength does not pull the schema library into its chunk (common.ts
 * re-exports them for the server). Stated in error messages.
 */
export const LIMITS = {
  answerText: 20_000,
  name: 200,
  title: 200,
  area: 200,
  mainRule: 2_000,
  /** An organisation's description, an action's "what", an obstacle and its remedy, a note on a national entry. */
  description: 2_000,
  /** An action's "when", a version's summary, an indicator. */
  short: 500,
  /** A knowledge item's or milestone's title. */
  itemTitle: 300,
  /** A knowledge item's notes, an evaluation plan's method. */
  notes: 4_000,
  /** Caps on how many of a thing there may be (409 LIMIT_REACHED; the client shows them). */
  actorsPerCollaboration: 100,
  actionsPerRoutine: 500,
  obstaclesPerRoutine: 200,
  milestonesPerRoutine: 50,
  knowledgeItemsPerCollaboration: 500,
  versionsPerRoutine: 200,
  commentsPerRoutine: 5_000,
  membersPerCollaboration: 300,
  collaborationsPerAccount: 20,
} as const;

/** A comment's length (contracts/comments.ts validates it; the comment form checks it first). */
export const COMMENT_BODY_MAX = 4_000;

/** How many indicators an evaluation plan may list. */
export const PLAN_INDICATORS_MAX = 30;

/** Workshop mode (issue 17): what a workshop, a draft, a reason and a guest's organisation may hold. */
export const WORKSHOP_LIMITS = {
  questions: 40,
  minSecondsPerQuestion: 30,
  maxSecondsPerQuestion: 3_600,
  draft: 4_000,
  reason: 1_000,
  organisation: 200,
  /** How long a workshop stays open unless ended first. */
  openHours: 12,
} as const;
