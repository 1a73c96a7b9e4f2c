import { z } from 'zod';
import { ZIsoDateTime } from './common';

/** An e-mail domain as typed after the @: lower case, letters, digits, dots and hyphens. */
export const ZEmailDomain = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, {
    message: 'must be an e-mail domain such as kommun-a.se',
  });

/** The issuer exactly as the provider's discovery document names it (https, or http locally). */
const ZIssuer = z
  .string()
  .trim()
  .max(500)
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return (url.protocol === 'https:' || url.protocol === 'http:') && !url.search && !url.hash;
      } catch {
        return false;
      }
    },
    { message: 'must be the issuer URL, e.g. https://login.microsoftonline.com/<tenant>/v2.0' },
  );

const fields = {
  /** What the sign-in button says: "Logga in med <displayName>". */
  displayName: z.string().trim().min(1).max(100),
  /** The e-mail domains whose people sign in through this provider (each one provider at most). */
  domains: z
    .array(ZEmailDomain)
    .min(1)
    .max(20)
    .refine((list) => new Set(list).size === list.length, { message: 'lists a domain twice' }),
  issuer: ZIssuer,
  clientId: z.string().trim().min(1).max(300),
};

/** A new identity provider (instance administrators). */
export const ZCreateIdentityProvider = z
  .object({ ...fields, clientSecret: z.string().min(1).max(2000) })
  .strict();
export type CreateIdentityProvider = z.infer<typeof ZCreateIdentityProvider>;

/** A change; without `clientSecret` the saved secret is kept. */
export const ZUpdateIdentityProvider = z
  .object({
    ...fields,
    clientSecret: z.string().min(1).max(2000).optional(),
    baseRevision: z.number().int().min(1).optional(),
  })
  .strict();
export type UpdateIdentityProvider = z.infer<typeof ZUpdateIdentityProvider>;

/** An identity provider as the API shows it: the client secret is never returned. */
export const ZIdentityProvider = z.object({
  id: z.string(),
  displayName: z.string(),
  domains: z.array(z.string()),
  issuer: z.string(),
  clientId: z.string(),
  /** A client secret is saved (it is never sent back). */
  clientSecretSaved: z.literal(true),
  /** The address to register at the provider as the redirect (callback) URI. */
  redirectUri: z.string(),
  revision: z.number().int(),
  createdAt: ZIsoDateTime,
  updatedAt: ZIsoDateTime,
});
export type IdentityProvider = z.infer<typeof ZIdentityProvider>;

export const ZIdentityProviderList = z.object({ providers: z.array(ZIdentityProvider) });
export const ZIdentityProviderParams = z.object({ providerId: z.string().min(1).max(64) });

/** Which provider, if any, an e-mail domain signs in through (the sign-in page asks). */
export const ZSsoLookupQuery = z.object({ domain: z.string().trim().min(1).max(253) });
export const ZSsoLookup = z.object({
  provider: z.object({ id: z.string(), displayName: z.string() }).nullable(),
});

/** Start signing in through the provider of the address's domain. */
export const ZSsoSignIn = z
  .object({
    email: z.email().max(254),
    /** Where to land after signing in: a path of this app ("/…"), the start page by default. */
    returnTo: z.string().max(500).optional(),
  })
  .strict();
export const ZSsoRedirect = z.object({ url: z.string() });

/** How the signed-in person re-authenticates before signing a version. */
export const ZReauthMethod = z.object({
  method: z.enum(['password', 'sso']),
  /** For `sso`: the provider's display name ("Logga in igen hos <providerName>"). */
  providerName: z.string().nullable(),
});
export type ReauthMethod = z.infer<typeof ZReauthMethod>;

/** Start a re-authentication at the provider; come back to `returnTo` with `?reauth=<id>`. */
export const ZSsoReauthStart = z.object({ returnTo: z.string().min(1).max(500) }).strict();
