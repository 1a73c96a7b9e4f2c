import type { FastifyInstance } from 'fastify';
import { insertReviewPeriod } from '../../src/server/modules/evaluation/evaluation.repository';
import { insertFeedback } from '../../src/server/modules/feedback/feedback.repository';

/**
 * Records of the walk fixture that are stored directly: a feedback item from use (the
 * fixture's routine is not adopted, so nobody could send one) and a review period.
 */
export async function insertWalkRecords(
  app: FastifyInstance,
  routineId: string,
  versionNumber: number,
): Promise<{ feedback: string; review: string }> {
  const at = '2026-11-28T10:00:00.000Z';
  const feedback = crypto.randomUUID();
  await insertFeedback(app.database.db, {
    id: feedback,
    routineId,
    step: 3,
    text: 'Numret svarade inte',
    organisation: null,
    role: null,
    versionNumber,
    status: 'new',
    note: null,
    changeRef: null,
    revision: 1,
    createdAt: at,
    updatedAt: at,
    updatedBy: null,
  });
  const review = crypto.randomUUID();
  await insertReviewPeriod(app.database.db, {
    id: review,
    routineId,
    periodStart: '2026-01-01',
    periodEnd: '2026-06-30',
    indicatorValues: '[]',
    meetingDate: null,
    presentActorIds: '[]',
    decisions: '',
    revisionStartedAt: null,
    revisionStartedBy: null,
    revisionOfVersion: null,
    revision: 1,
    createdAt: at,
    updatedAt: at,
    updatedBy: null,
  });
  return { feedback, review };
}
