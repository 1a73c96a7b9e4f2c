import '../../i18n/areas/workshops';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { WorkshopView } from '../../../contracts/workshops';
import { ApiError } from '../../api/client';
import { queryKeys } from '../../api/queries';
import { useTranslation } from '../../i18n';
import {
  acceptAgreed,
  presentQuestion,
  setPhase,
  useSetOwnView,
  workshopErrorOf,
} from './participant-api';
import { SendAnyway } from './send-anyway';
import { useReadWording, WordingField } from './workshop-live';

type Question = WorkshopView['questions'][number];
type Ack = { acknowledgePersonalData?: true };

interface ControlsProps {
  view: WorkshopView;
  question: Question;
  /** Where the question stands in the facilitator's order (0-based). */
  index: number;
  routineId: string;
  /** The routine's answer revision the facilitator last saw (0 without an answer). */
  answerRevision: number;
}

/** Alt + Shift + a letter: not typed by accident, and never while the caret is in a field. */
const SHORTCUT_KEYS = {
  KeyN: 'next',
  KeyP: 'previous',
  KeyV: 'reveal',
  KeyR: 'round',
  KeyA: 'accept',
  KeyK: 'park',
} as const;
type Shortcut = (typeof SHORTCUT_KEYS)[keyof typeof SHORTCUT_KEYS];

/**
 * The facilitator's moves on the current question: previous / next (present), reveal, open an
 * agreement round on the wording (each a new round), accept it into the routine (409 when the
 * answer changed meanwhile), park; each with a keyboard shortcut listed beneath.
 */
