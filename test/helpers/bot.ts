import { Bot } from '../../src/app/bot/bot.ts';
import { RateLimiter } from '../../src/app/bot/rate-limit.ts';
import { loadCommands } from '../../src/app/commands/loader.ts';
import { Archive } from '../../src/service/archive.ts';
import { DiscordServer } from './discord-server.ts';
import { type Backend, onBackend } from './backends.ts';

export interface BotHarness {
  server: DiscordServer;
  bot: Bot;
  archive: Archive;
  /** The archive's database, when it is kept in one. */
  databaseUrl: string | null;
  logs: string[];
  stop(): Promise<void>;
}

/** Starts the loopback Discord server and the real bot logged in to it, over the given corpus. */
export async function startBot(
  corpusPaths: string[],
  options: { moderatorRoleId?: string; rateLimit?: number; deferAfterMs?: number; backend?: Backend } = {},
): Promise<BotHarness> {
  const server = new DiscordServer();
  if (options.moderatorRoleId) server.roles.push(options.moderatorRoleId);
  await server.start();
  const archiveOptions = await onBackend(options.backend ?? 'memory', { corpusPaths, cacheFile: null });
  const archive = await Archive.open(archiveOptions);
  const logs: string[] = [];
  const limiter = new RateLimiter(options.rateLimit ?? 0, 60_000);
  const bot = new Bot({
    token: 'test-token.secret',
    archive,
    commands: await loadCommands(),
    moderatorRoleId: options.moderatorRoleId ?? null,
    apiUrl: server.apiUrl,
    log: (message, error) => logs.push(`${message}${error ? `: ${String(error)}` : ''}`),
    throttle: (user) => limiter.check(user),
    ...(options.deferAfterMs !== undefined && { deferAfterMs: options.deferAfterMs }),
  });
  await bot.start();
  await server.ready;
  return {
    server,
    bot,
    archive,
    databaseUrl: archiveOptions.database?.url ?? null,
    logs,
    async stop() {
      await bot.stop();
      await archive.close();
      await server.close();
    },
  };
}
