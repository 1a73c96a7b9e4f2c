import '../../i18n/areas/feedback';
import { type FormEvent, useState } from 'react';
import {
  FEEDBACK_NOTE_MAX,
  FEEDBACK_SHORT_MAX,
  FEEDBACK_STATUSES,
  type Feedback,
  type FeedbackStatus,
} from '../../../contracts/feedback';
import { isApiError } from '../../api/client';
import { useReviewPeriods } from '../../api/evaluation';
import { useFeedback, useFeedbackCounts, useTriageFeedback } from '../../api/feedback';
import { useFormatDay } from '../../components/dates';
import { LoadError, Loading } from '../../components/loading';
import { PageHeading, useDocumentTitle } from '../../components/page-heading';
import { useWorkspace } from '../../components/workspace-context';
import { useLocalized, useTranslation } from '../../i18n';
import { FeedbackFilters, useFeedbackFilter } from './feedback-filters';

/** One item: what was reported, and the coordinators' triage form (state, note, change). */
function FeedbackItem({ rid, item }: { rid: string; item: Feedback }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const triage = useTriageFeedback(rid);
  const [status, setStatus] = useState<FeedbackStatus>(item.status);
  const [note, setNote] = useState(item.note ?? '');
  const [changeRef, setChangeRef] = useState(item.changeRef ?? '');
  const [message, setMessage] = useState('');
  // A new revision (this save, or another coordinator's) shows its values in the form. The
  // item keeps its identity across revisions, so "Sparat." and the focus on Spara survive the
  // refetch that follows a save.
  const [shownRevision, setShownRevision] = useState(item.revision);
  if (item.revision !== shownRevision) {
    setShownRevision(item.revision);
    setStatus(item.status);
    setNote(item.note ?? '');
    setChangeRef(item.changeRef ?? '');
  }
  const id = `fb-${item.id}`;
  const who = [item.organisation, item.role].filter(Boolean).join(', ');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (triage.isPending) return;
    setMessage('');
    try {
      await triage.mutateAsync({
        id: item.id,
        body: {
          status,
          note: note || null,
          changeRef: changeRef || null,
          baseRevision: item.revision,
        },
      });
      setMessage(t('feedback.saved'));
    } catch (error) {
      if (isApiError(error, 'STALE_REVISION')) {
        const current = error.details as Feedback;
        setStatus(current.status);
        setNote(current.note ?? '');
        setChangeRef(current.changeRef ?? '');
        setMessage(t('feedback.stale'));
      } else setMessage(t('feedback.failed'));
    }
  };

  return (
    <li className="panel feedback-item" aria-labelledby={`${id}-text`}>
      <p className="feedback-item__meta">
        <span className={`tag feedback-status feedback-status--${item.status}`}>
          {t(`feedback.status.${item.status}`)}
        </span>{' '}
        {item.versionNumber
          ? t('feedback.received', { date: formatDay(item.createdAt), version: item.versionNumber })
          : t('feedback.receivedNoVersion', { date: formatDay(item.createdAt) })}
        {who ? ` · ${t('feedback.from', { who })}` : ''}
      </p>
      <blockquote className="feedback-item__text" id={`${id}-text`}>
        {item.text}
      </blockquote>
      <form className="feedback-item__form" onSubmit={submit} aria-labelledby={`${id}-text`}>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-status`}>
            {t('feedback.statusLabel')}
          </label>
          <select
            id={`${id}-status`}
            className="input select"
            value={status}
            onChange={(e) => setStatus(e.target.value as FeedbackStatus)}
          >
            {FEEDBACK_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`feedback.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-note`}>
            {t('feedback.note')}
          </label>
          <textarea
            id={`${id}-note`}
            className="input textarea"
            rows={2}
            maxLength={FEEDBACK_NOTE_MAX}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-change`}>
            {t('feedback.changeRef')}
          </label>
          <div className="field__hint" id={`${id}-change-hint`}>
            {t('feedback.changeRefHint')}
          </div>
          <input
            id={`${id}-change`}
            className="input"
            maxLength={FEEDBACK_SHORT_MAX}
            aria-describedby={`${id}-change-hint`}
            value={changeRef}
            onChange={(e) => setChangeRef(e.target.value)}
          />
        </div>
        <div className="button-group">
          <button type="submit" className="button" aria-disabled={triage.isPending || undefined}>
            {t('feedback.save')}
          </button>
          <p className="feedback-item__status" role="status">
            {message}
          </p>
        </div>
      </form>
    </li>
  );
}

