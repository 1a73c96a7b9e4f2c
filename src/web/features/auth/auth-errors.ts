import '../../i18n/areas/auth';
import { isApiError } from '../../api/client';
import type { FormError } from '../../components/form';
import type { TFunction } from '../../i18n';

export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The error of a failed sign-in or sign-up that is not about one field. */
export function generalAuthError(t: TFunction, error: unknown): FormError {
  if (isApiError(error, 'RATE_LIMITED')) {
    const minutes =
      error.retryAfter === undefined ? undefined : Math.max(1, Math.ceil(error.retryAfter / 60));
    return {
      message:
        minutes === undefined
          ? t('auth.rateLimited')
          : t('auth.rateLimitedMinutes', { count: minutes }),
    };
  }
  if (isApiError(error, 'NETWORK_ERROR')) return { message: t('errors.network') };
  return { message: t('auth.failed') };
}
