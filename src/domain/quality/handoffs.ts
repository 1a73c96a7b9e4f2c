import { actionsById, actorsById, excerpt, handoffReceivers } from './lookup';
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

/**
 * Whoever receives a handoff can be reached: the one handing over needs the receiver's contact
 * path. A blocker, and the only finding for such an actor: `actor-without-contact-path` leaves
 * handoff receivers to this rule.
 */
export const handoffReceiverUnreachable: Rule = {
  id: 'handoff-receiver-unreachable',
  family: 'handoffs',
  check: ({ snapshot }) => {
    const actors = actorsById(snapshot);
    return [...handoffReceivers(snapshot)].flatMap(([actorId, step]): Finding[] => {
      const actor = actors.get(actorId);
      if (!actor || actor.contactPaths.length > 0) return [];
      return [
        {
          rule: 'handoff-receiver-unreachable',
          severity: 'blocker',
          message: {
            sv: `${actor.name} tar emot överlämningar i steg ${step} men har ingen kontaktväg. Lägg till hur ${actor.name} nås, till exempel ett telefonnummer till en funktion, så att den som lämnar över vet vart den ska vända sig.`,
            en: `${actor.name} receives handoffs in step ${step} but has no contact path. Add how to reach ${actor.name}, for example a phone number of a function, so whoever hands over knows where to turn.`,
          },
          target: { type: 'actor', id: actor.id, step },
        },
      ];
    });
  },
};

export const HANDOFF_RULES: readonly Rule[] = [handoffDeadEnd, handoffReceiverUnreachable];
