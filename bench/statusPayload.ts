/**
 * `npx tsx bench/statusPayload.ts [-- --rows 100000]`: `GET /api/status` with a feed of N bad
 * rows. Prints the first `store.status()` after a swap and the old whole payload, then per call
 * (median of 5) the store's status, the public and admin payloads (bytes, ms), and the whole
 * request over HTTP on 127.0.0.1.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { publicStatus, statusDetails } from '../src/offers/catalogStatus.ts';
import { CatalogStore } from '../src/offers/catalogStore.ts';
import { createApp } from '../src/server/app.ts';
import { systemClock } from '../src/time/clock.ts';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '100000' } } });
const rows = Number(values.rows);
const TOKEN = 'bench-admin-token-of-at-least-24-chars';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
function timed<T>(run: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = run();
  return { ms: performance.now() - start, value };
}

const store = await CatalogStore.open({
  dir: 'data/offers',
  clock: systemClock,
  logger: pino({ level: 'silent' }),
  watch: false,
});
await store.setExtraOffers(
  [],
  Array.from({ length: rows }, (_, i) => ({
    path: `feed:opendata.csv#${i + 2}`,
    reason: `ligne ${i + 2} : CSV mal formé (${'Invalid Closing Quote '.repeat(10)})`,
  })),
);
const app = createApp({
  assistant: { ask: () => Promise.reject(new Error('unused')) },
  config: {
    sessionSecret: null,
    trustProxy: false,
    adminToken: TOKEN,
    httpRateLimitPerMinute: 1e6,
  },
  catalogStatus: () => store.status(),
});
const server = http.createServer(app);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/status`;

const get = async (admin: boolean) => {
  const start = performance.now();
  const res = await fetch(url, admin ? { headers: { Authorization: `Bearer ${TOKEN}` } } : {});
  const bytes = (await res.arrayBuffer()).byteLength;
  return { ms: performance.now() - start, bytes };
};

const samples: Record<string, number[]> = {};
const note = (name: string, ms: number) => {
  samples[name] = [...(samples[name] ?? []), ms];
};
note('first store.status() after a swap', timed(() => store.status()).ms);
const whole = timed(() => JSON.stringify(store.status()));
note('whole status as JSON (the old payload)', whole.ms);
let sizes = { full: whole.value.length, public: 0, admin: 0 };
for (let i = 0; i < 5; i += 1) {
  const status = timed(() => store.status());
  note('store.status()', status.ms);
  const pub = timed(() => JSON.stringify(publicStatus(status.value)));
  note('public payload', pub.ms);
  const admin = timed(() => JSON.stringify(statusDetails(status.value)));
  note('admin details', admin.ms);
  const overHttp = await get(false);
  note('GET public over HTTP', overHttp.ms);
  const adminHttp = await get(true);
  note('GET admin over HTTP', adminHttp.ms);
  sizes = { ...sizes, public: overHttp.bytes, admin: adminHttp.bytes };
}
console.log(
  `${rows} problems; bytes: whole ${sizes.full}, public ${sizes.public}, admin ${sizes.admin}`,
);
for (const [name, ms] of Object.entries(samples))
  console.log(`${name.padEnd(32)} ${median(ms).toFixed(1)} ms (median of ${ms.length})`);
server.close();
await store.close();
