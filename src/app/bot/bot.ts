import { Client, Events, GatewayIntentBits, type Message, Partials, ThreadAutoArchiveDuration } from 'discord.js';
import { toDiscordMessage } from '../../reply/render-discord.ts';
import { type Reply, errorReply } from '../../reply/reply.ts';
import { answerConversation, chatPlace, threadConversation, threadName } from './chat-place.ts';
import { filesOf } from './send.ts';
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
  /** Whether to ask for the privileged Message Content intent: then every message in a thread the bot opened is read. */
  messageContent?: boolean;
}

/**
 * The Discord bot: slash commands, autocomplete and buttons, and chat-style mentions or direct messages.
 * An answer to a mention opens a thread, where follow-ups are read in their conversation. It needs no
 * privileged intent: Discord delivers the content of messages that mention the bot or reply to it.
 */
export class Bot {
  readonly client: Client;

  constructor(private readonly options: BotOptions) {
    this.client = new Client({
      intents: [
        GatewayIntentBits.Guilds,
        GatewayIntentBits.GuildMessages,
        GatewayIntentBits.DirectMessages,
        ...(options.messageContent ? [GatewayIntentBits.MessageContent] : []),
      ],
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

  /**
   * A message for the bot (see `chatPlace`) is answered as a reply to it. An answer (quoted results) to a mention
   * in a channel opens a thread for follow-ups; where the bot may not open threads, replies to its answer continue instead.
   */
  private async onMessage(message: Message): Promise<void> {
    const me = this.client.user;
    if (!me || message.author.bot) return;
    const place = chatPlace(message, me.id, Boolean(this.options.messageContent));
    if (!place) return;
    try {
      const reply = await this.answerChat(message, place.conversation);
      const payload = toDiscordMessage(reply);
      const sent = await message.reply({
        embeds: payload.embeds,
        components: payload.components,
        files: await filesOf(payload),
        allowedMentions: { parse: [], repliedUser: false },
      });
      // Only an answer opens a thread: a refusal or an error has nothing to follow up.
      if (place.opensThread && reply.cards.length > 0) await this.openThread(sent, message, place.conversation);
      else if (!message.channel.isThread() && message.guildId !== null)
        this.options.archive.moveConversation(place.conversation, answerConversation(sent.id, message.author.id));
    } catch (error) {
      this.options.log(`message ${message.id} could not be answered`, error);
    }
  }

  private async answerChat(message: Message, conversation: string): Promise<Reply> {
    const route = await routeChat(message.content, (name) => this.options.archive.isSpeaker(name));
    const wait = this.options.throttle(message.author.id);
    const command = this.options.commands.get(route.command);
    if (wait > 0) return errorReply(`You are asking quickly: please wait ${wait} s.`);
    if (!command) return errorReply('I cannot answer that here.');
    const context = {
      archive: this.options.archive,
      options: route.options,
      invoker: { id: message.author.id, moderator: false },
      conversation,
    };
    return runCommand(command, context, this.options.log);
  }

  /**
   * Opens a thread on the answer, carrying the conversation into it first: a thread opened on a message
   * takes the message's id, and a follow-up may arrive before Discord confirms the thread. Without the
   * permission, replies to the answer continue the conversation instead.
   */
  private async openThread(answer: Message, question: Message, conversation: string): Promise<void> {
    const { archive } = this.options;
    archive.moveConversation(conversation, threadConversation(answer.id, question.author.id));
    try {
      await answer.startThread({ name: threadName(question.content), autoArchiveDuration: ThreadAutoArchiveDuration.OneHour });
    } catch (error) {
      this.options.log(
        `could not open a thread on message ${answer.id} (the bot needs Create Public Threads); replies continue the conversation`,
        error,
      );
      archive.moveConversation(threadConversation(answer.id, question.author.id), answerConversation(answer.id, question.author.id));
    }
  }
}
