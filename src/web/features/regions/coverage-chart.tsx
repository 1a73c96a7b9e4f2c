import '../../i18n/areas/regions';
import { COVERAGE_KEYS, type RegionOverview } from '../../../contracts/regions';
import { regionFileUrl } from '../../api/regions';
import { useLanguage, useTranslation } from '../../i18n';

/**
 * The region's coverage: the server-rendered chart (an SVG with role="img", a title and a
 * description) and, beside it, the same figures as a table.
 */
export function CoverageChart({ overview }: { overview: RegionOverview }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { adopted, coverage } = overview.totals;
  return (
    <section className="section" aria-labelledby="region-chart-title">
      <h2 id="region-chart-title">{t('regions.overview.chartTitle')}</h2>
      <div className="region-chart">
        <img
          className="region-chart__image"
          src={regionFileUrl(overview.region.id, 'coverage.svg', lang)}
          alt={t('regions.overview.chartAlt')}
          width={370}
          height={304}
        />
        <div className="region-chart__table">
          <table className="table">
            <caption id="region-chart-table" className="table__caption">
              {t('regions.overview.chartTable')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('regions.overview.part')}</th>
                <th scope="col">{t('regions.overview.count', { adopted })}</th>
              </tr>
            </thead>
            <tbody>
              {COVERAGE_KEYS.map((key) => (
                <tr key={key}>
                  <th scope="row">{t(`regions.overview.keys.${key}`)}</th>
                  <td>{coverage[key]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}
