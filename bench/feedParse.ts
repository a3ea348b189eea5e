/**
 * `npx tsx bench/feedParse.ts [--count 10000]`: what one feed body costs to parse.
 * Builds a JSON feed of N records from the real CSV sample (each with a 2 KB rich-text
 * mission), then a body at the byte cap made of `<a` cells at the cell cap, and times
 * `parseFeed` on each, in this thread, with the heap it leaves. The figures chose
 * the worker's time budget and heap cap (see DESIGN.md, "Open-data feed: caps").
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_FEED_LIMITS, parseFeed } from '../src/offers/feed/index.ts';
import { readFeedCsv } from '../src/offers/feed/csvReader.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' } } });
const count = Number(values.count);

const sample = readFeedCsv(
  readFileSync('test/fixtures/feed/datagouv-export-sample.csv', 'utf8'),
  'bench',
  DEFAULT_FEED_LIMITS,
).records.map((record) => Object.fromEntries(record.values));
const mission = `<ul>${'<li>Assurer le suivi des dossiers administratifs et financiers du service</li>'.repeat(25)}</ul>`;

function realistic(n: number): Buffer {
  const records = Array.from({ length: n }, (_, i) => ({
    ...sample[i % sample.length],
    numero: `26-${String(i % 10_000).padStart(4, '0')}`,
    mission,
  }));
  return Buffer.from(JSON.stringify(records));
}

/** Records whose mission is `<a` repeated up to the cell cap, up to the byte cap. */
function hostile(): Buffer {
  const cell = '<a'.repeat(DEFAULT_FEED_LIMITS.maxCellChars / 2);
  const row = (i: number) => `${i},26-${String(i % 10_000).padStart(4, '0')},Poste,"${cell}"\n`;
  const rows: string[] = ['id,numero,libelle_poste,mission\n'];
  let size = rows[0]?.length ?? 0;
  for (let i = 0; size + cell.length + 40 < DEFAULT_FEED_LIMITS.maxBytes; i += 1) {
    rows.push(row(i));
    size += cell.length + 40;
  }
  return Buffer.from(rows.join(''));
}

function time(name: string, body: Buffer): void {
  global.gc?.();
  const started = performance.now();
  const feed = parseFeed(body);
  const ms = performance.now() - started;
  const heapMb = process.memoryUsage().heapUsed / 1e6;
  console.log(
    `${name}: ${(body.length / 1e6).toFixed(1)} MB, ${feed.offers.length} offers, ` +
      `${feed.problems.length} problems, ${ms.toFixed(0)} ms, heap ${heapMb.toFixed(0)} MB`,
  );
}

time(`realistic (${count} records)`, realistic(count));
time('hostile (`<a` cells at the cell cap, body at the byte cap)', hostile());
