import { Client, Events, GatewayIntentBits, type Message, Partials } from 'discord.js';
import { toDiscordMessage } from '../../reply/render-discord.ts';
import { errorReply } from '../../reply/reply.ts';
import { routeChat } from '../commands/chat.ts';
import type { Command } from '../commands/contract.ts';
import { runCommand } from '../commands/run.ts';
import type { Archive } from '../../service/archive.ts';
import { DEFER_AFTER_MS, type InteractionContext, handleInteraction } from './interactions.ts';
import type { BotLogger } from './log.ts';

export interface BotOptions {
  token: string;
  archive: Archive;
  commands: Map<string, Command>;
  moderatorRoleId: string | null;
  /** The REST base (`…/api`) of a Discord-compatible server; Discord's own when null. */
  apiUrl: string | null;
  log: BotLogger;
  throttle: InteractionContext['throttle'];
  /** How long a command may run before its reply is deferred (default: within Discord's 3 seconds). */
  deferAfterMs?: number;
}

/**
 * The Discord bot: slash commands, autocomplete and buttons, and chat-style mentions or direct
 * messages. It needs no privileged intent: Discord delivers the content of messages that mention the bot.
 */
export class Bot {
  readonly client: Client;

  constructor(private readonly options: BotOptions) {
    this.client = new Client({
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
      partials: [Partials.Channel],
      allowedMentions: { parse: [], repliedUser: false },
      ...(options.apiUrl && { rest: { api: options.apiUrl } }),
    });
    const context: InteractionContext = { ...options, deferAfterMs: options.deferAfterMs ?? DEFER_AFTER_MS };
    this.client.on(Events.InteractionCreate, (interaction) => void handleInteraction(interaction, context));
    this.client.on(Events.MessageCreate, (message) => void this.onMessage(message));
    this.client.on(Events.Error, (error) => options.log('Discord client error', error));
  }

  async start(): Promise<void> {
    const ready = new Promise<void>((resolve) => this.client.once(Events.ClientReady, () => resolve()));
    await this.client.login(this.options.token);
    await ready;
    this.options.log(`logged in as ${this.client.user?.tag ?? 'unknown'}`);
  }

  async stop(): Promise<void> {
    await this.client.destroy();
  }

  /** A message that mentions the bot, or a direct message, is answered as a reply to it. */
  private async onMessage(message: Message): Promise<void> {
    const me = this.client.user;
    if (!me || message.author.bot) return;
    if (message.guildId !== null && !message.mentions.users.has(me.id)) return;
    try {
      const route = routeChat(message.content);
      const wait = this.options.throttle(message.author.id);
      const command = this.options.commands.get(route.command);
      let reply;
      if (wait > 0) reply = errorReply(`You are asking quickly: please wait ${wait} s.`);
      else if (!command) reply = errorReply('I cannot answer that here.');
      else
        reply = await runCommand(
          command,
          { archive: this.options.archive, options: route.options, invoker: { id: message.author.id, moderator: false } },
          this.options.log,
        );
      const payload = toDiscordMessage(reply);
      await message.reply({ embeds: payload.embeds, components: payload.components, allowedMentions: { parse: [], repliedUser: false } });
    } catch (error) {
      this.options.log(`message ${message.id} could not be answered`, error);
    }
  }
}
