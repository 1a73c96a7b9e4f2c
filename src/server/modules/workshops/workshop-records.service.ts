import type { Kysely } from 'kysely';
import type { WorkshopOpenItem, WorkshopOutcomes } from '../../../contracts/workshop-records';
import { stepOf } from '../../../domain/template';
import { loadRoutineForMember } from '../../core/access';
import { isoNow, type ServiceContext } from '../../core/context';
import type { DB } from '../../db/schema';
import {
  findAnswerTimes,
  findBlocksOfRoutineWorkshops,
  findQuestionsOfRoutineWorkshops,
} from './workshop-records.repository';

type QuestionRow = Awaited<ReturnType<typeof findQuestionsOfRoutineWorkshops>>[number];
type BlockRow = Awaited<ReturnType<typeof findBlocksOfRoutineWorkshops>>[number];

const key = (workshopId: string, questionId: string) => `${workshopId}\u0000${questionId}`;

/** The blocks of each question's last agreement round, by workshop and question. */
function lastRoundBlocks(questions: QuestionRow[], blocks: BlockRow[]) {
  const roundOf = new Map(questions.map((q) => [key(q.workshopId, q.questionId), q.round]));
  const out = new Map<string, { reason: string; organisation: string | null }[]>();
  for (const b of blocks) {
    const k = key(b.workshopId, b.questionId);
    if (roundOf.get(k) !== b.round) continue;
    const list = out.get(k) ?? [];
    list.push({ reason: b.reason ?? '', organisation: b.organisation });
    out.set(k, list);
  }
  return out;
}

/** How each of the routine's workshops' questions ended up, by workshop id. */
export async function outcomesOfRoutineWorkshops(
  db: Kysely<DB>,
  routineId: string,
): Promise<Map<string, WorkshopOutcomes>> {
  const [questions, blocks] = await Promise.all([
    findQuestionsOfRoutineWorkshops(db, routineId),
    findBlocksOfRoutineWorkshops(db, routineId),
  ]);
  const blocked = lastRoundBlocks(questions, blocks);
  const out = new Map<string, WorkshopOutcomes>();
  for (const q of questions) {
    const o = out.get(q.workshopId) ?? { accepted: 0, parked: 0, blocked: 0, undecided: 0 };
    if (q.phase === 'accepted') o.accepted += 1;
    else if (q.phase === 'parked') o.parked += 1;
    else if (blocked.has(key(q.workshopId, q.questionId))) o.blocked += 1;
    else o.undecided += 1;
    out.set(q.workshopId, o);
  }
  return out;
}

/**
 * The questions the routine's workshops left open (docs/adr/0020, consequences). Per question
 * only its latest decisive workshop counts: one that accepted it, parked it, or ended with
 * blocks in its last round (an agreement round still running is no outcome yet). The item is
 * open when that latest outcome is parked or blocked, and the answer has not been written since
 * the workshop ended (while a workshop is open, the meeting itself still decides).
 */
export async function listWorkshopOpenItems(
  ctx: ServiceContext,
  routineId: string,
): Promise<WorkshopOpenItem[]> {
  await loadRoutineForMember(ctx, routineId);
  const now = isoNow(ctx.clock);
  const [questions, blocks, answers] = await Promise.all([
    findQuestionsOfRoutineWorkshops(ctx.db, routineId),
    findBlocksOfRoutineWorkshops(ctx.db, routineId),
    findAnswerTimes(ctx.db, routineId),
  ]);
  const blocksOf = lastRoundBlocks(questions, blocks);
  const answeredAt = new Map(answers.map((a) => [a.questionId, a.updatedAt]));
  const decided = new Set<string>();
  const items: WorkshopOpenItem[] = [];
  // Newest workshop first: the first decisive outcome of a question is its latest.
  for (const q of questions) {
    if (decided.has(q.questionId)) continue;
    const ended = q.state === 'ended' || q.endsAt <= now;
    const endedAt = q.endedAt ?? (q.endsAt <= now ? q.endsAt : null);
    const roundBlocks = blocksOf.get(key(q.workshopId, q.questionId)) ?? [];
    const kind =
      q.phase === 'parked'
        ? 'parked'
        : q.phase !== 'accepted' && ended && roundBlocks.length > 0
          ? 'blocked'
          : null;
    if (q.phase !== 'accepted' && kind === null) continue; // not decided here
    decided.add(q.questionId);
    if (kind === null) continue; // accepted: settled
    const written = answeredAt.get(q.questionId);
    if (endedAt && written && written > endedAt) continue; // answered since the workshop
    items.push({
      workshopId: q.workshopId,
      code: q.code,
      workshopStartedAt: q.createdAt,
      workshopState: ended ? 'ended' : 'open',
      questionId: q.questionId,
      step: stepOf(q.questionId)?.number ?? 0,
      kind,
      blocks: roundBlocks,
    });
  }
  return items;
}
