import { sso } from '@better-auth/sso';
import type { Kysely } from 'kysely';
import { AppError } from '../../core/errors';
import type { DB } from '../../db/schema';
import {
  answerSsoReauth,
  consumeSsoReauth,
  findSsoProvider,
  listSsoOrigins,
} from './sso.repository';

/** How long a re-authentication request stays open, and how far provider clocks may differ. */
export const REAUTH_WINDOW_MS = 10 * 60 * 1000;

/**
 * An account without a password proves it is the person with a fresh login at its identity
 * provider: `reauthId` must be a request of this user, answered by the provider, unused and
 * at most REAUTH_WINDOW_MS old. It is used here (call it inside the transaction of the act it
 * confirms, so a refused act leaves it for the next try); 401 REAUTHENTICATION_REQUIRED else.
 */
export async function consumeFreshSsoLogin(
  db: Kysely<DB>,
  input: { reauthId: string; userId: string; now: Date; to: string },
): Promise<void> {
  const used = await consumeSsoReauth(db, {
    id: input.reauthId,
    userId: input.userId,
    since: new Date(input.now.getTime() - REAUTH_WINDOW_MS).toISOString(),
    at: input.now.toISOString(),
  });
  if (!used) {
    throw new AppError(
      'REAUTHENTICATION_REQUIRED',
      `Log in again at your organisation's sign-in service to ${input.to}: the last login there is missing, used or older than 10 minutes.`,
    );
  }
}
const CLOCK_SKEW_MS = 60 * 1000;

/** The paths of better-auth's own SSO endpoints that the app passes through (sso.routes.ts). */
const SSO_PATH = /^\/api\/auth\/(sign-in\/sso|sso\/callback\/)/;

/** The e-mail's domain, lower case ("" when there is none). */
export const emailDomain = (email: string) => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

/** The claims of an ID token the plugin has just verified (signature, issuer, audience). */
function verifiedClaims(idToken: string | undefined): Record<string, unknown> {
  const payload = idToken?.split('.')[1];
  if (!payload) return {};
  try {
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return {};
  }
}

/**
 * better-auth's options for single sign-on with OpenID Connect per e-mail domain
 * (docs/adr/0021): @better-auth/sso reads the providers the administrator saved; its own
 * management endpoints are never mounted (and its registration is off), so no one else can add
 * a provider. A provider may only vouch for addresses in its own domains (`validateUserInfo`);
 * its login links to an existing account of the same address only when that account's address
 * is confirmed or the instance confirms nothing (no SMTP); a provider's login confirms the
 * address; and each login answers the signer's open re-authentication requests.
 */
export function ssoAuthOptions(
  db: Kysely<DB>,
  options: {
    /** SMTP is set: an unconfirmed account is not linked to a provider's login. */
    emailVerificationRequired: boolean;
    /** A user row changed outside better-auth: cached sessions must forget it. */
    onUserChanged: (userId: string) => void;
    /** Marks the address confirmed if it was not (a conditional UPDATE): true when it changed. */
    confirmEmail: (userId: string) => Promise<boolean>;
    now: () => Date;
  },
) {
  return {
    plugins: [
      sso({
        // The administrator's save is the domain's verification (sso-admin.service.ts).
        domainVerification: { enabled: true },
        providersLimit: 0,
        // The administrator's columns (migration 2201), declared so better-auth's schema check
        // knows them; only sso-admin.service.ts writes them.
        schema: {
          ssoProvider: {
            additionalFields: {
              displayName: { type: 'string', required: true, input: false },
              origins: { type: 'string', required: true, input: false },
              revision: { type: 'number', required: true, input: false },
              createdAt: { type: 'string', required: true, input: false },
              updatedAt: { type: 'string', required: true, input: false },
            },
          },
        },
        provisionUserOnEveryLogin: true,
        provisionUser: async ({ user, token, provider }) => {
          if (await options.confirmEmail(user.id)) {
            options.onUserChanged(user.id);
          }
          const authTime = Number(verifiedClaims(token?.idToken).auth_time);
          if (!Number.isFinite(authTime) || authTime <= 0) return;
          const now = options.now().getTime();
          await answerSsoReauth(db, {
            userId: user.id,
            providerId: provider.providerId,
            authTime: new Date(authTime * 1000).toISOString(),
            notBefore: new Date(authTime * 1000 + CLOCK_SKEW_MS).toISOString(),
            since: new Date(now - REAUTH_WINDOW_MS).toISOString(),
          });
        },
      }),
    ],
    // Only the SSO requests look providers up: every other request trusts nothing more.
    trustedOrigins: async (request?: Request) =>
      request && SSO_PATH.test(new URL(request.url).pathname) ? listSsoOrigins(db) : [],
    user: {
      validateUserInfo: async ({
        user,
        source,
      }: {
        user: { email?: string | null };
        source: { method: string; sso?: { providerId: string } };
      }) => {
        if (source.method !== 'sso-oidc' || !source.sso) return;
        const provider = await findSsoProvider(db, source.sso.providerId);
        const domains = provider?.domain.split(',') ?? [];
        if (!user.email || !domains.includes(emailDomain(user.email))) {
          return {
            error: 'email_domain_mismatch',
            errorDescription: 'The provider signed in an address outside its domains.',
          };
        }
      },
    },
    account: {
      accountLinking: {
        enabled: true,
        requireLocalEmailVerified: options.emailVerificationRequired,
      },
    },
    onAPIError: { errorURL: '/logga-in' },
  } satisfies Record<string, unknown>;
}
