import { type Config, type DiscordConfig, cacheFileOf } from '../config.ts';
import { loadCommands } from '../commands/loader.ts';
import { Archive } from '../../service/archive.ts';
import { Bot } from './bot.ts';
import { createLogger } from './log.ts';
import { RateLimiter } from './rate-limit.ts';
import { formatIssue } from '../../ingest/read/issues.ts';

const MINUTE = 60_000;

/**
 * Starts the bot. It logs in while the archive loads, answering "still loading" until it is ready,
 * and shuts down cleanly on SIGINT or SIGTERM. Resolves to the exit code.
 */
export async function runBot(config: Config, discord: DiscordConfig): Promise<number> {
  const log = createLogger([discord.token]);
  const commands = await loadCommands();
  const archive = new Archive({
    corpusPaths: config.corpusPaths,
    cacheFile: cacheFileOf(config, config.corpusPaths),
    database: config.database,
    onWarning: (warning) => log(`warning: ${warning}`),
  });
  void archive.start().then((report) => {
    if (!report.ok) return log(`the archive could not be loaded: ${report.error}`);
    for (const issue of report.issues) log(`warning: ${formatIssue(issue)}`);
    log(`archive ready: ${report.articles} articles in ${(report.tookMs / 1000).toFixed(1)} s`);
  });
  const limiter = new RateLimiter(config.rateLimitPerMinute, MINUTE);
  const bot = new Bot({
    token: discord.token,
    archive,
    commands,
    moderatorRoleId: discord.moderatorRoleId,
    apiUrl: discord.apiUrl,
    messageContent: discord.messageContent,
    log,
    throttle: (user) => limiter.check(user),
  });
  process.on('unhandledRejection', (reason) => log('unhandled rejection', reason));
  try {
    await bot.start();
  } catch (error) {
    log('could not reach or log in to Discord (check the network and DISCORD_TOKEN)', error);
    await bot.stop();
    return 1;
  }
  return new Promise((resolve) => {
    const shutdown = (signal: string) => {
      log(`${signal}: shutting down`);
      void bot
        .stop()
        .then(() => archive.close())
        .finally(() => {
          // A shard process's channel to its manager would keep it running.
          if (process.connected) process.disconnect();
          resolve(0);
        });
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  });
}
