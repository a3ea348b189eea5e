import { createAssistant } from '../../createAssistant.ts';
import { normalize } from '../../text/normalize.ts';
import { fixedClock, parseClockSetting } from '../../time/clock.ts';
import type { Answer } from '../answer.ts';
import type { ConversationFile, ExpectedAnswer, ScriptedTurn } from './conversationCases.ts';

export interface TurnFailure {
  turn: ScriptedTurn;
  problems: string[];
  answer: Answer;
}

export interface ConversationReport {
  turns: number;
  failures: TurnFailure[];
  /** Turns and passes per class, for the turns that name one. */
  classes: Map<string, { turns: number; passed: number }>;
}

const refs = (cards: Answer['offers']) => cards.map((c) => c.reference);

/** Every way an answer misses what a turn expects (empty when it passes). */
export function check(answer: Answer, expected: ExpectedAnswer): string[] {
  const problems: string[] = [];
  const text = normalize(answer.text);
  if (expected.intent !== undefined && answer.intent !== expected.intent)
    problems.push(`intention ${answer.intent}, attendue ${expected.intent}`);
  if (
    expected.offers !== undefined &&
    JSON.stringify(refs(answer.offers)) !== JSON.stringify(expected.offers)
  ) {
    problems.push(
      `offres ${JSON.stringify(refs(answer.offers))}, attendues ${JSON.stringify(expected.offers)}`,
    );
  }
  for (const r of expected.offersInclude ?? [])
    if (!refs(answer.offers).includes(r)) problems.push(`offre ${r} absente`);
  for (const r of expected.suggestionsInclude ?? [])
    if (!refs(answer.suggestions).includes(r)) problems.push(`suggestion ${r} absente`);
  if (expected.suggestionsNonEmpty && answer.suggestions.length === 0)
    problems.push('aucune suggestion');
  if (expected.quickRepliesNonEmpty && answer.quickReplies.length === 0)
    problems.push('aucune réponse rapide');
  for (const s of expected.textIncludes ?? [])
    if (!text.includes(normalize(s))) problems.push(`texte sans « ${s} »`);
  for (const s of expected.textExcludes ?? [])
    if (text.includes(normalize(s))) problems.push(`texte avec « ${s} »`);
  return problems;
}

/** Plays every turn of a file, in order, through one real assistant (each conversation keeps its context). */
export async function runConversationFile(file: ConversationFile): Promise<ConversationReport> {
  const first = file.turns[0]?.now ?? '2025-01-01';
  const assistant = await createAssistant({ dataDir: file.data, clock: fixedClock(first) });
  const failures: TurnFailure[] = [];
  const classes = new Map<string, { turns: number; passed: number }>();
  for (const turn of file.turns) {
    const conversation = `${file.path}#${turn.conversation}`;
    const answer = await assistant.ask({
      conversation,
      text: turn.text,
      now: parseClockSetting(turn.now),
    });
    const problems = check(answer, turn.expect);
    if (problems.length > 0) failures.push({ turn, problems, answer });
    if (turn.class !== undefined) {
      const score = classes.get(turn.class) ?? { turns: 0, passed: 0 };
      score.turns += 1;
      if (problems.length === 0) score.passed += 1;
      classes.set(turn.class, score);
    }
  }
  return { turns: file.turns.length, failures, classes };
}
