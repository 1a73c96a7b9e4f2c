import { AppError } from '../../core/errors';

/** 400 on `issuer`, with a reason (and the values) the client words in its own language. */
function issuerRefused(message: string, reason: string, values: Record<string, string> = {}) {
  return new AppError('VALIDATION_FAILED', `The request is invalid: issuer: ${message}`, [
    { field: 'issuer', message, reason, ...values },
  ]);
}

/** The endpoints of a discovery document that better-auth fetches or redirects to. */
const ENDPOINTS = [
  'authorization_endpoint',
  'token_endpoint',
  'jwks_uri',
  'userinfo_endpoint',
  'revocation_endpoint',
  'end_session_endpoint',
  'introspection_endpoint',
] as const;

const withoutSlash = (url: string) => url.replace(/\/+$/, '');

/** `https://idp/tenant/v2.0/` → its discovery document's address. */
export const discoveryUrl = (issuer: string) =>
  `${withoutSlash(issuer)}/.well-known/openid-configuration`;

/**
 * Reads the provider's discovery document and checks that it names `issuer` exactly (trailing
 * slash aside), as the sign-in will: the administrator learns at once, with the reason, on the
 * `issuer` field (400). Returns the origins its endpoints live on, which better-auth must trust.
 */
export async function discoverOrigins(issuer: string, timeoutMs = 5000): Promise<string[]> {
  const url = discoveryUrl(issuer);
  let doc: Record<string, unknown>;
  try {
    const res = await fetch(url, {
      headers: { accept: 'application/json' },
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!res.ok) throw new Error(`it answered HTTP ${res.status}`);
    doc = (await res.json()) as Record<string, unknown>;
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw issuerRefused(
      `the discovery document ${url} could not be read: ${reason}`,
      'unreadable',
      {
        url,
      },
    );
  }
  if (typeof doc.issuer !== 'string' || withoutSlash(doc.issuer) !== withoutSlash(issuer)) {
    throw issuerRefused(
      `the provider's discovery document names the issuer "${String(doc.issuer)}", not "${issuer}": copy the issuer exactly as the provider states it`,
      'issuer_mismatch',
      { discovered: String(doc.issuer) },
    );
  }
  const origins = new Set([new URL(issuer).origin]);
  for (const key of ENDPOINTS) {
    const value = doc[key];
    if (typeof value !== 'string') continue;
    try {
      origins.add(new URL(value, issuer).origin);
    } catch {
      throw issuerRefused(`the discovery document's ${key} is not an address`, 'incomplete', {
        url,
      });
    }
  }
  for (const key of ['authorization_endpoint', 'token_endpoint', 'jwks_uri']) {
    if (typeof doc[key] !== 'string') {
      throw issuerRefused(`the discovery document has no ${key}`, 'incomplete', { url });
    }
  }
  return [...origins];
}
