import { type FeedbackLog, VOTES, type Vote } from '../../dialog/learning/feedbackLog.ts';

/** Longest answer id read from a feedback frame (ids are 22 characters). */
const MAX_ANSWER_ID_LENGTH = 64;

/** Why a feedback frame was not counted: malformed, or no such answer for this conversation. */
export type FeedbackErrorCode = 'bad_feedback' | 'unknown_answer';

/** The server's reply to a feedback frame: the vote as counted, or why it was not. */
export type FeedbackReply =
  | { type: 'feedback'; answerId: string; vote: Vote }
  | { type: 'feedback'; answerId: string | null; error: FeedbackErrorCode };

/**
 * Counts a `{type: 'feedback', answerId, vote}` frame of `conversation` (the socket's own,
 * from its signed token) and says how it went. An answer of another conversation is
 * refused like an unknown one.
 */
export function receiveFeedback(
  feedback: FeedbackLog,
  conversation: string,
  frame: { answerId?: unknown; vote?: unknown },
): FeedbackReply {
  const { answerId, vote } = frame;
  const id =
    typeof answerId === 'string' && answerId.length <= MAX_ANSWER_ID_LENGTH ? answerId : null;
  if (id === null || !VOTES.includes(vote as Vote))
    return { type: 'feedback', answerId: id, error: 'bad_feedback' };
  if (feedback.vote(conversation, id, vote as Vote) === 'unknown')
    return { type: 'feedback', answerId: id, error: 'unknown_answer' };
  return { type: 'feedback', answerId: id, vote: vote as Vote };
}
