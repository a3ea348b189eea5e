import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);

async function cli(args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(
      'node_modules/.bin/tsx',
      ['src/channels/cli/main.ts', ...args],
      {
        env: { ...process.env, NODE_NO_WARNINGS: '1' },
      },
    );
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

let bad: string;

beforeAll(async () => {
  bad = await mkdtemp(join(tmpdir(), 'avp-check-'));
  await cp('data/offers/3134-25-0833-SR.txt', join(bad, '3134-25-0833-SR.txt'));
  await writeFile(join(bad, 'cassé.md'), 'Compte rendu de réunion, sans référence.\n');
});
afterAll(() => rm(bad, { recursive: true, force: true }));

describe('cli check', () => {
  it('checks the seed offers: a table in French, and exit 0', async () => {
    const { stdout, code } = await cli(['check', 'data/offers']);
    expect(code).toBe(0);
    expect(stdout).toContain(
      'Vérification de data/offers : 5 fichier(s), 5 correct(s), 0 à vérifier, 0 en erreur.',
    );
    expect(stdout).toMatch(/FICHIER\s+ÉTAT\s+RÉFÉRENCE\s+CHAMPS/);
    expect(stdout).toMatch(/3134-25-0833-SR\.txt\s+ok\s+3134-25-0833\/SR\s+14\/14/);
    expect(stdout).toMatch(/\n3134-25-0977-SR\.txt — ok\n {2}trouvés : référence, intitulé, .*\n/);
  });

  it('gives the same report as JSON with --json', async () => {
    const { stdout, code } = await cli(['check', '--json', 'data/offers']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.summary).toEqual({ files: 5, ok: 5, warnings: 0, errors: 0 });
    expect(report.files[0]).toMatchObject({
      path: '3134-24-2014-SR.txt',
      status: 'ok',
      suspicious: [],
      error: null,
    });
    expect(report.files[0].found).toEqual(
      expect.arrayContaining(['référence', 'intitulé', 'date limite']),
    );
  });

  it('names a bad file and its reason, and exits 1', async () => {
    const { stdout, code } = await cli(['check', bad]);
    expect(code).toBe(1);
    expect(stdout).toContain('1 correct(s), 0 à vérifier, 1 en erreur');
    expect(stdout).toMatch(/cassé\.md\s+ERREUR/);
    expect(stdout).toContain("erreur : pas de référence d'offre (3134-AA-NNNN/SR)");
  });

  it('fails with exit 2 on a missing folder', async () => {
    const { stderr, code } = await cli(['check', join(bad, 'absent')]);
    expect(code).toBe(2);
    expect(stderr).toContain('dossier illisible');
  });
});
