import type { SnapshotAction, SnapshotActor } from '../snapshot';
import { lowerLabels, VOCABULARY } from '../vocabulary-labels';
import { actorsById, contactPathOf } from './lookup';
import type { Finding, Rule } from './types';

const entryPointsOf = (actions: readonly SnapshotAction[]) =>
  actions.filter((a) => a.step === 3 && a.isEntryPoint);

/**
 * Step 3 has a way in for children and one for adults, or one for everyone (the template's
 * step 3 question 1; DOMAIN.md: published routines keep separate contacts for children and adults).
 * A routine whose actions all address children (or all adults) needs only that audience's entry.
 */
export const entryPointMissing: Rule = {
  id: 'entry-point-missing',
  family: 'entry-points',
  check: ({ snapshot }) => {
    const audiences = new Set(entryPointsOf(snapshot.actions).map((a) => a.audience));
    const hasChildren = audiences.has('children') || audiences.has('all');
    const hasAdults = audiences.has('adults') || audiences.has('all');
    // A routine only for children (or only for adults) needs only that entry.
    const addressed = new Set(snapshot.actions.map((a) => a.audience));
    const onlyOne = addressed.size === 1 && !addressed.has('all');
    const needsChildren = !onlyOne || addressed.has('children');
    const needsAdults = !onlyOne || addressed.has('adults');
    if ((hasChildren || !needsChildren) && (hasAdults || !needsAdults)) return [];
    // Say what is there and what is missing, never "neither … nor" after a negation.
    const message =
      !hasChildren && !hasAdults
        ? {
            sv: 'Steg 3 har ingen ingång markerad. Markera en åtgärd i steg 3 som ingång för barn och en för vuxna, eller en som gäller alla.',
            en: 'Step 3 has no entry point marked. Mark an action in step 3 as the entry point for children and one for adults, or one for everyone.',
          }
        : !hasChildren
          ? {
              sv: 'Steg 3 har en ingång för vuxna men ingen för barn. Markera en åtgärd i steg 3 som ingång för barn, till exempel socialtjänstens mottagning.',
              en: 'Step 3 has an entry point for adults but none for children. Mark an action in step 3 as the entry point for children, for example social services’ intake.',
            }
          : {
              sv: 'Steg 3 har en ingång för barn men ingen för vuxna. Markera en åtgärd i steg 3 som ingång för vuxna.',
              en: 'Step 3 has an entry point for children but none for adults. Mark an action in step 3 as the entry point for adults.',
            };
    const finding: Finding = {
      rule: 'entry-point-missing',
      severity: 'blocker',
      message,
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
    // An actor already open around the clock but not in step 3: name it, do not suggest adding one.
    const open = snapshot.actors.find(
      (actor) => AFTER_HOURS_KINDS.has(actor.kind) && isAlwaysOpen(actor),
    );
    const message = open
      ? {
          sv: `Ingen ingång i steg 3 går att nå dygnet runt. ${open.name} har en kontaktväg som är öppen alltid: lägg till en åtgärd i steg 3 där ${open.name} tar emot ärenden efter kontorstid.`,
          en: `No entry point in step 3 can be reached around the clock. ${open.name} has a contact path that is always open: add an action in step 3 in which ${open.name} takes cases after office hours.`,
        }
      : {
          sv: 'Ingen ingång i steg 3 går att nå dygnet runt. Ange vart man vänder sig efter kontorstid, till exempel socialjouren eller polisen, med en kontaktväg som är öppen alltid.',
          en: 'No entry point in step 3 can be reached around the clock. State where to turn after office hours, for example social services out of hours (socialjour) or the police, with a contact path that is always open.',
        };
    return [
      {
        rule: 'entry-point-after-hours',
        severity: 'warning',
        message,
        target: { type: 'step', step: 3 },
      },
    ];
  },
};

const OTHER_AUDIENCE = { children: 'adults', adults: 'children' } as const;
const LOWER = { sv: lowerLabels(VOCABULARY.sv.audience), en: lowerLabels(VOCABULARY.en.audience) };
/** The audience in words, lower case inside a sentence: the shared vocabulary's labels. */
const AUDIENCE_WORDS = {
  children: { sv: LOWER.sv.children, en: LOWER.en.children },
  adults: { sv: LOWER.sv.adults, en: LOWER.en.adults },
} as const;

/**
 * An entry point for children (or adults) names a contact path that is the organisation's
 * line for the other audience: the adult entry that carries the children's number. Whoever
 * calls reaches the wrong desk, so it blocks.
 */
export const entryPointWrongAudienceLine: Rule = {
  id: 'entry-point-wrong-audience-line',
  family: 'entry-points',
  check: ({ snapshot }) => {
    const actors = actorsById(snapshot);
    return entryPointsOf(snapshot.actions).flatMap((a): Finding[] => {
      if (a.audience === 'all') return [];
      const actor = actors.get(a.actorId);
      const path = contactPathOf(a, actor);
      if (!actor || !path || path.audience !== OTHER_AUDIENCE[a.audience]) return [];
      const entry = AUDIENCE_WORDS[a.audience];
      const line = AUDIENCE_WORDS[path.audience];
      const name = path.label ? `${path.label} (${path.display})` : path.display;
      return [
        {
          rule: 'entry-point-wrong-audience-line',
          severity: 'blocker',
          message: {
            sv: `Ingången för ${entry.sv} i steg 3 hos ${actor.name} använder kontaktvägen ${name}, som är till för ${line.sv}. Välj en kontaktväg för ${entry.sv} eller för alla i åtgärden, eller ändra kontaktvägens målgrupp om den gäller båda.`,
            en: `The entry point for ${entry.en} in step 3 at ${actor.name} uses the contact path ${name}, which is meant for ${line.en}. Choose a contact path for ${entry.en} or for everyone in the action, or change the path’s audience if it serves both.`,
          },
          target: { type: 'action', id: a.id, step: 3 },
        },
      ];
    });
  },
};

export const ENTRY_POINT_RULES: readonly Rule[] = [
  entryPointMissing,
  entryPointAfterHours,
  entryPointWrongAudienceLine,
];
