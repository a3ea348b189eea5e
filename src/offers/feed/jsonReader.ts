import { REQUIRED_COLUMNS } from './columns.ts';
import { jsonDepthOver } from './jsonDepth.ts';
import {
  compactColumnName,
  feedPath,
  type FeedLimits,
  type FeedProblem,
  type FeedRecord,
  type FeedRecords,
} from './types.ts';

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The list of records: an array (v2.1 export, v1 download), `{records}` (v1) or `{results}` (v2.1 records). */
function listOf(data: unknown): unknown[] | null {
  if (Array.isArray(data)) return data;
  if (!isObject(data)) return null;
  if (Array.isArray(data.records)) return data.records;
  if (Array.isArray(data.results)) return data.results;
  return null;
}

/** A record's fields: `{fields}` (API v1), `{record: {fields}}` (API v2.0) or the object itself (v2.1). */
function fieldsOf(item: unknown): JsonObject | null {
  if (!isObject(item)) return null;
  if (isObject(item.fields)) return item.fields;
  if (isObject(item.record) && isObject(item.record.fields)) return item.record.fields;
  return item;
}

/** A value as cell text: arrays (nested at most `maxDepth`, checked before parsing) one item a line. */
function cellOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  if (Array.isArray(value))
    return value
      .map(cellOf)
      .filter((v) => v !== '')
      .join('\n');
  return '';
}

/** The record's fields as a row, or why it is skipped (more columns than the cap). */
function rowOf(fields: JsonObject, index: number, maxColumns: number): FeedRecord | string {
  const entries = Object.entries(fields);
  if (entries.length > maxColumns)
    return `enregistrement ${index + 1} : ${entries.length} colonnes (maximum ${maxColumns}), ignoré`;
  return {
    row: index + 1,
    values: new Map(entries.map(([k, v]) => [compactColumnName(k), cellOf(v)])),
  };
}

/**
 * Reads a JSON feed in either API shape: v1 `{"records":[{"fields":{"libelleposte":…}}]}`
 * or v2.1 (`[{…}]` or `{"results":[{…}]}`) with the CSV's underscored names. A JSON
 * without a record list, nested deeper than `maxDepth`, or whose records carry none of the
 * required columns, is rejected; a record with more than `maxColumns` columns is skipped.
 */
export function readFeedJson(
  text: string,
  sourceName: string,
  { maxRows, maxDepth, maxColumns }: FeedLimits,
): FeedRecords {
  const path = feedPath(sourceName);
  const tooDeep = jsonDepthOver(text, maxDepth);
  if (tooDeep !== null) {
    const reason = `JSON trop imbriqué : plus de ${maxDepth} niveaux (position ${tooDeep})`;
    return { records: [], problems: [{ path, reason }], readable: false };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      records: [],
      problems: [{ path, reason: `JSON illisible : ${(error as Error).message}` }],
      readable: false,
    };
  }
  const list = listOf(data);
  if (list === null) {
    return {
      records: [],
      problems: [
        {
          path,
          reason:
            "pas un flux d'AVP : JSON sans liste d'enregistrements (records, results ou tableau)",
        },
      ],
      readable: false,
    };
  }
  const problems: FeedProblem[] = [];
  if (list.length > maxRows)
    problems.push({
      path,
      reason: `plus de ${maxRows} enregistrements : les suivants sont ignorés`,
    });
  const records: FeedRecord[] = [];
  list.slice(0, maxRows).forEach((item, index) => {
    const fields = fieldsOf(item);
    if (fields === null) {
      problems.push({
        path,
        row: index + 1,
        reason: `enregistrement ${index + 1} : pas un objet, ignoré`,
      });
      return;
    }
    const row = rowOf(fields, index, maxColumns);
    if (typeof row === 'string') problems.push({ path, row: index + 1, reason: row });
    else records.push(row);
  });
  const required = REQUIRED_COLUMNS.map(compactColumnName);
  if (list.length > 0 && !records.some((r) => required.some((c) => r.values.has(c)))) {
    const reason = `pas un flux d'AVP : colonnes manquantes (${REQUIRED_COLUMNS.join(', ')})`;
    return { records: [], problems: [{ path, reason }], readable: false };
  }
  return { records, problems, readable: true };
}
