import type { FieldError } from '../../../contracts/errors';
import { type RoutineExport, ZRoutineExport } from '../../../contracts/exports';
import {
  type FieldPersonalNumberMatch,
  findPersonalNumbersInFields,
} from '../../../domain/personnummer';
import type { RoutineSnapshot } from '../../../domain/snapshot';
import { findQuestion, TEMPLATE } from '../../../domain/template';
import { normalizeContactValue } from '../actors/contact-paths';

/**
 * Every problem of an export document at once: its shape (the Zod schema) and its internal
 * references (actors, contact paths, handoffs, questions, template). The reference checks
 * read the raw document defensively, so a document with shape errors still gets its
 * reference problems listed in the same answer.
 */

type Raw = Record<string, unknown>;
const obj = (v: unknown): Raw =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : {};
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export function shapeProblems(body: unknown): FieldError[] {
  const parsed = ZRoutineExport.safeParse(body);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => ({
    field: issue.path.length ? issue.path.join('.') : '(body)',
    message: issue.message,
  }));
}

export function referenceProblems(body: unknown): FieldError[] {
  const problems: FieldError[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  const snap = obj(obj(body).snapshot);
  const at = (...parts: (string | number)[]) => ['snapshot', ...parts].join('.');

  const template = obj(snap.template);
  if (
    str(template.id) !== null &&
    (template.id !== TEMPLATE.id || String(template.version) !== TEMPLATE.version)
  ) {
    add(
      at('template'),
      `is "${String(template.id)}" version ${String(template.version)}; this server has "${TEMPLATE.id}" version ${TEMPLATE.version}`,
    );
  }
  for (const qid of Object.keys(obj(snap.answers))) {
    if (!findQuestion(qid)) add(at('answers', qid), 'is not a question of the template');
  }

  const actorIds = new Map<string, number>();
  const actorNames = new Map<string, number>();
  const pathOwner = new Map<string, string>();
  arr(snap.actors).forEach((raw, i) => {
    const actor = obj(raw);
    const id = str(actor.id);
    if (id !== null) {
      if (actorIds.has(id)) add(at('actors', i, 'id'), `is used by actors.${actorIds.get(id)} too`);
      else actorIds.set(id, i);
    }
    const name = str(actor.name)?.trim().toLowerCase();
    if (name) {
      if (actorNames.has(name)) {
        add(
          at('actors', i, 'name'),
          `is the name of actors.${actorNames.get(name)} too: actors are matched by name, so names must differ`,
        );
      } else actorNames.set(name, i);
    }
    arr(actor.contactPaths).forEach((rawPath, j) => {
      const p = obj(rawPath);
      const pid = str(p.id);
      if (pid !== null) {
        if (pathOwner.has(pid))
          add(at('actors', i, 'contactPaths', j, 'id'), 'is used by another contact path too');
        else if (id !== null) pathOwner.set(pid, id);
      }
      const channel = str(p.channel);
      const value = str(p.value);
      if (
        channel &&
        value?.trim() &&
        ['phone', 'email', 'web', 'address', 'other'].includes(channel)
      ) {
        const result = normalizeContactValue(
          { channel: channel as 'phone', value, audience: 'all' },
          j,
        );
        if ('error' in result)
          add(at('actors', i, 'contactPaths', j, 'value'), result.error.message);
      }
    });
  });

  const actionIds = new Map<string, number>();
  const actions = arr(snap.actions).map(obj);
  actions.forEach((a, i) => {
    const id = str(a.id);
    if (id === null) return;
    if (actionIds.has(id))
      add(at('actions', i, 'id'), `is used by actions.${actionIds.get(id)} too`);
    else actionIds.set(id, i);
  });
  actions.forEach((a, i) => {
    const actorId = str(a.actorId);
    if (actorId !== null && !actorIds.has(actorId)) {
      add(at('actions', i, 'actorId'), 'is not an actor of this document');
    }
    const pathId = str(a.contactPathId);
    if (pathId !== null) {
      const owner = pathOwner.get(pathId);
      if (owner === undefined)
        add(at('actions', i, 'contactPathId'), 'is not a contact path of this document');
      else if (actorId !== null && owner !== actorId) {
        add(
          at('actions', i, 'contactPathId'),
          'is a contact path of another actor than the action’s',
        );
      }
    }
    if (a.isEntryPoint === true && a.step !== 3) {
      add(at('actions', i, 'isEntryPoint'), 'entry points (ingångar) belong to step 3');
    }
    const seen = new Set<string>();
    arr(a.handoffTo).forEach((target, k) => {
      const t = str(target);
      if (t === null) return;
      if (t === str(a.id))
        add(at('actions', i, 'handoffTo', k), 'an action cannot hand over to itself');
      else if (!actionIds.has(t))
        add(at('actions', i, 'handoffTo', k), 'is not an action of this document');
      if (seen.has(t)) add(at('actions', i, 'handoffTo', k), 'lists the same action twice');
      seen.add(t);
    });
  });

  arr(snap.obstacles).forEach((raw, i) => {
    const owner = str(obj(raw).ownerActorId);
    if (owner !== null && !actorIds.has(owner)) {
      add(at('obstacles', i, 'ownerActorId'), 'is not an actor of this document');
    }
  });
  const responsible = str(obj(snap.evaluationPlan).responsibleActorId);
  if (responsible !== null && !actorIds.has(responsible)) {
    add(at('evaluationPlan', 'responsibleActorId'), 'is not an actor of this document');
  }
  arr(snap.knowledge).forEach((raw, i) => {
    const k = obj(raw);
    if (k.source !== 'local') return;
    const url = str(k.url);
    if (url !== null && !/^https?:\/\/[^\s]+\.[^\s]+/i.test(url)) {
      add(at('knowledge', i, 'url'), 'must be an http(s) address');
    }
    const title = str(obj(k.title).sv);
    if (title !== null && (title.trim() === '' || title.length > 300)) {
      add(at('knowledge', i, 'title', 'sv'), 'must be 1–300 characters');
    }
  });
  return problems;
}

/** All problems, shape first, each field and message once. */
export function documentProblems(body: unknown): FieldError[] {
  const seen = new Set<string>();
  return [...shapeProblems(body), ...referenceProblems(body)].filter((p) => {
    const key = `${p.field}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Every free-text field of a snapshot, named by its path in the document. */
function freeTextOf(s: RoutineSnapshot): Record<string, string | null> {
  const f: Record<string, string | null> = {
    'snapshot.routine.title': s.routine.title,
    'snapshot.routine.mainRule': s.routine.mainRule,
  };
  for (const [qid, text] of Object.entries(s.answers)) f[`snapshot.answers.${qid}`] = text;
  s.actors.forEach((a, i) => {
    f[`snapshot.actors.${i}.name`] = a.name;
    f[`snapshot.actors.${i}.description`] = a.description;
    a.contactPaths.forEach((p, j) => {
      const at = `snapshot.actors.${i}.contactPaths.${j}`;
      f[`${at}.label`] = p.label;
      f[`${at}.hours`] = p.hours;
      f[`${at}.notes`] = p.notes;
      if (p.channel === 'address' || p.channel === 'other') f[`${at}.value`] = p.value;
    });
  });
  s.actions.forEach((a, i) => {
    f[`snapshot.actions.${i}.what`] = a.what;
    f[`snapshot.actions.${i}.when`] = a.when;
  });
  s.obstacles.forEach((o, i) => {
    f[`snapshot.obstacles.${i}.description`] = o.description;
    f[`snapshot.obstacles.${i}.remedy`] = o.remedy;
  });
  s.milestones.forEach((m, i) => {
    f[`snapshot.milestones.${i}.title`] = m.title;
  });
  s.knowledge.forEach((k, i) => {
    if (k.source !== 'local') return;
    f[`snapshot.knowledge.${i}.title`] = k.title.sv;
    f[`snapshot.knowledge.${i}.notes`] = k.notes;
  });
  if (s.evaluationPlan) {
    f['snapshot.evaluationPlan.method'] = s.evaluationPlan.method;
    s.evaluationPlan.indicators.forEach((x, i) => {
      f[`snapshot.evaluationPlan.indicators.${i}`] = x;
    });
  }
  return f;
}

/** What the import's worker task finds in a document (see importRoutine). */
export interface ImportFindings {
  problems: FieldError[];
  /** suspected personnummer in the free texts (only when there are no problems) */
  personalData: FieldPersonalNumberMatch[];
}

/**
 * The import's CPU work, run in a worker thread so that a 5 MB document does not hold the
 * event loop: every problem of the document, then (for a sound one) the personal-data scan
 * of every free text.
 */
export function checkImportDocument(body: unknown): ImportFindings {
  const problems = documentProblems(body);
  if (problems.length > 0) return { problems, personalData: [] };
  const s = (body as RoutineExport).snapshot as RoutineSnapshot;
  return { problems, personalData: findPersonalNumbersInFields(freeTextOf(s)) };
}
