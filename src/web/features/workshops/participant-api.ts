import '../../i18n/areas/workshops';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import type {
  AcceptAgreed,
  AcceptProposal,
  CastVote,
  CreateProposal,
  CreateWorkshop,
  JoinResult,
  JoinWorkshop,
  SaveDraft,
  SetPhase,
  SetWordingHelper,
  Workshop,
  WorkshopView,
} from '../../../contracts/workshops';
import { WORKSHOP_STATE } from '../../../domain/collab';
import { ApiError, api } from '../../api/client';
import type { TFunction } from '../../i18n';
import { useLive } from '../live/live-context';

/*
 * Workshop mode's HTTP calls (docs/adr/0020) and the live picture of the room: the server writes
 * the public state into the document `workshop:<id>` (opened by WorkshopLive around the page);
 * the caller's own draft and vote come from GET /api/workshops/:wid and from the answers to
 * their own writes. The proposed wording is a Y.Text in the same document (workshop-live.tsx).
 */

const seg = encodeURIComponent;
const base = (wid: string) => `/api/workshops/${seg(wid)}`;
const question = (wid: string, qid: string) => `${base(wid)}/questions/${seg(qid)}`;

export const workshopKey = (wid: string) => ['workshops', wid] as const;

export const createWorkshop = (rid: string, body: CreateWorkshop) =>
  api<Workshop>(`/api/routines/${seg(rid)}/workshops`, { method: 'POST', body });
export const listWorkshops = (rid: string) =>
  api<Workshop[]>(`/api/routines/${seg(rid)}/workshops`);
export const joinWorkshop = (body: JoinWorkshop) =>
  api<JoinResult>('/api/workshops/join', { method: 'POST', body });
export const getWorkshop = (wid: string) => api<WorkshopView>(base(wid));
export const saveDraft = (wid: string, qid: string, body: SaveDraft) =>
  api<WorkshopView>(`${question(wid, qid)}/draft`, { method: 'PUT', body });
export const castVote = (wid: string, qid: string, body: CastVote) =>
  api<WorkshopView>(`${question(wid, qid)}/vote`, { method: 'PUT', body });
export const proposeAction = (wid: string, body: CreateProposal) =>
  api<WorkshopView>(`${base(wid)}/proposals`, { method: 'POST', body });
export const setPhase = (wid: string, qid: string, body: SetPhase) =>
  api<WorkshopView>(`${question(wid, qid)}/phase`, { method: 'POST', body });
export const presentQuestion = (wid: string, qid: string) =>
  api<WorkshopView>(`${question(wid, qid)}/present`, { method: 'POST' });
export const acceptAgreed = (wid: string, qid: string, body: AcceptAgreed) =>
  api<{ revision: number; agreedCount: number; participantCount: number; blockCount: number }>(
    `${question(wid, qid)}/accept`,
    { method: 'POST', body },
  );
export const acceptProposal = (wid: string, pid: string, body: AcceptProposal) =>
  api<unknown>(`${base(wid)}/proposals/${seg(pid)}/accept`, { method: 'POST', body });
export const discardProposal = (wid: string, pid: string) =>
  api<unknown>(`${base(wid)}/proposals/${seg(pid)}/discard`, { method: 'POST' });
export const endWorkshop = (wid: string) => api<Workshop>(`${base(wid)}/end`, { method: 'POST' });
export const setWordingHelper = (wid: string, participantId: string, body: SetWordingHelper) =>
  api<WorkshopView>(`${base(wid)}/participants/${seg(participantId)}/wording-helper`, {
    method: 'PUT',
    body,
  });

type PublicState = Omit<WorkshopView, 'you'>;

/** The public state the server keeps in `workshop:<id>` (null until it has arrived). */
function useLiveState(): PublicState | null {
  const live = useLive();
  const doc = live?.doc;
  const [state, setState] = useState<PublicState | null>(null);
  useEffect(() => {
    if (!doc) return;
    const map = doc.getMap<string>(WORKSHOP_STATE.map);
    const read = () => {
      const json = map.get(WORKSHOP_STATE.key);
      if (!json) return;
      try {
        setState(JSON.parse(json) as PublicState);
      } catch {
        // A half-written value never reaches a client (the server sets it whole); skip it.
      }
    };
    read();
    map.observe(read);
    return () => map.unobserve(read);
  }, [doc]);
  return state;
}

