import { type InteractionReplyOptions, MessageFlags } from 'discord.js';
import type { MessagePayload } from '../../reply/render-discord.ts';

/** discord.js options for a rendered message: every message sets allowed mentions to none. */
export function replyOptions(payload: MessagePayload): InteractionReplyOptions {
  return {
    embeds: payload.embeds,
    components: payload.components,
    allowedMentions: { parse: [], repliedUser: false },
    ...(payload.ephemeral && { flags: MessageFlags.Ephemeral }),
  };
}
