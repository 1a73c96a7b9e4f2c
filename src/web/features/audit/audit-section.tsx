import '../../i18n/areas/audit';
import { useLayoutEffect, useRef, useState } from 'react';
import { type AuditFilters, useAuditLog, useMembers } from '../../api/members';
import { LoadError, Loading } from '../../components/loading';
import { useDocumentTitle } from '../../components/page-heading';
import { useLanguage, useTranslation } from '../../i18n';
import { useCollaborationContext } from '../collaborations/collaboration-layout';
import { AUDIT_TARGET_TYPES, actionKey, isKnownAction } from './audit-labels';
import { useAuditSummary } from './audit-summary';

const LOCALES = { sv: 'sv-SE', en: 'en-GB' } as const;

/** Händelselogg: every change in the collaboration, newest first (coordinators). */
export function AuditSection() {
  const { t } = useTranslation();
  const collaboration = useCollaborationContext();
  const cid = collaboration.id;
  const language = useLanguage();
  const isCoordinator = collaboration.role === 'coordinator';
  const [filters, setFilters] = useState<AuditFilters>({});
  const members = useMembers(isCoordinator ? cid : '');
  const log = useAuditLog(isCoordinator ? cid : '', filters);
  const firstNewRow = useRef<HTMLTableRowElement>(null);
  const summaryOf = useAuditSummary();
  const [focusPage, setFocusPage] = useState<number | null>(null);
  useDocumentTitle([t('collaboration.nav.audit'), collaboration.name]);

  const pages = log.data?.pages ?? [];
  // After "Visa fler", move focus to the first of the newly loaded events, in the same commit:
  // the button is gone once the last page has loaded, and focus must not fall to the page.
  useLayoutEffect(() => {
    if (focusPage !== null && pages.length > focusPage) {
      firstNewRow.current?.focus();
      setFocusPage(null);
    }
  }, [pages.length, focusPage]);

  if (!isCoordinator) {
    return (
      <section className="section" aria-labelledby="audit-title">
        <h2 id="audit-title">{t('collaboration.nav.audit')}</h2>
        <p className="prose">{t('audit.onlyCoordinators')}</p>
      </section>
    );
  }

  const formatAt = new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const events = pages.flatMap((page, pageIndex) =>
    page.events.map((event, index) => ({ event, isFirstOfPage: index === 0, pageIndex })),
  );
  const people = [...(members.data ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'sv'));

  return (
    <section className="section" aria-labelledby="audit-title">
      <h2 id="audit-title">{t('collaboration.nav.audit')}</h2>
      <p className="prose">{t('audit.intro')}</p>
      <div className="audit-filters">
        <div className="field">
          <label className="field__label" htmlFor="audit-target">
            {t('audit.filterTarget')}
          </label>
          <select
            id="audit-target"
            className="input select"
            value={filters.targetType ?? ''}
            onChange={(event) =>
              setFilters((f) => ({ ...f, targetType: event.target.value || undefined }))
            }
          >
            <option value="">{t('audit.allTargets')}</option>
            {AUDIT_TARGET_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`audit.targets.${type}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="audit-user">
            {t('audit.filterUser')}
          </label>
          <select
            id="audit-user"
            className="input select"
            value={filters.userId ?? ''}
            onChange={(event) =>
              setFilters((f) => ({ ...f, userId: event.target.value || undefined }))
            }
          >
            <option value="">{t('audit.allUsers')}</option>
            {people.map((member) => (
              <option key={member.userId} value={member.userId}>
                {member.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {log.isPending ? (
        <Loading />
      ) : log.isError ? (
        <LoadError error={log.error} onRetry={() => void log.refetch()} />
      ) : events.length === 0 ? (
        <p role="status">{t('audit.empty')}</p>
      ) : (
        <>
          <p className="visually-hidden" role="status">
            {t('audit.shown', { count: events.length })}
          </p>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable (WCAG 2.1.1) */}
          <section className="table-wrap" aria-labelledby="audit-caption" tabIndex={0}>
            <table className="table audit-table">
              <caption className="table__caption" id="audit-caption">
                {t('audit.caption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('audit.when')}</th>
                  <th scope="col">{t('audit.who')}</th>
                  <th scope="col">{t('audit.what')}</th>
                  <th scope="col">{t('audit.summary')}</th>
                </tr>
              </thead>
              <tbody>
                {events.map(({ event, isFirstOfPage, pageIndex }) => (
                  <tr
                    key={event.id}
                    ref={isFirstOfPage && pageIndex === pages.length - 1 ? firstNewRow : undefined}
                    tabIndex={isFirstOfPage && pageIndex > 0 ? -1 : undefined}
                  >
                    <td className="audit-table__when">
                      <time dateTime={event.at}>{formatAt.format(new Date(event.at))}</time>
                    </td>
                    <td>{event.userName ?? t('audit.unknownUser')}</td>
                    <td>
                      {isKnownAction(event.action)
                        ? t(
                            `audit.actions.${actionKey(event.action)}` as 'audit.actions.answer_save',
                          )
                        : event.action}
                    </td>
                    <td className="audit-table__summary">{summaryOf(event)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          {log.hasNextPage ? (
            <button
              type="button"
              className="button button--secondary"
              disabled={log.isFetchingNextPage}
              onClick={() => {
                setFocusPage(pages.length);
                void log.fetchNextPage();
              }}
            >
              {log.isFetchingNextPage ? t('common.loading') : t('audit.more')}
            </button>
          ) : (
            <p className="muted">{t('audit.end')}</p>
          )}
        </>
      )}
    </section>
  );
}

export { AuditSection as Component };
