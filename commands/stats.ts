import { SlashCommandBuilder } from 'discord.js';
import { statsReply } from '../src/answer/reply.ts';
import { defineCommand } from '../src/commands/contract.ts';

export default defineCommand({
  data: new SlashCommandBuilder().setName('stats').setDescription('What the archive holds: articles, sources, dates, last reload'),
  execute: ({ archive }) => statsReply(archive.stats()),
});
