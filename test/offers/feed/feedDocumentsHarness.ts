import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { FeedServer } from './feedServer.ts';

/** The records of the committed export sample (OPT offers: text columns empty), as the API gives them. */
export function sampleRecords(): Record<string, string>[] {
  return parse(readFileSync('test/fixtures/feed/datagouv-export-sample.csv'), {
    columns: true,
    skip_empty_lines: true,
  }) as Record<string, string>[];
}

/** The one-column PDF fixture of a reference (`26-0705`). */
export function fixturePdf(reference: string): Buffer {
  return readFileSync(`test/fixtures/pdf/one-column/${reference}.pdf`);
}

/**
 * Serves `records` at `path` as the Opendatasoft records API (`limit`, `offset`,
 * `{total_count, results}`), with an ETag: a request carrying it gets a 304.
 * `state.etag` changes the validator; `state.requests` lists the query of each request.
 */
export function serveRecords(
  server: FeedServer,
  path: string,
  state: { records: Record<string, string>[]; etag: string; requests: string[] },
): void {
  server.routes.set(path, (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    state.requests.push(url.search);
    if (request.headers['if-none-match'] === state.etag) {
      response.writeHead(304, { etag: state.etag }).end();
      return;
    }
    const limit = Number(url.searchParams.get('limit') ?? 10);
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const body = JSON.stringify({
      total_count: state.records.length,
      results: state.records.slice(offset, offset + limit),
    });
    response.writeHead(200, { 'content-type': 'application/json', etag: state.etag }).end(body);
  });
}
