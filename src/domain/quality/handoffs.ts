import { actionsById, actorsById, excerpt } from './lookup';
import type { Finding, Rule } from './types';

/**
 * The chain of events (kedja av händelser) holds together: an action in steps 2–4 hands over
 * to another action whenever a later step has actions. Step 5 and the last step with actions
 * end the chain. A handoff to an action that no longer exists counts as none.
 */
export const handoffDeadEnd: Rule = {
  id: 'handoff-dead-end',
  family: 'handoffs',
  check: ({ snapshot }) => {
    const actors = actorsById(snapshot);
    const actions = actionsById(snapshot);
    const lastStep = Math.max(0, ...snapshot.actions.map((a) => a.step));
    return snapshot.actions
      .filter((a) => a.step >= 2 && a.step <= 4 && a.step < lastStep)
      .filter((a) => !a.handoffTo.some((id) => actions.has(id)))
      .map((a): Finding => {
        const who = actors.get(a.actorId)?.name;
        const what = excerpt(a.what, 60);
        const label = who ? `${who}: ${what}` : what;
        return {
          rule: 'handoff-dead-end',
          severity: 'warning',
          message: {
            sv: `Åtgärden ”${label}” i steg ${a.step} lämnar inte över till någon. Ange vem som tar vid efteråt, så att kedjan av händelser hänger ihop.`,
            en: `The action “${label}” in step ${a.step} hands over to no one. State who takes over next, so the chain of events holds together.`,
          },
          target: { type: 'action', id: a.id, step: a.step },
        };
      });
  },
};

/** Whoever receives a handoff can be reached: the one handing over needs the receiver's contact path. */
export const handoffReceiverUnreachable: Rule = {
  id: 'handoff-receiver-unreachable',
  family: 'handoffs',
  check: ({ snapshot }) => {
    const actors = actorsById(snapshot);
    const actions = actionsById(snapshot);
    /** actorId → the lowest step in which it receives a handoff */
    const receivers = new Map<string, number>();
    for (const from of snapshot.actions) {
      for (const id of from.handoffTo) {
        const to = actions.get(id);
        if (!to) continue;
        receivers.set(to.actorId, Math.min(receivers.get(to.actorId) ?? to.step, to.step));
      }
    }
    return [...receivers].flatMap(([actorId, step]): Finding[] => {
      const actor = actors.get(actorId);
      if (!actor || actor.contactPaths.length > 0) return [];
      return [
        {
          rule: 'handoff-receiver-unreachable',
          severity: 'warning',
          message: {
            sv: `${actor.name} tar emot överlämningar men har ingen kontaktväg. Den som lämnar över behöver veta hur ${actor.name} nås.`,
            en: `${actor.name} receives handoffs but has no contact path. Whoever hands over needs to know how to reach ${actor.name}.`,
          },
          target: { type: 'actor', id: actor.id, step },
        },
      ];
    });
  },
};

export const HANDOFF_RULES: readonly Rule[] = [handoffDeadEnd, handoffReceiverUnreachable];
