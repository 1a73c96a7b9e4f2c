import type { Localized } from '../contracts/common';

/**
 * The whole content of a routine at one moment: what a version freezes (as canonical JSON,
 * hashed), what the quality check reads, and what the published page and every export
 * render. No volatile fields (no updated-at, no revisions): the same content gives the
 * same bytes on SQLite and PostgreSQL.
 */
export interface RoutineSnapshot {
  schema: 'samrutin.routine/1';
  template: { id: string; version: string };
  collaboration: { name: string; area: string | null };
  routine: { title: string; slug: string; mainRule: string | null };
  /** questionId → text; blank answers are left out */
  answers: Record<string, string>;
  /** actors referenced by actions, obstacles or the evaluation plan, ordered by name */
  actors: SnapshotActor[];
  /** ordered by step, then position */
  actions: SnapshotAction[];
  /** ordered by step, then position */
  obstacles: SnapshotObstacle[];
  /** visible knowledge-bank entries, national first */
  knowledge: SnapshotKnowledgeItem[];
  /** ordered by planned date, then title */
  milestones: SnapshotMilestone[];
  evaluationPlan: SnapshotEvaluationPlan | null;
}

export interface SnapshotContactPath {
  id: string;
  channel: 'phone' | 'email' | 'web' | 'address' | 'other';
  value: string;
  display: string;
  href: string | null;
  label: string | null;
  hours: string | null;
  always: boolean;
  audience: 'children' | 'adults' | 'all';
  notes: string | null;
}

export interface SnapshotActor {
  id: string;
  name: string;
  kind: string;
  description: string | null;
  contactPaths: SnapshotContactPath[];
}

export interface SnapshotAction {
  id: string;
  step: number;
  actorId: string;
  what: string;
  when: string | null;
  audience: 'children' | 'adults' | 'all';
  contactPathId: string | null;
  kind: string;
  isEntryPoint: boolean;
  handoffTo: string[];
  position: number;
}

export interface SnapshotObstacle {
  id: string;
  step: number;
  description: string;
  remedy: string | null;
  ownerActorId: string | null;
  position: number;
}

export interface SnapshotKnowledgeItem {
  id: string;
  source: 'national' | 'local';
  title: Localized;
  kind: string;
  url: string | null;
  notes: string | null;
  steps: number[];
  contact: string | null;
  sourceName: string | null;
  lastChecked: string | null;
  annotation: string | null;
}

export interface SnapshotMilestone {
  id: string;
  phase: 'establish' | 'implement' | 'test' | 'evaluate';
  title: string;
  plannedDate: string;
  doneDate: string | null;
}

export interface SnapshotEvaluationPlan {
  method: string;
  indicators: string[];
  responsibleActorId: string | null;
  frequencyMonths: number;
  nextReviewDate: string;
}
