import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Hostile strings: each would run script, open a dialog or make a link if rendered as HTML or markdown. */
export const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<img src=x onerror="window.pwned=1">',
  '<script>alert(1)</script>',
  '<script>window.pwned=1</script>',
  '[clic](javascript:alert(1))',
  '<a href="javascript:window.pwned=1">lien</a>',
  '**gras**',
] as const;

export const XSS_REFERENCE = '3134-25-0999/SR';
export const XSS_TITLE = `Agent ${PAYLOADS[0]} ${PAYLOADS[2]} ${PAYLOADS[4]} ${PAYLOADS[6]}`;

/** An AVP document whose title and missions hold the payloads, open in Nouméa on 2025-06-05. */
function hostileDocument(): string {
  return `# ${XSS_TITLE}

Référence : ${XSS_REFERENCE} du 20 mai 2025

Employeur : Province Sud ${PAYLOADS[1]}

Lieu de travail : Nouméa

Date de dépôt de l’offre : mardi 20 mai 2025

Date limite de candidature : vendredi 20 juin 2025

# Missions :

${PAYLOADS.map((p) => `- ${p}`).join('\n')}
`;
}

/** A temporary data folder: a copy of `data/offers` plus the hostile offer. Remove it with `cleanup()`. */
export function hostileDataDir(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'avp-xss-'));
  cpSync('data/offers', path.join(dir, 'offers'), { recursive: true });
  writeFileSync(path.join(dir, 'offers', '3134-25-0999-SR.txt'), hostileDocument(), 'utf8');
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
