/** Small helpers shared by the benchmark sections: percentiles and French-free compact formatting. */

/** The p-th percentile (0–100) of already sorted values; 0 for none. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** p50, p99 and max of raw samples (in ms). */
export function summary(samples: readonly number[]): {
  n: number;
  p50: number;
  p99: number;
  max: number;
} {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? 0,
  };
}

/** Milliseconds, two decimals under 10. */
export const ms = (value: number): string => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
/** Bytes as MB. */
export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
/** A mean; 0 for none. */
export const mean = (values: readonly number[]): number =>
  values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;

/** One line of the final table: what was measured, the figure, the target and whether it is met. */
export interface Row {
  section: string;
  metric: string;
  value: string;
  target?: string;
  ok?: boolean;
}

/** Prints rows as an aligned text table. */
export function printTable(rows: readonly Row[]): void {
  const cells = rows.map((r) => [
    r.section,
    r.metric,
    r.value,
    r.target ?? '',
    r.ok === undefined ? '' : r.ok ? 'ok' : 'MISS',
  ]);
  const head = ['section', 'metric', 'value', 'target', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) =>
    c
      .map((v, i) => v.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  console.log(`\n${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const c of cells) console.log(line(c));
}
