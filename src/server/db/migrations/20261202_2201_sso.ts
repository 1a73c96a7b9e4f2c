import type { Kysely } from 'kysely';
import { isPostgres } from './dialect';

/**
 * Single sign-on with OpenID Connect per e-mail domain (issue 19, docs/adr/0021).
 *
 * `ssoProvider` is the table @better-auth/sso reads at sign-in (its own camelCase column names,
 * like the other better-auth tables of 0001), with the columns the administrator's page adds:
 * display name, the provider's origins (trusted for its discovery, token and key requests),
 * revision and times. Only the administrator's API writes it. `userId` names the administrator
 * who added it and is deliberately no foreign key: removing that account keeps the provider.
 *
 * `sso_domains` makes an e-mail domain belong to one provider at most (its primary key).
 * `sso_reauth` holds the re-authentications a signer without a password asked for before
 * signing a version: answered when the provider's ID token shows a login after the request.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const bool = isPostgres(db) ? 'boolean' : 'integer';
  await db.schema
    .createTable('ssoProvider')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('providerId', 'text', (c) => c.notNull().unique())
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('domain', 'text', (c) => c.notNull())
    .addColumn('domainVerified', bool)
    .addColumn('oidcConfig', 'text')
    .addColumn('samlConfig', 'text')
    .addColumn('userId', 'text')
    .addColumn('organizationId', 'text')
    .addColumn('displayName', 'text', (c) => c.notNull())
    .addColumn('origins', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .addColumn('updatedAt', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('sso_domains')
    .addColumn('domain', 'text', (c) => c.primaryKey())
    .addColumn('provider_id', 'text', (c) =>
      c.notNull().references('ssoProvider.providerId').onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createTable('sso_reauth')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('provider_id', 'text', (c) => c.notNull())
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('authenticated_at', 'text')
    .addColumn('used_at', 'text')
    .execute();
  await db.schema.createIndex('sso_reauth_user_idx').on('sso_reauth').column('user_id').execute();
}
