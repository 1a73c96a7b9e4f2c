import '../../i18n/areas/feedback';
import { Link } from 'react-router';
import { useFeedbackCounts } from '../../api/feedback';
import type { Template } from '../../api/types';
import { routinePath } from '../../components/workspace-context';
import { useLocalized, useTranslation } from '../../i18n';

/** The overview's "Återkoppling från användningen": feedback per step, with a link to triage. */
export function FeedbackOverview({ rid, template }: { rid: string; template: Template }) {
  const { t } = useTranslation();
  const pick = useLocalized();
  const counts = useFeedbackCounts(rid);
  if (!counts.data) return null;
  const rows = Object.entries(counts.data)
    .map(([step, c]) => ({ step: Number(step), ...c }))
    .sort((a, b) => a.step - b.step);
  const name = (step: number) =>
    step === 0
      ? t('feedback.whole')
      : `${t('feedback.stepN', { number: step })}: ${pick(template.steps.find((s) => s.number === step)?.title)}`;
  return (
    <section aria-labelledby="feedback-overview-title">
      <h2 id="feedback-overview-title">{t('feedback.overviewTitle')}</h2>
      {rows.length === 0 ? (
        <p>{t('feedback.overviewNone')}</p>
      ) : (
        <ul>
          {rows.map((r) => (
            <li key={r.step}>
              {name(r.step)}: {t('feedback.count', { count: r.total })}
              {r.open ? `, ${t('feedback.open', { count: r.open })}` : ''}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={routinePath(rid, 'aterkoppling')}>{t('feedback.toPage')}</Link>
      </p>
    </section>
  );
}

/** One line of information in a step's quality panel: feedback on this step, if any. */
export function StepFeedbackInfo({ rid, step }: { rid: string; step: number }) {
  const { t } = useTranslation();
  const counts = useFeedbackCounts(rid);
  const c = counts.data?.[String(step)];
  if (!c) return null;
  return (
    <p className="quality-panel__info">
      {t('feedback.stepInfo', { total: c.total, open: c.open })}{' '}
      <Link to={routinePath(rid, 'aterkoppling')}>{t('feedback.toPage')}</Link>
    </p>
  );
}
