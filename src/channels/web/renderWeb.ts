import type { Answer } from '../../dialog/answer.ts';

/** What the widget receives for an answer: its text, and the whole Answer for the cards. */
export interface WebReply {
  text: string;
  channelData: { answer: Answer };
}

/** An Answer as a Botkit reply to the widget (which draws the cards from `channelData`). */
export function renderWeb(answer: Answer): WebReply {
  return { text: answer.text, channelData: { answer } };
}
