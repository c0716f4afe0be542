import { type AttachmentPayload, type InteractionReplyOptions, MessageFlags } from 'discord.js';
import type { MessagePayload } from '../../reply/render-discord.ts';

/** discord.js options for a rendered message, its picture drawn and attached: every message sets allowed mentions to none. */
export async function replyOptions(payload: MessagePayload): Promise<InteractionReplyOptions> {
  return {
    embeds: payload.embeds,
    components: payload.components,
    files: await filesOf(payload),
    allowedMentions: { parse: [], repliedUser: false },
    ...(payload.ephemeral && { flags: MessageFlags.Ephemeral }),
  };
}

/** The files a message attaches: its picture, drawn now. */
export async function filesOf(payload: MessagePayload): Promise<AttachmentPayload[]> {
  if (!payload.image) return [];
  const { name, alt, render } = payload.image;
  return [{ attachment: Buffer.from(await render()), name, description: alt }];
}
