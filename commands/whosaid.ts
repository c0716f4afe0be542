import { SlashCommandBuilder } from 'discord.js';
import { whoSaidReply } from '../src/reply/reply.ts';
import { MAX_QUESTION_LENGTH } from '../src/query/ask.ts';
import { defineCommand } from '../src/app/commands/contract.ts';
import { stringOption } from '../src/app/commands/options.ts';

export default defineCommand({
  data: new SlashCommandBuilder()
    .setName('whosaid')
    .setDescription('Who said a phrase: the speaker, the quote, its date and source')
    .addStringOption((o) =>
      o.setName('phrase').setDescription('The words, or some of them').setRequired(true).setMaxLength(MAX_QUESTION_LENGTH),
    ),
  execute: async ({ archive, options, conversation }) =>
    whoSaidReply(await archive.whoSaid(stringOption(options, 'phrase') ?? '', conversation)),
});
