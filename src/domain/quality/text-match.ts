import type { RoutineSnapshot } from '../snapshot';

/**
 * Spelling-tolerant text matching for the rules that look for a resource or a promise in the
 * routine's own words. People write "regionkoordinator" and "regionskoordinator", "020-39 00 00"
 * and "020-390 000": matching runs on a compact form of the text — lower case, with spaces,
 * hyphens and dashes removed — so one pattern covers every spelling.
 */
export function compact(text: string): string {
  return text.toLowerCase().replace(/[\s\u00AD\-‐-―−]+/g, '');
}

/** Every free-text field in which a resource may be named: answers, main rule, actions, obstacles, actors and their contact paths. */
export function routineTexts(snapshot: RoutineSnapshot): string[] {
  return [
    ...Object.values(snapshot.answers),
    snapshot.routine.mainRule ?? '',
    ...snapshot.actions.flatMap((a) => [a.what, a.when ?? '']),
    ...snapshot.obstacles.flatMap((o) => [o.description, o.remedy ?? '']),
    ...snapshot.actors.flatMap((a) => [
      a.name,
      a.description ?? '',
      ...a.contactPaths.flatMap((p) => [p.value, p.display, p.label ?? '', p.notes ?? '']),
    ]),
  ].filter((t) => t.length > 0);
}

/** The free text that belongs to some steps: their answers, actions and obstacles (and the main rule, in step 4). */
export function stepTexts(snapshot: RoutineSnapshot, steps: readonly number[]): string[] {
  const inSteps = (step: number) => steps.includes(step);
  return [
    ...Object.entries(snapshot.answers)
      .filter(([id]) => inSteps(Number(/^s(\d+)\./.exec(id)?.[1])))
      .map(([, text]) => text),
    inSteps(4) ? (snapshot.routine.mainRule ?? '') : '',
    ...snapshot.actions.filter((a) => inSteps(a.step)).flatMap((a) => [a.what, a.when ?? '']),
    ...snapshot.obstacles
      .filter((o) => inSteps(o.step))
      .flatMap((o) => [o.description, o.remedy ?? '']),
  ].filter((t) => t.length > 0);
}

/** True when one of `texts`, in compact form, matches `pattern` (write the pattern without spaces or hyphens). */
export const anyMatches = (texts: readonly string[], pattern: RegExp): boolean =>
  texts.some((t) => pattern.test(compact(t)));

/** The national support line for professionals, 020-390 000, however grouped, or as +46 20 390 000. */
export const SUPPORT_LINE = /(?<!\d)(?:0|\+?46)20390000(?!\d)|stödtelefon|rådgivningstelefon/;

/** The regional coordinator, in the common spellings (regionkoordinator, regionskoordinator, regional koordinator, regional coordinator). */
export const REGIONAL_COORDINATOR = /regions?koordinator|regionalkoordinator|regionalcoordinator/;
