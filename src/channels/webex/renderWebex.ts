import type { Answer } from '../../dialog/answer.ts';
import { MESSAGING_MESSAGES } from '../messaging/messages.fr.ts';

/** Escapes the markdown characters Webex would interpret in plain answer text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#])/g, '\\$1');
}

/** An answer as Webex `text` (plain) and `markdown` (quick replies as a list to retype). */
export function renderWebex(answer: Answer): { text: string; markdown: string } {
  const replies = answer.quickReplies.filter((r) => r.trim() !== '').slice(0, 5);
  const list = replies.map((r) => `- ${escapeMarkdown(r)}`).join('\n');
  const markdown =
    replies.length === 0
      ? escapeMarkdown(answer.text)
      : `${escapeMarkdown(answer.text)}\n\n${MESSAGING_MESSAGES.quickRepliesTitle}\n${list}`;
  const text =
    replies.length === 0
      ? answer.text
      : `${answer.text}\n\n${MESSAGING_MESSAGES.quickRepliesTitle}\n${replies.map((r) => `- ${r}`).join('\n')}`;
  return { text, markdown };
}

/**
 * The user's words: the HTML version without the leading mention of the bot
 * (group spaces) and without tags, else the plain text.
 */
export function messageText(text: string, html: string | null): string {
  if (html === null) return text.trim();
  return html
    .replace(/^\s*(<p>|<div>)?\s*<spark-mention[^>]*>.*?<\/spark-mention>/is, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
