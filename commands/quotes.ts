import { SlashCommandBuilder } from 'discord.js';
import { quotationsReply, quotesReply } from '../src/reply/reply.ts';
import { MAX_QUESTION_LENGTH } from '../src/query/ask.ts';
import { InputError } from '../src/model/errors.ts';
import { MAX_PAGE } from '../src/service/archive.ts';
import { type CommandContext, defineCommand } from '../src/app/commands/contract.ts';
import { numberOption, stringOption } from '../src/app/commands/options.ts';
import { MAX_CHOICE_LENGTH, toChoices } from '../src/app/commands/choices.ts';

/** How many of the most quoted speakers `/quotes` names when no speaker is given. */
const MOST_QUOTED = 5;

export default defineCommand({
  data: new SlashCommandBuilder()
    .setName('quotes')
    .setDescription("A speaker's quotes, newest first, or on a topic")
    .addStringOption((o) =>
      o.setName('speaker').setDescription('Who: start typing a name').setAutocomplete(true).setMaxLength(MAX_CHOICE_LENGTH),
    )
    .addStringOption((o) =>
      o.setName('about').setDescription('Only quotes on this topic, most relevant first').setMaxLength(MAX_QUESTION_LENGTH),
    )
    .addStringOption((o) => o.setName('from').setDescription('Only quotes dated on or after: YYYY, YYYY-MM or YYYY-MM-DD'))
    .addStringOption((o) => o.setName('to').setDescription('Only quotes dated on or before: YYYY, YYYY-MM or YYYY-MM-DD'))
    .addIntegerOption((o) =>
      o.setName('limit').setDescription('How many quotes to show at once (default 3)').setMinValue(1).setMaxValue(MAX_PAGE),
    ),
  execute: async ({ archive, options, conversation }) => {
    const speaker = stringOption(options, 'speaker');
    if (!speaker) return everySpeaker({ archive, options });
    return quotesReply(
      await archive.quotes({
        speaker,
        about: stringOption(options, 'about'),
        from: stringOption(options, 'from'),
        to: stringOption(options, 'to'),
        limit: numberOption(options, 'limit'),
        ...(conversation !== undefined && { conversation }),
      }),
    );
  },
  autocomplete: async (archive, option, typed) =>
    option === 'speaker' ? toChoices((await archive.speakers(typed)).map((s) => s.name)) : [],
});

/** Without a speaker: who is quoted most, and (as data) every quotation in the archive. */
async function everySpeaker({ archive, options }: Pick<CommandContext, 'archive' | 'options'>) {
  const narrowing = ['about', 'from', 'to'].filter((name) => stringOption(options, name));
  if (narrowing.length > 0) throw new InputError(`speaker: needed with ${narrowing.join(', ')} (whose quotes?)`);
  return quotationsReply(archive.stats(), await archive.speakers('', MOST_QUOTED), () => archive.allQuotes());
}
