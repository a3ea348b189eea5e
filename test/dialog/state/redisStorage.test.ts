import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import { connectRedis, redisReady } from '../../../src/dialog/state/redisClient.ts';
import { RedisStorage } from '../../../src/dialog/state/redisStorage.ts';
import { StateStore } from '../../../src/dialog/state/stateStore.ts';
import {
  CREATE_ONLY,
  StorageConflictError,
  type Storage,
} from '../../../src/dialog/state/storage.ts';
import { emptyState } from '../../../src/dialog/state/conversationState.ts';
import { RedisServer } from '../../redisServer.ts';

let server: RedisServer;
const clients: Redis[] = [];

async function storage(ttlMs = 60_000): Promise<RedisStorage> {
  const client = connectRedis(server.url);
  clients.push(client);
  expect(await redisReady(client)).toBe(true);
  return new RedisStorage(client, { prefix: 'test:', ttlMs });
}

beforeAll(async () => {
  server = await RedisServer.start();
});

afterAll(async () => {
  for (const c of clients) c.disconnect();
  await server.stop();
});

describe('the Redis storage (a real redis-server)', () => {
  it('reads back what it wrote, with an eTag, from another client', async () => {
    await (await storage()).write({ a: { state: { focus: 'x' } } });
    const read = await (await storage()).read(['a', 'none']);
    expect(read.a).toMatchObject({ state: { focus: 'x' } });
    expect(read.a?.eTag).toBeTypeOf('string');
    expect(read.none).toBeUndefined();
  });

  it('checks eTags atomically: stale writes and second creations conflict', async () => {
    const s = await storage();
    await s.write({ b: { n: 1, eTag: CREATE_ONLY } });
    await expect(s.write({ b: { n: 2, eTag: CREATE_ONLY } })).rejects.toBeInstanceOf(
      StorageConflictError,
    );
    const { eTag } = (await s.read(['b'])).b!;
    await s.write({ b: { n: 2, eTag } });
    await expect(s.write({ b: { n: 3, eTag } })).rejects.toBeInstanceOf(StorageConflictError);
  });

  it('lets items expire', async () => {
    const s = await storage(150);
    await s.write({ c: { n: 1 } });
    expect(await s.read(['c'])).toHaveProperty('c');
    await new Promise((r) => setTimeout(r, 400));
    expect(await s.read(['c'])).toEqual({});
  });

  it('loses no update when two instances race on one conversation', async () => {
    // Both instances read before either writes: one write conflicts and is replayed.
    const a = new StateStore(await storage());
    const b = new StateStore(await storage());
    const increment = async (store: StateStore, gate: Promise<void>, ready: () => void) => {
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const loaded = await store.load('race');
        ready();
        await gate;
        const count = loaded.state.lastList.length;
        const outcome = await store.save(
          'race',
          { ...loaded.state, lastList: [...loaded.state.lastList, `turn-${count}`] },
          loaded.eTag,
        );
        if (outcome === 'saved') return;
      }
      throw new Error('never saved');
    };
    let readers = 0;
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const ready = () => {
      readers += 1;
      if (readers === 2) open();
    };
    await Promise.all([increment(a, gate, ready), increment(b, gate, ready)]);
    expect((await a.load('race')).state.lastList).toEqual(['turn-0', 'turn-1']);
  });

  it('answers without context while Redis is down, and recovers when it returns', async () => {
    const errors: unknown[] = [];
    const store = new StateStore((await storage()) as Storage, (e) => errors.push(e));
    await store.save('down', { ...emptyState(), focus: '3134-25-0833/SR' }, undefined);
    await server.stop();
    const during = await store.load('down');
    expect(during).toMatchObject({ available: false, state: emptyState() });
    expect(errors.length).toBeGreaterThan(0);
    await server.resume();
    let after = await store.load('down');
    for (let i = 0; i < 50 && !after.available; i += 1) {
      await new Promise((r) => setTimeout(r, 100));
      after = await store.load('down');
    }
    expect(after.available).toBe(true);
    expect(after.state.focus).toBeNull(); // the restarted server kept nothing (no persistence)
    expect(await store.save('down', { ...emptyState(), focus: 'x' }, after.eTag)).toBe('saved');
  });
});
