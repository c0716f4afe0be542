import { PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { errorReply, reloadReply } from '../src/reply/reply.ts';
import { defineCommand } from '../src/app/commands/contract.ts';

export default defineCommand({
  data: new SlashCommandBuilder()
    .setName('reload')
    .setDescription('Moderators: read the corpus again and report what changed')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild),
  slow: true,
  execute: async ({ archive, invoker }) => {
    if (!invoker.moderator) return errorReply('Only moderators (Manage Server, or the moderator role) can reload the archive.');
    return reloadReply(await archive.reload());
  },
});
