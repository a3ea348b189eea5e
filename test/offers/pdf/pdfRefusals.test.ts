import { readFileSync } from 'node:fs';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDocuments, renderCheck } from '../../../src/offers/checkDocuments.ts';
import { loadCatalog } from '../../../src/offers/loadCatalog.ts';
import { ParsePool } from '../../../src/offers/parsePool.ts';
import { parsePdfBytes } from '../../../src/offers/pdf/parseDocumentBytes.ts';
import { MAX_PDF_BYTES, MAX_PDF_PAGES } from '../../../src/offers/pdf/pdfLimits.ts';
import { encryptedPdf, imageOnlyPdf, textPdf } from './handmadePdf.ts';
import { PDF_FIXTURES } from './pdfFixtures.ts';

const GOOD = readFileSync(join(PDF_FIXTURES, 'two-column', '3134-25-0833-SR.pdf'));
/** Deterministic noise: a linear congruential sequence. */
const garbage = Buffer.from(
  Array.from({ length: 4096 }, (_, i) => (i * 1103515245 + 12345) & 0xff),
);

/** Each hostile PDF, and the French reason it is refused with. */
const REFUSED: Array<[string, () => Buffer, RegExp]> = [
  ['an encrypted PDF (user password)', encryptedPdf, /protégé par un mot de passe/],
  ['a truncated PDF (cut in half)', () => GOOD.subarray(0, GOOD.length >> 1), /PDF tronqué/],
  ['garbage bytes named .pdf', () => garbage, /pas un PDF/],
  ['an image-only PDF (a scan)', imageOnlyPdf, /PDF sans texte/],
  [
    'an oversized PDF',
    () => Buffer.concat([GOOD, Buffer.alloc(MAX_PDF_BYTES)]),
    new RegExp(`PDF trop gros .*maximum ${MAX_PDF_BYTES}`),
  ],
  [
    'a PDF with too many pages',
    () => textPdf('Une page de texte parmi trop', MAX_PDF_PAGES + 1),
    new RegExp(`PDF trop long \\(${MAX_PDF_PAGES + 1} pages`),
  ],
  ['an empty file named .pdf', () => Buffer.alloc(0), /fichier vide/],
  [
    'a valid PDF that is no offer',
    () => textPdf('Compte rendu de reunion sans reference'),
    /pas de référence/,
  ],
];

describe('PDF refusals', () => {
  it.each(REFUSED)('refuses %s with a French reason', async (_name, bytes, reason) => {
    const outcome = await parsePdfBytes(bytes(), 'bad.pdf');
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.reason).toMatch(reason);
  });

  it('reads a good fixture (the table is not refusing everything)', async () => {
    const outcome = await parsePdfBytes(GOOD, 'good.pdf');
    expect(outcome.ok && outcome.offer.reference).toBe('3134-25-0833/SR');
  });
});

describe('PDF documents in a data folder', () => {
  let dir: string;
  const pool = new ParsePool({ threads: 1 });
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'avp-pdf-'));
    await copyFile(join(PDF_FIXTURES, 'one-column', '26-0624.pdf'), join(dir, 'bon.pdf'));
    await Promise.all(
      REFUSED.map(([, bytes], i) => writeFile(join(dir, `mauvais-${i}.pdf`), bytes())),
    );
  });
  afterAll(async () => {
    await pool.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('serves the good PDF and reports each bad one by path and reason, in the worker threads', async () => {
    const catalog = await loadCatalog(dir, new Date('2026-05-20T00:00:00Z'), { pool });
    expect(catalog.entries.map(({ offer }) => [offer.reference, offer.source])).toEqual([
      ['3134-26-0624/SR', 'bon.pdf'],
    ]);
    const problems = new Map(catalog.problems.map((p) => [p.path, p.reason]));
    REFUSED.forEach(([name, , reason], i) => {
      // An oversized file is refused by its size, before it is read.
      const expected = name === 'an oversized PDF' ? /fichier trop gros/ : reason;
      expect(problems.get(`mauvais-${i}.pdf`), name).toMatch(expected);
    });
  });

  it('cli check lists them the same way', async () => {
    const report = await checkDocuments(dir);
    const text = renderCheck(report);
    expect(report.summary).toMatchObject({ files: REFUSED.length + 1, errors: REFUSED.length });
    expect(text).toContain('mauvais-0.pdf — ERREUR');
    expect(text).toContain('erreur : PDF protégé par un mot de passe');
  });
});
