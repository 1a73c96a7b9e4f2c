import '../../i18n/areas/sign-in';
import { useEffect, useRef, useState } from 'react';
import { isApiError } from '../../api/client';
import { lookupSsoProvider } from '../../api/identity-providers';
import type { TFunction } from '../../i18n';
import { EMAIL_PATTERN } from './auth-errors';

export type SsoProvider = { id: string; displayName: string };

/**
 * The identity provider of the typed address's domain, looked up a moment after typing stops
 * (null: this address signs in with a password). Each domain is asked once.
 */
export function useSsoProviderOf(email: string): SsoProvider | null {
  const [provider, setProvider] = useState<SsoProvider | null>(null);
  const known = useRef(new Map<string, SsoProvider | null>());
  const address = email.trim();
  const domain = EMAIL_PATTERN.test(address) ? address.split('@').pop()!.toLowerCase() : '';
  useEffect(() => {
    if (!domain) return setProvider(null);
    const cached = known.current.get(domain);
    if (cached !== undefined) return setProvider(cached);
    let current = true;
    const timer = window.setTimeout(() => {
      lookupSsoProvider(domain)
        .then((found) => {
          known.current.set(domain, found);
          if (current) setProvider(found);
        })
        .catch(() => {
          if (current) setProvider(null);
        });
    }, 250);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [domain]);
  return provider;
}

/**
 * The sentence for an identity provider's error: `?error=` on the way back from it (OAuth's
 * `access_denied`, better-auth's codes) or the start's IDENTITY_PROVIDER_ERROR.
 */
export function ssoErrorMessage(t: TFunction, code: string, description = ''): string {
  if (code === 'access_denied') return t('signIn.sso.denied');
  if (code === 'issuer_mismatch' || description.includes('issuer')) {
    return t('signIn.sso.wrongIssuer');
  }
  if (code === 'email_domain_mismatch') return t('signIn.sso.outsideDomain');
  if (code === 'account not linked' || code === 'account_not_linked') {
    return t('signIn.sso.notLinked');
  }
  return t('signIn.sso.failed');
}

/** The start's refusal as a sentence (the provider could not be asked at all). */
export function ssoStartError(t: TFunction, error: unknown): string {
  if (isApiError(error, 'IDENTITY_PROVIDER_ERROR')) {
    const reason = (error.details as { reason?: string } | undefined)?.reason ?? '';
    return reason === 'issuer_mismatch' ? t('signIn.sso.wrongIssuer') : t('signIn.sso.unavailable');
  }
  if (isApiError(error, 'NETWORK_ERROR')) return t('errors.network');
  return t('signIn.sso.unavailable');
}
