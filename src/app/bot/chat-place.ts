import type { Message } from 'discord.js';

/** Where a chat message to the bot belongs: the conversation it continues, and whether the answer opens a thread. */
export interface ChatPlace {
  conversation: string;
  opensThread: boolean;
}

/**
 * Whether the bot reads a message, and in which conversation: a direct message always, in its channel's
 * conversation; in a thread, a message that mentions the bot or replies to it (any message, in a thread the
 * bot opened, when it may read message content), in the asker's conversation there; in a channel, a mention
 * (a new conversation, whose answer opens a thread) or a reply to one of the bot's answers (continuing it).
 * Two people in one place never share a conversation. Null when the message is not for the bot.
 */
export function chatPlace(message: Message, botId: string, readsAllInOwnThreads: boolean): ChatPlace | null {
  const author = message.author.id;
  // Without the Message Content intent, Discord sends no words for a message that does not mention the bot.
  if (!message.content.trim()) return null;
  if (message.guildId === null) return { conversation: `dm:${message.channelId}`, opensThread: false };
  const repliesToBot = message.mentions.repliedUser?.id === botId;
  const addressed = message.mentions.users.has(botId) || repliesToBot;
  const { channel } = message;
  if (channel.isThread()) {
    const ownThread = channel.ownerId === botId;
    if (!addressed && !(readsAllInOwnThreads && ownThread)) return null;
    return { conversation: threadConversation(channel.id, author), opensThread: false };
  }
  if (!addressed) return null;
  const answered = repliesToBot ? message.reference?.messageId : undefined;
  if (answered) return { conversation: answerConversation(answered, author), opensThread: false };
  return { conversation: answerConversation(message.id, author), opensThread: true };
}

/** The conversation of one person in a thread. */
export function threadConversation(threadId: string, userId: string): string {
  return `thread:${threadId}:${userId}`;
}

/** The conversation that continues from a message (the bot's answer) by replies to it. */
export function answerConversation(messageId: string, userId: string): string {
  return `message:${messageId}:${userId}`;
}

/** Discord's limit on a thread's name. */
const THREAD_NAME = 100;

/** A thread's name from the question that opened it. */
export function threadName(question: string): string {
  const words =
    question
      .replace(/<@[!&]?\d+>/g, '')
      .replace(/\s+/g, ' ')
      .trim() || 'Dateline';
  return words.length <= THREAD_NAME ? words : `${words.slice(0, THREAD_NAME - 1).trimEnd()}…`;
}
