import { DISCORD_LIMITS as L, fit, pieces } from './discord-limits.ts';
import { highlight } from './render-text.ts';
import type { Card, Reply, ReplyImage } from './reply.ts';

/**
 * Discord message payloads as plain API objects (what discord.js sends as JSON), so that this module
 * needs no Discord library and every limit can be tested here.
 */
export interface EmbedPayload {
  title?: string;
  /** A picture attached to the message, shown in the embed: `attachment://timeline.png`. */
  image?: { url: string };
  url?: string;
  description?: string;
  fields?: { name: string; value: string; inline?: boolean }[];
  footer?: { text: string };
  color?: number;
}

export interface ButtonPayload {
  type: 2;
  style: 1 | 2;
  label: string;
  custom_id: string;
}

export interface MessagePayload {
  content?: string;
  embeds: EmbedPayload[];
  components: { type: 1; components: ButtonPayload[] }[];
  /** Quoting an article or echoing a user never pings anyone. */
  allowed_mentions: { parse: []; replied_user?: false };
  ephemeral: boolean;
  /** The picture to attach, drawn when the message is sent; the first embed shows it. */
  image?: ReplyImage;
}

export const NO_MENTIONS = { parse: [] as [] };
const COLOR = 0x2b6cb0;

/** Markdown characters that would change how a quote reads; quoted text is shown as written. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\*_~`|[\]]/g, '\\$&').replace(/^(\s*)([#>-])/gm, '$1\\$2');
}

function cardDescription(card: Card): string {
  const quote = highlight(escapeMarkdown(card.quote), shiftForEscapes(card.quote, card.highlights), (word) => `**${word}**`);
  return card.speaker ? `**${escapeMarkdown(card.speaker)}**: ${quote}` : quote;
}

/** Highlights are offsets into the raw quote; escaping adds characters before them. */
function shiftForEscapes(raw: string, highlights: Card['highlights']) {
  const escapedLength = (end: number) => escapeMarkdown(raw.slice(0, end)).length;
  return highlights.map(({ start, end }) => ({
    start: escapedLength(start),
    end: escapedLength(start) + escapeMarkdown(raw.slice(start, end)).length,
  }));
}

function cardEmbed(card: Card): EmbedPayload {
  const embed: EmbedPayload = {
    title: fit(card.title, L.title),
    description: fit(cardDescription(card), L.description),
    footer: { text: fit(card.meta, L.footer) },
    color: COLOR,
  };
  if (card.url && /^https?:\/\//.test(card.url)) embed.url = card.url;
  return embed;
}

function size(embed: EmbedPayload): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0)
  );
}

/** A reply as one Discord message: a lead embed for prose, one embed per card, buttons; always within Discord's limits. */
export function toDiscordMessage(reply: Reply): MessagePayload {
  const embeds: EmbedPayload[] = [];
  if (reply.lines.length > 0 || reply.cards.length === 0 || reply.image) {
    const lead: EmbedPayload = { description: fit(reply.lines.join('\n') || '\u200b', L.description), color: COLOR };
    if (reply.title) lead.title = fit(reply.title, L.title);
    if (reply.image) lead.image = { url: `attachment://${reply.image.name}` };
    if (reply.footer && reply.cards.length === 0) lead.footer = { text: fit(reply.footer, L.footer) };
    embeds.push(lead);
  } else if (reply.title) {
    embeds.push({ title: fit(reply.title, L.title), color: COLOR });
  }
  for (const card of reply.cards) embeds.push(cardEmbed(card));
  if (reply.footer && reply.cards.length > 0)
    embeds.at(-1)!.footer = { text: fit(`${embeds.at(-1)!.footer?.text ?? ''} · ${reply.footer}`, L.footer) };
  return {
    embeds: withinMessage(embeds),
    components: buttons(reply),
    allowed_mentions: NO_MENTIONS,
    ephemeral: reply.private ?? false,
    ...(reply.image && { image: reply.image }),
  };
}

/** At most 10 embeds and 6000 characters: later embeds are dropped, then the last is shortened. */
function withinMessage(embeds: EmbedPayload[]): EmbedPayload[] {
  const kept = embeds.slice(0, L.embedsPerMessage);
  let total = kept.reduce((sum, e) => sum + size(e), 0);
  while (total > L.charactersPerMessage && kept.length > 1) total -= size(kept.pop()!);
  if (total > L.charactersPerMessage && kept[0]?.description)
    kept[0].description = fit(kept[0].description, Math.max(1, L.charactersPerMessage - (total - kept[0].description.length)));
  return kept;
}

function buttons(reply: Reply): MessagePayload['components'] {
  const row: ButtonPayload[] = [];
  for (const action of reply.actions) {
    if (row.length === L.buttonsPerRow) break;
    const id = action.kind === 'more' ? `more:${action.next}` : `article:${action.articleId}`;
    if (id.length > L.customId) continue;
    row.push({
      type: 2,
      style: action.kind === 'more' ? 1 : 2,
      label: fit(action.kind === 'more' ? 'More results' : action.label, L.buttonLabel),
      custom_id: id,
    });
  }
  return row.length > 0 ? [{ type: 1, components: row }] : [];
}

/** A whole article as ephemeral messages that fit: title and meta, then its text in pieces. */
export function articleMessages(lines: string[]): MessagePayload[] {
  const [title = 'Article', meta = '', , ...body] = lines;
  const chunks = pieces(escapeMarkdown(body.join('\n')), L.description);
  const embeds: EmbedPayload[] = chunks.map((chunk, i) => ({
    description: chunk,
    color: COLOR,
    ...(i === 0 && { title: fit(title, L.title) }),
  }));
  if (embeds.length > 0) embeds.at(-1)!.footer = { text: fit(meta, L.footer) };
  const messages: MessagePayload[] = [];
  let current: EmbedPayload[] = [];
  let total = 0;
  for (const embed of embeds) {
    if (current.length === L.embedsPerMessage || total + size(embed) > L.charactersPerMessage) {
      messages.push({ embeds: current, components: [], allowed_mentions: NO_MENTIONS, ephemeral: true });
      current = [];
      total = 0;
    }
    current.push(embed);
    total += size(embed);
  }
  if (current.length > 0) messages.push({ embeds: current, components: [], allowed_mentions: NO_MENTIONS, ephemeral: true });
  return messages;
}
