import { facetWarnings } from './facetWarnings.ts';
import { fieldSpec, OFFER_FIELD_KEYS } from './fields/offerFields.ts';
import { dedupeOffers, loadOfferFiles } from './loadCatalog.ts';
import type { Offer } from './offer.ts';

/**
 * Fields a check looks for, with their French names: the table's fields marked `checked`
 * (in its order; the deadline note and the previous deadline are optional, so not checked).
 */
export const CHECKED_FIELDS: Readonly<Partial<Record<keyof Offer, string>>> = Object.fromEntries(
  OFFER_FIELD_KEYS.flatMap((key) => {
    const spec = fieldSpec(key);
    return spec.checked ? [[key, spec.name]] : [];
  }),
);

/** `ok`: served as is; `warning`: served, with doubts; `error`: not served. */
export type CheckStatus = 'ok' | 'warning' | 'error';

/** What a check says of one file. */
export interface FileCheck {
  path: string;
  status: CheckStatus;
  reference: string | null;
  /** French names of the fields the document gives, and of those it does not (both empty when it gave no offer). */
  found: string[];
  missing: string[];
  /** The parser's doubts, the facets' (`facetWarnings`: served all the same), and the schema's complaints. */
  suspicious: string[];
  /** Why the file is not served; null when it is. */
  error: string | null;
}

export interface CheckReport {
  dir: string;
  files: FileCheck[];
  summary: { files: number; ok: number; warnings: number; errors: number };
}

/** The fields an offer gives and lacks; none either way when the file gave no offer at all. */
function fieldsOf(offer: Offer | undefined): { found: string[]; missing: string[] } {
  const found: string[] = [];
  if (offer === undefined) return { found, missing: [] };
  const missing: string[] = [];
  for (const [key, label] of Object.entries(CHECKED_FIELDS)) {
    const value = offer[key as keyof Offer];
    (value === undefined || value === null || (Array.isArray(value) && value.length === 0)
      ? missing
      : found
    ).push(label);
  }
  return { found, missing };
}

/**
 * Reads every document of a folder as the server would (same decoding,
 * parser, schema and duplicate rule) and says, per file, what it gives.
 *
 * @throws when the folder cannot be listed.
 */
export async function checkDocuments(dir: string): Promise<CheckReport> {
  const outcomes = await loadOfferFiles(dir);
  const duplicates = new Map(
    dedupeOffers([...outcomes.values()].flatMap((o) => (o.ok ? [o.offer] : []))).problems.map(
      (p) => [p.path, p.reason],
    ),
  );
  const files = [...outcomes].map(([path, outcome]): FileCheck => {
    const offer = outcome.ok ? outcome.offer : outcome.invalid;
    const error = outcome.ok ? (duplicates.get(path) ?? null) : outcome.reason;
    const suspicious = [...(offer?.warnings ?? [])];
    if (offer !== undefined) suspicious.push(...facetWarnings(offer));
    if (!outcome.ok && outcome.invalid)
      suspicious.push(...outcome.reason.replace(/^offre invalide : /, '').split(' ; '));
    const status: CheckStatus = error !== null ? 'error' : suspicious.length > 0 ? 'warning' : 'ok';
    return {
      path,
      status,
      reference: offer?.reference ?? null,
      ...fieldsOf(offer),
      suspicious,
      error,
    };
  });
  const count = (status: CheckStatus) => files.filter((f) => f.status === status).length;
  return {
    dir,
    files,
    summary: {
      files: files.length,
      ok: count('ok'),
      warnings: count('warning'),
      errors: count('error'),
    },
  };
}

const STATUS_LABELS: Record<CheckStatus, string> = {
  ok: 'ok',
  warning: 'à vérifier',
  error: 'ERREUR',
};

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows
    .map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** The report as French text: a summary table, then each file's fields and doubts. */
export function renderCheck(report: CheckReport): string {
  const { summary } = report;
  const total = Object.keys(CHECKED_FIELDS).length;
  const lines = [
    `Vérification de ${report.dir} : ${summary.files} fichier(s), ${summary.ok} correct(s), ` +
      `${summary.warnings} à vérifier, ${summary.errors} en erreur.`,
    '',
    table([
      ['FICHIER', 'ÉTAT', 'RÉFÉRENCE', 'CHAMPS'],
      ...report.files.map((f) => [
        f.path,
        STATUS_LABELS[f.status],
        f.reference ?? '—',
        f.found.length === 0 ? '—' : `${f.found.length}/${total}`,
      ]),
    ]),
  ];
  for (const file of report.files) {
    lines.push('', `${file.path} — ${STATUS_LABELS[file.status]}`);
    if (file.error !== null) lines.push(`  erreur : ${file.error}`);
    if (file.found.length > 0) lines.push(`  trouvés : ${file.found.join(', ')}`);
    if (file.missing.length > 0) lines.push(`  manquants : ${file.missing.join(', ')}`);
    for (const doubt of file.suspicious) lines.push(`  suspect : ${doubt}`);
  }
  if (summary.files === 0) lines.push('', 'Aucun document .md, .txt ou .pdf dans ce dossier.');
  return `${lines.join('\n')}\n`;
}
