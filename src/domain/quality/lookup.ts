import type {
  RoutineSnapshot,
  SnapshotAction,
  SnapshotActor,
  SnapshotContactPath,
} from '../snapshot';
import { findStep } from '../template';
import type { Localized } from './types';

/** "steg 3 (Kontaktväg in)" / "step 3 (Entry point)", for messages. */
export function stepName(step: number): Localized {
  const title = findStep(step)?.title;
  return {
    sv: title ? `steg ${step} (${title.sv})` : `steg ${step}`,
    en: title ? `step ${step} (${title.en})` : `step ${step}`,
  };
}

/** A user's text shortened for a message: one line, at most `max` characters. */
export function excerpt(text: string, max = 80): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}

export function actorsById(snapshot: RoutineSnapshot): Map<string, SnapshotActor> {
  return new Map(snapshot.actors.map((a) => [a.id, a]));
}

export function actionsById(snapshot: RoutineSnapshot): Map<string, SnapshotAction> {
  return new Map(snapshot.actions.map((a) => [a.id, a]));
}

/** The lowest step in which the actor performs an action (for grouping an actor's findings). */
export function firstStepOf(snapshot: RoutineSnapshot, actorId: string): number | undefined {
  const steps = snapshot.actions.filter((a) => a.actorId === actorId).map((a) => a.step);
  return steps.length ? Math.min(...steps) : undefined;
}

/** The contact path an action names, when it names one of its actor's paths. */
export function contactPathOf(
  action: SnapshotAction,
  actor: SnapshotActor | undefined,
): SnapshotContactPath | undefined {
  if (!action.contactPathId || !actor) return undefined;
  return actor.contactPaths.find((p) => p.id === action.contactPathId);
}

/** actorId → the lowest step in which the actor receives a handoff (to an action that exists). */
export function handoffReceivers(snapshot: RoutineSnapshot): Map<string, number> {
  const actions = actionsById(snapshot);
  const receivers = new Map<string, number>();
  for (const from of snapshot.actions) {
    for (const id of from.handoffTo) {
      const to = actions.get(id);
      if (!to) continue;
      receivers.set(to.actorId, Math.min(receivers.get(to.actorId) ?? to.step, to.step));
    }
  }
  return receivers;
}
