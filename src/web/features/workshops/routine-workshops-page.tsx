import '../../i18n/areas/workshop-records';
import { Link } from 'react-router';
import type { WorkshopListItem } from '../../../contracts/workshop-records';
import { useRoutineWorkshops, workshopsPath } from '../../api/workshop-records';
import { LoadError, Loading } from '../../components/loading';
import { PageHeading, useDocumentTitle } from '../../components/page-heading';
import { useFormatDateTime } from '../../components/use-format';
import { useWorkspace } from '../../components/workspace-context';
import { useTranslation } from '../../i18n';
import { OutcomeCounts, SummaryDownloads, WorkshopStateTag } from './routine-workshops-parts';

/** One workshop: its date and state, questions, outcome, and for an open one its code. */
function WorkshopCard({ rid, workshop }: { rid: string; workshop: WorkshopListItem }) {
  const { t } = useTranslation();
  // With the time: two workshops on one day must not read the same.
  const formatDateTime = useFormatDateTime();
  const date = formatDateTime(workshop.createdAt);
  const isOpen = workshop.state === 'open';
  return (
    <li className="card workshop-card">
      <div className="version-card__head">
        <h3 className="card__title">{t('workshopRecords.workshopOn', { date })}</h3>
        <WorkshopStateTag state={workshop.state} />
      </div>
      <dl className="meta version-card__meta">
        <div>
          <dt>{t('workshopRecords.questionsLabel')}</dt>
          <dd>{t('workshopRecords.questions', { count: workshop.questionIds.length })}</dd>
        </div>
        <div>
          <dt>{t('workshopRecords.outcomesLabel')}</dt>
          <dd>
            <OutcomeCounts outcomes={workshop.outcomes} />
          </dd>
        </div>
        {isOpen ? (
          <div>
            <dt>{t('workshopRecords.code')}</dt>
            <dd>
              <code className="workshop-card__code">{workshop.code}</code>
            </dd>
          </div>
        ) : null}
      </dl>
      {isOpen ? (
        <>
          <p>
            {t('workshopRecords.joinAt')}{' '}
            <span className="workshop-card__url">{workshop.joinUrl}</span>
          </p>
          <p>
            <Link className="button" to={workshopsPath(rid, workshop.id)}>
              {t('workshopRecords.present', { date })}
            </Link>
          </p>
        </>
      ) : null}
      <SummaryDownloads wid={workshop.id} date={date} />
    </li>
  );
}

/** Workshoppar: every workshop of the routine, newest first; coordinators start a new one. */
export function RoutineWorkshopsPage() {
  const { t } = useTranslation();
  const { routine, collaboration } = useWorkspace();
  const workshops = useRoutineWorkshops(routine.id);
  const isCoordinator = collaboration?.role === 'coordinator';
  useDocumentTitle([t('workshopRecords.title'), routine.title]);

  const start = isCoordinator ? (
    <p>
      <Link className="button" to={workshopsPath(routine.id, 'ny')}>
        {t('workshopRecords.start')}
      </Link>
    </p>
  ) : null;

  return (
    <>
      <PageHeading>{t('workshopRecords.title')}</PageHeading>
      <div className="prose">
        <p className="lead">{t('workshopRecords.intro')}</p>
      </div>
      {workshops.isPending ? (
        <Loading />
      ) : workshops.isError ? (
        <LoadError error={workshops.error} onRetry={() => void workshops.refetch()} />
      ) : workshops.data.length === 0 ? (
        <section className="panel empty-state" aria-labelledby="workshops-empty-title">
          <h2 id="workshops-empty-title">{t('workshopRecords.empty.title')}</h2>
          <p>{t('workshopRecords.empty.text')}</p>
          {start ?? <p>{t('workshopRecords.empty.readerText')}</p>}
        </section>
      ) : (
        <>
          {start ?? <p className="muted">{t('workshopRecords.onlyCoordinators')}</p>}
          <section aria-labelledby="workshops-list-title">
            <h2 id="workshops-list-title">{t('workshopRecords.listTitle')}</h2>
            <ol className="card-list version-list">
              {workshops.data.map((w) => (
                <WorkshopCard key={w.id} rid={routine.id} workshop={w} />
              ))}
            </ol>
          </section>
        </>
      )}
    </>
  );
}

export { RoutineWorkshopsPage as Component };