/**
 * Återkoppling: feedback from use per step, triaged by coordinators; filtered by review
 * period, step and state (in the address, so Utvärdering links to a period's feedback).
 */
export function FeedbackPage() {
  const { t } = useTranslation();
  const pick = useLocalized();
  const { routine, template, collaboration } = useWorkspace();
  const isCoordinator = collaboration?.role === 'coordinator';
  const periods = useReviewPeriods(routine.id);
  const steps = template.steps.map((s) => s.number);
  const { filter, setFilter, clear, isFiltered } = useFeedbackFilter(steps, periods.data);
  const list = useFeedback(routine.id, filter, isCoordinator);
  const counts = useFeedbackCounts(routine.id);
  useDocumentTitle([t('feedback.title'), routine.title]);

  const stepTitle = (step: number) => {
    if (step === 0) return t('feedback.whole');
    const s = template.steps.find((x) => x.number === step);
    return `${t('feedback.stepN', { number: step })}: ${s ? pick(s.title) : ''}`;
  };

  let body = null;
  if (!isCoordinator) {
    body = <p>{t('feedback.onlyCoordinators')}</p>;
  } else if (list.isPending) body = <Loading />;
  else if (list.isError)
    body = <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  else if (list.data.length === 0 && !isFiltered) body = <p>{t('feedback.empty')}</p>;
  else {
    const shownSteps = [...new Set(list.data.map((f) => f.step))].sort((a, b) => a - b);
    body = shownSteps.map((step) => {
      const items = list.data.filter((f) => f.step === step);
      const c = counts.data?.[String(step)];
      return (
        <section key={step} aria-labelledby={`fb-step-${step}`}>
          <h2 id={`fb-step-${step}`}>
            {stepTitle(step)}{' '}
            <span className="feedback-count">
              ({t('feedback.count', { count: items.length })}
              {c?.open && !isFiltered ? `, ${t('feedback.open', { count: c.open })}` : ''})
            </span>
          </h2>
          <ul className="feedback-list">
            {items.map((item) => (
              <FeedbackItem key={item.id} rid={routine.id} item={item} />
            ))}
          </ul>
        </section>
      );
    });
  }

  return (
    <>
      <PageHeading>{t('feedback.title')}</PageHeading>
      <p className="lead">{t('feedback.intro')}</p>
      {routine.status === 'adopted' || routine.adoptedVersion !== null ? (
        <p>
          {t('feedback.publicForm')}{' '}
          <a href={`/r/${encodeURIComponent(routine.slug)}/feedback`}>
            {`/r/${routine.slug}/feedback`}
          </a>
        </p>
      ) : null}
      {isCoordinator && list.isSuccess && (isFiltered || list.data.length > 0) ? (
        <>
          <FeedbackFilters
            filter={filter}
            setFilter={setFilter}
            steps={steps}
            stepTitle={stepTitle}
            periods={periods.data ?? []}
          />
          <p className="quality-total" role="status">
            {list.data.length === 0
              ? t('feedback.noMatch')
              : t('feedback.shown', { count: list.data.length })}
          </p>
          {isFiltered ? (
            <p>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={clear}
              >
                {t('feedback.clearFilter')}
              </button>
            </p>
          ) : null}
        </>
      ) : null}
      {body}
    </>
  );
}

export { FeedbackPage as Component };
