import { fileURLToPath } from 'node:url';
import { type APIGatewayBotInfo, REST, Routes, ShardingManager } from 'discord.js';
import { ANSWERING_FLAG, type Config, DATABASE_PROCESS_HEAP_MB, type DiscordConfig } from '../config.ts';
import { createLogger } from './log.ts';

/** What each shard runs: the same entry as `npm start`, which in a shard process starts one bot. */
const ENTRY = fileURLToPath(new URL('../main.ts', import.meta.url));

/** How many shards Discord recommends for the bot, asked of the configured API (a test server, a proxy, or Discord). */
export async function recommendedShards(discord: Pick<DiscordConfig, 'token' | 'apiUrl'>): Promise<number> {
  const rest = new REST(discord.apiUrl ? { api: discord.apiUrl } : {}).setToken(discord.token);
  const { shards } = (await rest.get(Routes.gatewayBot())) as APIGatewayBotInfo;
  return Math.max(1, shards);
}

/**
 * `SHARDS=auto|N npm start`: discord.js's ShardingManager spawns one process per shard, each its own
 * client with its own connections; a shard that exits is started again. Resolves to the exit code.
 */
export async function runShards(config: Config, discord: DiscordConfig): Promise<number> {
  const log = createLogger([discord.token]);
  let total: number;
  try {
    total = config.shards === 'auto' ? await recommendedShards(discord) : config.shards!;
  } catch (error) {
    log('could not ask Discord how many shards to run (check the network and DISCORD_TOKEN)', error);
    return 1;
  }
  if (!config.database && total > 1)
    log(
      `warning: ${total} shards without DATABASE_URL: each shard process loads its own copy of the archive in memory; ` +
        'set DATABASE_URL to share one archive in PostgreSQL (README, "When one process is not enough")',
    );
  const manager = new ShardingManager(ENTRY, {
    token: discord.token,
    totalShards: total,
    execArgv: [ANSWERING_FLAG, '--import', 'tsx', ...(config.database ? [`--max-old-space-size=${DATABASE_PROCESS_HEAP_MB}`] : [])],
  });
  manager.on('shardCreate', (shard) => log(`shard ${shard.id + 1} of ${total} started`));
  try {
    await manager.spawn({ timeout: -1 });
  } catch (error) {
    log('the shards could not be started', error);
    return 1;
  }
  return new Promise((resolve) => {
    const shutdown = (signal: string) => {
      log(`${signal}: stopping ${manager.shards.size} shards`);
      manager.respawn = false;
      for (const shard of manager.shards.values()) shard.kill();
      resolve(0);
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  });
}
