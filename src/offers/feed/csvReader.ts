import { parse, type CsvError } from 'csv-parse/sync';
import { REQUIRED_COLUMNS } from './columns.ts';
import {
  compactColumnName,
  feedPath,
  type FeedLimits,
  type FeedProblem,
  type FeedRecord,
  type FeedRecords,
} from './types.ts';

/** `,` (the sample), `;` (the portal's default CSV export) or a tab: the most frequent in the header line. */
export function detectDelimiter(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length - 1] as const);
  return counts.reduce((best, current) => (current[1] > best[1] ? current : best))[0];
}

interface Parsed {
  record: string[];
  info: { lines: number };
}

/**
 * Reads a CSV export (header row with the portal's column names). A malformed record
 * (bad quoting, wrong number of fields) is skipped and reported with its line; a file
 * without the required columns, or with more than `maxColumns`, is rejected as a whole.
 */
export function readFeedCsv(
  text: string,
  sourceName: string,
  { maxRows, maxColumns }: FeedLimits,
): FeedRecords {
  const path = feedPath(sourceName);
  const problems: FeedProblem[] = [];
  let parsed: Parsed[];
  try {
    parsed = parse(text, {
      delimiter: detectDelimiter(text),
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      to: maxRows + 2,
      on_skip: (error: CsvError | undefined) => {
        const line = Number(error?.lines ?? 0);
        problems.push({
          path,
          ...(line > 0 ? { row: line } : {}),
          reason: `ligne ${line} : CSV mal formé (${error?.message ?? 'erreur'})`,
        });
      },
    }) as unknown as Parsed[];
  } catch (error) {
    return {
      records: [],
      problems: [{ path, reason: `CSV illisible : ${(error as Error).message}` }],
      readable: false,
    };
  }
  const [head, ...body] = parsed;
  const header = (head?.record ?? []).map(compactColumnName);
  if (header.length > maxColumns) {
    const reason = `pas un flux d'AVP : ${header.length} colonnes (maximum ${maxColumns})`;
    return { records: [], problems: [...problems, { path, reason }], readable: false };
  }
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(compactColumnName(c)));
  if (missing.length > 0) {
    return {
      records: [],
      problems: [
        ...problems,
        { path, reason: `pas un flux d'AVP : colonnes manquantes (${missing.join(', ')})` },
      ],
      readable: false,
    };
  }
  if (body.length > maxRows) {
    body.length = maxRows;
    problems.push({
      path,
      reason: `plus de ${maxRows} enregistrements : les suivants sont ignorés`,
    });
  }
  const records: FeedRecord[] = [];
  for (const { record, info } of body) {
    // info.lines is the line where the record ends; quoted fields may span lines.
    const row = info.lines - record.reduce((n, field) => n + (field.match(/\n/g)?.length ?? 0), 0);
    if (record.length !== header.length) {
      problems.push({
        path,
        row,
        reason: `ligne ${row} : ${record.length} champs au lieu de ${header.length}, ignorée`,
      });
      continue;
    }
    records.push({ row, values: new Map(header.map((name, i) => [name, record[i] ?? ''])) });
  }
  return { records, problems, readable: true };
}
