import { SlashCommandBuilder } from 'discord.js';
import { speakersReply } from '../src/reply/reply.ts';
import { defineCommand } from '../src/app/commands/contract.ts';
import { numberOption, stringOption } from '../src/app/commands/options.ts';
import { MAX_CHOICES } from '../src/app/commands/choices.ts';

export default defineCommand({
  data: new SlashCommandBuilder()
    .setName('speakers')
    .setDescription('The people and bodies quoted in the archive, most quoted first')
    .addStringOption((o) => o.setName('prefix').setDescription('Only those whose name (or a word of it) starts so').setMaxLength(100))
    .addIntegerOption((o) => o.setName('limit').setDescription('How many to list (default 25)').setMinValue(1).setMaxValue(100)),
  execute: async ({ archive, options }) =>
    speakersReply(await archive.speakers(stringOption(options, 'prefix') ?? '', numberOption(options, 'limit') ?? MAX_CHOICES)),
});
