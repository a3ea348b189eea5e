import type { Answer } from '../../dialog/answer.ts';

const MAX_SECTION_CHARS = 3000;
const MAX_BUTTONS = 5;
const MAX_BUTTON_LABEL = 75;

/** Escapes the three characters Slack reserves in message text. */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * An answer as Slack `text` plus, when it has quick replies, Block Kit buttons
 * whose value is sent back as the user's next message.
 */
export function renderSlack(answer: Answer): { text: string; blocks?: object[] } {
  const text = escapeSlack(answer.text);
  const replies = answer.quickReplies
    .filter((r) => r.length > 0 && r.length <= MAX_BUTTON_LABEL)
    .slice(0, MAX_BUTTONS);
  if (replies.length === 0 || text.length > MAX_SECTION_CHARS) return { text };
  return {
    text,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text } },
      {
        type: 'actions',
        elements: replies.map((reply, i) => ({
          type: 'button',
          action_id: `quick_reply_${i}`,
          text: { type: 'plain_text', text: reply },
          value: reply,
        })),
      },
    ],
  };
}
