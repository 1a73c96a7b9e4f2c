import '../../i18n/areas/admin';
import { Link } from 'react-router';
import type { AdminHealth } from '../../../contracts/account';
import { useAdminHealth } from '../../api/admin';
import { isApiError } from '../../api/client';
import { useMe } from '../../api/queries';
import { LoadError, Loading } from '../../components/loading';
import { PageHeading, useDocumentTitle } from '../../components/page-heading';
import { useLanguage, useTranslation } from '../../i18n';
import { AdminResetLink } from './admin-reset-link';
import { IdentityProviders } from './identity-providers';

/**
 * The instance administrator's page (ADMIN_EMAILS): health of the installation as this process
 * sees it, a password-reset link for a user, and the way to regions. No collaboration content.
 */
export function AdminPage() {
  const { t } = useTranslation();
  const me = useMe();
  const health = useAdminHealth(me.data?.isAdmin === true);
  useDocumentTitle([t('admin.title')]);
  if (me.isPending) return <Loading />;
  if (!me.data?.isAdmin || (health.isError && isApiError(health.error, 'FORBIDDEN'))) {
    return (
      <div className="container">
        <PageHeading>{t('admin.title')}</PageHeading>
        <p className="prose">{t('admin.health.forbidden')}</p>
      </div>
    );
  }
  return (
    <div className="container">
      <PageHeading>{t('admin.title')}</PageHeading>
      <p className="prose lead">{t('admin.intro')}</p>
      <section className="section" aria-labelledby="admin-health-title">
        <h2 id="admin-health-title">{t('admin.health.title')}</h2>
        <p className="prose">{t('admin.health.intro')}</p>
        {health.isPending ? (
          <Loading />
        ) : health.isError ? (
          <LoadError error={health.error} onRetry={() => void health.refetch()} />
        ) : (
          <HealthFacts health={health.data} />
        )}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void health.refetch()}
          disabled={health.isFetching}
        >
          {t('admin.health.refresh')}
        </button>
      </section>
      <IdentityProviders />
      <AdminResetLink />
      <section className="section" aria-labelledby="admin-regions-title">
        <h2 id="admin-regions-title">{t('admin.regions.title')}</h2>
        <p className="prose">{t('admin.regions.intro')}</p>
        <p>
          <Link to="/regioner">{t('admin.regions.link')}</Link>
        </p>
      </section>
    </div>
  );
}

function HealthFacts({ health }: { health: AdminHealth }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const locale = language === 'sv' ? 'sv-SE' : 'en-GB';
  const number = new Intl.NumberFormat(locale);
  const hours = Math.floor(health.process.uptimeSeconds / 3600);
  const minutes = Math.floor((health.process.uptimeSeconds % 3600) / 60);
  const duration = new Intl.NumberFormat(locale, { style: 'unit', unit: 'hour' }).format(hours);
  const durationMinutes = new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute' }).format(
    minutes,
  );
  const megabytes = new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'megabyte',
    maximumFractionDigits: 0,
  }).format(health.process.memoryRssBytes / 1024 / 1024);
  const checkNames: Record<string, string> = {
    database: t('admin.health.database'),
    redis: t('admin.health.redis'),
  };
  return (
    <>
      <p className={health.status === 'ok' ? 'notice notice--success' : 'notice notice--error'}>
        {health.status === 'ok'
          ? t('admin.health.ok')
          : t('admin.health.down', {
              names: health.down.map((d) => checkNames[d] ?? d).join(', '),
            })}
      </p>
      <dl className="summary-list">
        <dt>{t('admin.health.database')}</dt>
        <dd>
          {t(`admin.health.${health.database}`)},{' '}
          {health.checks.database ? t('admin.health.answering') : t('admin.health.notAnswering')}
        </dd>
        {health.checks.redis === undefined ? null : (
          <>
            <dt>{t('admin.health.redis')}</dt>
            <dd>
              {health.checks.redis ? t('admin.health.answering') : t('admin.health.notAnswering')}
            </dd>
          </>
        )}
        <dt>{t('admin.health.mail')}</dt>
        <dd>{health.mailConfigured ? t('admin.health.mailOn') : t('admin.health.mailOff')}</dd>
        <dt>{t('admin.health.users')}</dt>
        <dd>{number.format(health.counts.users)}</dd>
        <dt>{t('admin.health.collaborations')}</dt>
        <dd>{number.format(health.counts.collaborations)}</dd>
        <dt>{t('admin.health.routines')}</dt>
        <dd>{number.format(health.counts.routines)}</dd>
        <dt>{t('admin.health.uptime')}</dt>
        <dd>
          {duration} {durationMinutes}
        </dd>
        <dt>{t('admin.health.memory')}</dt>
        <dd>{megabytes}</dd>
        <dt>{t('admin.health.node')}</dt>
        <dd>{health.process.nodeVersion}</dd>
      </dl>
    </>
  );
}

export { AdminPage as Component };
