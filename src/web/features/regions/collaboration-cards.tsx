import '../../i18n/areas/regions';
import {
  COVERAGE_KEYS,
  type RegionCollaborationRow,
  type RegionOverview,
} from '../../../contracts/regions';
import { Icon } from '../../components/icons';
import { useFormatDate } from '../../components/use-format';
import { useTranslation } from '../../i18n';

/** One card per collaboration (no sideways scrolling on a phone): aggregates only. */
function CollaborationCard({ row }: { row: RegionCollaborationRow }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const r = row.routine;
  const titleId = `region-row-${row.collaborationId}`;
  return (
    <li className="card region-card" aria-labelledby={titleId}>
      <h3 id={titleId} className="card__title">
        {row.name}
      </h3>
      <dl className="meta">
        {row.area ? (
          <div>
            <dt>{t('collaboration.area')}</dt>
            <dd>{row.area}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('regions.overview.coordinators')}</dt>
          <dd>
            {row.coordinators.map((c) => (
              <span key={c.email} className="region-card__contact">
                {c.name} (<a href={`mailto:${c.email}`}>{c.email}</a>)
              </span>
            ))}
          </dd>
        </div>
        <div>
          <dt>{t('regions.overview.adopted')}</dt>
          <dd>
            {!r
              ? t('regions.overview.noRoutine')
              : r.adoptedAt
                ? formatDate(r.adoptedAt)
                : t('regions.overview.notAdopted')}
          </dd>
        </div>
        {r?.nextReviewDate ? (
          <div>
            <dt>{t('regions.overview.nextReview')}</dt>
            <dd>
              {formatDate(r.nextReviewDate)}
              {r.isReviewOverdue ? (
                <strong className="region-card__overdue"> ({t('regions.overview.overdue')})</strong>
              ) : null}
            </dd>
          </div>
        ) : null}
        {r ? (
          <>
            <div>
              <dt>{t('regions.overview.openBlockers')}</dt>
              <dd>{r.openBlockers}</dd>
            </div>
            <div>
              <dt>{t('regions.overview.feedback')}</dt>
              <dd>{r.feedbackCount}</dd>
            </div>
          </>
        ) : null}
      </dl>
      {row.coverage ? (
        <>
          <h4 className="region-card__subtitle">{t('regions.overview.coverage')}</h4>
          <ul className="region-coverage">
            {COVERAGE_KEYS.map((key) => {
              const covered = row.coverage?.[key] === true;
              return (
                <li key={key} className={covered ? 'is-covered' : 'is-missing'}>
                  <Icon name={covered ? 'check' : 'close'} />
                  <span>
                    {t(`regions.overview.keys.${key}`)}:{' '}
                    {covered ? t('regions.overview.covered') : t('regions.overview.notCovered')}
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </li>
  );
}

export function CollaborationCards({ overview }: { overview: RegionOverview }) {
  const { t } = useTranslation();
  return (
    <section className="section" aria-labelledby="region-collaborations-title">
      <h2 id="region-collaborations-title">{t('regions.overview.tableTitle')}</h2>
      {overview.collaborations.length === 0 ? (
        <p className="prose">{t('regions.overview.empty')}</p>
      ) : (
        <ul className="card-list region-cards">
          {overview.collaborations.map((row) => (
            <CollaborationCard key={row.collaborationId} row={row} />
          ))}
        </ul>
      )}
    </section>
  );
}
