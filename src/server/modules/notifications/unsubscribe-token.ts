import { createHmac, timingSafeEqual } from 'node:crypto';
import { NOTICE_KINDS, type NoticeKind } from '../../../contracts/notifications';

/**
 * The one-click unsubscribe link of every reminder mail: user and kind, signed with the app's
 * secret (HMAC-SHA256, 128 bits kept), so the link works without signing in and cannot be
 * forged for someone else. Short enough for one URL segment (at most 100 characters).
 */
const sign = (secret: string, userId: string, kind: string) =>
  createHmac('sha256', secret)
    .update(`unsubscribe:${userId}:${kind}`)
    .digest('base64url')
    .slice(0, 22);

export function unsubscribeToken(secret: string, userId: string, kind: NoticeKind): string {
  return `${userId}.${NOTICE_KINDS.indexOf(kind)}.${sign(secret, userId, kind)}`;
}

export function readUnsubscribeToken(
  secret: string,
  token: string,
): { userId: string; kind: NoticeKind } | null {
  const parts = token.split('.');
  if (parts.length < 3) return null;
  const mac = parts.pop()!;
  const kind = NOTICE_KINDS[Number(parts.pop())];
  const userId = parts.join('.');
  if (!kind || !userId) return null;
  const expected = Buffer.from(sign(secret, userId, kind));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return { userId, kind };
}
