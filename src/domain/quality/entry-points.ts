import type { SnapshotAction, SnapshotActor } from '../snapshot';
import { actorsById, contactPathOf } from './lookup';
import type { Finding, Rule } from './types';

const entryPointsOf = (actions: readonly SnapshotAction[]) =>
  actions.filter((a) => a.step === 3 && a.isEntryPoint);

/**
 * Step 3 has a way in for children and one for adults, or one for everyone (the template's
 * step 3 question 1; DOMAIN.md: published routines keep separate contacts for children and adults).
 */
export const entryPointMissing: Rule = {
  id: 'entry-point-missing',
  family: 'entry-points',
  check: ({ snapshot }) => {
    const audiences = new Set(entryPointsOf(snapshot.actions).map((a) => a.audience));
    const hasChildren = audiences.has('children') || audiences.has('all');
    const hasAdults = audiences.has('adults') || audiences.has('all');
    if (hasChildren && hasAdults) return [];
    const lacking =
      !hasChildren && !hasAdults
        ? { sv: 'varken för barn eller för vuxna', en: 'neither for children nor for adults' }
        : !hasChildren
          ? { sv: 'för barn', en: 'for children' }
          : { sv: 'för vuxna', en: 'for adults' };
    const finding: Finding = {
      rule: 'entry-point-missing',
      severity: 'blocker',
      message: {
        sv: `Steg 3 saknar en ingång ${lacking.sv}. Markera en åtgärd i steg 3 som ingång för barn och en för vuxna, eller en som gäller alla.`,
        en: `Step 3 has no entry point ${lacking.en}. Mark an action in step 3 as the entry point for children and one for adults, or one for everyone.`,
      },
      target: { type: 'step', step: 3 },
    };
    return [finding];
  },
};

const AFTER_HOURS_KINDS = new Set(['police', 'social_services']);
const isAlwaysOpen = (actor: SnapshotActor | undefined) =>
  actor?.contactPaths.some((p) => p.always) ?? false;

/**
 * Someone can be reached outside office hours: an entry point whose contact path is open
 * 24/7 (its actor's, when the action names no path), or a police or social-services actor
 * (socialjour) in step 3 with a path open 24/7.
 */
export const entryPointAfterHours: Rule = {
  id: 'entry-point-after-hours',
  family: 'entry-points',
  check: ({ snapshot }) => {
    const actors = actorsById(snapshot);
    const entryOpen = entryPointsOf(snapshot.actions).some((a) => {
      const actor = actors.get(a.actorId);
      return a.contactPathId ? contactPathOf(a, actor)?.always === true : isAlwaysOpen(actor);
    });
    const fallbackOpen = snapshot.actions
      .filter((a) => a.step === 3)
      .map((a) => actors.get(a.actorId))
      .some((actor) => actor && AFTER_HOURS_KINDS.has(actor.kind) && isAlwaysOpen(actor));
    if (entryOpen || fallbackOpen) return [];
    return [
      {
        rule: 'entry-point-after-hours',
        severity: 'warning',
        message: {
          sv: 'Ingen ingång i steg 3 går att nå dygnet runt. Ange vart man vänder sig efter kontorstid, till exempel socialjouren eller polisen, med en kontaktväg som är öppen alltid.',
          en: 'No entry point in step 3 can be reached around the clock. State where to turn after office hours, for example social services out of hours (socialjour) or the police, with a contact path that is always open.',
        },
        target: { type: 'step', step: 3 },
      },
    ];
  },
};

export const ENTRY_POINT_RULES: readonly Rule[] = [entryPointMissing, entryPointAfterHours];
