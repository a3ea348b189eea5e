import type { Assistant, Turn } from '../../src/assistant.ts';
import type { Answer, OfferCard } from '../../src/dialog/answer.ts';
import { MAX_LISTED } from '../../src/dialog/render.ts';
import { messages } from '../../src/dialog/messages.fr.ts';

/** Fixed offers: enough for a long listing (18), as the server's cards carry them. */
export const OFFERS: OfferCard[] = Array.from({ length: 18 }, (_, i) => ({
  reference: `3134-25-${String(100 + i).padStart(4, '0')}/SR`,
  title: `Agent administratif polyvalent du service numéro ${i + 1}`,
  employer: 'Province Sud',
  location: 'Nouméa',
  publishedOn: '2025-05-20',
  deadline: '2025-06-20',
  status: 'open',
}));

const quickReplyFor = (o: OfferCard) => `${o.title} (${o.reference})`;

/** The text a listing carries, built with the server's own line formats. */
function listingText(lead: string, offers: OfferCard[]): string {
  const lines = offers
    .slice(0, MAX_LISTED)
    .map((o, i) => messages.offerLine(i + 1, o.title, o.location, o.deadline, o.reference));
  if (offers.length > MAX_LISTED) lines.push(messages.listMore(offers.length - MAX_LISTED));
  return [lead, ...lines].join('\n');
}

const base = (intent: string, text: string): Answer => ({
  text,
  intent,
  offers: [],
  suggestions: [],
  quickReplies: [],
});

/** The text of the answer that mixes links, e-mails, phones and things that are none of these. */
export const LINKS_TEXT = [
  `Candidature à envoyer à recrutement@province-sud.nc ou au 26 79 38 (standard +687 20 30 40).`,
  `Mobile : +687 781234. Offre : réf. ${OFFERS[0]!.reference}. Détails : https://www.province-sud.nc/offres?id=7.`,
  `Pas des liens : réf. 3134-25-0999/SR, 06/06/2025, 250 000 XPF, 12 34 56, 2025, www.exemple.nc,`,
  `javascript:alert(1) <a href="https://mal.example">x</a> mailto:x ftp://exemple.nc/f 26 79 38 99.`,
].join('\n');

/** The links LINKS_TEXT must give, in order, and nothing else. */
export const LINKS_EXPECTED = [
  'mailto:recrutement@province-sud.nc',
  'tel:+687267938',
  'tel:+687203040',
  'tel:+687781234',
  `/offres/${encodeURIComponent(OFFERS[0]!.reference)}`,
  'https://www.province-sud.nc/offres?id=7',
];

/** Every question the stub answers, with its fixed answer. */
export const ANSWERS: Record<string, Answer> = {
  'offres ouvertes': {
    ...base('offers.list', listingText('18 offres ouvertes ce jeudi 5 juin 2025 :', OFFERS)),
    offers: OFFERS,
    quickReplies: OFFERS.slice(0, 3).map(quickReplyFor),
  },
  'boulanger à lifou': {
    ...base(
      'offers.list',
      listingText(
        `Aucune offre ouverte à Lifou ce jeudi 5 juin 2025.\n${messages.suggestOpen}`,
        OFFERS.slice(0, 3),
      ),
    ),
    suggestions: OFFERS.slice(0, 3),
    quickReplies: OFFERS.slice(0, 3).map(quickReplyFor),
  },
  'offre 1': {
    ...base('offer.details', `« ${OFFERS[0]!.title} » (réf. ${OFFERS[0]!.reference}).`),
    offers: [OFFERS[0]!],
    quickReplies: ['Date limite', 'Diplôme demandé', 'Contact', 'Lieu de travail', 'Salaire'],
  },
  'date limite': {
    ...base(
      'offer.deadline',
      `La date limite pour réf. ${OFFERS[0]!.reference} est le 20/06/2025.`,
    ),
    offers: [OFFERS[0]!],
    quickReplies: ['Diplôme demandé'],
  },
  'offre 2': {
    ...base('offer.details', `« ${OFFERS[1]!.title} » (réf. ${OFFERS[1]!.reference}).`),
    offers: [OFFERS[1]!],
    quickReplies: ['Date limite'],
  },
  contact: { ...base('offer.contact', LINKS_TEXT), offers: [OFFERS[0]!] },
  lente: base('help', 'Réponse lente.'),
  rapide: base('help', 'Réponse rapide.'),
};

/**
 * An assistant that answers from ANSWERS (lower-cased question), `fallback` otherwise.
 * `hold()` makes the next answers wait until `release()`: a slow answer under the test's control.
 */
export function stubAssistant(): Assistant & { hold(): void; release(): void } {
  let gate: Promise<void> | null = null;
  let open = () => {};
  return {
    hold() {
      gate = new Promise((resolve) => {
        open = resolve;
      });
    },
    release() {
      gate = null;
      open();
    },
    async ask(turn: Turn) {
      if (gate) await gate;
      return ANSWERS[turn.text.toLowerCase()] ?? base('fallback', 'Je n’ai pas compris.');
    },
  };
}
