import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAssistant, type LoadedAssistant } from '../../src/createAssistant.ts';
import { fixedClock } from '../../src/time/clock.ts';

const REAL = 'test/fixtures/real-avp';
const SEEDS = 'data/offers';

function assistantOn(dataDir: string, day: string): Promise<LoadedAssistant> {
  return createAssistant({ dataDir, clock: fixedClock(day) });
}

async function talk(assistant: LoadedAssistant, conversation: string, texts: readonly string[]) {
  const answers = [];
  for (const text of texts) answers.push(await assistant.ask({ conversation, text }));
  return answers;
}

describe('contact and "parler à quelqu\'un"', () => {
  /** With an offer in focus: its contact, never the missions, a greeting or another offer. */
  const IN_FOCUS = [
    'contact',
    'numéro de téléphone',
    "je veux parler à quelqu'un",
    'je veux parler à un humain',
    'je voudrais parler à un conseiller',
    'est-ce que je peux parler à une vraie personne ?',
  ];
  it.each(IN_FOCUS)('« %s » about 3134-26-0747/SR gives its contact', async (question) => {
    const real = await assistantOn(REAL, '2026-05-20');
    const [, answer] = await talk(real, `focus-${question}`, ['offre 26-0747', question]);
    expect(answer!.intent).toBe('offer.contact');
    expect(answer!.offers.map((o) => o.reference)).toEqual(['3134-26-0747/SR']);
    expect(answer!.text).toMatch(/\d\d[ .]?\d\d[ .]?\d\d/);
  });

  /** With no offer: the employer's HR as its documents give it, and which offer to name. */
  const NO_OFFER = [
    'contact',
    'numéro de téléphone',
    "je veux parler à quelqu'un",
    'je veux parler à un humain',
    'parler à un conseiller',
  ];
  it.each(NO_OFFER)('« %s » with no offer names the HR of the served employer', async (q) => {
    const real = await assistantOn(REAL, '2026-05-20');
    const [answer] = await talk(real, `none-${q}`, [q]);
    expect(answer!.intent).toBe('offer.contact');
    expect(answer!.text).toContain('ressources humaines');
    expect(answer!.text.toLowerCase()).toContain('drh-candidature@opt.nc');
    expect(answer!.text).toContain('Office des postes et télécommunications');
    // No offer was named: none is answered for, none is taken from a title word ("humain").
    expect(answer!.offers).toEqual([]);
  });

  it('an employer whose documents give no HR contact: says plainly to name an offer', async () => {
    const seeds = await assistantOn(SEEDS, '2025-06-05');
    const [answer] = await talk(seeds, 'seeds-contact', ['je veux parler à un humain']);
    expect(answer!.intent).toBe('offer.contact');
    expect(answer!.text).toMatch(/intitulé ou (?:sa )?référence/);
    expect(answer!.text).not.toContain('@');
  });

  /** Negatives: a job title holding "humaines" still names its offer; a greeting stays one. */
  it.each([
    ['le contact du poste référent ressources humaines', '3134-26-0682/SR'],
    ['bonjour', null],
  ])('« %s » → %s', async (question, reference) => {
    const real = await assistantOn(REAL, '2026-05-20');
    const [answer] = await talk(real, `neg-${question}`, [question]);
    expect(answer!.offers.map((o) => o.reference)).toEqual(reference === null ? [] : [reference]);
  });
});

/** The help's examples, quoted as « … » bullets. */
function examplesOf(text: string): string[] {
  return [...text.matchAll(/^• « (.+) »$/gm)].map((m) => m[1]!);
}

it('a job title holding "conseiller" is no request for a person', async () => {
  const seeds = await assistantOn(SEEDS, '2025-05-10');
  const [answer] = await talk(seeds, 'job', [
    'je cherche un conseiller en insertion socioprofessionnelle',
  ]);
  expect(answer!.intent).not.toBe('offer.contact');
  expect(answer!.offers.map((o) => o.reference)).toContain('3134-25-0648/SR');
});

