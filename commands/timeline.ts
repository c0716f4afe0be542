import { SlashCommandBuilder } from 'discord.js';
import { timelineReply } from '../src/reply/timeline.ts';
import { MAX_QUESTION_LENGTH } from '../src/query/ask.ts';
import { PERIODS } from '../src/query/timeline/periods.ts';
import { defineCommand } from '../src/app/commands/contract.ts';
import { stringOption } from '../src/app/commands/options.ts';
import { MAX_CHOICE_LENGTH, sourceChoices, toChoices } from '../src/app/commands/choices.ts';

export default defineCommand({
  data: new SlashCommandBuilder()
    .setName('timeline')
    .setDescription('A chart of how often the archive speaks of something, period by period')
    .addStringOption((o) =>
      o
        .setName('query')
        .setDescription('Words every article must hold, or a "phrase in quotes" (optional with a speaker)')
        .setMaxLength(MAX_QUESTION_LENGTH),
    )
    .addStringOption((o) =>
      o.setName('speaker').setDescription("Count this speaker's quotations instead").setAutocomplete(true).setMaxLength(MAX_CHOICE_LENGTH),
    )
    .addStringOption((o) => o.setName('source').setDescription('Only articles from this source').setAutocomplete(true))
    .addStringOption((o) => o.setName('from').setDescription('Only articles dated on or after: YYYY, YYYY-MM or YYYY-MM-DD'))
    .addStringOption((o) => o.setName('to').setDescription('Only articles dated on or before: YYYY, YYYY-MM or YYYY-MM-DD'))
    .addStringOption((o) =>
      o
        .setName('by')
        .setDescription('The length of each period (default: chosen from the span)')
        .addChoices(...PERIODS.map((period) => ({ name: period, value: period }))),
    ),
  execute: async ({ archive, options }) =>
    timelineReply(
      await archive.timeline({
        query: stringOption(options, 'query'),
        speaker: stringOption(options, 'speaker'),
        source: stringOption(options, 'source'),
        from: stringOption(options, 'from'),
        to: stringOption(options, 'to'),
        by: stringOption(options, 'by'),
      }),
    ),
  autocomplete: async (archive, option, typed) => {
    if (option === 'speaker') return toChoices((await archive.speakers(typed)).map((s) => s.name));
    return option === 'source' ? sourceChoices(archive, typed) : [];
  },
});
