import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  Interaction,
  RepliableInteraction,
} from 'discord.js';
import { articleText } from '../../reply/article-text.ts';
import { articleMessages, toDiscordMessage } from '../../reply/render-discord.ts';
import { type Reply, errorReply, pageReply } from '../../reply/reply.ts';
import type { Command, OptionValues } from '../commands/contract.ts';
import { definitionOf } from '../commands/contract.ts';
import { runCommand } from '../commands/run.ts';
import type { Archive } from '../../service/archive.ts';
import type { BotLogger } from './log.ts';
import { isModerator } from './permissions.ts';
import { replyOptions } from './send.ts';
import { threadConversation } from './chat-place.ts';

/** Discord allows 3 seconds for a first answer; work that runs longer is deferred before then. */
export const DEFER_AFTER_MS = 2000;

export interface InteractionContext {
  archive: Archive;
  commands: Map<string, Command>;
  moderatorRoleId: string | null;
  log: BotLogger;
  /** Refuses a user who asks too often: returns the wait in seconds, or 0 to go ahead. */
  throttle: (userId: string) => number;
  /** How long a command may run before its reply is deferred. */
  deferAfterMs: number;
}

/** Routes an interaction; never throws (errors reach the user as a short private message and the log in full). */
export async function handleInteraction(interaction: Interaction, context: InteractionContext): Promise<void> {
  try {
    if (interaction.isChatInputCommand()) await runSlashCommand(interaction, context);
    else if (interaction.isAutocomplete()) await autocomplete(interaction, context);
    else if (interaction.isButton()) await pressButton(interaction, context);
  } catch (error) {
    context.log(`interaction ${interaction.id} failed`, error);
    if (interaction.isRepliable()) await answer(interaction, errorReply('Something went wrong; please try again.')).catch(() => {});
  }
}

async function runSlashCommand(interaction: ChatInputCommandInteraction, context: InteractionContext): Promise<void> {
  const command = context.commands.get(interaction.commandName);
  if (!command) return answer(interaction, errorReply(`Unknown command /${interaction.commandName}.`));
  const wait = context.throttle(interaction.user.id);
  if (wait > 0) return answer(interaction, errorReply(`You are asking quickly: please wait ${wait} s.`));
  const options: OptionValues = {};
  for (const option of definitionOf(command).options ?? []) {
    const value = interaction.options.get(option.name)?.value;
    if (value !== undefined && value !== null) options[option.name] = value;
  }
  const roles = interaction.member && 'roles' in interaction.member ? memberRoles(interaction.member.roles) : [];
  const moderator = isModerator(interaction.memberPermissions?.bitfield ?? null, roles, context.moderatorRoleId);
  const invoker = { id: interaction.user.id, moderator };
  const conversation = slashConversation(interaction);
  const work = runCommand(command, { archive: context.archive, options, invoker, ...(conversation && { conversation }) }, context.log);
  await answerInTime(interaction, work, context.deferAfterMs);
}

/** A slash command in a thread follows up the asker's conversation there; in a direct message, the channel's. */
function slashConversation(interaction: ChatInputCommandInteraction): string | null {
  if (interaction.guildId === null) return `dm:${interaction.channelId}`;
  return interaction.channel?.isThread() ? threadConversation(interaction.channelId, interaction.user.id) : null;
}

function memberRoles(roles: unknown): string[] {
  if (Array.isArray(roles)) return roles.map(String);
  const cache = (roles as { cache?: Map<string, unknown> }).cache;
  return cache ? [...cache.keys()] : [];
}

/** Replies at once when the work is quick; otherwise defers within Discord's window and edits the reply when done. */
async function answerInTime(interaction: RepliableInteraction, work: Promise<Reply>, deferAfterMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(resolve, deferAfterMs, null);
  });
  const quick = await Promise.race([work, late]);
  clearTimeout(timer);
  if (quick) return answer(interaction, quick);
  await interaction.deferReply();
  const { embeds, components, files } = await replyOptions(toDiscordMessage(await work));
  await interaction.editReply({ embeds, components, files, allowedMentions: { parse: [] } });
}

async function answer(interaction: RepliableInteraction, reply: Reply): Promise<void> {
  const options = await replyOptions(toDiscordMessage(reply));
  if (interaction.deferred || interaction.replied) await interaction.followUp(options);
  else await interaction.reply(options);
}

async function autocomplete(interaction: AutocompleteInteraction, context: InteractionContext): Promise<void> {
  const command = context.commands.get(interaction.commandName);
  const focused = interaction.options.getFocused(true);
  const choices =
    context.archive.ready && command?.autocomplete ? await command.autocomplete(context.archive, focused.name, String(focused.value)) : [];
  await interaction.respond(choices);
}

async function pressButton(interaction: ButtonInteraction, context: InteractionContext): Promise<void> {
  const [kind, ...rest] = interaction.customId.split(':');
  const key = rest.join(':');
  if (!context.archive.ready) return answer(interaction, errorReply('The archive is reloading; please ask again in a moment.'));
  if (kind === 'more') {
    const page = await context.archive.more(key);
    return answer(interaction, page ? pageReply(page) : errorReply('Those results have expired; please ask again.'));
  }
  if (kind === 'article') {
    const article = await context.archive.article(key);
    if (!article) return answer(interaction, errorReply('That article is no longer in the archive; please ask again.'));
    const [first, ...more] = articleMessages(articleText(article));
    await interaction.reply(await replyOptions(first!));
    for (const message of more) await interaction.followUp(await replyOptions(message));
    return;
  }
  await answer(interaction, errorReply('That button is no longer in use; please ask again.'));
}
