import type { RoutineSnapshot, SnapshotAction, SnapshotContactPath } from '../snapshot';
import { contactOf, indexSnapshot } from './model';

/**
 * Step 3's entry points (ingångar) grouped the way a front-line worker asks: is it a child or
 * an adult, and is it office hours or not. Shared by the published page, the card and the
 * PDF, so all three always say the same thing.
 */
export interface EntryContact {
  /** the entry-point action; null for an after-hours path found on the same organisation */
  actionId: string | null;
  actorId: string;
  actorName: string;
  what: string | null;
  when: string | null;
  path: SnapshotContactPath | null;
}

export interface EntryBox {
  audience: 'children' | 'adults';
  /** entry points with opening hours (or none stated) */
  officeHours: EntryContact[];
  /** 24/7 entry points, and the 24/7 paths of the organisations above */
  afterHours: EntryContact[];
}

export interface EntryPoints {
  children: EntryBox;
  adults: EntryBox;
  /** number of distinct entry-point actions */
  count: number;
}

type BoxAudience = EntryBox['audience'];

const serves = (
  audience: SnapshotAction['audience'] | SnapshotContactPath['audience'],
  box: BoxAudience,
) => audience === 'all' || audience === box;

/** Which boxes an entry point belongs in: its own audience, narrowed by its path's when it serves all. */
function boxesOf(action: SnapshotAction, path: SnapshotContactPath | null): BoxAudience[] {
  const audience = action.audience === 'all' && path ? path.audience : action.audience;
  return (['children', 'adults'] as const).filter((b) => serves(audience, b));
}

export function groupEntryPoints(s: RoutineSnapshot): EntryPoints {
  const ix = indexSnapshot(s);
  const entries = s.actions
    .filter((a) => a.step === 3 && a.isEntryPoint)
    .sort((a, b) => a.position - b.position);
  const boxes: Record<BoxAudience, EntryBox> = {
    children: { audience: 'children', officeHours: [], afterHours: [] },
    adults: { audience: 'adults', officeHours: [], afterHours: [] },
  };
  for (const action of entries) {
    const actor = ix.actor(action.actorId);
    if (!actor) continue;
    const path = contactOf(ix, action);
    const contact: EntryContact = {
      actionId: action.id,
      actorId: actor.id,
      actorName: actor.name,
      what: action.what,
      when: action.when,
      path,
    };
    for (const box of boxesOf(action, path)) {
      (path?.always ? boxes[box].afterHours : boxes[box].officeHours).push(contact);
    }
  }
  // An organisation reached in office hours often has its own 24/7 path (socialjouren).
  for (const box of Object.values(boxes)) {
    const listed = new Set(
      [...box.officeHours, ...box.afterHours].map((c) => c.path?.id).filter(Boolean),
    );
    for (const entry of box.officeHours) {
      const actor = ix.actor(entry.actorId);
      for (const p of actor?.contactPaths ?? []) {
        if (!p.always || !serves(p.audience, box.audience) || listed.has(p.id)) continue;
        listed.add(p.id);
        box.afterHours.push({
          actionId: null,
          actorId: entry.actorId,
          actorName: entry.actorName,
          what: null,
          when: null,
          path: p,
        });
      }
    }
  }
  return { ...boxes, count: entries.length };
}

/**
 * "Socialtjänsten – Mottagningen vuxna": who to call, shown once. When the path's label repeats
 * the organisation's name (or the name already says it), one of them is enough: never
 * "Socialjouren – Socialjouren".
 */
export function contactWho(c: Pick<EntryContact, 'actorName' | 'path'>): string {
  const label = c.path?.label?.trim();
  if (!label) return c.actorName;
  const name = c.actorName.toLocaleLowerCase('sv');
  const said = label.toLocaleLowerCase('sv');
  if (said.includes(name)) return label;
  if (name.includes(said)) return c.actorName;
  return `${c.actorName} – ${label}`;
}
