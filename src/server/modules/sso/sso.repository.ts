import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

/** better-auth's SSO plugin table (its own camelCase columns) with the administrator's columns. */
export interface SsoProviderRow {
  id: string;
  providerId: string;
  issuer: string;
  /** comma-separated, as the plugin reads it */
  domain: string;
  domainVerified: boolean | number | null;
  /** JSON: issuer, clientId, clientSecret, discoveryEndpoint, pkce, scopes */
  oidcConfig: string | null;
  samlConfig: string | null;
  userId: string | null;
  organizationId: string | null;
  displayName: string;
  /** JSON array of the origins its discovery named */
  origins: string;
  revision: number;
  createdAt: string;
  updatedAt: string;
}
interface PluginTables {
  ssoProvider: SsoProviderRow;
  account: { userId: string; providerId: string; password: string | null };
}

// better-auth's tables keep its own camelCase column names: query them without the plugin.
const raw = (db: Kysely<DB>) => db.withoutPlugins() as unknown as Kysely<PluginTables>;

export async function listSsoProviders(db: Kysely<DB>): Promise<SsoProviderRow[]> {
  return raw(db).selectFrom('ssoProvider').selectAll().orderBy('displayName').execute();
}

export async function findSsoProvider(db: Kysely<DB>, providerId: string) {
  return raw(db)
    .selectFrom('ssoProvider')
    .selectAll()
    .where('providerId', '=', providerId)
    .executeTakeFirst();
}

/** The provider an e-mail domain signs in through, if any. */
export async function findSsoProviderByDomain(db: Kysely<DB>, domain: string) {
  const row = await db
    .selectFrom('ssoDomains')
    .select('providerId')
    .where('domain', '=', domain)
    .executeTakeFirst();
  return row ? findSsoProvider(db, row.providerId) : undefined;
}

export async function insertSsoProvider(db: Kysely<DB>, row: SsoProviderRow): Promise<void> {
  await raw(db).insertInto('ssoProvider').values(row).execute();
}

/** Writes the change when the stored revision is `baseRevision` (any, without it); the new row. */
export async function updateSsoProvider(
  db: Kysely<DB>,
  providerId: string,
  baseRevision: number | undefined,
  change: Pick<
    SsoProviderRow,
    'issuer' | 'domain' | 'oidcConfig' | 'displayName' | 'origins' | 'updatedAt'
  >,
) {
  let query = raw(db)
    .updateTable('ssoProvider')
    .set((eb) => ({ ...change, revision: eb('revision', '+', 1) }))
    .where('providerId', '=', providerId);
  if (baseRevision !== undefined) query = query.where('revision', '=', baseRevision);
  return query.returningAll().executeTakeFirst();
}

export async function deleteSsoProvider(db: Kysely<DB>, providerId: string): Promise<boolean> {
  await db.deleteFrom('ssoDomains').where('providerId', '=', providerId).execute();
  const result = await raw(db)
    .deleteFrom('ssoProvider')
    .where('providerId', '=', providerId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The provider's domains become exactly `domains`; a domain held by another provider throws. */
export async function replaceSsoDomains(db: Kysely<DB>, providerId: string, domains: string[]) {
  await db.deleteFrom('ssoDomains').where('providerId', '=', providerId).execute();
  await db
    .insertInto('ssoDomains')
    .values(domains.map((domain) => ({ domain, providerId })))
    .execute();
}

/** Which of `domains` another provider already holds. */
export async function findDomainsOfOtherProviders(
  db: Kysely<DB>,
  providerId: string,
  domains: string[],
): Promise<string[]> {
  const rows = await db
    .selectFrom('ssoDomains')
    .select('domain')
    .where('domain', 'in', domains)
    .where('providerId', '!=', providerId)
    .execute();
  return rows.map((r) => r.domain);
}

/** Every origin of every provider: better-auth trusts these for the SSO requests only. */
export async function listSsoOrigins(db: Kysely<DB>): Promise<string[]> {
  const rows = await raw(db).selectFrom('ssoProvider').select('origins').execute();
  return rows.flatMap((r) => JSON.parse(r.origins) as string[]);
}

/** The SSO provider the account signs in with, when it has no password. */
export async function findSsoOnlyProviderOfUser(db: Kysely<DB>, userId: string) {
  const accounts = await raw(db)
    .selectFrom('account')
    .select(['providerId', 'password'])
    .where('userId', '=', userId)
    .execute();
  if (accounts.some((a) => a.providerId === 'credential' && a.password)) return undefined;
  const ids = accounts.map((a) => a.providerId);
  if (ids.length === 0) return undefined;
  return raw(db)
    .selectFrom('ssoProvider')
    .select(['providerId', 'displayName'])
    .where('providerId', 'in', ids)
    .orderBy('displayName')
    .executeTakeFirst();
}

export async function insertSsoReauth(
  db: Kysely<DB>,
  row: { id: string; userId: string; providerId: string; requestedAt: string },
): Promise<void> {
  await db
    .insertInto('ssoReauth')
    .values({ ...row, authenticatedAt: null, usedAt: null })
    .execute();
}

/**
 * A login at the provider came back for the user: answers their open requests made before
 * `authTime` (with a minute for clocks that differ) and not longer than `since` ago.
 */
export async function answerSsoReauth(
  db: Kysely<DB>,
  input: { userId: string; providerId: string; authTime: string; notBefore: string; since: string },
): Promise<void> {
  await db
    .updateTable('ssoReauth')
    .set({ authenticatedAt: input.authTime })
    .where('userId', '=', input.userId)
    .where('providerId', '=', input.providerId)
    .where('authenticatedAt', 'is', null)
    .where('requestedAt', '<=', input.notBefore)
    .where('requestedAt', '>=', input.since)
    .execute();
}

/** Uses an answered re-authentication once (the condition is in the UPDATE): true when it did. */
export async function consumeSsoReauth(
  db: Kysely<DB>,
  input: { id: string; userId: string; since: string; at: string },
): Promise<boolean> {
  const result = await db
    .updateTable('ssoReauth')
    .set({ usedAt: input.at })
    .where('id', '=', input.id)
    .where('userId', '=', input.userId)
    .where('usedAt', 'is', null)
    .where('authenticatedAt', 'is not', null)
    .where('requestedAt', '>=', input.since)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
