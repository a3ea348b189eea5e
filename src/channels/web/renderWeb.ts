import type { Answer } from '../../dialog/answer.ts';

/** What the widget receives for an answer: its text, and the whole Answer for the cards. */
export interface WebReply {
  text: string;
  /** `answerId`: what a 👍/👎 on this answer refers to (when feedback is recorded). */
  channelData: { answer: Answer; answerId?: string };
}

/** An Answer as a Botkit reply to the widget (which draws the cards from `channelData`). */
export function renderWeb(answer: Answer, answerId: string | null = null): WebReply {
  return { text: answer.text, channelData: { answer, ...(answerId === null ? {} : { answerId }) } };
}
