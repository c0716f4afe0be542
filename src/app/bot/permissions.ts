import { PermissionFlagsBits } from 'discord.js';

/** Moderators hold Manage Server, or the configured moderator role. */
export function isModerator(permissions: bigint | null, roleIds: readonly string[], moderatorRoleId: string | null): boolean {
  if (permissions !== null && (permissions & PermissionFlagsBits.ManageGuild) === PermissionFlagsBits.ManageGuild) return true;
  return moderatorRoleId !== null && roleIds.includes(moderatorRoleId);
}
