import { canonicalJson } from './canonical';
import type { RoutineSnapshot, SnapshotContactPath } from './snapshot';
import { questionIds } from './template';

/** One run of a word-level diff: text both versions share, or text only one has. */
export interface WordOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export type Change = 'added' | 'removed' | 'changed';

export interface TextChange {
  change: Change;
  words: WordOp[];
}

export interface AnswerChange extends TextChange {
  questionId: string;
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/**
 * An actor, contact path, action, obstacle, milestone or knowledge item that was added,
 * removed or changed. `label` names it for people (its name, text or title in the newer
 * version where it exists). Added and removed items list every field (one side null), so a
 * reader sees what came or went; changed items list only the fields that differ.
 */
export interface EntityChange {
  id: string;
  change: Change;
  label: string;
  /** actions and obstacles: the step; contact paths: their actor */
  step?: number;
  actorId?: string;
  fields: FieldChange[];
}

export interface SnapshotDiff {
  routine: FieldChange[];
  /** in the template's question order */
  answers: AnswerChange[];
  mainRule: TextChange | null;
  actors: EntityChange[];
  contactPaths: EntityChange[];
  actions: EntityChange[];
  obstacles: EntityChange[];
  milestones: EntityChange[];
  knowledge: EntityChange[];
  evaluationPlan: { change: Change; fields: FieldChange[] } | null;
}

/** Splits text into words and the whitespace between them (both kept: they join back losslessly). */
function tokenize(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? [];
}

/** Above this many LCS cells the middle of the text is shown as replaced wholesale. */
const MAX_CELLS = 4_000_000;

/**
 * Word-level diff of two texts: a longest-common-subsequence over words and whitespace,
 * after trimming the shared beginning and end (most edits touch one place). Consecutive
 * runs of the same kind are merged. Joining the `equal` + `delete` texts gives `before`;
 * `equal` + `insert` gives `after`.
 */
export function wordDiff(before: string, after: string): WordOp[] {
  const a = tokenize(before);
  const b = tokenize(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const ops: WordOp[] = [];
  const push = (op: WordOp['op'], text: string) => {
    const last = ops[ops.length - 1];
    if (last && last.op === op) last.text += text;
    else ops.push({ op, text });
  };
  for (let i = 0; i < start; i++) push('equal', a[i]!);
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  for (const op of lcsOps(midA, midB)) push(op.op, op.text);
  for (let i = endA; i < a.length; i++) push('equal', a[i]!);
  return ops;
}

function lcsOps(a: string[], b: string[]): WordOp[] {
  const n = a.length;
  const m = b.length;
  if (n === 0) return b.map((text) => ({ op: 'insert', text }));
  if (m === 0) return a.map((text) => ({ op: 'delete', text }));
  if ((n + 1) * (m + 1) > MAX_CELLS) {
    return [
      ...a.map((text) => ({ op: 'delete' as const, text })),
      ...b.map((text) => ({ op: 'insert' as const, text })),
    ];
  }
  // lengths[i][j] = LCS length of a[i..] and b[j..], row-major in one typed array.
  const w = m + 1;
  const lengths = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * w + j] =
        a[i] === b[j]
          ? lengths[(i + 1) * w + j + 1]! + 1
          : Math.max(lengths[(i + 1) * w + j]!, lengths[i * w + j + 1]!);
    }
  }
  const ops: WordOp[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      ops.push({ op: 'equal', text: a[i]! });
      i++;
      j++;
    } else if (lengths[(i + 1) * w + j]! >= lengths[i * w + j + 1]!) {
      ops.push({ op: 'delete', text: a[i]! });
      i++;
    } else {
      ops.push({ op: 'insert', text: b[j]! });
      j++;
    }
  }
  while (i < n) ops.push({ op: 'delete', text: a[i++]! });
  while (j < m) ops.push({ op: 'insert', text: b[j++]! });
  return ops;
}

/** A text that may be absent on either side → its change, or null when equal. */
export function textChange(
  before: string | null | undefined,
  after: string | null | undefined,
): TextChange | null {
  const hadBefore = before !== null && before !== undefined && before !== '';
  const hasAfter = after !== null && after !== undefined && after !== '';
  if (!hadBefore && !hasAfter) return null;
  if (hadBefore && hasAfter && before === after) return null;
  return {
    change: !hadBefore ? 'added' : !hasAfter ? 'removed' : 'changed',
    words: wordDiff(before ?? '', after ?? ''),
  };
}

const same = (x: unknown, y: unknown) => canonicalJson(x ?? null) === canonicalJson(y ?? null);

