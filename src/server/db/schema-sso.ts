/** An e-mail domain that signs in through one identity provider (ssoProvider.providerId). */
export interface SsoDomainsTable {
  domain: string;
  providerId: string;
}

/**
 * A signer without a password asked to re-authenticate at their identity provider before
 * signing a version; `authenticatedAt` is the provider's `auth_time` once a login after the
 * request came back, `usedAt` when a sign-off consumed it.
 */
export interface SsoReauthTable {
  id: string;
  userId: string;
  providerId: string;
  requestedAt: string;
  authenticatedAt: string | null;
  usedAt: string | null;
}