/**
 * The workshop as this person sees it: the live public state (phases, tallies, drafts once
 * revealed) with their own draft, vote and proposals from their last GET or write. A vote
 * belongs to a round: when the facilitator opens a new round, the old vote no longer shows.
 */
export function useWorkshop(wid: string | null) {
  const own = useQuery({
    queryKey: workshopKey(wid ?? ''),
    queryFn: () => getWorkshop(wid ?? ''),
    enabled: wid !== null,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
  const live = useLiveState();
  const qc = useQueryClient();
  // The facilitator's list of members (names, for inviting help with the wording) is theirs
  // alone, not in the live state: fetched again when someone joins.
  const joined = live?.participantCount;
  const isFacilitator = own.data?.you.role === 'facilitator';
  const seen = useRef<number | undefined>(undefined);
  useEffect(() => {
    const before = seen.current;
    seen.current = joined;
    if (wid && isFacilitator && before !== undefined && joined !== before)
      void qc.invalidateQueries({ queryKey: workshopKey(wid), exact: true });
  }, [wid, isFacilitator, joined, qc]);
  const view = useMemo<WorkshopView | undefined>(() => {
    const mine = own.data;
    if (!mine) return undefined;
    if (!live) return mine;
    const pid = mine.you.participantId;
    return {
      ...live,
      // Invited or not: the live state says at once (the facilitator always may).
      you: {
        ...mine.you,
        canEditWording:
          mine.you.role === 'facilitator' || (pid !== null && live.wordingHelpers.includes(pid)),
      },
      members: mine.members,
      questions: live.questions.map((q) => {
        const m = mine.questions.find((x) => x.questionId === q.questionId);
        return {
          ...q,
          myDraft: m?.myDraft ?? null,
          myVote: m && m.round === q.round ? m.myVote : null,
          // The facilitator's GET shows drafts as every participant does: the live ones win.
        };
      }),
      proposals: live.proposals.map((p) => ({
        ...p,
        mine: mine.proposals.some((x) => x.id === p.id && x.mine),
      })),
    };
  }, [own.data, live]);
  return { view, query: own, isLive: live !== null };
}

/** Keeps the answer to one's own write as the "own" part of the view. */
export function useSetOwnView(wid: string) {
  const qc = useQueryClient();
  return (view: WorkshopView) => qc.setQueryData(workshopKey(wid), view);
}

/** Seconds left in the current question's time box (null without one); ticks each second. */
export function useSecondsLeft(view: WorkshopView | undefined): number | null {
  const [now, setNow] = useState(() => Date.now());
  const seconds = view?.secondsPerQuestion ?? null;
  const started = view?.currentStartedAt ?? null;
  useEffect(() => {
    if (seconds === null || started === null) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [seconds, started]);
  if (seconds === null || started === null) return null;
  return Math.max(0, Math.round(seconds - (now - Date.parse(started)) / 1000));
}

/** The question on the big screen: the facilitator's choice, else the first one. */
export function currentQuestionOf(view: WorkshopView) {
  return (
    view.questions.find((q) => q.questionId === view.currentQuestionId) ?? view.questions[0] ?? null
  );
}

/** "4:05" */
export const clockOf = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/** The server's refusal of a workshop write as a sentence (what happened, what to do). */
export function workshopErrorOf(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiError)) return t('workshops.errors.failed');
  const details = (error.details ?? {}) as { phase?: string; state?: string };
  switch (error.code) {
    case 'CONFLICT':
      if (details.state === 'ended') return t('workshops.errors.ended');
      if (details.phase === 'accepted') return t('workshops.errors.accepted');
      if (details.phase === 'revealed' || details.phase === 'parked')
        return t('workshops.errors.revealed');
      if (details.phase) return t('workshops.errors.noRound');
      return t('workshops.errors.decided');
    case 'VALIDATION_FAILED': {
      const fields = error.fieldErrors.map((f) => f.field);
      if (fields.includes('reason')) return t('workshops.errors.reason');
      if (fields.includes('proposedText')) return t('workshops.errors.wording');
      return t('workshops.errors.failed');
    }
    case 'PERSONAL_DATA_SUSPECTED':
      return t('workshops.errors.personalData');
    case 'RATE_LIMITED':
      return t('workshops.errors.rateLimited');
    case 'NETWORK_ERROR':
      return t('errors.network');
    case 'NOT_FOUND':
      return t('workshops.errors.ended');
    default:
      return t('workshops.errors.failed');
  }
}
