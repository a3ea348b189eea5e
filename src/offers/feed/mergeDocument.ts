import { formatShortDate } from '../../time/noumea.ts';
import type { Offer } from '../offer.ts';

/** A value the document does not give: null, an empty list, an empty text or an empty map. */
function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

/**
 * One offer from a feed record's columns and its official PDF: the PDF alone is authoritative,
 * so each value it gives wins; the columns fill what it leaves out. The record keeps its
 * `source` (the feed's). A deadline that differs between the two is a warning.
 *
 * Placeholder (simplest correct rule) until the full merge lands; same signature.
 */
export function mergeWithDocument(
  columns: Offer,
  document: Offer,
): { offer: Offer; warnings: string[] } {
  const merged: Record<string, unknown> = { ...columns };
  for (const [key, value] of Object.entries(document))
    if (key !== 'source' && key !== 'warnings' && !isEmpty(value)) merged[key] = value;
  // `body` may be a getter (a packed body): read it, it is not an own enumerable value.
  if (document.body) merged.body = document.body;
  const warnings: string[] = [];
  if (
    columns.deadline !== null &&
    document.deadline !== null &&
    columns.deadline !== document.deadline
  )
    warnings.push(
      `Flux open data : clôture du ${formatShortDate(columns.deadline)} dans le flux, du ${formatShortDate(document.deadline)} dans le PDF (le PDF fait foi).`,
    );
  const offer = {
    ...(merged as unknown as Offer),
    source: columns.source,
    warnings: [...new Set([...document.warnings, ...columns.warnings, ...warnings])],
  };
  return { offer, warnings };
}
