import '../../i18n/areas/workshops';
import { useEffect, useRef } from 'react';
import type { WorkshopView } from '../../../contracts/workshops';
import { useTemplate } from '../../api/queries';
import { useAnnounce } from '../../components/announcer';
import { LoadError, Loading } from '../../components/loading';
import { PageHeading, useDocumentTitle } from '../../components/page-heading';
import { useLocalized, useTranslation } from '../../i18n';
import { clockOf, currentQuestionOf, useSecondsLeft, useWorkshop } from './participant-api';
import { ParticipantDraft } from './participant-draft';
import { ParticipantProposal } from './participant-proposal';
import { ParticipantVote } from './participant-vote';
import { DraftList, Tally } from './presenter-room';
import { useLiveWording, WordingField } from './workshop-live';

/**
 * The participant's phone (issue 17): one task per screen under the question, which stays at the
 * top — write, wait for the reveal, read, take a stand — and, below, a proposal for one's own
 * organisation. It follows the live document; a new question or phase is announced politely.
 */
export function ParticipantView({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const pick = useLocalized();
  const announce = useAnnounce();
  const { view, query } = useWorkshop(workshopId);
  const template = useTemplate();
  const secondsLeft = useSecondsLeft(view);
  const current = view ? currentQuestionOf(view) : null;
  const step = template.data?.steps.find((s) =>
    s.questions.some((q) => q.id === current?.questionId),
  );
  const question = step?.questions.find((q) => q.id === current?.questionId);
  const questionText = question ? pick(question.text) : '';
  useDocumentTitle([questionText || undefined, t('workshops.title')]);

  // Say what changed in the room (a new question, the reveal, a round, the end): once each.
  const situation = view
    ? view.state === 'ended'
      ? t('workshops.ended')
      : current
        ? `${questionText} – ${t(`workshops.phase.${current.phase}`, { round: current.round })}`
        : ''
    : '';
  const said = useRef<string | null>(null);
  useEffect(() => {
    if (!situation) return;
    if (said.current !== null && said.current !== situation) announce(situation);
    said.current = situation;
  }, [situation, announce]);

  if (query.isError && !view)
    return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  if (!view || template.isPending) return <Loading label={t('workshops.join.joining')} />;

  if (view.state === 'ended') {
    return (
      <div className="container participant">
        <PageHeading>{t('workshops.ended')}</PageHeading>
        <div className="notice participant-ended" role="status">
          <p>{t('workshops.endedThanks')}</p>
        </div>
      </div>
    );
  }
  if (!current || view.currentQuestionId === null) {
    return (
      <div className="container participant">
        <PageHeading caption={t('workshops.title')}>
          {t('workshops.participant.waiting')}
        </PageHeading>
      </div>
    );
  }
  const index = view.questions.indexOf(current);
  return (
    <div className="container participant">
      <div className="participant__question">
        <PageHeading
          caption={`${t('workshops.questionOf', { n: index + 1, total: view.questions.length })} · ${
            step ? t('workshops.stepTitle', { number: step.number, title: pick(step.title) }) : ''
          }`}
        >
          {questionText}
        </PageHeading>
        <p className="participant__phase">
          <span className="visually-hidden">{t('workshops.phaseLabel')}: </span>
          {t(`workshops.phase.${current.phase}`, { round: current.round })}
          {secondsLeft !== null ? (
            <span
              className={
                secondsLeft === 0
                  ? 'participant__timer participant__timer--up'
                  : 'participant__timer'
              }
            >
              {' · '}
              {secondsLeft === 0
                ? t('workshops.timeUp')
                : `${t('workshops.timeLeft')} ${clockOf(secondsLeft)}`}
            </span>
          ) : null}
        </p>
        {question?.hint ? <p className="participant__hint">{pick(question.hint)}</p> : null}
      </div>
      {current.phase === 'drafting' ? (
        <ParticipantDraft
          key={current.questionId}
          view={view}
          questionId={current.questionId}
          initial={current.myDraft ?? ''}
        />
      ) : null}
      {current.phase === 'revealed' ? (
        <>
          <p className="notice">{t('workshops.participant.waitForRound')}</p>
          <ParticipantWording view={view} questionId={current.questionId} />
        </>
      ) : null}
      {current.phase === 'agreement' ? (
        <section className="participant-section" aria-labelledby="participant-wording">
          <h2 id="participant-wording">{t('workshops.proposedWording')}</h2>
          <p className="participant__wording">{current.proposedText}</p>
          <ParticipantVote
            key={`${current.questionId}-${current.round}`}
            view={view}
            question={current}
          />
          <Tally question={current} />
          {view.you.canEditWording ? (
            <ParticipantWording view={view} questionId={current.questionId} />
          ) : null}
        </section>
      ) : null}
      {current.phase === 'accepted' ? (
        <section className="participant-section" aria-labelledby="participant-agreed">
          <h2 id="participant-agreed">{t('workshops.agreedText')}</h2>
          <p>{t('workshops.participant.acceptedLead')}</p>
          <p className="participant__wording">{current.agreedText}</p>
        </section>
      ) : null}
      {current.phase === 'parked' ? (
        <p className="notice">{t('workshops.participant.parkedLead')}</p>
      ) : null}
      {current.phase === 'revealed' || current.phase === 'agreement' ? (
        <DraftList drafts={current.drafts} />
      ) : null}
      <ParticipantProposal view={view} step={current.step} />
    </div>
  );
}

/**
 * The wording being written for the next agreement round: a member the facilitator invited
 * writes it with them; everyone else reads it as it takes shape (once there is any).
 */
function ParticipantWording({ view, questionId }: { view: WorkshopView; questionId: string }) {
  const { t } = useTranslation();
  const text = useLiveWording(questionId);
  if (view.you.canEditWording) {
    return (
      <section className="participant-section">
        <WordingField
          id="participant-wording-field"
          questionId={questionId}
          fallbackText=""
          hint={t('workshops.participant.wordingHelperHint')}
        />
      </section>
    );
  }
  if (!text.trim()) return null;
  return (
    <section className="participant-section" aria-labelledby="participant-wording-so-far">
      <h2 id="participant-wording-so-far">{t('workshops.participant.wordingSoFar')}</h2>
      <p className="participant__wording">{text}</p>
    </section>
  );
}
