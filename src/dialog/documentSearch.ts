import topicsTable from '../text/lexicon/documentTopics.fr.json' with { type: 'json' };
import { normalizeWords } from '../text/normalize.ts';

export interface DocumentTopic {
  id: string;
  /** The intent whose field speaks of this topic, when one does (its silent answers quote the document). */
  intent?: string;
  label: string;
  question: string[];
  document: string[];
}

export const TOPICS: readonly DocumentTopic[] = topicsTable.topics.map((t) => ({
  ...t,
  question: t.question.map(normalizeWords),
  document: t.document.map(normalizeWords),
}));

function mentions(normalizedText: string, forms: readonly string[]): boolean {
  const padded = ` ${normalizedText} `;
  return forms.some((form) => padded.includes(` ${form} `));
}

/** The topic an intent's field speaks of, if any. */
export function topicOfIntent(intent: string): DocumentTopic | null {
  return TOPICS.find((t) => t.intent === intent) ?? null;
}

/** A topic by its id (the query's `topic`). */
export function topicById(id: string | null): DocumentTopic | null {
  return id === null ? null : (TOPICS.find((t) => t.id === id) ?? null);
}

/** Longest quoted passage, so an answer stays readable at a glance. */
const MAX_PASSAGE = 300;

/**
 * The lines of an offer's text that speak of a topic, verbatim (trimmed,
 * bullets dropped), at most `limit`.
 */
export function passagesAbout(body: string, topic: DocumentTopic, limit = 3): string[] {
  const found: string[] = [];
  for (const raw of body.split('\n')) {
    const line = raw.replace(/^\s*[-•*]\s*/, '').trim();
    if (line === '' || !mentions(normalizeWords(line), topic.document)) continue;
    const passage = line.length > MAX_PASSAGE ? `${line.slice(0, MAX_PASSAGE - 1)}…` : line;
    if (!found.includes(passage)) found.push(passage);
    if (found.length === limit) break;
  }
  return found;
}
