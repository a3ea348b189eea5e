import type { Logger } from 'pino';
import { BoundedMemoryStorage } from '../dialog/state/boundedMemoryStorage.ts';
import type { Storage } from '../dialog/state/storage.ts';
import type { Clock } from '../time/clock.ts';
import type { Config } from './config.ts';

/** The conversation storage the configuration asks for, and how to let it go. */
export async function createStateStorage(
  config: Pick<Config, 'redisUrl' | 'stateTtlMs' | 'stateMaxConversations'>,
  clock: Clock,
  logger: Logger,
): Promise<{ storage: Storage; close(): void }> {
  if (config.redisUrl === null) {
    const storage = new BoundedMemoryStorage({
      ttlMs: config.stateTtlMs,
      maxItems: config.stateMaxConversations,
      clock,
    });
    return { storage, close: () => {} };
  }
  // Imported only when asked for: ioredis is ~0.4 MB of code a single instance never runs.
  const [{ connectRedis, redisReady }, { RedisStorage }] = await Promise.all([
    import('../dialog/state/redisClient.ts'),
    import('../dialog/state/redisStorage.ts'),
  ]);
  let lastError = '';
  const client = connectRedis(config.redisUrl, (error) => {
    if (error.message !== lastError)
      logger.warn({ reason: error.message }, 'Redis indisponible : réponses sans contexte');
    lastError = error.message;
  });
  client.on('ready', () => {
    if (lastError !== '') logger.info('Redis de retour');
    lastError = '';
  });
  if (!(await redisReady(client)))
    logger.warn('Redis injoignable au démarrage : le bot répond sans contexte en attendant');
  return {
    storage: new RedisStorage(client, { prefix: 'avp:state:', ttlMs: config.stateTtlMs }),
    close: () => client.disconnect(),
  };
}