export function PresenterControls({
  view,
  question,
  index,
  routineId,
  answerRevision,
}: ControlsProps) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const setOwn = useSetOwnView(view.id);
  const readWording = useReadWording(question.questionId);
  const [problem, setProblem] = useState<string | null>(null);
  const [retry, setRetry] = useState<(() => void) | null>(null);
  const [stale, setStale] = useState<{ text: string; revision: number } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const qid = question.questionId;
  const previous = view.questions[index - 1];
  const next = view.questions[index + 1];
  const isPresented = view.currentQuestionId === qid;

  const run = async (action: (ack: Ack) => Promise<unknown>, ack: Ack = {}) => {
    setBusy(true);
    setProblem(null);
    setRetry(null);
    try {
      const result = await action(ack);
      if (result && typeof result === 'object' && 'questions' in result)
        setOwn(result as WorkshopView);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'STALE_REVISION') {
        const details = error.details as { text?: string; revision?: number } | undefined;
        setStale({ text: details?.text ?? '', revision: details?.revision ?? answerRevision });
      } else {
        setProblem(workshopErrorOf(error, t));
        if (error instanceof ApiError && error.code === 'PERSONAL_DATA_SUSPECTED')
          setRetry(() => () => void run(action, { acknowledgePersonalData: true }));
      }
    } finally {
      setBusy(false);
    }
  };

  const go = (target: Question | undefined) =>
    target && void run(() => presentQuestion(view.id, target.questionId));
  const reveal = () => void run(() => setPhase(view.id, qid, { phase: 'revealed' }));
  // The round is opened on the wording as it stands in the co-edited field right now.
  const openRound = () =>
    void run((ack) => {
      const wording = readWording().trim();
      return setPhase(view.id, qid, {
        phase: 'agreement',
        ...(wording ? { proposedText: wording } : {}),
        ...ack,
      });
    });
  const park = () => void run(() => setPhase(view.id, qid, { phase: 'parked' }));
  const resume = () => void run(() => setPhase(view.id, qid, { phase: 'drafting' }));
  const accept = (baseRevision: number) =>
    void run(async (ack) => {
      // What the group took a stand on: the round's wording, not later edits to the live copy.
      const text = question.proposedText || readWording().trim();
      const result = await acceptAgreed(view.id, qid, { text, baseRevision, ...ack });
      setStale(null);
      const sentence = t('workshops.presenter.accepted', {
        agreed: result.agreedCount,
        participants: result.participantCount,
        blocks: result.blockCount,
      });
      // The status line below says it (a polite live region): no second announcement.
      setDone(sentence);
      await qc.invalidateQueries({ queryKey: queryKeys.routine(routineId) });
      return result;
    });

  const canReveal = question.phase === 'drafting';
  const canRound = question.phase === 'revealed' || question.phase === 'agreement';
  const canAccept = question.phase === 'agreement';
  const canPark = question.phase !== 'accepted' && question.phase !== 'parked';

  // The shortcuts call the latest handlers without re-subscribing on every render.
  const handlers = useRef<Record<Shortcut, () => void>>({} as Record<Shortcut, () => void>);
  handlers.current = {
    next: () => go(next),
    previous: () => go(previous),
    reveal: () => canReveal && reveal(),
    round: () => canRound && openRound(),
    accept: () => canAccept && accept(answerRevision),
    park: () => canPark && park(),
  };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
      const shortcut = SHORTCUT_KEYS[event.code as keyof typeof SHORTCUT_KEYS];
      if (!shortcut) return;
      event.preventDefault();
      handlers.current[shortcut]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <section className="presenter-panel presenter-controls" aria-labelledby="controls-title">
      <h2 id="controls-title">{t('workshops.presenter.controls')}</h2>
      <div className="button-group">
        <button
          type="button"
          className="button button--secondary"
          disabled={isBusy || !previous}
          onClick={() => go(previous)}
        >
          {t('workshops.presenter.previous')}
        </button>
        {isPresented ? null : (
          <button type="button" className="button" disabled={isBusy} onClick={() => go(question)}>
            {t('workshops.presenter.present')}
          </button>
        )}
        <button
          type="button"
          className="button button--secondary"
          disabled={isBusy || !next}
          onClick={() => go(next)}
        >
          {t('workshops.presenter.next')}
        </button>
      </div>
      {question.phase === 'accepted' ? null : (
        <>
          <div className="button-group">
            {canReveal ? (
              <button type="button" className="button" disabled={isBusy} onClick={reveal}>
                {t('workshops.presenter.reveal')}
              </button>
            ) : null}
            {question.phase === 'parked' ? (
              <button type="button" className="button" disabled={isBusy} onClick={resume}>
                {t('workshops.presenter.resume')}
              </button>
            ) : null}
          </div>
          {canRound ? (
            <>
              <WordingField
                id="presenter-wording"
                questionId={qid}
                fallbackText={question.proposedText ?? ''}
                hint={t('workshops.presenter.wordingHint')}
              />
              <div className="button-group">
                <button type="button" className="button" disabled={isBusy} onClick={openRound}>
                  {question.phase === 'agreement'
                    ? t('workshops.presenter.newRound')
                    : t('workshops.presenter.openRound')}
                </button>
                {canAccept ? (
                  <button
                    type="button"
                    className="button"
                    disabled={isBusy}
                    aria-describedby="accept-hint"
                    onClick={() => accept(answerRevision)}
                  >
                    {t('workshops.presenter.accept')}
                  </button>
                ) : null}
              </div>
              {canAccept ? (
                <p className="field__hint" id="accept-hint">
                  {t('workshops.presenter.acceptHint')}
                </p>
              ) : null}
            </>
          ) : null}
          {canPark ? (
            <div className="button-group">
              <button
                type="button"
                className="button button--secondary"
                disabled={isBusy}
                onClick={park}
              >
                {t('workshops.presenter.park')}
              </button>
            </div>
          ) : null}
        </>
      )}
      {stale ? (
        <div className="notice notice--error" role="alert">
          {stale.text ? (
            <>
              <p>{t('workshops.presenter.stale')}</p>
              <blockquote className="presenter-stale">{stale.text}</blockquote>
            </>
          ) : (
            <p>{t('workshops.presenter.staleEmpty')}</p>
          )}
          <div className="button-group">
            <button
              type="button"
              className="button"
              disabled={isBusy}
              onClick={() => accept(stale.revision)}
            >
              {t('workshops.presenter.staleReplace')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setStale(null)}
            >
              {t('workshops.presenter.staleKeep')}
            </button>
          </div>
        </div>
      ) : null}
      {problem ? (
        <div className="notice notice--error" role="alert">
          <p>{problem}</p>
          {retry ? <SendAnyway onSend={retry} isBusy={isBusy} /> : null}
        </div>
      ) : null}
      <p className="save-confirmation" role="status">
        {done}
      </p>
      <details className="presenter-shortcuts">
        <summary>{t('workshops.presenter.shortcuts')}</summary>
        <ul>
          {(Object.values(SHORTCUT_KEYS) as Shortcut[]).map((s) => (
            <li key={s}>{t(`workshops.presenter.shortcutList.${s}`)}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
