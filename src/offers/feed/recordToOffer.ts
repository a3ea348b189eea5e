import type { Offer } from '../offer.ts';
import { formatShortDate } from '../../time/noumea.ts';
// Registers the facet readers the table's feed converters name (see `fields/facetReaders.ts`).
import '../parse/facets/tableFacets.ts';
import { emptyDraft } from '../parse/draft.ts';
import { BODY_COLUMNS, FEED_COLUMNS, ID_COLUMN, type MappedField } from './columns.ts';
import type { ConvertContext } from './converters.ts';
import { cellText, plainText } from './text.ts';
import { compactColumnName, feedPath, type FeedRecord, type FeedRow } from './types.ts';

/** An offer made from one feed record, or why the record was skipped. */
export type FeedRecordResult = { offer: Offer } | { skipped: string };

/** The status column and the one value meaning "published"; any other value is kept but flagged. */
const STATUS_COLUMN = 'statut';
const PUBLISHED = 'PUBLIE';

function cell(row: FeedRow, column: string): string | undefined {
  return row.get(compactColumnName(column));
}

/** The labelled text columns joined, one per line (multi-line values under their label). */
export function feedBody(row: FeedRow): string {
  const parts: string[] = [];
  for (const [column, label] of BODY_COLUMNS) {
    const raw = cell(row, column);
    if (raw === undefined || cellText(raw) === null) continue;
    const value = plainText(raw);
    parts.push(value.includes('\n') ? `${label} :\n${value}` : `${label} : ${value}`);
  }
  return parts.join('\n');
}

/**
 * Makes an offer of one feed record with the column table ({@link FEED_COLUMNS}).
 * A record without a readable reference (`numero`) or title (`libelle_poste`) is skipped.
 *
 * @param sourceName names the feed in `offer.source`: `feed:<sourceName>#<id>`.
 */
export function feedRecordToOffer(record: FeedRecord, sourceName: string): FeedRecordResult {
  const { values: row } = record;
  const warnings: string[] = [];
  const context: ConvertContext = {
    warn: (message) => void (warnings.includes(message) || warnings.push(message)),
  };
  const mapped = new Map<MappedField, unknown>();
  for (const rule of FEED_COLUMNS) {
    mapped.set(
      rule.field,
      rule.convert(
        rule.columns.map((column) => cell(row, column)),
        context,
      ),
    );
  }
  const fields = Object.fromEntries(mapped) as { [K in MappedField]: Offer[K] | null };
  const numero = cellText(cell(row, 'numero'));
  if (fields.reference === null) {
    return {
      skipped:
        numero === null
          ? "pas de numéro d'offre (numero)"
          : `numéro d'offre illisible « ${numero} »`,
    };
  }
  if (fields.title === null)
    return { skipped: `pas d'intitulé de poste (libelle_poste) pour ${fields.reference}` };
  // Employers without directions (e.g. the OPT) repeat their own name as the direction: that is no direction.
  if (
    fields.direction !== null &&
    fields.employer !== null &&
    fields.direction.toLowerCase() === fields.employer.toLowerCase()
  ) {
    fields.direction = null;
  }
  if (
    fields.publishedOn !== null &&
    fields.deadline !== null &&
    fields.deadline < fields.publishedOn
  ) {
    context.warn(
      `Flux open data : clôture (${formatShortDate(fields.deadline)}) avant la mise en ligne (${formatShortDate(fields.publishedOn)}).`,
    );
  }
  const status = cellText(cell(row, STATUS_COLUMN));
  if (status !== null && status.toUpperCase() !== PUBLISHED)
    context.warn(`Flux open data : statut « ${status} » (pas « ${PUBLISHED} »).`);
  const id = cellText(cell(row, ID_COLUMN)) ?? `ligne-${record.row}`;
  // The fields the feed has no column for (supervisor, team...) are unknown: null or empty.
  const { referenceDate: _date, found: _found, ...unknown } = emptyDraft(feedPath(sourceName, id));
  return {
    offer: {
      ...unknown,
      ...fields,
      reference: fields.reference,
      title: fields.title,
      communes: fields.communes ?? [],
      corps: fields.corps ?? [],
      missions: fields.missions ?? [],
      requirements: fields.requirements ?? [],
      body: feedBody(row),
      source: feedPath(sourceName, id),
      warnings,
      quotes: {},
      documentRead: false,
    },
  };
}
