/**
 * `npx tsx scripts/renderPdfFixtures.ts`: renders every PDF fixture (the 5 seeds and the 20 real
 * documents, see `test/offers/pdf/pdfFixtures.ts`) in each layout with Debian's Chromium, and
 * writes its text version. Offline: the HTML is generated, no page is fetched. Output is
 * committed under `test/fixtures/pdf/`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import {
  fixtureHtml,
  fixtureText,
  LAYOUTS,
  originalText,
  PDF_FIXTURES,
  pdfFixtures,
} from '../test/offers/pdf/pdfFixtures.ts';

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  // No request leaves the page: the HTML is complete as generated.
  await page.route('**/*', (route) => route.abort());
  for (const dir of ['text', ...LAYOUTS]) await mkdir(join(PDF_FIXTURES, dir), { recursive: true });
  for (const fixture of pdfFixtures()) {
    const original = originalText(fixture);
    await writeFile(join(PDF_FIXTURES, 'text', `${fixture.name}.txt`), fixtureText(original));
    for (const layout of LAYOUTS) {
      await page.setContent(fixtureHtml(original, layout));
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, tagged: false });
      await writeFile(join(PDF_FIXTURES, layout, `${fixture.name}.pdf`), pdf);
    }
    console.log(fixture.name);
  }
} finally {
  await browser.close();
}
