import { SlashCommandBuilder } from 'discord.js';
import { quotesReply } from '../src/reply/reply.ts';
import { MAX_QUESTION_LENGTH } from '../src/query/ask.ts';
import { defineCommand } from '../src/app/commands/contract.ts';
import { stringOption } from '../src/app/commands/options.ts';
import { MAX_CHOICE_LENGTH, toChoices } from '../src/app/commands/choices.ts';

export default defineCommand({
  data: new SlashCommandBuilder()
    .setName('quotes')
    .setDescription("A speaker's quotes, newest first, or on a topic")
    .addStringOption((o) =>
      o
        .setName('speaker')
        .setDescription('Who: start typing a name')
        .setRequired(true)
        .setAutocomplete(true)
        .setMaxLength(MAX_CHOICE_LENGTH),
    )
    .addStringOption((o) =>
      o.setName('about').setDescription('Only quotes on this topic, most relevant first').setMaxLength(MAX_QUESTION_LENGTH),
    )
    .addStringOption((o) => o.setName('from').setDescription('Only quotes dated on or after: YYYY, YYYY-MM or YYYY-MM-DD'))
    .addStringOption((o) => o.setName('to').setDescription('Only quotes dated on or before: YYYY, YYYY-MM or YYYY-MM-DD')),
  execute: ({ archive, options }) =>
    quotesReply(
      archive.quotes({
        speaker: stringOption(options, 'speaker') ?? '',
        about: stringOption(options, 'about'),
        from: stringOption(options, 'from'),
        to: stringOption(options, 'to'),
      }),
    ),
  autocomplete: (archive, option, typed) => (option === 'speaker' ? toChoices(archive.speakers(typed).map((s) => s.name)) : []),
});
