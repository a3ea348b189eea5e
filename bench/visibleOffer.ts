/**
 * What cleaning offer text of invisible characters costs the catalog: `visibleOffer` over
 * 20,000 synthetic offers (bodies packed, as served), the catalog build with it, and
 * `withoutInvisibleDeep` over a typical answer. Run: `npx tsx bench/visibleOffer.ts`.
 */
import { Catalog } from '../src/offers/catalog.ts';
import { packBody } from '../src/offers/packedBody.ts';
import { generateOffers } from '../src/offers/synthetic/generate.ts';
import { visibleOffer } from '../src/offers/visibleOffer.ts';
import { withoutInvisibleDeep } from '../src/text/invisible.ts';

const offers = generateOffers({ count: 20_000, seed: 42 }).map(packBody);

function best(run: () => void, times: number): number {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < times; i += 1) {
    const started = performance.now();
    run();
    min = Math.min(min, performance.now() - started);
  }
  return min;
}

const fresh = () => generateOffers({ count: 20_000, seed: 42 }).map(packBody);
const batches = [fresh(), fresh(), fresh()];
const scan = best(() => batches.pop()?.map(visibleOffer), 3);
console.log(`visibleOffer, 20,000 clean offers seen for the first time: ${scan.toFixed(1)} ms`);
offers.map(visibleOffer);
const again = best(() => offers.map(visibleOffer), 10);
console.log(`visibleOffer, the same 20,000 offers again (a rebuild): ${again.toFixed(2)} ms`);
const build = best(() => new Catalog(offers, [], new Date(0)), 3);
console.log(`Catalog build with it, 20,000 offers: ${build.toFixed(0)} ms (best of 3)`);
const answer = {
  text: 'Voici 8 offres ouvertes à Nouméa :\n1. Chargé de la gestion des commissions...'.repeat(4),
  offers: offers.slice(0, 20).map((o) => ({ reference: o.reference, title: o.title })),
  suggestions: [],
  quickReplies: offers.slice(0, 4).map((o) => o.title),
  intent: 'offers.list',
};
const deep = best(() => {
  for (let i = 0; i < 1_000; i += 1) withoutInvisibleDeep(answer);
}, 10);
console.log(`withoutInvisibleDeep, answer with 20 cards: ${(deep / 1_000).toFixed(4)} ms`);
