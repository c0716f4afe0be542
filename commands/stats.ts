import { SlashCommandBuilder } from 'discord.js';
import { statsReply } from '../src/reply/reply.ts';
import { defineCommand } from '../src/app/commands/contract.ts';

export default defineCommand({
  data: new SlashCommandBuilder().setName('stats').setDescription('What the archive holds: articles, sources, dates, last reload'),
  execute: ({ archive }) => statsReply(archive.stats()),
});
