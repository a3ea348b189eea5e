import { z } from 'zod';
import { parseJsonObject } from '../messaging/rawBody.ts';

/** What a verified Slack request asks of us. */
export type SlackRequest =
  | { kind: 'challenge'; challenge: string }
  | {
      kind: 'message';
      team: string;
      channel: string;
      user: string;
      text: string;
      threadTs: string | null;
      /** What identifies this delivery across retries and replays (`event:<event_id>` or `action:<trigger_id>`). */
      key: string;
    }
  | { kind: 'ignored'; reason: string };

const Challenge = z.object({
  type: z.literal('url_verification'),
  challenge: z.string().min(1).max(500),
});

const EventCallback = z.object({
  type: z.literal('event_callback'),
  team_id: z.string().min(1).max(50),
  event_id: z.string().min(1).max(100),
  event: z.looseObject({
    type: z.string(),
    user: z.string().max(50).optional(),
    bot_id: z.string().optional(),
    subtype: z.string().optional(),
    text: z.string().optional(),
    channel: z.string().max(50).optional(),
    channel_type: z.string().optional(),
    thread_ts: z.string().max(50).optional(),
  }),
});

const BlockActions = z.object({
  type: z.literal('block_actions'),
  trigger_id: z.string().min(1).max(200),
  user: z.object({ id: z.string().min(1).max(50), team_id: z.string().max(50).optional() }),
  team: z.object({ id: z.string().min(1).max(50) }).nullish(),
  channel: z.object({ id: z.string().min(1).max(50) }),
  actions: z.array(z.object({ value: z.string().max(500).optional() })).min(1),
});

const ignored = (reason: string): SlackRequest => ({ kind: 'ignored', reason });

/** Removes the leading `<@U123>` mention of an `app_mention`. */
function stripMentions(text: string): string {
  return text
    .replace(/<@[A-Z0-9]+(\|[^>]*)?>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function fromEventCallback(body: z.infer<typeof EventCallback>): SlackRequest {
  const { event } = body;
  if (event.bot_id !== undefined || event.subtype !== undefined) return ignored('bot or subtype');
  const isDirect = event.type === 'message' && event.channel_type === 'im';
  if (event.type !== 'app_mention' && !isDirect) return ignored(`event ${event.type}`);
  if (event.user === undefined || event.channel === undefined) return ignored('no user or channel');
  const text = stripMentions(event.text ?? '');
  if (text === '') return ignored('empty text');
  return {
    kind: 'message',
    team: body.team_id,
    channel: event.channel,
    user: event.user,
    text,
    threadTs: event.thread_ts ?? null,
    key: `event:${body.event_id}`,
  };
}

function fromBlockActions(body: z.infer<typeof BlockActions>): SlackRequest {
  const text = body.actions[0]?.value?.trim() ?? '';
  if (text === '') return ignored('action without value');
  const team = body.team?.id ?? body.user.team_id ?? 'unknown';
  return {
    kind: 'message',
    team,
    channel: body.channel.id,
    user: body.user.id,
    text,
    threadTs: null,
    key: `action:${body.trigger_id}`,
  };
}

/**
 * Reads a verified Slack body: Events API JSON, or an interactivity form
 * (`payload=<json>`, a quick-reply button). Null when it is none of them.
 */
export function parseSlackRequest(rawText: string): SlackRequest | null {
  let body = parseJsonObject(rawText);
  if (body === null && rawText.startsWith('payload=')) {
    body = parseJsonObject(new URLSearchParams(rawText).get('payload') ?? '');
    if (body === null) return null;
    const actions = BlockActions.safeParse(body);
    return actions.success
      ? fromBlockActions(actions.data)
      : ignored(`interaction ${String(body.type)}`);
  }
  if (body === null) return null;
  const challenge = Challenge.safeParse(body);
  if (challenge.success) return { kind: 'challenge', challenge: challenge.data.challenge };
  const callback = EventCallback.safeParse(body);
  if (callback.success) return fromEventCallback(callback.data);
  return typeof body.type === 'string' && body.type !== 'event_callback'
    ? ignored(`type ${body.type}`)
    : null;
}
