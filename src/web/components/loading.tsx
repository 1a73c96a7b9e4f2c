import { isApiError } from '../api/client';
import { useTranslation } from '../i18n';

/** A quiet loading line (the page's heading appears with its data). */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="container">
      <p className="loading" role="status">
        {label ?? t('common.loading')}
      </p>
    </div>
  );
}

/** A failed request: what happened and what to do, with a retry. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message = isApiError(error, 'NETWORK_ERROR') ? t('errors.network') : t('errors.loadFailed');
  return (
    <div className="container">
      <div className="notice notice--error" role="alert">
        <p>{message}</p>
        {onRetry ? (
          <button type="button" className="button button--secondary" onClick={onRetry}>
            {t('common.tryAgain')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
