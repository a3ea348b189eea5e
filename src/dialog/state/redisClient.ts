import { Redis } from 'ioredis';

/**
 * A Redis client that fails fast instead of queueing while the server is
 * away (the bot then answers without context) and keeps reconnecting, so it
 * recovers by itself when the server returns.
 */
export function connectRedis(url: string, onError: (error: Error) => void = () => {}): Redis {
  const client = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 1_000,
    commandTimeout: 1_000,
    retryStrategy: (times) => Math.min(100 * times, 2_000),
  });
  client.on('error', onError);
  return client;
}

/** Waits until the client is ready, at most `timeoutMs`; true when it is. */
export async function redisReady(client: Redis, timeoutMs = 2_000): Promise<boolean> {
  if (client.status === 'ready') return true;
  return new Promise((resolve) => {
    const timer = setTimeout(() => done(false), timeoutMs);
    const onReady = () => done(true);
    function done(ready: boolean) {
      clearTimeout(timer);
      client.off('ready', onReady);
      resolve(ready);
    }
    client.on('ready', onReady);
  });
}
