/**
 * Registers the slash commands with Discord: `npm run deploy-commands`. On one server when
 * DISCORD_GUILD_ID is set (instant), else globally. Registration replaces the whole set, so running it twice changes nothing.
 */
import 'dotenv/config';
import { REST, Routes } from 'discord.js';
import { ConfigError, readConfig } from '../src/app/config.ts';
import { definitionOf } from '../src/app/commands/contract.ts';
import { loadCommands } from '../src/app/commands/loader.ts';

export async function deployCommands(env: Record<string, string | undefined> = process.env): Promise<number> {
  const config = readConfig(env);
  if (!config.discord) throw new ConfigError('DISCORD_TOKEN is not set (see .env.example)');
  const { token, clientId, guildId, apiUrl } = config.discord;
  if (!clientId) throw new ConfigError('DISCORD_CLIENT_ID is not set: it is the Application ID in the Developer Portal');
  const commands = [...(await loadCommands()).values()].map(definitionOf);
  const rest = new REST(apiUrl ? { api: apiUrl } : {}).setToken(token);
  const route = guildId ? Routes.applicationGuildCommands(clientId, guildId) : Routes.applicationCommands(clientId);
  const registered = (await rest.put(route, { body: commands })) as unknown[];
  process.stdout.write(
    `Registered ${registered.length} commands ${guildId ? `on server ${guildId}` : 'globally (may take up to an hour to appear)'}.\n`,
  );
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  deployCommands().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`deploy-commands: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = error instanceof ConfigError ? 2 : 1;
    },
  );
}
