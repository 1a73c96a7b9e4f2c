import '../../i18n/areas/reminders';
import { useCollaborationJobs } from '../../api/notifications';
import { useFormatDay } from '../../components/dates';
import { useTranslation } from '../../i18n';

/** For coordinators: reminders that failed or wait for a retry, with the error. */
export function JobsPanel({ cid, isCoordinator }: { cid: string; isCoordinator: boolean }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const jobs = useCollaborationJobs(cid, isCoordinator);
  if (!isCoordinator || !jobs.data) return null;
  const troubled = jobs.data.filter(
    (j) => j.status === 'failed' || (j.status === 'pending' && j.attempts > 0),
  );
  const kindLabel = (kind: string) =>
    kind === 'notice.fanout'
      ? t('reminders.jobKind.noticeFanout')
      : kind === 'notice.deliver'
        ? t('reminders.jobKind.noticeDeliver')
        : t('reminders.jobKind.other');
  return (
    <section aria-labelledby="jobs-title">
      <h2 id="jobs-title">{t('reminders.jobsTitle')}</h2>
      <p>{t('reminders.jobsIntro')}</p>
      {troubled.length === 0 ? (
        <p>{t('reminders.jobsNone')}</p>
      ) : (
        <ul>
          {troubled.map((j) => (
            <li key={j.id}>
              {kindLabel(j.kind)}:{' '}
              {t(`reminders.jobState.${j.status}`, {
                date: formatDay(j.runAt),
                attempts: j.attempts,
                max: j.maxAttempts,
              })}
              {j.lastError ? ` — ${t('reminders.error', { error: j.lastError })}` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
