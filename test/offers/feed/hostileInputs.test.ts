import { describe, expect, it } from 'vitest';
import { DEFAULT_FEED_LIMITS, parseFeed } from '../../../src/offers/feed/index.ts';
import { plainText, splitList } from '../../../src/offers/feed/text.ts';

const { maxDepth, maxCellChars, maxRecordChars, maxColumns } = DEFAULT_FEED_LIMITS;

/** A v2.1 JSON feed: one good record, then `cells` as the second record's `mission`. */
function jsonFeed(mission: string): string {
  return `[{"id":"1","numero":"26-0001","libelle_poste":"Secrétaire"},
{"id":"2","numero":"26-0002","libelle_poste":"Comptable","mission":${mission}}]`;
}

const nested = (levels: number) => `${'['.repeat(levels)}"x"${']'.repeat(levels)}`;

describe('JSON nesting is capped before it reaches a recursive reader', () => {
  it.each([
    ['100,000 nested arrays in a cell', nested(100_000)],
    ['100,000 nested objects in a cell', `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`],
    ['one level over the cap', nested(maxDepth)], // the record list and the record add two levels
  ])('%s: the feed is refused with its reason, nothing thrown', (_name, cell) => {
    const feed = parseFeed(jsonFeed(cell), { sourceName: 't' });
    expect(feed.readable).toBe(false);
    expect(feed.offers).toEqual([]);
    expect(feed.problems.map((p) => [p.path, p.reason])).toEqual([
      ['feed:t', expect.stringMatching(`^JSON trop imbriqué : plus de ${maxDepth} niveaux`)],
    ]);
  });

  it.each([
    ['brackets inside strings do not count', JSON.stringify('['.repeat(30_000))],
    ['escaped quotes inside strings do not end them', JSON.stringify(`\\"${'['.repeat(50)}`)],
    ['nesting right at the cap', nested(maxDepth - 2)],
  ])('%s: the feed is read', (_name, cell) => {
    const feed = parseFeed(jsonFeed(cell), { sourceName: 't' });
    expect(feed.readable).toBe(true);
    expect(feed.offers.map((o) => o.reference)).toEqual(['3134-26-0001/SR', '3134-26-0002/SR']);
  });
});

describe('cells, records and columns are capped: an oversized record is skipped and reported', () => {
  const big = (n: number) => 'x'.repeat(n);
  it.each([
    [
      'a JSON cell over the cap',
      jsonFeed(JSON.stringify(big(maxCellChars + 1))),
      `enregistrement ligne 2 ignoré : colonne mission de ${maxCellChars + 1} caractères (maximum ${maxCellChars})`,
    ],
    [
      'a CSV cell over the cap',
      `id,numero,libelle_poste,mission\n1,26-0001,Secrétaire,\n2,26-0002,Comptable,${big(maxCellChars + 1)}\n`,
      `enregistrement ligne 3 ignoré : colonne mission de ${maxCellChars + 1} caractères (maximum ${maxCellChars})`,
    ],
    [
      'a record over the cap (every cell under it)',
      `[{"id":"1","numero":"26-0001","libelle_poste":"Secrétaire"},{"id":"2","numero":"26-0002","libelle_poste":"Comptable",${Array.from(
        { length: Math.ceil(maxRecordChars / maxCellChars) + 1 },
        (_, i) => `"c${i}":"${big(maxCellChars)}"`,
      ).join(',')}}]`,
      expect.stringMatching(
        `^enregistrement ligne 2 ignoré : \\d+ caractères \\(maximum ${maxRecordChars}\\)$`,
      ),
    ],
    [
      'a JSON record with too many columns',
      `[{"id":"1","numero":"26-0001","libelle_poste":"Secrétaire"},{"numero":"26-0002","libelle_poste":"Comptable",${Array.from(
        { length: maxColumns },
        (_, i) => `"c${i}":1`,
      ).join(',')}}]`,
      `enregistrement 2 : ${maxColumns + 2} colonnes (maximum ${maxColumns}), ignoré`,
    ],
  ])('%s', (_name, body, reason) => {
    const feed = parseFeed(body, { sourceName: 't' });
    expect(feed.readable).toBe(true);
    expect(feed.offers.map((o) => o.reference)).toEqual(['3134-26-0001/SR']);
    expect(feed.problems).toEqual([{ path: 'feed:t', row: expect.any(Number), reason }]);
  });

  it('a CSV header with too many columns is refused as a whole', () => {
    const header = [
      'numero',
      'libelle_poste',
      ...Array.from({ length: maxColumns }, (_, i) => `c${i}`),
    ];
    const feed = parseFeed(`${header.join(',')}\n26-0001,Secrétaire\n`, { sourceName: 't' });
    expect(feed).toEqual({
      offers: [],
      problems: [
        {
          path: 'feed:t',
          reason: `pas un flux d'AVP : ${maxColumns + 2} colonnes (maximum ${maxColumns})`,
        },
      ],
      readable: false,
    });
  });

  it('a record at the caps is read (cell of maxCellChars characters, maxColumns columns)', () => {
    const extra = Array.from({ length: maxColumns - 3 }, (_, i) => `"c${i}":"${i}"`).join(',');
    const feed = parseFeed(
      `[{"numero":"26-0002","libelle_poste":"Comptable","mission":"${big(maxCellChars)}",${extra}}]`,
      { sourceName: 't' },
    );
    expect(feed.problems).toEqual([]);
    expect(feed.offers[0]?.missions).toEqual([big(maxCellChars)]);
  });
});

/*
 * Each input below took seconds with the former regular expressions (`<[^>]*>` scans to the end
 * from every `<`: quadratic); linear ones take milliseconds. The per-test timeout is a liveness
 * bound far above the linear time, far below the quadratic one.
 */
describe('markup stripping is linear in the cell (adversarial markup)', () => {
  it.each([
    ['`<a` repeated', '<a'.repeat(40_000)],
    ['`<li` repeated', '<li'.repeat(27_000)],
    ['`<br` repeated', '<br'.repeat(27_000)],
    ['`< li` repeated', '< li'.repeat(20_000)],
    ['`<p` then no end', `<p${' x'.repeat(40_000)}`],
  ])('%s (80 KB)', { timeout: 2_000 }, (_name, cell) => {
    expect(plainText(cell).length).toBeGreaterThan(0);
    expect(splitList(cell).length).toBeGreaterThan(0);
  });

  it.each([
    ['<p>Un</p><p>Deux</p>', 'Un\nDeux'],
    ['<ul><li>Un</li><li class="x">Deux</li></ul>', '- Un\n- Deux'],
    ['A<br/>B<br >C', 'A\nB\nC'],
    ['a < b et c > d', 'a < b et c > d'], // not markup: kept
    ['<a href="x">lien</a> <b>gras', 'lien gras'],
    ['texte   \t avec\u00a0espaces   ', 'texte avec espaces'],
    ['&lt;b&gt; &eacute;t&#233; &#x41;', '<b> été A'],
  ])('%j → %j', (raw, plain) => {
    expect(plainText(raw)).toBe(plain);
  });

  it('a whole feed whose cells are `<a` repeated is read in bounded time, every refresh', {
    timeout: 5_000,
  }, () => {
    const cell = '<a'.repeat(16_000); // 32,000 characters: at the cell cap
    const rows = Array.from({ length: 5 }, (_, i) => `${i},26-00${10 + i},Poste,"${cell}"`);
    const feed = parseFeed(`id,numero,libelle_poste,mission\n${rows.join('\n')}\n`, {
      sourceName: 't',
    });
    expect(feed.offers).toHaveLength(5);
    expect(feed.problems).toEqual([]);
  });
});
