/**
 * The PDF fixtures: which documents, their text version, and the HTML each layout renders
 * (`scripts/renderPdfFixtures.ts` prints it to PDF with Chromium; the tests read the PDFs).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { cleanInline, prepareDocument } from '../../../src/offers/parse/document.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
/** Where the PDFs and text versions live: `<layout>/<name>.pdf`, `text/<name>.txt`. */
export const PDF_FIXTURES = join(ROOT, 'test', 'fixtures', 'pdf');
export const LAYOUTS = ['one-column', 'two-column'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** A fixture: the 5 bundled seeds and the 20 real OPT-NC documents. */
export interface PdfFixture {
  name: string;
  /** The document it is made from. */
  original: string;
}

/** Every fixture, by name. */
export function pdfFixtures(): PdfFixture[] {
  const from = (dir: string, ext: string) =>
    readdirSync(join(ROOT, dir))
      .filter((f) => f.endsWith(ext) && !/^readme/i.test(f))
      .sort()
      .map((f) => ({ name: basename(f, ext), original: join(ROOT, dir, f) }));
  return [...from('data/offers', '.txt'), ...from('test/fixtures/real-avp', '.md')];
}

/** One line of the text version: a labelled row ("Label : value") or plain text. */
type FixtureLine = { label: string; value: string } | { text: string };

/**
 * The document as a PDF shows it: markdown marks and blank lines gone, blanks collapsed, and a
 * line opening with a field label and a colon written "Label : value" (a table row).
 */
export function fixtureLines(original: string): FixtureLine[] {
  const plain = prepareDocument(original)
    .lines.map((line) => cleanInline(line))
    .filter((line) => line !== '');
  const doc = prepareDocument(plain.join('\n'));
  return plain.map((line, i): FixtureLine => {
    const hit = doc.hits[i]?.[0];
    const colon = hit && /^\s*:/.test(line.slice(hit.end));
    if (hit?.kind !== 'field' || !hit.atLineStart || !colon || hit.value === '')
      return { text: line };
    return { label: line.slice(hit.start, hit.end).trim(), value: hit.value };
  });
}

/** The text version of a fixture: what its PDFs must parse to. */
export function fixtureText(original: string): string {
  return `${fixtureLines(original)
    .map((l) => ('text' in l ? l.text : `${l.label} : ${l.value}`))
    .join('\n')}\n`;
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

const STYLE = `
@page { size: A4; margin: 2cm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; margin: 0; }
.l { margin: 0 0 0.35em; line-height: 1.2; break-inside: avoid; }
table { border-collapse: collapse; width: 100%; margin: 0 0 0.35em; }
tr { break-inside: avoid; }
td { vertical-align: top; line-height: 1.2; padding: 0.15em 0.3em 0.15em 0; border-bottom: 0.5pt solid #999; }
td.k { width: 35%; padding-right: 2em; font-weight: bold; }
`;

/** The HTML of a fixture in a layout: lines one under the other, or rows in a two-column table. */
export function fixtureHtml(original: string, layout: Layout): string {
  const parts: string[] = [];
  let rows: string[] = [];
  const flush = () => {
    if (rows.length > 0) parts.push(`<table>${rows.join('')}</table>`);
    rows = [];
  };
  for (const line of fixtureLines(original)) {
    if ('text' in line) {
      flush();
      parts.push(`<div class="l">${escapeHtml(line.text)}</div>`);
    } else if (layout === 'two-column')
      rows.push(
        `<tr><td class="k">${escapeHtml(line.label)}</td><td>${escapeHtml(line.value)}</td></tr>`,
      );
    else
      parts.push(
        `<div class="l"><b>${escapeHtml(line.label)}</b> : ${escapeHtml(line.value)}</div>`,
      );
  }
  flush();
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>${STYLE}</style></head><body>${parts.join('\n')}</body></html>`;
}

/** The bytes of a fixture's original document. */
export function originalText(fixture: PdfFixture): string {
  return readFileSync(fixture.original, 'utf8');
}
