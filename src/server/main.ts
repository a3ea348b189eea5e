import { realpathSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { config as loadDotenv } from 'dotenv';
import { createAssistant } from '../createAssistant.ts';
import { CatalogStore } from '../offers/catalogStore.ts';
import { mergeOffers } from '../offers/feed/index.ts';
import { ParseCache, parserFingerprint } from '../offers/parseCache.ts';
import { ParsePool } from '../offers/parsePool.ts';
import { deferWebChannel, type DeferredWebChannel } from '../channels/web/deferredWebChannel.ts';
import { channelRouters } from '../channels/channels.ts';
import { fixedClock, systemClock } from '../time/clock.ts';
import { createApp } from './app.ts';
import { loadConfig, type Config } from './config.ts';
import { createLogger } from './logger.ts';
import { webChannelSecurity } from './securityConfig.ts';
import { httpServerOptions } from './httpServerConfig.ts';
import { startFeedSync } from './feedSync.ts';
import { createStateStorage } from './stateStorage.ts';
import { createObservability } from './observability.ts';
import { shutDown } from './shutdown.ts';
import { RecognizerWorker } from '../nlu/dates/recognizerPool.ts';
import { cacheFolder, resolveSessionSecret } from './sessionSecret.ts';

/** True when both paths name the same existing file (false when one cannot be resolved, e.g. `node -`). */
function isSameFile(a: string, b: string | undefined): boolean {
  try {
    return b !== undefined && realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/** Milliseconds spent in each start-up phase, each from the end of the one before (the first from the process' start). */
function startupPhases() {
  const ms: Record<string, number> = {};
  let last = 0;
  return {
    end(phase: string) {
      const now = performance.now();
      ms[phase] = Math.round(now - last);
      last = now;
    },
    all: () => ms,
  };
}

/** Starts the bot: catalog, assistant, HTTP API, widget and its WebSocket, on one port. */
export async function start(config: Readonly<Config>) {
  const logger = createLogger(config.logLevel);
  const clock = config.now === null ? systemClock : fixedClock(config.now);
  const phases = startupPhases(); // logged with "prêt": where start-up time goes
  phases.end('modules'); // Node's start, the bundle's compilation and evaluation, the configuration
  const fingerprint = config.parseCacheFile === null ? '' : await parserFingerprint();
  const cache =
    config.parseCacheFile === null
      ? new ParseCache()
      : await ParseCache.load(config.parseCacheFile, fingerprint, { logger });
  phases.end('parseCache');
  // One parse pool for the documents of the folder and the PDFs of the feed.
  const pool = new ParsePool();
  const store = await CatalogStore.open({
    dir: config.dataDir,
    clock,
    logger,
    watch: config.watchData,
    cache,
    pool,
    merge: mergeOffers,
  });
  phases.end('catalog');
  const feed =
    config.feedSource === null
      ? null
      : startFeedSync(store, {
          source: config.feedSource,
          intervalMs: config.feedIntervalMs,
          pool,
          documentsDir: join(cacheFolder(config.parseCacheFile), 'feed-documents'),
          logger,
        });
  const state = await createStateStorage(config, clock, logger);
  let savedChanges = 0; // nothing parsed or stamped yet: nothing to write
  let saving: Promise<void> = Promise.resolve();
  /**
   * Rewrites the persisted parse cache only when documents were parsed or
   * stamped since it was last written; a write in flight is awaited (shutdown
   * waits for it). The first write happens once the server listens.
   */
  const saveCache = async () => {
    await saving;
    if (config.parseCacheFile === null || cache.changes === savedChanges) return saving;
    const changes = cache.changes;
    saving = cache.save(config.parseCacheFile, fingerprint).then(
      () => void (savedChanges = changes), // a failed write is tried again at the next call
      (err: unknown) => logger.warn({ err }, 'cache non écrit'),
    );
    await saving;
  };
  let web: DeferredWebChannel | null = null; // loaded once the server listens
  // Off by default: +120 MB and 4 s of warm-up in its thread, for forms the French layer leaves.
  const recognizer =
    config.dateRecognizer === null
      ? null
      : new RecognizerWorker({ timeoutMs: config.dateRecognizer.budgetMs });
  const observability = createObservability({
    config,
    logger,
    clock,
    catalogStatus: () => store.status(),
    webChannelStatus: () => web?.state() ?? 'loading',
    ...(feed ? { feedDocumentsStatus: () => feed.documents.status() } : {}),
    ...(recognizer ? { recognizerStatus: () => recognizer.status() } : {}),
  });
  const loaded = await createAssistant({
    catalog: store,
    intentsDir: config.intentsDir,
    clock,
    storage: state.storage,
    onStorageError: (err) => logger.debug({ err }, 'état de conversation indisponible'),
    onTurn: observability.onTurn,
    ...(recognizer
      ? { recognizeDate: (text: string, today: string) => recognizer.recognize(text, today) }
      : {}),
  });
  const assistant = observability.drain.track(loaded);
  phases.end('assistant');
  logger.info(
    { watch: config.watchData, pinnedNow: config.now?.toISOString() },
    'catalogue en service',
  );

  const app = createApp({
    assistant,
    catalog: () => store.current(),
    config,
    before: observability.before,
    routers: [
      ...observability.routers,
      ...channelRouters(config.channels, {
        assistant,
        logger,
        clock,
        catalog: () => store.current(),
        hold: (work) => observability.drain.hold(work),
        sharedStorage: config.redisUrl === null ? null : state.storage,
      }),
    ],
    onError: (error) => logger.error({ err: error }, 'erreur de requête'),
    catalogStatus: () => store.status(),
    feedback: observability.feedback,
  });
  const server = createServer(httpServerOptions(config), app);
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  // performance.now() counts from the process' start: the start-up time, as an operator sees it.
  phases.end('listen');
  logger.info(
    { port, startupMs: Math.round(performance.now()), phasesMs: phases.all() },
    `prêt : http://localhost:${port}`,
  );
  void saveCache();
  const channel = deferWebChannel({
    server,
    assistant,
    logger,
    ...webChannelSecurity(config, app),
    feedback: observability.feedback,
  });
  web = channel;
  void channel.settled.then(
    () =>
      channel.state() === 'ready' &&
      logger.info({ startupMs: Math.round(performance.now()) }, 'canal web prêt'),
  );

  const stop = () =>
    shutDown({
      server,
      drain: observability.drain,
      graceMs: config.shutdownGraceMs,
      closeSockets: () => channel.close(),
      release: [
        () => feed?.sync.stop(),
        () => store.close(),
        () => pool.close(),
        () => state.close(),
        async () => recognizer?.close(),
        saveCache,
      ],
      logger,
    });
  return { server, port, stop, webChannel: channel };
}

// Compared as real paths: a symlinked release folder or a path with spaces is still this file.
const isEntryPoint = isSameFile(fileURLToPath(import.meta.url), process.argv[1]);
if (isEntryPoint) {
  loadDotenv({ quiet: true });
  let config: Readonly<Config>;
  try {
    config = loadConfig();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(2);
  }
  try {
    const { secret } = await resolveSessionSecret({
      configured: config.sessionSecret,
      production: process.env.NODE_ENV === 'production',
      folder: cacheFolder(config.parseCacheFile),
      logger: createLogger(config.logLevel),
    });
    config = Object.freeze({ ...config, sessionSecret: secret });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(2);
  }
  const running = await start(config);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      setTimeout(() => process.exit(1), config.shutdownGraceMs + 5_000).unref(); // a stuck step never blocks the exit
      void running.stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}
