import { describe, expect, it } from 'vitest';
import { readCorps } from '../../../../src/offers/parse/facets/corps.ts';
import { readDirection } from '../../../../src/offers/parse/facets/direction.ts';
import { learnAcronyms } from '../../../../src/offers/parse/facets/learnAcronyms.ts';
import { readService } from '../../../../src/offers/parse/facets/service.ts';
import { readSupervisor } from '../../../../src/offers/parse/facets/supervisor.ts';
import { readTeam } from '../../../../src/offers/parse/facets/team.ts';
import { doc } from './orgCorpus.ts';

/** Half the 512 KB limit: enough to show a quadratic reader, kind to shared cores. */
const SIZE = 256 * 1024;

/** Documents of 512 KB built to make a backtracking or quadratic reader slow. */
const HOSTILE: Record<string, string> = {
  parentheses: '(AB) '.repeat(SIZE / 5),
  authority: "sous l'autorité du ".repeat(SIZE / 19),
  directions: `# DT - x\n\nDirection : ${'direction de la '.repeat(SIZE / 16)}(DT)\n`,
  labels: "Nombre d'agents encadrés :\n".repeat(SIZE / 27),
  sentences: `: Le service ${'a '.repeat(SIZE / 2)}`,
  dashes: `# DT - ${'Service - '.repeat(SIZE / 10)}\n`,
};

const READERS = { readDirection, readService, readCorps, readSupervisor, readTeam, learnAcronyms };

describe('organisation facets on hostile documents', () => {
  it.each(Object.keys(HOSTILE))(
    'read a 256 KB "%s" document in linear time',
    (name) => {
      const context = doc(HOSTILE[name] ?? '');
      for (const [reader, read] of Object.entries(READERS)) {
        const started = performance.now();
        if (reader === 'learnAcronyms') learnAcronyms([context]);
        else (read as (c: typeof context) => unknown)(context);
        expect({ reader, slow: performance.now() - started > 1500 }).toEqual({
          reader,
          slow: false,
        });
      }
    },
    60_000,
  );
});
