import topicsTable from '../../text/lexicon/documentTopics.fr.json' with { type: 'json' };
import { extractor } from './extractor.ts';
import { firstSaid, phrases } from './phrases.ts';

const TOPICS = topicsTable.topics.map((t) => ({ id: t.id, forms: phrases(t.question) }));

/** The topic of the offer's document a question asks about ("faut-il le permis ?" → permis). */
export const topic = extractor(
  'topic',
  ({ words }) => TOPICS.find((t) => firstSaid(words, t.forms) !== null)?.id ?? null,
);
