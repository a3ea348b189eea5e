import type { Answer } from '../../dialog/answer.ts';

/** An Answer as terminal text: the answer itself, then the quick replies on one line. */
export function renderText(answer: Answer): string {
  const lines = [answer.text];
  if (answer.quickReplies.length > 0) lines.push('', `→ ${answer.quickReplies.join(' | ')}`);
  return `${lines.join('\n')}\n`;
}
