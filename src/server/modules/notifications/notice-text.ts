import type { NoticeKind } from '../../../contracts/notifications';

/** The words of each reminder, Swedish first then English (mail and in-app alike). */
export interface NoticeData {
  routineTitle: string;
  /** the review date (review kinds), YYYY-MM-DD */
  date?: string;
  /** the frozen version (sign_request) */
  versionNumber?: number;
  /** new feedback items (feedback_digest) */
  count?: number;
}

export interface NoticeText {
  title: string;
  body: string;
}

export function noticeText(kind: NoticeKind, d: NoticeData): { sv: NoticeText; en: NoticeText } {
  const r = `"${d.routineTitle}"`;
  switch (kind) {
    case 'review_30':
    case 'review_7': {
      const days = kind === 'review_30' ? 30 : 7;
      return {
        sv: {
          title: `Uppföljning av ${r} om ${days} dagar`,
          body: `Rutinen ${r} ska följas upp senast ${d.date}. Planera uppföljningsmötet och samla in värdena för indikatorerna i utvärderingsplanen.`,
        },
        en: {
          title: `Review of ${r} in ${days} days`,
          body: `The routine ${r} is to be reviewed by ${d.date}. Plan the review meeting and gather the indicator values of the evaluation plan.`,
        },
      };
    }
    case 'review_overdue':
      return {
        sv: {
          title: `Uppföljningen av ${r} är försenad`,
          body: `Rutinen ${r} skulle ha följts upp senast ${d.date}. Håll uppföljningsmötet och starta en revidering om något behöver ändras.`,
        },
        en: {
          title: `The review of ${r} is overdue`,
          body: `The routine ${r} was to be reviewed by ${d.date}. Hold the review meeting and start a revision if anything needs to change.`,
        },
      };
    case 'sign_request':
      return {
        sv: {
          title: `Version ${d.versionNumber} av ${r} väntar på er bekräftelse`,
          body: `En ny version av rutinen ${r} är fryst. När er organisation har fattat sitt beslut: bekräfta versionen i Samrutin.`,
        },
        en: {
          title: `Version ${d.versionNumber} of ${r} awaits your sign-off`,
          body: `A new version of the routine ${r} has been frozen. Once your organisation has decided: sign the version in Samrutin.`,
        },
      };
    case 'feedback_digest':
      return {
        sv: {
          title: `${d.count} ny återkoppling om ${r}`,
          body: `Den senaste veckan har ${d.count} återkoppling kommit in om rutinen ${r} från dem som använder den. Gå igenom den i Samrutin.`,
        },
        en: {
          title: `${d.count} new feedback on ${r}`,
          body: `In the last week ${d.count} feedback item(s) came in on the routine ${r} from the people using it. Go through them in Samrutin.`,
        },
      };
  }
}

export const NOTICE_LINK_PART: Record<NoticeKind, string> = {
  review_30: 'utvardering',
  review_7: 'utvardering',
  review_overdue: 'utvardering',
  sign_request: 'bekraftelse',
  feedback_digest: 'aterkoppling',
};