/** Field-by-field differences of two flat records (`id` left out: it is the identity). */
export function fieldChanges(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): FieldChange[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])]
    .filter((k) => k !== 'id')
    .sort();
  const out: FieldChange[] = [];
  for (const field of keys) {
    const b = before ? (before[field] ?? null) : null;
    const a = after ? (after[field] ?? null) : null;
    if (before && after && same(b, a)) continue;
    out.push({ field, before: b, after: a });
  }
  return out;
}

/**
 * Matches two lists by id: what was added (in `after` order), changed, and removed (in
 * `before` order, after the others).
 */
export function diffById<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  describe: (item: T) => { label: string; step?: number; actorId?: string },
  flatten: (item: T) => Record<string, unknown> = (item) => ({ ...item }),
): EntityChange[] {
  const old = new Map(before.map((x) => [x.id, x]));
  const now = new Set(after.map((x) => x.id));
  const out: EntityChange[] = [];
  for (const item of after) {
    const prev = old.get(item.id);
    const fields = fieldChanges(prev ? flatten(prev) : null, flatten(item));
    if (prev && fields.length === 0) continue;
    out.push({ id: item.id, change: prev ? 'changed' : 'added', ...describe(item), fields });
  }
  for (const item of before) {
    if (now.has(item.id)) continue;
    out.push({
      id: item.id,
      change: 'removed',
      ...describe(item),
      fields: fieldChanges(flatten(item), null),
    });
  }
  return out;
}

/** The snapshot a first version is compared with: nothing at all. */
export const EMPTY_SNAPSHOT: RoutineSnapshot = {
  schema: 'samrutin.routine/1',
  template: { id: '', version: '' },
  collaboration: { name: '', area: null },
  routine: { title: '', slug: '', mainRule: null },
  answers: {},
  actors: [],
  actions: [],
  obstacles: [],
  knowledge: [],
  milestones: [],
  evaluationPlan: null,
};

type PathWithActor = SnapshotContactPath & { actorId: string };

/**
 * What changed from `before` to `after`, part by part: answers and the main rule as
 * word-level text diffs, everything else added / removed / changed field by field.
 * Items are matched by their ids (stable across versions of one routine).
 */
export function diffSnapshots(before: RoutineSnapshot, after: RoutineSnapshot): SnapshotDiff {
  const order = questionIds();
  const rank = (id: string) => {
    const i = order.indexOf(id);
    return i === -1 ? order.length : i;
  };
  const questionSet = [
    ...new Set([...Object.keys(before.answers), ...Object.keys(after.answers)]),
  ].sort((x, y) => rank(x) - rank(y) || (x < y ? -1 : x > y ? 1 : 0));
  const answers: AnswerChange[] = [];
  for (const questionId of questionSet) {
    const change = textChange(before.answers[questionId], after.answers[questionId]);
    if (change) answers.push({ questionId, ...change });
  }

  // The template as one readable value ("mall 1.0"), never as a raw object; nothing for the
  // empty snapshot a first version is compared with.
  const templateOf = (s: RoutineSnapshot) => (s.template.version ? s.template.version : null);
  const routine = fieldChanges(
    { title: before.routine.title || null, templateVersion: templateOf(before) },
    { title: after.routine.title || null, templateVersion: templateOf(after) },
  );

  const paths = (s: RoutineSnapshot): PathWithActor[] =>
    s.actors.flatMap((a) => a.contactPaths.map((p) => ({ ...p, actorId: a.id })));

  const planBefore = before.evaluationPlan as Record<string, unknown> | null;
  const planAfter = after.evaluationPlan as Record<string, unknown> | null;
  const planFields = fieldChanges(planBefore, planAfter);

  return {
    routine,
    answers,
    mainRule: textChange(before.routine.mainRule, after.routine.mainRule),
    actors: diffById(
      before.actors,
      after.actors,
      (a) => ({ label: a.name }),
      ({ contactPaths: _paths, ...rest }) => rest,
    ),
    contactPaths: diffById(paths(before), paths(after), (p) => ({
      label: p.label ? `${p.label}: ${p.display}` : p.display,
      actorId: p.actorId,
    })),
    actions: diffById(before.actions, after.actions, (a) => ({
      label: a.what,
      step: a.step,
      actorId: a.actorId,
    })),
    obstacles: diffById(before.obstacles, after.obstacles, (o) => ({
      label: o.description,
      step: o.step,
    })),
    milestones: diffById(before.milestones, after.milestones, (m) => ({ label: m.title })),
    knowledge: diffById(before.knowledge, after.knowledge, (k) => ({ label: k.title.sv })),
    evaluationPlan:
      !planBefore && !planAfter
        ? null
        : planBefore && planAfter && planFields.length === 0
          ? null
          : {
              change: !planBefore ? 'added' : !planAfter ? 'removed' : 'changed',
              fields: planFields,
            },
  };
}
