import '../../i18n/areas/workshop-records';
import { Link } from 'react-router';
import { useRoutineWorkshops, workshopSummaryUrl, workshopsPath } from '../../api/workshop-records';
import { useFormatDate } from '../../components/use-format';
import { useLanguage, useTranslation } from '../../i18n';

/** The overview's short section: the latest workshop and its summary, and the way to the list. */
export function RoutineWorkshopsOverview({ rid }: { rid: string }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const lang = useLanguage();
  const workshops = useRoutineWorkshops(rid);
  // Nothing while it loads or fails: the overview's task list matters more than this section.
  if (!workshops.data) return null;
  const latest = workshops.data[0];
  return (
    <section className="workshops-overview" aria-labelledby="workshops-overview-title">
      <h2 id="workshops-overview-title">{t('workshopRecords.overview.title')}</h2>
      {latest ? (
        <p>
          {t('workshopRecords.overview.latest', {
            date: formatDate(latest.createdAt),
            state: t(`workshopRecords.state.${latest.state}`).toLowerCase(),
          })}{' '}
          <a href={workshopSummaryUrl(latest.id, 'pdf', lang)} download>
            {t('workshopRecords.overview.latestSummary')}
          </a>
        </p>
      ) : (
        <p>{t('workshopRecords.overview.none')}</p>
      )}
      <p>
        <Link to={workshopsPath(rid)}>
          {workshops.data.length > 0
            ? t('workshopRecords.overview.allWithCount', { count: workshops.data.length })
            : t('workshopRecords.overview.all')}
        </Link>
      </p>
    </section>
  );
}
