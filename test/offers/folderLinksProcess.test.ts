import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { symlink } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyOfSeedOffers } from './storeHelpers.ts';

/** Resident memory of a process, in MB (Linux). */
function rssMb(pid: number): number {
  const kb = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) / 1024;
}

/** The admin token of the spawned server: the status's details (paths, reasons) are behind it. */
const ADMIN = 'jeton-admin-de-test-assez-long';
let child: ChildProcess | undefined;
let removeData: (() => Promise<void>) | undefined;

afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await removeData?.();
});

describe('loop links in DATA_DIR (real process, production bundle)', () => {
  it('starts, stays up and answers, reports the link, and its memory stays bounded', async () => {
    const data = await copyOfSeedOffers();
    removeData = data.remove;
    // Two loops: their paths multiply (loop/boucle/loop/…), as one loop does over 20,000 offers.
    await symlink('.', join(data.dir, 'loop'));
    await symlink('.', join(data.dir, 'boucle'));
    const server = spawn(process.execPath, ['--max-old-space-size=240', 'dist/main.mjs'], {
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
        DATA_DIR: data.dir,
        WATCH_DATA: 'true',
        BOT_NOW: '2025-06-05',
        ADMIN_TOKEN: ADMIN,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child = server;
    const exited = new Promise<number | null>((resolve) => server.once('exit', resolve));
    const port = await new Promise<number>((resolve, reject) => {
      void exited.then((code) => reject(new Error(`le serveur s'est arrêté (${code})`)));
      createInterface({ input: server.stdout as Readable }).on('line', (line) => {
        const log = JSON.parse(line) as { port?: number; msg?: string };
        if (log.msg?.startsWith('prêt') && log.port) resolve(log.port);
      });
    });
    const pid = server.pid as number;
    const samples = [rssMb(pid)];
    // Over 5 s: alive, answering, memory flat. Followed, the loops took RSS from 80 to 350 MB in 15 s.
    for (let i = 0; i < 10; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(server.exitCode).toBeNull();
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(200);
      samples.push(rssMb(pid));
    }
    const statusUrl = `http://127.0.0.1:${port}/api/status`;
    const status = (await (
      await fetch(statusUrl, { headers: { authorization: `Bearer ${ADMIN}` } })
    ).json()) as {
      offers: number;
      details: { problems: Array<{ path: string; reason: string }> };
    };
    expect(status.offers).toBe(5);
    expect(status.details.problems).toMatchObject(
      ['boucle', 'loop'].map((path) => ({
        path,
        reason: 'lien symbolique ignoré (jamais suivi) : cible : le dossier des offres lui-même',
      })),
    );
    // Generous: the process sits near 150 MB; growth past 100 MB in 5 s, or 500 MB at all, is the loop.
    expect(Math.max(...samples)).toBeLessThan(500);
    expect(Math.max(...samples) - (samples[0] as number)).toBeLessThan(100);
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 90_000);
});
