import 'dotenv/config';
import { runCli } from './cli/cli.ts';
import { ConfigError, readConfig } from './config.ts';

/**
 * `npm start`: the Discord bot when DISCORD_TOKEN is set (as shard processes when SHARDS is), otherwise
 * the local console over the archive, so that the project does its main job without any Discord setup.
 */
async function main(): Promise<number> {
  let config;
  try {
    config = readConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`dateline: configuration error: ${error.message}\nSee .env.example for every setting.\n`);
    return 2;
  }
  if (!config.discord) {
    process.stderr.write('No DISCORD_TOKEN set: opening the local console (see README to run the Discord bot).\n');
    return runCli(['console', ...process.argv.slice(2)], {
      stdin: process.stdin,
      stdout: process.stdout,
      stderr: process.stderr,
      env: process.env,
    });
  }
  if (config.shards !== null) {
    const { runShards } = await import('./bot/shards.ts');
    return runShards(config, config.discord);
  }
  const { runBot } = await import('./bot/run.ts');
  return runBot(config, config.discord);
}

main().then((code) => {
  process.exitCode = code;
});
