import type { Catalog } from '../offers/catalog.ts';

/** How to reach an employer's human resources, as its own offers' application blocks give it. */
export interface EmployerContact {
  employer: string;
  /** The e-mail most of its offers send applications to, as written. */
  email: string | null;
  /** The postal or drop-off address most of its offers give, as written. */
  address: string | null;
  /** The most recent of its offers that gives them, so a person can check. */
  reference: string;
}

interface Tally {
  counts: Map<string, { written: string; count: number }>;
}

function count(tally: Tally, value: string | null): void {
  if (value === null) return;
  const key = value.toLowerCase().replace(/\s+/g, ' ');
  const known = tally.counts.get(key);
  if (known) known.count += 1;
  else tally.counts.set(key, { written: value, count: 1 });
}

function mostCommon(tally: Tally): string | null {
  let best: { written: string; count: number } | null = null;
  for (const value of tally.counts.values())
    if (best === null || value.count > best.count) best = value;
  return best?.written ?? null;
}

const memo = new WeakMap<Catalog, { day: string; contacts: EmployerContact[] }>();

/**
 * The human resources of each employer with published offers, read from the catalog (never
 * written by hand): the e-mail and the address its offers' application facets give most often,
 * and an offer that gives them. Employers whose documents give neither are left out. Most
 * offers first (the main employer first); computed once per catalog and day.
 */
export function employerContacts(catalog: Catalog, today: string): EmployerContact[] {
  const known = memo.get(catalog);
  if (known?.day === today) return known.contacts;
  const byEmployer = new Map<
    string,
    { offers: number; emails: Tally; addresses: Tally; reference: string | null }
  >();
  for (const { offer } of catalog.published(today)) {
    const application = offer.application;
    if (offer.employer === null || application === null) continue;
    if (application.email === null && application.address === null) continue;
    let seen = byEmployer.get(offer.employer);
    if (seen === undefined) {
      seen = {
        offers: 0,
        emails: { counts: new Map() },
        addresses: { counts: new Map() },
        reference: null,
      };
      byEmployer.set(offer.employer, seen);
    }
    seen.offers += 1;
    count(seen.emails, application.email);
    count(seen.addresses, application.address);
    seen.reference ??= offer.reference;
  }
  const contacts = [...byEmployer.entries()]
    .sort((a, b) => b[1].offers - a[1].offers)
    .map(([employer, seen]) => ({
      employer,
      email: mostCommon(seen.emails),
      address: mostCommon(seen.addresses),
      reference: seen.reference ?? '',
    }));
  memo.set(catalog, { day: today, contacts });
  return contacts;
}
