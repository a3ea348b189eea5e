import { z } from 'zod';
import { parseJsonObject } from '../messaging/rawBody.ts';

/** What a verified Webex webhook notifies. */
export type WebexRequest =
  | { kind: 'message'; messageId: string; roomId: string; personId: string }
  | { kind: 'ignored'; reason: string };

const Notification = z.object({
  resource: z.string().min(1),
  event: z.string().min(1),
  data: z.looseObject({
    id: z.string().min(1).max(200).optional(),
    roomId: z.string().min(1).max(200).optional(),
    personId: z.string().min(1).max(200).optional(),
    personEmail: z.string().max(320).optional(),
  }),
});

/** Every Webex bot's address ends so; the bot's own messages come back through the webhook. */
const BOT_EMAIL = /@webex\.bot$/i;

/**
 * Reads a verified webhook body. A new message from a person is a `message`
 * (its text is fetched afterwards: webhooks carry only ids); other
 * notifications and bot messages are `ignored`; anything else is null.
 */
export function parseWebexRequest(
  rawText: string,
  botPersonId: string | null,
): WebexRequest | null {
  const parsed = Notification.safeParse(parseJsonObject(rawText));
  if (!parsed.success) return null;
  const { resource, event, data } = parsed.data;
  if (resource !== 'messages' || event !== 'created')
    return { kind: 'ignored', reason: `${resource}.${event}` };
  if (data.id === undefined || data.roomId === undefined || data.personId === undefined)
    return null;
  if (data.personId === botPersonId || BOT_EMAIL.test(data.personEmail ?? ''))
    return { kind: 'ignored', reason: 'bot message' };
  return { kind: 'message', messageId: data.id, roomId: data.roomId, personId: data.personId };
}
