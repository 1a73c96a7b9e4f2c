import { actorsById, firstStepOf, handoffReceivers } from './lookup';
import type { Finding, Rule } from './types';

/**
 * An actor needs a contact path where someone must reach it: it is an entry point or acts in
 * steps 3–5 (a blocker). An actor that only detects in step 2 (a school, a clinic) is reached
 * by no one in the routine: at most a tip. Handoff receivers are left to
 * `handoff-receiver-unreachable`, so an actor never gets two findings for one missing path.
 */
export const actorWithoutContactPath: Rule = {
  id: 'actor-without-contact-path',
  family: 'contact-paths',
  check: ({ snapshot }) => {
    const actors = actorsById(snapshot);
    const receivers = handoffReceivers(snapshot);
    const used = [...new Set(snapshot.actions.map((a) => a.actorId))];
    return used.flatMap((actorId): Finding[] => {
      const actor = actors.get(actorId);
      if (!actor || actor.contactPaths.length > 0 || receivers.has(actorId)) return [];
      const own = snapshot.actions.filter((a) => a.actorId === actorId);
      const mustBeReached = own.filter((a) => a.isEntryPoint || a.step >= 3);
      if (mustBeReached.length > 0) {
        const step = Math.min(...mustBeReached.map((a) => a.step));
        return [
          {
            rule: 'actor-without-contact-path',
            severity: 'blocker',
            message: {
              sv: `${actor.name} gör något i steg ${step} men har ingen kontaktväg. Lägg till hur organisationen nås, till exempel ett telefonnummer till en funktion.`,
              en: `${actor.name} does something in step ${step} but has no contact path. Add how to reach the organisation, for example a phone number of a function.`,
            },
            target: { type: 'actor', id: actor.id, step },
          },
        ];
      }
      return [
        {
          rule: 'actor-without-contact-path',
          severity: 'tip',
          message: {
            sv: `${actor.name} upptäcker i steg 2 men har ingen kontaktväg. Det behövs inte för att rutinen ska fungera, men en kontaktväg hjälper de andra aktörerna att återkoppla.`,
            en: `${actor.name} detects in step 2 but has no contact path. The routine works without one, but a contact path helps the other actors to report back.`,
          },
          target: { type: 'actor', id: actor.id, step: firstStepOf(snapshot, actor.id) },
        },
      ];
    });
  },
};

/**
 * Beginnings of words that name a function, not a person ("socialjour", "mottagning",
 * "info" …): an address whose local part starts with one of them is a function address.
 */
const FUNCTION_WORDS = [
  'admin',
  'akut',
  'barn',
  'diarie',
  'elevh',
  'enhet',
  'epost',
  'expedition',
  'famil',
  'funktion',
  'grupp',
  'hälso',
  'halso',
  'info',
  'jour',
  'kansli',
  'kommun',
  'kontakt',
  'koordinat',
  'kvinnofrid',
  'mail',
  'migration',
  'mottagning',
  'nmt',
  'noreply',
  'no-reply',
  'oros',
  'polis',
  'post',
  'radgiv',
  'rådgiv',
  'reception',
  'region',
  'registrat',
  'samordn',
  'service',
  'skola',
  'soc',
  'stod',
  'stöd',
  'support',
  'team',
  'ungdom',
  'vaxel',
  'växel',
  'vard',
  'vård',
  'vux',
  'aklagar',
  'åklagar',
];

const NAME_PART = '[a-zà-öø-ÿ]{2,}(?:-[a-zà-öø-ÿ]{2,})?';
const PERSON_LOCAL_PART = new RegExp(`^(${NAME_PART})\\.(${NAME_PART})$`, 'i');

/**
 * True when an e-mail address looks like a person's (`anna.svensson@…`, `per-olof.lind@…`):
 * two alphabetic parts joined by a dot, neither of which names a function.
 */
export function looksLikePersonalEmail(value: string): boolean {
  const at = value.lastIndexOf('@');
  if (at <= 0) return false;
  const match = PERSON_LOCAL_PART.exec(value.slice(0, at).trim());
  if (!match) return false;
  const isFunctionWord = (part: string) => {
    const lower = part.toLowerCase();
    return FUNCTION_WORDS.some((w) => lower.startsWith(w));
  };
  return !isFunctionWord(match[1]!) && !isFunctionWord(match[2]!);
}

/** Göteborg's lesson (DOMAIN.md): name functions, not persons, so the routine survives staff changes. */
export const contactPathNamesPerson: Rule = {
  id: 'contact-path-names-person',
  family: 'contact-paths',
  check: ({ snapshot }) =>
    snapshot.actors.flatMap((actor) =>
      actor.contactPaths
        .filter((p) => p.channel === 'email' && looksLikePersonalEmail(p.value))
        .map(
          (p): Finding => ({
            rule: 'contact-path-names-person',
            severity: 'tip',
            message: {
              sv: `Kontaktvägen ${p.display} hos ${actor.name} ser ut att gå till en person. Ange hellre en funktion, till exempel en gemensam brevlåda, så att rutinen fungerar även när någon byter jobb.`,
              en: `The contact path ${p.display} of ${actor.name} looks like a person’s. Prefer a function, for example a shared mailbox, so the routine still works when someone changes jobs.`,
            },
            target: { type: 'contact_path', id: p.id, step: firstStepOf(snapshot, actor.id) },
          }),
        ),
    ),
};

export const CONTACT_PATH_RULES: readonly Rule[] = [
  actorWithoutContactPath,
  contactPathNamesPerson,
];