describe('"aide" gives examples taken from the catalog being served', () => {
  it.each([
    [REAL, '2026-05-20'],
    [SEEDS, '2025-06-05'],
    [SEEDS, '2026-05-20'],
  ])('on %s (%s), following each example answers with an offer', async (dataDir, day) => {
    const assistant = await assistantOn(dataDir, day);
    const [help] = await talk(assistant, 'help', ['aide']);
    const examples = examplesOf(help!.text);
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const [i, example] of examples.entries()) {
      const [answer] = await talk(assistant, `follow-${i}`, [example]);
      expect(answer!.offers.length, example).toBeGreaterThan(0);
      for (const card of answer!.offers)
        expect(assistant.catalog().byRef(card.reference), example).toBeDefined();
    }
  });

  it('on an empty catalog: no offer is invented, the examples still get an answer', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'answers-empty-'));
    const assistant = await assistantOn(empty, '2026-05-20');
    const [help] = await talk(assistant, 'help', ['aide']);
    expect(help!.text).not.toMatch(/\d{4}-\d{2}-\d{3,4}\/SR/);
    expect(help!.text).not.toContain('travailleur social');
    for (const [i, example] of examplesOf(help!.text).entries()) {
      const [answer] = await talk(assistant, `empty-${i}`, [example]);
      expect(answer!.offers).toEqual([]);
      expect(answer!.text.length).toBeGreaterThan(0);
    }
  });
});

describe('"voir plus" after a listing shows the next ones', () => {
  it('pages through the 19 open offers, numbered on, then says there are no more', async () => {
    const real = await assistantOn(REAL, '2026-05-20');
    const [list, more, last, none] = await talk(real, 'more', [
      'offres ouvertes',
      'voir plus',
      'la suite',
      'les autres',
    ]);
    expect(list!.quickReplies).toContain('Voir plus');
    expect(list!.text).toMatch(/^8\. /m);
    expect(more!.intent).toBe('offers.list');
    expect(more!.text).toMatch(/^9\. /m);
    expect(more!.text).toMatch(/^16\. /m);
    expect(more!.text).not.toMatch(/^8\. /m);
    expect(more!.quickReplies).toContain('Voir plus');
    expect(last!.text).toMatch(/^17\. /m);
    expect(last!.text).toMatch(/^19\. /m);
    expect(last!.quickReplies).not.toContain('Voir plus');
    expect(none!.offers).toEqual([]);
    expect(none!.text).toMatch(/toutes/);
    // Every offer shown once over the pages.
    const shown = [list, more, last].flatMap((a) =>
      [...a!.text.matchAll(/réf\. (\S+\/SR)/g)].map((m) => m[1]),
    );
    expect(new Set(shown).size).toBe(19);
  });

  it('a rank after "voir plus" resolves in the whole list ("le 10e")', async () => {
    const real = await assistantOn(REAL, '2026-05-20');
    const [list, more, tenth] = await talk(real, 'rank', [
      'offres ouvertes',
      'voir plus',
      'le 10e',
    ]);
    const ref10 = [...more!.text.matchAll(/^10\. .*réf\. (\S+\/SR)/gm)][0]?.[1];
    expect(list!.text).not.toContain(ref10);
    expect(tenth!.offers.map((o) => o.reference)).toEqual([ref10]);
  });

  it.each([
    ['a short listing (no more to see)', ['offres à Koné', 'voir plus']],
    ['no listing yet', ['voir plus']],
  ])('%s: "voir plus" lists nothing new and says so', async (_, texts) => {
    const real = await assistantOn(REAL, '2026-05-20');
    const answers = await talk(real, `nomore-${texts.length}`, texts);
    const answer = answers.at(-1)!;
    expect(answer.intent).not.toBe('goodbye');
    expect(answer.quickReplies).not.toContain('Voir plus');
  });
});
