import { Redis } from 'ioredis';

/**
 * The shared Redis connection (REDIS_URL): rate-limit counters shared by every app process.
 * Commands fail fast instead of queueing for ever while Redis is away, so /readyz and the
 * rate limiter answer instead of hanging.
 */
export function openRedis(url: string, keyPrefix: string): Redis {
  return new Redis(url, {
    lazyConnect: false,
    enableOfflineQueue: true,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    // A key prefix keeps Samrutin's keys apart when the Redis server is shared.
    keyPrefix,
  });
}

/** True when Redis answers PING within the timeout. */
export async function isRedisReachable(redis: Redis, timeoutMs = 1000): Promise<boolean> {
  try {
    const answer = await Promise.race([
      redis.ping(),
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error('timeout')), timeoutMs).unref(),
      ),
    ]);
    return answer === 'PONG';
  } catch {
    return false;
  }
}
