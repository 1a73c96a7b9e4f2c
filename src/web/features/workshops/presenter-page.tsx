import '../../i18n/areas/workshops';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import type { WorkshopView } from '../../../contracts/workshops';
import { isApiError } from '../../api/client';
import { useRoutine, useTemplate } from '../../api/queries';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { LoadError, Loading } from '../../components/loading';
import { PageHeading, useDocumentTitle } from '../../components/page-heading';
import { useLocalized, useTranslation } from '../../i18n';
import { NotFound } from '../errors/not-found';
import {
  clockOf,
  currentQuestionOf,
  endWorkshop,
  listWorkshops,
  useSecondsLeft,
  useSetOwnView,
  useWorkshop,
  workshopErrorOf,
} from './participant-api';
import { PresenterControls } from './presenter-controls';
import { PresenterEnded } from './presenter-ended';
import { PresenterHelpers } from './presenter-helpers';
import { PresenterProposals } from './presenter-proposals';
import { PresenterQr } from './presenter-qr';
import { DraftList, Tally } from './presenter-room';
import { WorkshopLive } from './workshop-live';
import '../../styles/workshops.css';

/** The join panel: the code in big letters and the QR code of the page it opens. */
function JoinPanel({ code, joinUrl }: { code: string; joinUrl: string }) {
  const { t } = useTranslation();
  const shown = joinUrl.replace(/^https?:\/\//, '').replace(/\/[^/]+$/, '');
  return (
    <section className="presenter-join" aria-labelledby="join-title">
      <h2 id="join-title">{t('workshops.presenter.joinTitle')}</h2>
      <p>{t('workshops.presenter.joinAt', { url: shown })}</p>
      <p className="presenter-join__code">
        <span className="visually-hidden">{t('workshops.presenter.code')}: </span>
        {code}
      </p>
      <PresenterQr url={joinUrl} label={t('workshops.presenter.qr', { url: joinUrl })} />
    </section>
  );
}

/** Ending, with a confirmation; after it, the summary's downloads. */
function EndWorkshop({ view }: { view: WorkshopView }) {
  const { t } = useTranslation();
  const setOwn = useSetOwnView(view.id);
  const [isOpen, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  return (
    <>
      <button type="button" className="button button--destructive" onClick={() => setOpen(true)}>
        {t('workshops.presenter.end')}
      </button>
      <ConfirmDialog
        isOpen={isOpen}
        title={t('workshops.presenter.endTitle')}
        confirmLabel={t('workshops.presenter.endConfirm')}
        cancelLabel={t('workshops.presenter.endCancel')}
        isDestructive
        isBusy={isBusy}
        problem={problem}
        closeLabel={t('workshops.presenter.endCancel')}
        onCancel={() => {
          setOpen(false);
          setProblem(null);
        }}
        onConfirm={async () => {
          setBusy(true);
          try {
            await endWorkshop(view.id);
            setOwn({ ...view, state: 'ended' });
            setOpen(false);
          } catch (error) {
            setProblem(workshopErrorOf(error, t));
          } finally {
            setBusy(false);
          }
        }}
      >
        <p>{t('workshops.presenter.endText')}</p>
      </ConfirmDialog>
    </>
  );
}

/** The presenter view for the projector (issue 17), on the workshop's live document. */
export function PresenterPage() {
  const { rid = '', wid = '' } = useParams();
  return (
    <WorkshopLive workshopId={wid} routineId={rid}>
      <PresenterView rid={rid} wid={wid} />
    </WorkshopLive>
  );
}

/** One question large, the room's progress, the controls. */
function PresenterView({ rid, wid }: { rid: string; wid: string }) {
  const { t } = useTranslation();
  const pick = useLocalized();
  const { view, query } = useWorkshop(wid);
  const template = useTemplate();
  const routine = useRoutine(rid);
  const workshops = useQuery({
    queryKey: ['workshops-of', rid],
    queryFn: () => listWorkshops(rid),
  });
  const secondsLeft = useSecondsLeft(view);
  const current = view ? currentQuestionOf(view) : null;
  const step = template.data?.steps.find((s) =>
    s.questions.some((q) => q.id === current?.questionId),
  );
  const question = step?.questions.find((q) => q.id === current?.questionId);
  useDocumentTitle([
    question ? pick(question.text) : undefined,
    view ? t('workshops.presenter.documentTitle', { code: view.code }) : undefined,
  ]);

  if (query.isError) {
    if (isApiError(query.error) && query.error.status === 404) return <NotFound />;
    return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (template.isError)
    return <LoadError error={template.error} onRetry={() => void template.refetch()} />;
  if (!view || !template.data || routine.isPending) return <Loading />;

  const joinUrl =
    workshops.data?.find((w) => w.id === wid)?.joinUrl ??
    `${window.location.origin}/delta/${view.code}`;
  const index = current ? view.questions.indexOf(current) : -1;
  const stepLabel = step
    ? t('workshops.stepTitle', { number: step.number, title: pick(step.title) })
    : '';
  if (view.state === 'ended') {
    return (
      <div className="container presenter">
        <PresenterEnded view={view} template={template.data} routineId={rid} />
        {routine.data ? (
          <PresenterProposals
            proposals={view.proposals}
            workshopId={wid}
            collaborationId={routine.data.collaborationId}
            routineId={rid}
            isEnded
          />
        ) : null}
      </div>
    );
  }

  return (
    <div className="container presenter">
      <div className="presenter__top">
        <p className="presenter__meta">
          {current
            ? `${t('workshops.questionOf', { n: index + 1, total: view.questions.length })} · `
            : null}
          <span className="presenter__phase">
            <span className="visually-hidden">{t('workshops.phaseLabel')}: </span>
            {current ? t(`workshops.phase.${current.phase}`, { round: current.round }) : null}
          </span>
        </p>
        {secondsLeft !== null ? (
          <p
            className={
              secondsLeft === 0 ? 'presenter__timer presenter__timer--up' : 'presenter__timer'
            }
            role="timer"
          >
            <span className="visually-hidden">{t('workshops.timeLeft')}: </span>
            {secondsLeft === 0 ? t('workshops.timeUp') : clockOf(secondsLeft)}
          </p>
        ) : null}
      </div>
      <div className="presenter__body">
        <div className="presenter__main">
          <PageHeading
            caption={t('workshops.presenter.caption', { step: stepLabel })}
            className="presenter__question"
          >
            {question ? pick(question.text) : t('workshops.title')}
          </PageHeading>
          {question?.hint || step?.tip ? (
            <div className="presenter__guidance">
              {question?.hint ? (
                <p>
                  <strong>{t('workshops.guidance')}:</strong> {pick(question.hint)}
                </p>
              ) : null}
              {step?.tip ? (
                <p>
                  <strong>{t('workshops.tip')}</strong> {pick(step.tip)}
                </p>
              ) : null}
            </div>
          ) : null}
          {current ? (
            <>
              <div className="presenter__progress">
                <p>
                  {t('workshops.contributed', {
                    count: current.draftCount,
                    total: view.participantCount,
                  })}
                </p>
                <progress
                  max={Math.max(view.participantCount, 1)}
                  value={current.draftCount}
                  aria-hidden="true"
                />
              </div>
              {view.currentQuestionId === null ? (
                <p className="muted">{t('workshops.presenter.notStarted')}</p>
              ) : null}
              {current.phase === 'agreement' && current.proposedText ? (
                <section className="presenter-panel" aria-labelledby="wording-title">
                  <h2 id="wording-title">{t('workshops.proposedWording')}</h2>
                  <p className="presenter__wording">{current.proposedText}</p>
                </section>
              ) : null}
              {current.phase === 'agreement' ? <Tally question={current} /> : null}
              {current.phase === 'accepted' && current.agreedText ? (
                <section className="presenter-panel" aria-labelledby="agreed-title">
                  <h2 id="agreed-title">{t('workshops.agreedText')}</h2>
                  <p className="presenter__wording">{current.agreedText}</p>
                </section>
              ) : null}
              {current.phase === 'revealed' || current.phase === 'agreement' ? (
                <DraftList drafts={current.drafts} />
              ) : null}
            </>
          ) : null}
        </div>
        <aside className="presenter__side" aria-label={t('workshops.presenter.joinTitle')}>
          <JoinPanel code={view.code} joinUrl={joinUrl} />
          <p>{t('workshops.presenter.participants', { count: view.participantCount })}</p>
          <PresenterHelpers view={view} />
        </aside>
      </div>
      {current ? (
        <PresenterControls
          key={current.questionId}
          view={view}
          question={current}
          index={index}
          routineId={rid}
          answerRevision={routine.data?.answers[current.questionId]?.revision ?? 0}
        />
      ) : null}
      {routine.data ? (
        <PresenterProposals
          proposals={view.proposals}
          workshopId={wid}
          collaborationId={routine.data.collaborationId}
          routineId={rid}
        />
      ) : null}
      <div className="button-group presenter__end">
        <EndWorkshop view={view} />
      </div>
    </div>
  );
}

export { PresenterPage as Component };
