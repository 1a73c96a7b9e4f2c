import '../../i18n/areas/reminders';
import { type FormEvent, useEffect, useState } from 'react';
import { Link } from 'react-router';
import {
  NOTICE_KINDS,
  type NoticeKind,
  type NotificationSettings,
} from '../../../contracts/notifications';
import {
  useMarkNotificationsRead,
  useMyNotifications,
  useUpdateNotificationSettings,
} from '../../api/notifications';
import { useFormatDay } from '../../components/dates';
import { LoadError, Loading } from '../../components/loading';
import { PageHeading, useDocumentTitle } from '../../components/page-heading';
import { useTranslation } from '../../i18n';

const isKind = (k: string): k is NoticeKind => (NOTICE_KINDS as readonly string[]).includes(k);

/** Påminnelser: the caller's in-app notices and which kinds of reminder they receive. */
export function SettingsPage() {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const mine = useMyNotifications();
  const update = useUpdateNotificationSettings();
  const markRead = useMarkNotificationsRead();
  const [draft, setDraft] = useState<NotificationSettings | null>(null);
  const [message, setMessage] = useState('');
  useDocumentTitle([t('reminders.title')]);

  useEffect(() => {
    if (mine.data && !draft) setDraft(mine.data.settings);
  }, [mine.data, draft]);

  if (mine.isPending) return <Loading />;
  if (mine.isError) return <LoadError error={mine.error} onRetry={() => void mine.refetch()} />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    try {
      await update.mutateAsync(draft);
      setMessage(t('reminders.saved'));
    } catch {
      setMessage(t('reminders.failed'));
    }
  };

  return (
    <>
      <PageHeading>{t('reminders.title')}</PageHeading>
      <section aria-labelledby="notices-title">
        <h2 id="notices-title">{t('reminders.noticesTitle')}</h2>
        {mine.data.notifications.length === 0 ? (
          <p>{t('reminders.noNotices')}</p>
        ) : (
          <>
            <ul className="notice-list">
              {mine.data.notifications.map((n) => (
                <li key={n.id} className="panel">
                  <p className="feedback-item__meta">
                    {n.readAt === null ? (
                      <strong className="tag">{t('reminders.unread')}</strong>
                    ) : null}{' '}
                    {formatDay(n.createdAt)} ·{' '}
                    {isKind(n.kind) ? t(`reminders.kinds.${n.kind}`) : n.kind}
                  </p>
                  <p>
                    {isKind(n.kind)
                      ? t(`reminders.notice.${n.kind}`, {
                          routineTitle: String(n.data.routineTitle ?? n.title),
                          date: String(n.data.date ?? ''),
                          versionNumber: String(n.data.versionNumber ?? ''),
                          count: Number(n.data.count ?? 0),
                        })
                      : n.title}{' '}
                    {n.link ? <Link to={n.link}>{t('reminders.open')}</Link> : null}
                  </p>
                </li>
              ))}
            </ul>
            {mine.data.unread > 0 ? (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => markRead.mutate()}
              >
                {t('reminders.markRead')}
              </button>
            ) : null}
          </>
        )}
      </section>
      <section aria-labelledby="settings-title">
        <h2 id="settings-title">{t('reminders.settingsTitle')}</h2>
        <p>{t('reminders.settingsIntro')}</p>
        {draft ? (
          <form onSubmit={submit}>
            <fieldset className="fieldset">
              <legend className="visually-hidden">{t('reminders.settingsTitle')}</legend>
              {NOTICE_KINDS.map((kind) => (
                <div key={kind} className="checkbox">
                  <input
                    type="checkbox"
                    id={`kind-${kind}`}
                    checked={draft[kind]}
                    onChange={(e) => setDraft({ ...draft, [kind]: e.target.checked })}
                  />
                  <label htmlFor={`kind-${kind}`}>{t(`reminders.kinds.${kind}`)}</label>
                </div>
              ))}
            </fieldset>
            <div className="button-group">
              <button type="submit" className="button" disabled={update.isPending}>
                {t('reminders.save')}
              </button>
              <p role="status" className="feedback-item__status">
                {message}
              </p>
            </div>
          </form>
        ) : null}
      </section>
    </>
  );
}

export { SettingsPage as Component };
