import type {
  CreateIdentityProvider,
  IdentityProvider,
  UpdateIdentityProvider,
} from '../../../contracts/identity-providers';
import { isoNow, type ServiceContext } from '../../core/context';
import { AppError, notFound, staleRevision } from '../../core/errors';
import { insertAuditEvent } from '../audit/audit.repository';
import { discoverOrigins, discoveryUrl } from './discovery';
import {
  deleteSsoProvider,
  findDomainsOfOtherProviders,
  findSsoProvider,
  insertSsoProvider,
  listSsoProviders,
  replaceSsoDomains,
  type SsoProviderRow,
  updateSsoProvider,
} from './sso.repository';

/** The scopes asked for: who the person is and their address; no refresh tokens. */
const SCOPES = ['openid', 'email', 'profile'];

interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  discoveryEndpoint: string;
  pkce: true;
  scopes: string[];
}

/** The address the provider sends people back to (registered there as the redirect URI). */
export const callbackPath = (providerId: string) => `/api/auth/sso/callback/${providerId}`;

/** The provider as the API shows it: everything but the client secret. */
export function toIdentityProvider(row: SsoProviderRow, origin: string): IdentityProvider {
  const config = JSON.parse(row.oidcConfig ?? '{}') as Partial<OidcConfig>;
  return {
    id: row.providerId,
    displayName: row.displayName,
    domains: row.domain.split(','),
    issuer: row.issuer,
    clientId: config.clientId ?? '',
    clientSecretSaved: true,
    // As better-auth builds it: the URL's origin (a default port is dropped).
    redirectUri: `${new URL(origin).origin}${callbackPath(row.providerId)}`,
    revision: row.revision,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

const oidcConfig = (input: { issuer: string; clientId: string }, clientSecret: string) =>
  JSON.stringify({
    issuer: input.issuer,
    clientId: input.clientId,
    clientSecret,
    // No endpoints stored: better-auth reads the discovery document at every sign-in, so a
    // provider whose issuer no longer matches is refused then, with the reason.
    discoveryEndpoint: discoveryUrl(input.issuer),
    pkce: true,
    scopes: SCOPES,
  } satisfies OidcConfig);

/**
 * `kommun-a.se` → `kommun-a-se`: the redirect URI can be registered at the provider before
 * saving; when that id is taken (the domain moved between providers), a random suffix.
 */
async function newProviderId(ctx: ServiceContext, domain: string): Promise<string> {
  const base = domain.replace(/[^a-z0-9]+/g, '-').slice(0, 50);
  return (await findSsoProvider(ctx.db, base))
    ? `${base}-${crypto.randomUUID().slice(0, 6)}`
    : base;
}

async function refuseTakenDomains(ctx: ServiceContext, providerId: string, domains: string[]) {
  const taken = await findDomainsOfOtherProviders(ctx.db, providerId, domains);
  if (taken.length > 0) {
    throw new AppError(
      'CONFLICT',
      `Another identity provider already signs in ${taken.join(', ')}: an e-mail domain has one provider.`,
      [{ field: 'domains', message: `already used by another provider: ${taken.join(', ')}` }],
    );
  }
}

/** Every identity provider (instance administrators). */
export async function listIdentityProviders(ctx: ServiceContext, origin: string) {
  return (await listSsoProviders(ctx.db)).map((row) => toIdentityProvider(row, origin));
}

/**
 * Adds an identity provider for e-mail domains (instance administrators): its discovery
 * document must name the issuer typed (400 on `issuer` otherwise); a domain another provider
 * holds is refused (409). Saved with its domains and an audit event in one transaction.
 */
export async function createIdentityProvider(
  ctx: ServiceContext,
  input: CreateIdentityProvider,
  origin: string,
): Promise<IdentityProvider> {
  const origins = await discoverOrigins(input.issuer);
  const at = isoNow(ctx.clock);
  const providerId = await newProviderId(ctx, input.domains[0]!);
  const row: SsoProviderRow = {
    id: crypto.randomUUID(),
    providerId,
    issuer: input.issuer,
    domain: input.domains.join(','),
    domainVerified: true,
    oidcConfig: oidcConfig(input, input.clientSecret),
    samlConfig: null,
    userId: ctx.user.id,
    organizationId: null,
    displayName: input.displayName,
    origins: JSON.stringify(origins),
    revision: 1,
    createdAt: at,
    updatedAt: at,
  };
  await ctx.db.transaction().execute(async (trx) => {
    const inTrx = { ...ctx, db: trx };
    await refuseTakenDomains(inTrx, providerId, input.domains);
    await insertSsoProvider(trx, row);
    await replaceSsoDomains(trx, providerId, input.domains);
    await insertAuditEvent(trx, {
      collaborationId: null,
      userId: ctx.user.id,
      action: 'admin.identity_provider_create',
      targetType: 'identity_provider',
      targetId: providerId,
      summary: `identity provider "${input.displayName}" added for ${input.domains.join(', ')} (issuer ${input.issuer})`,
      params: { name: input.displayName, domains: input.domains.join(', ') },
      at,
    });
  });
  return toIdentityProvider(row, origin);
}

/**
 * Changes an identity provider (instance administrators); the client secret stays unless a
 * new one is sent. Checked against the discovery document like a new one; a stale
 * `baseRevision` answers 409 STALE_REVISION with the provider as it stands.
 */
export async function updateIdentityProvider(
  ctx: ServiceContext,
  providerId: string,
  input: UpdateIdentityProvider,
  origin: string,
): Promise<IdentityProvider> {
  const existing = await findSsoProvider(ctx.db, providerId);
  if (!existing) throw notFound('The identity provider');
  const origins = await discoverOrigins(input.issuer);
  const at = isoNow(ctx.clock);
  const saved = JSON.parse(existing.oidcConfig ?? '{}') as Partial<OidcConfig>;
  const updated = await ctx.db.transaction().execute(async (trx) => {
    const row = await updateSsoProvider(trx, providerId, input.baseRevision, {
      issuer: input.issuer,
      domain: input.domains.join(','),
      oidcConfig: oidcConfig(input, input.clientSecret ?? saved.clientSecret ?? ''),
      displayName: input.displayName,
      origins: JSON.stringify(origins),
      updatedAt: at,
    });
    if (!row) {
      const current = await findSsoProvider(trx, providerId);
      if (!current) throw notFound('The identity provider');
      throw staleRevision('The identity provider', toIdentityProvider(current, origin));
    }
    await refuseTakenDomains({ ...ctx, db: trx }, providerId, input.domains);
    await replaceSsoDomains(trx, providerId, input.domains);
    await insertAuditEvent(trx, {
      collaborationId: null,
      userId: ctx.user.id,
      action: 'admin.identity_provider_update',
      targetType: 'identity_provider',
      targetId: providerId,
      summary: `identity provider "${input.displayName}" changed: ${input.domains.join(', ')}, issuer ${input.issuer}${input.clientSecret ? ', new client secret' : ''}`,
      params: { name: input.displayName, domains: input.domains.join(', ') },
      at,
    });
    return row;
  });
  return toIdentityProvider(updated, origin);
}

/**
 * Removes an identity provider (instance administrators). The accounts that signed in through
 * it stay, with their memberships; without a password they sign in again once a provider
 * for their domain is added (linked by address) or after a password-reset link.
 */
export async function deleteIdentityProvider(ctx: ServiceContext, providerId: string) {
  const at = isoNow(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await findSsoProvider(trx, providerId);
    if (!existing || !(await deleteSsoProvider(trx, providerId))) {
      throw notFound('The identity provider');
    }
    await insertAuditEvent(trx, {
      collaborationId: null,
      userId: ctx.user.id,
      action: 'admin.identity_provider_delete',
      targetType: 'identity_provider',
      targetId: providerId,
      summary: `identity provider "${existing.displayName}" removed (${existing.domain.replaceAll(',', ', ')})`,
      params: { name: existing.displayName, domains: existing.domain.replaceAll(',', ', ') },
      at,
    });
  });
}
