import { SlashCommandBuilder } from 'discord.js';
import { whoSaidReply } from '../src/answer/reply.ts';
import { MAX_QUESTION_LENGTH } from '../src/answer/ask.ts';
import { defineCommand } from '../src/commands/contract.ts';
import { stringOption } from '../src/commands/options.ts';

export default defineCommand({
  data: new SlashCommandBuilder()
    .setName('whosaid')
    .setDescription('Who said a phrase: the speaker, the quote, its date and source')
    .addStringOption((o) => o.setName('phrase').setDescription('The words, or some of them').setRequired(true).setMaxLength(MAX_QUESTION_LENGTH)),
  execute: ({ archive, options }) => whoSaidReply(archive.whoSaid(stringOption(options, 'phrase') ?? '')),
});
