import type { Kysely } from 'kysely';
import * as Y from 'yjs';
import { answerField, MAIN_RULE_FIELD, questionIdOf, textEdit } from '../../domain/collab';
import { findQuestion } from '../../domain/template';
import type { DB } from '../db/schema';
import { insertAuditEvent } from '../modules/audit/audit.repository';
import { isKnownField } from './collab.guard';
import {
  findLiveSources,
  projectAnswer,
  projectMainRule,
  touchRoutineAt,
  upsertRoutineDoc,
} from './collab.repository';
import type { LiveContext } from './collab.types';

/** The origin of server-made changes (loading, REST writes): never an editing session. */
export const SERVER_ORIGIN = 'samrutin:server';

/** Replaces a Y.Text's content by `next` with the smallest edit (concurrent edits elsewhere survive). */
export function setText(text: Y.Text, next: string): boolean {
  const edit = textEdit(text.toString(), next);
  if (!edit) return false;
  if (edit.remove > 0) text.delete(edit.index, edit.remove);
  if (edit.insert) text.insert(edit.index, edit.insert);
  return true;
}

/**
 * Fills a freshly created document: the stored Yjs state, then the projection where it differs
 * (a REST write or an import that reached the table while no document was loaded wins).
 */
export async function loadLiveDocument(db: Kysely<DB>, routineId: string, doc: Y.Doc) {
  const { state, answers, routine } = await findLiveSources(db, routineId);
  if (state) Y.applyUpdate(doc, state, SERVER_ORIGIN);
  doc.transact(() => {
    for (const a of answers) setText(doc.getText(answerField(a.questionId)), a.text);
    setText(doc.getText(MAIN_RULE_FIELD), routine?.mainRule ?? '');
  }, SERVER_ORIGIN);
}

/**
 * Stores the Yjs state and projects the texts of `fields` (every text unless given) into
 * answers / routines.main_rule in one transaction: a changed text gets a new revision, by its
 * last live editor.
 */
export async function storeLiveDocument(
  db: Kysely<DB>,
  routineId: string,
  doc: Y.Doc,
  lastEditors: Map<string, string>,
  at: string,
  fields: Iterable<string> = doc.share.keys(),
): Promise<boolean> {
  const state = Y.encodeStateAsUpdate(doc);
  const texts: [string, string][] = [];
  for (const field of fields) {
    if (isKnownField(field)) texts.push([field, doc.getText(field).toString()]);
  }
  return db.transaction().execute(async (trx) => {
    await upsertRoutineDoc(trx, routineId, state, at);
    let changed = false;
    for (const [field, text] of texts) {
      if (field === MAIN_RULE_FIELD) {
        changed = (await projectMainRule(trx, routineId, text.trim() ? text : null, at)) || changed;
        continue;
      }
      const questionId = questionIdOf(field);
      if (!questionId || !findQuestion(questionId)) continue;
      const userId = lastEditors.get(field) ?? null;
      changed = (await projectAnswer(trx, { routineId, questionId, text, userId, at })) || changed;
    }
    if (changed) await touchRoutineAt(trx, routineId, at);
    return changed;
  });
}

/** One person's live work on one field: the first and last change. */
interface EditSession {
  userId: string;
  field: string;
  first: Date;
  last: Date;
}

/**
 * Editing sessions for the audit log: one row per person, field and session ("edited s3.q2
 * live 14:02–14:19"), written when the person leaves the document, not per keystroke.
 */
export class EditSessions {
  private readonly open = new Map<string, EditSession>();

  touch(userId: string, field: string, at: Date): void {
    const key = `${userId}\u0000${field}`;
    const s = this.open.get(key);
    if (s) s.last = at;
    else this.open.set(key, { userId, field, first: at, last: at });
  }

  /** Removes and returns the sessions of one person (every person when userId is null). */
  take(userId: string | null): EditSession[] {
    const taken: EditSession[] = [];
    for (const [key, s] of this.open) {
      if (userId === null || s.userId === userId) {
        taken.push(s);
        this.open.delete(key);
      }
    }
    return taken;
  }
}

const hhmm = (d: Date) => d.toISOString().slice(11, 16);

export async function auditEditSessions(
  db: Kysely<DB>,
  routineId: string,
  collaborationId: string,
  sessions: EditSession[],
): Promise<void> {
  if (sessions.length === 0) return;
  await db.transaction().execute(async (trx) => {
    for (const s of sessions) {
      const questionId = questionIdOf(s.field);
      await insertAuditEvent(trx, {
        collaborationId,
        userId: s.userId,
        action: questionId ? 'answer.live_edit' : 'routine.live_edit',
        targetType: questionId ? 'answer' : 'routine',
        targetId: questionId ? `${routineId}:${questionId}` : routineId,
        summary: `${questionId ?? s.field} edited live ${hhmm(s.first)}–${hhmm(s.last)} UTC`,
        params: {
          ...(questionId ? { question: questionId } : {}),
          from: s.first.toISOString(),
          to: s.last.toISOString(),
        },
        at: s.last.toISOString(),
      });
    }
  });
}

/** A live author's acknowledgement of suspected personal numbers, in the audit log. */
export async function acknowledgeInAudit(
  db: Kysely<DB>,
  live: LiveContext,
  count: number,
  now: Date,
): Promise<void> {
  await insertAuditEvent(db, {
    collaborationId: live.collaborationId,
    userId: live.userId,
    action: 'personal_data.acknowledged',
    // A workshop's wording, or a routine's text.
    targetType: live.workshop ? 'workshop' : 'routine',
    targetId: live.workshop?.id ?? live.routineId,
    summary: `acknowledged ${count} suspected personal number(s) in a live edit`,
    params: { count },
    at: now.toISOString(),
  });
}
