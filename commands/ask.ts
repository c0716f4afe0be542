import { SlashCommandBuilder } from 'discord.js';
import { answerReply } from '../src/reply/reply.ts';
import { MAX_QUESTION_LENGTH } from '../src/query/ask.ts';
import { MAX_PAGE } from '../src/service/archive.ts';
import { defineCommand } from '../src/app/commands/contract.ts';
import { numberOption, stringOption } from '../src/app/commands/options.ts';
import { sourceChoices } from '../src/app/commands/choices.ts';

export default defineCommand({
  data: new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Quote the passages of the archive that answer a question')
    .addStringOption((o) =>
      o.setName('question').setDescription('Your question, in plain words').setRequired(true).setMaxLength(MAX_QUESTION_LENGTH),
    )
    .addStringOption((o) => o.setName('source').setDescription('Only articles from this source (TASS, Reuters, …)').setAutocomplete(true))
    .addStringOption((o) => o.setName('from').setDescription('Only articles dated on or after: YYYY, YYYY-MM or YYYY-MM-DD'))
    .addStringOption((o) => o.setName('to').setDescription('Only articles dated on or before: YYYY, YYYY-MM or YYYY-MM-DD'))
    .addIntegerOption((o) =>
      o.setName('limit').setDescription('How many answers to show at once (default 3)').setMinValue(1).setMaxValue(MAX_PAGE),
    ),
  execute: async ({ archive, options, conversation }) =>
    answerReply(
      await archive.ask({
        question: stringOption(options, 'question') ?? '',
        source: stringOption(options, 'source'),
        from: stringOption(options, 'from'),
        to: stringOption(options, 'to'),
        limit: numberOption(options, 'limit'),
        ...(conversation !== undefined && { conversation }),
      }),
    ),
  autocomplete: (archive, option, typed) => (option === 'source' ? sourceChoices(archive, typed) : []),
});
