/**
 * PDF reading time per document over the committed fixtures (`test/fixtures/pdf/<layout>/`):
 * pdf.js text extraction, reading order and the document parser, in this process, after one
 * warm-up pass (pdf.js loaded once, as a parse thread keeps it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePdfBytes } from '../../src/offers/pdf/parseDocumentBytes.ts';
import { loadPdfReader } from '../../src/offers/pdf/pdfText.ts';
import { LAYOUTS, PDF_FIXTURES } from '../../test/offers/pdf/pdfFixtures.ts';
import { ms, type Row, summary } from './stats.ts';

/** Rows: pdf.js load, then per layout p50 / p99 / max of one document's read and parse. */
export async function pdfReading(rounds = 10): Promise<Row[]> {
  let started = performance.now();
  await loadPdfReader();
  const rows: Row[] = [
    {
      section: 'pdf',
      metric: 'pdf.js load (once per parse thread)',
      value: ms(performance.now() - started),
    },
  ];
  for (const layout of LAYOUTS) {
    const dir = join(PDF_FIXTURES, layout);
    const files = readdirSync(dir).filter((f) => f.endsWith('.pdf'));
    const documents = files.map((f) => ({ name: f, bytes: readFileSync(join(dir, f)) }));
    for (const d of documents) await parsePdfBytes(d.bytes, d.name); // warm-up
    const samples: number[] = [];
    for (let round = 0; round < rounds; round++)
      for (const d of documents) {
        started = performance.now();
        const outcome = await parsePdfBytes(d.bytes, d.name);
        samples.push(performance.now() - started);
        if (!outcome.ok && !outcome.invalid) throw new Error(`${d.name}: ${outcome.reason}`);
      }
    const s = summary(samples);
    const kb = documents.reduce((n, d) => n + d.bytes.length, 0) / documents.length / 1024;
    rows.push({
      section: 'pdf',
      metric: `${layout}: ${documents.length} documents × ${rounds} (mean ${kb.toFixed(0)} KB), p50 / p99 / max`,
      value: `${ms(s.p50)} / ${ms(s.p99)} / ${ms(s.max)}`,
    });
  }
  return rows;
}
