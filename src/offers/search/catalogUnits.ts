import type { UnitName } from '../../nlu/query/extractor.ts';
import type { Offer } from '../offer.ts';
import type { AcronymTable } from '../parse/facets/acronyms.ts';
import { parenthesisedAcronyms } from '../parse/facets/orgText.ts';

/**
 * The directions and services of a catalog's offers, each once (first seen first), with what
 * else names them: for a direction, the acronyms and short forms the acronym table gives it and
 * the acronyms its offers print; for a service, the acronyms it writes in brackets ("(CERT)").
 * One pass over the offers, at load.
 */
export function catalogUnits(
  offers: Iterable<Pick<Offer, 'direction' | 'directionAcronym' | 'service'>>,
  acronyms: AcronymTable,
): UnitName[] {
  const directions = new Map<string, Set<string>>();
  /** Keyed by the lower-case name: "Service Pilotage et Performance" is "Service pilotage et performance". */
  const services = new Map<string, Set<string>>();
  const serviceNames = new Map<string, string>();
  for (const { direction, directionAcronym, service } of offers) {
    if (direction !== null) {
      const aliases = directions.get(direction) ?? new Set<string>();
      if (directionAcronym !== null) aliases.add(directionAcronym);
      directions.set(direction, aliases);
    }
    const key = service?.toLowerCase();
    if (service === null || key === undefined || services.has(key)) continue;
    serviceNames.set(key, service);
    services.set(key, new Set(parenthesisedAcronyms(service).map((a) => a.acronym)));
  }
  for (const [acronym, name] of acronyms.byAcronym)
    if (name !== null) directions.get(name)?.add(acronym);
  for (const [form, name] of acronyms.byForm) if (name !== null) directions.get(name)?.add(form);
  return [
    ...[...directions].map(([name, aliases]) => ({
      kind: 'direction' as const,
      name,
      aliases: [...aliases],
    })),
    ...[...services].map(([key, aliases]) => ({
      kind: 'service' as const,
      name: serviceNames.get(key) ?? key,
      aliases: [...aliases],
    })),
  ];
}

/** The corps alternatives of the offers, each once (as printed, first seen first). */
export function catalogCorps(offers: Iterable<Pick<Offer, 'corps'>>): string[] {
  const seen = new Map<string, string>();
  for (const { corps } of offers)
    for (const name of corps) if (!seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
  return [...seen.values()];
}
