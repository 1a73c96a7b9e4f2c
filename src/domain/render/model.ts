import type {
  RoutineSnapshot,
  SnapshotAction,
  SnapshotActor,
  SnapshotContactPath,
} from '../snapshot';

/**
 * What every renderer (published page, Markdown, PDF, Word, card, diagram) reads: a snapshot
 * and what is known about it beside its content. Pure data: renderers never do I/O.
 */
export type Lang = 'sv' | 'en';

/**
 * The state of what is shown: the live draft; a frozen version awaiting its decision; the
 * adopted (published) version; a version that was adopted and has since been replaced; the
 * adopted version of an archived routine.
 */
export type RenderStatus = 'draft' | 'in_review' | 'adopted' | 'superseded' | 'archived';

export interface RenderSignOff {
  actorId: string;
  actorName: string;
  representativeName: string;
  representativeTitle: string;
  decisionReference: string;
  signedDate: string;
  /** registered by a coordinator for the organisation (the decision was taken on paper) */
  onBehalf: boolean;
  /** the coordinator who registered an onBehalf sign-off; null otherwise or when the account is gone */
  registeredByName: string | null;
}

export interface RenderMeta {
  /** null: the live draft */
  versionNumber: number | null;
  /** SHA-256 hex of the version's canonical snapshot; null for the draft */
  hash: string | null;
  status: RenderStatus;
  /** ISO date or timestamp of adoption */
  adoptedAt: string | null;
  /** ISO date */
  nextReviewDate: string | null;
  signOffs: RenderSignOff[];
  /** The published page's address (`${baseUrl}/r/${slug}`) */
  publicUrl: string;
  /** ISO timestamp */
  generatedAt: string;
  lang: Lang;
}

export interface RenderModel {
  snapshot: RoutineSnapshot;
  meta: RenderMeta;
}

/** Bumped whenever a renderer's output changes, so caches and ETags move with it. */
export const RENDERER_VERSION = '3';

/** Steps whose actions make up "who does what" (defined with the vocabularies). */
export { ACTION_STEPS } from '../../contracts/vocabularies';

/** Lookups over one snapshot, built once per rendering. */
export interface SnapshotIndex {
  actor(id: string | null | undefined): SnapshotActor | undefined;
  path(id: string | null | undefined): SnapshotContactPath | undefined;
  action(id: string): SnapshotAction | undefined;
}

export function indexSnapshot(s: RoutineSnapshot): SnapshotIndex {
  const actors = new Map(s.actors.map((a) => [a.id, a]));
  const paths = new Map(s.actors.flatMap((a) => a.contactPaths.map((p) => [p.id, p] as const)));
  const actions = new Map(s.actions.map((a) => [a.id, a]));
  return {
    actor: (id) => (id ? actors.get(id) : undefined),
    path: (id) => (id ? paths.get(id) : undefined),
    action: (id) => actions.get(id),
  };
}

const audienceFits = (path: SnapshotContactPath, audience: SnapshotAction['audience']) =>
  audience === 'all' || path.audience === 'all' || path.audience === audience;

/**
 * How to reach the organisation performing an action: the path the action names, else the
 * actor's first path for the action's audience (phones first), else its first path.
 */
export function contactOf(ix: SnapshotIndex, action: SnapshotAction): SnapshotContactPath | null {
  const named = ix.path(action.contactPathId);
  if (named) return named;
  const paths = ix.actor(action.actorId)?.contactPaths ?? [];
  const fitting = paths.filter((p) => audienceFits(p, action.audience));
  return fitting.find((p) => p.channel === 'phone') ?? fitting[0] ?? paths[0] ?? null;
}

export interface Handoff {
  action: SnapshotAction;
  actor: SnapshotActor | undefined;
  /** the receiver's contact path: whom to call and how */
  contact: SnapshotContactPath | null;
}

export interface Responsibility {
  action: SnapshotAction;
  contact: SnapshotContactPath | null;
  handoffs: Handoff[];
}

export interface ActorResponsibilities {
  actor: SnapshotActor;
  items: Responsibility[];
}

/** A step's actions grouped by organisation (in order of first appearance), with handoffs. */
export function responsibilitiesOf(s: RoutineSnapshot, step: number): ActorResponsibilities[] {
  const ix = indexSnapshot(s);
  const groups = new Map<string, ActorResponsibilities>();
  const actions = s.actions.filter((a) => a.step === step).sort((a, b) => a.position - b.position);
  for (const action of actions) {
    const actor = ix.actor(action.actorId);
    if (!actor) continue;
    let group = groups.get(actor.id);
    if (!group) {
      group = { actor, items: [] };
      groups.set(actor.id, group);
    }
    group.items.push({
      action,
      contact: contactOf(ix, action),
      handoffs: handoffsOf(ix, action),
    });
  }
  return [...groups.values()];
}

export function handoffsOf(ix: SnapshotIndex, action: SnapshotAction): Handoff[] {
  return action.handoffTo.flatMap((id) => {
    const target = ix.action(id);
    if (!target) return [];
    return [{ action: target, actor: ix.actor(target.actorId), contact: contactOf(ix, target) }];
  });
}

/** Actors that perform at least one action, ordered by their first action (step, position). */
export function actorsInFlow(s: RoutineSnapshot): SnapshotActor[] {
  const ix = indexSnapshot(s);
  const sorted = [...s.actions].sort((a, b) => a.step - b.step || a.position - b.position);
  const seen = new Set<string>();
  const out: SnapshotActor[] = [];
  for (const a of sorted) {
    const actor = ix.actor(a.actorId);
    if (actor && !seen.has(actor.id)) {
      seen.add(actor.id);
      out.push(actor);
    }
  }
  return out;
}

/** The national support line for professionals: an actor of kind national_resource, else the knowledge bank's entry. */
export function nationalSupportLine(
  s: RoutineSnapshot,
  lang: Lang,
): { name: string; display: string; href: string | null; hours: string | null } | null {
  for (const actor of s.actors) {
    if (actor.kind !== 'national_resource') continue;
    const phone = actor.contactPaths.find((p) => p.channel === 'phone');
    if (phone) {
      return { name: actor.name, display: phone.display, href: phone.href, hours: phone.hours };
    }
  }
  const entry = s.knowledge.find((k) => k.id === 'national:nationell-stodtelefon');
  if (entry?.contact) {
    return {
      name: entry.title[lang],
      display: entry.contact,
      href: `tel:${entry.contact.replace(/[^\d+]/g, '')}`,
      hours: null,
    };
  }
  return null;
}

/** The first 12 hex digits of a version hash: enough to tell versions apart on paper. */
export const shortHash = (hash: string | null): string | null => (hash ? hash.slice(0, 12) : null);

/** The answer texts of a step, in question order, blank ones left out. */
export function answeredQuestions(
  s: RoutineSnapshot,
  questions: readonly { id: string }[],
): { id: string; text: string }[] {
  return questions
    .map((q) => ({ id: q.id, text: s.answers[q.id] ?? '' }))
    .filter((q) => q.text.trim() !== '');
}

/** Paragraphs of a free text: split on blank lines; single newlines stay as line breaks. */
export function paragraphsOf(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.split('\n').map((l) => l.trimEnd()))
    .filter((lines) => lines.some((l) => l.trim() !== ''));
}
