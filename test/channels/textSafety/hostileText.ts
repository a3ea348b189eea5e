import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Every control that can reorder or hide text on screen (bidi, zero-width, BOM, soft hyphen...). */
export const INVISIBLE_IN_OUTPUT =
  /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]|\u{E0001}|[\u{E0020}-\u{E007F}]/u;

export const DOCUMENT_REFERENCE = '3134-25-0998/SR';
/** What the hostile document's title shows once its controls are out. */
export const DOCUMENT_TITLE = 'Agent de gestion exe.pdf administrative';
export const FEED_REFERENCE = '3134-25-0997/SR';
export const FEED_TITLE = 'Technicien réseaux exe.txt';

/** A document whose title, employer and missions hide bidi overrides, isolates and zero-widths. */
function hostileDocument(): string {
  return `# Agent de gestion \u202Eexe.pdf\u202C administra\u200Btive

Référence : ${DOCUMENT_REFERENCE} du 20 mai 2025

Employeur : Province \u2067Sud\u2069

Lieu de travail : Nouméa

Date de dépôt de l’offre : mardi 20 mai 2025

Date limite de candidature : vendredi 20 juin 2025

# Missions :

- Accueil du public \u202Elibom\u202C
- Gestion des dossiers\u200F\u200E\u061C\uFEFF
`;
}

/** An open-data (API v2.1) export with one record whose title and mission hide controls, raw and as entities. */
export function hostileFeed(): string {
  const fixture = JSON.parse(readFileSync('test/fixtures/feed/api-v2.1-records.json', 'utf8')) as {
    results: Array<Record<string, unknown>>;
  };
  const record = {
    ...fixture.results[0],
    id: 99997,
    numero: '25-0997',
    libelle_poste: 'Technicien réseaux \u202Eexe.txt&#x202C;',
    date_mis_en_ligne: '2025-05-19',
    date_cloture: '2025-06-19',
    lieu_travail: 'Nouméa',
    mission:
      '<ul><li>Maintenir le réseau &#8238;ravir&#8236;</li><li>Assister\u2066 les usagers</li></ul>',
    statut: 'PUBLIE',
  };
  return JSON.stringify({ total_count: 1, results: [record] });
}

/** A temporary data folder: a copy of `data/offers` plus the hostile document. Remove it with `cleanup()`. */
export function hostileDataDir(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'avp-bidi-'));
  cpSync('data/offers', dir, { recursive: true });
  writeFileSync(path.join(dir, '3134-25-0998-SR.txt'), hostileDocument(), 'utf8');
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
