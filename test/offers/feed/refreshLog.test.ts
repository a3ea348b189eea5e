import { describe, expect, it } from 'vitest';
import type { FeedProblem, FeedRefreshReport } from '../../../src/offers/feed/index.ts';
import { createRefreshLog, reasonKind } from '../../../src/offers/feed/refreshLog.ts';

const badRow = (row: number, numero = `x${row}`): FeedProblem => ({
  path: 'feed:t',
  row,
  reason: `enregistrement ligne ${row} ignoré : numéro d'offre illisible « ${numero} »`,
});
const csvRow = (row: number): FeedProblem => ({
  path: 'feed:t',
  row,
  reason: `ligne ${row} : 8 champs au lieu de 7, ignorée`,
});
const report = (
  outcome: FeedRefreshReport['outcome'],
  problems: FeedProblem[],
  offers = outcome === 'refused' ? 0 : 10,
): FeedRefreshReport => ({ outcome, offers, problems });

describe('reasonKind: the reason without what varies from row to row', () => {
  it.each([
    [badRow(12).reason, "enregistrement ligne # ignoré : numéro d'offre illisible «…»"],
    [csvRow(3).reason, 'ligne # : # champs au lieu de #, ignorée'],
    ['https://h/x : HTTP 500 Internal Server Error', 'https://h/x : HTTP # Internal Server Error'],
    ['3134-26-0674/SR republiée : remplacée par feed:t#12', '# republiée : remplacée par #'],
    [
      'JSON trop imbriqué : plus de 20 niveaux (position 52)',
      'JSON trop imbriqué : plus de # niveaux (position #)',
    ],
  ])('%j → %j', (reason, kind) => {
    expect(reasonKind(reason)).toBe(kind);
  });
});

describe('createRefreshLog: one line per refresh, a repeated warning not logged again in full', () => {
  it('a feed refused for 500 bad rows: one summary line (counts by reason, 3 examples)', () => {
    const log = createRefreshLog();
    const problems = [
      ...Array.from({ length: 300 }, (_, i) => badRow(i + 2)),
      ...Array.from({ length: 200 }, (_, i) => csvRow(i + 400)),
    ];
    expect(log(report('refused', problems))).toEqual({
      level: 'warn',
      msg: 'flux open data refusé : dernier flux conservé',
      fields: {
        offers: 0,
        problems: 500,
        byReason: {
          "enregistrement ligne # ignoré : numéro d'offre illisible «…»": 300,
          'ligne # : # champs au lieu de #, ignorée': 200,
        },
        examples: problems.slice(0, 3),
      },
    });
  });

  it.each([
    [
      'the same refused feed twice: the second line is short',
      [report('refused', [badRow(2)]), report('refused', [badRow(2)])],
      [
        ['warn', 'flux open data refusé : dernier flux conservé', true],
        ['warn', 'flux open data refusé : dernier flux conservé (mêmes problèmes)', false],
      ],
    ],
    [
      'a change in the problems is logged in full again',
      [report('refused', [badRow(2)]), report('refused', [badRow(2), badRow(3)])],
      [
        ['warn', 'flux open data refusé : dernier flux conservé', true],
        ['warn', 'flux open data refusé : dernier flux conservé', true],
      ],
    ],
    [
      'a merge, then the same offers and skipped rows: info, then debug',
      [report('merged', [badRow(2)]), report('unchanged', [badRow(2)])],
      [
        ['info', 'flux open data fusionné', true],
        ['debug', 'flux open data inchangé (mêmes problèmes)', false],
      ],
    ],
    [
      'unchanged offers with new skipped rows: a warning in full',
      [report('merged', []), report('unchanged', [badRow(2)])],
      [
        ['info', 'flux open data fusionné', false],
        ['warn', 'flux open data inchangé', true],
      ],
    ],
    [
      'refused, then good again, then refused the same way: in full again',
      [report('refused', [badRow(2)]), report('merged', []), report('refused', [badRow(2)])],
      [
        ['warn', 'flux open data refusé : dernier flux conservé', true],
        ['info', 'flux open data fusionné', false],
        ['warn', 'flux open data refusé : dernier flux conservé', true],
      ],
    ],
    [
      'a clean unchanged feed: debug only',
      [report('unchanged', []), report('unchanged', [])],
      [
        ['debug', 'flux open data inchangé', false],
        ['debug', 'flux open data inchangé', false],
      ],
    ],
  ])('%s', (_name, reports, expected) => {
    const log = createRefreshLog();
    expect(
      reports.map((r) => {
        const line = log(r);
        return [line.level, line.msg, 'examples' in line.fields];
      }),
    ).toEqual(expected);
  });
});
