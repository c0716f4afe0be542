import 'dotenv/config';
import { runCli } from './cli.ts';
import { ConfigError, readConfig } from './config.ts';

/**
 * `npm start`: the Discord bot when DISCORD_TOKEN is set, otherwise the local console over the
 * archive, so that the project does its main job without any Discord setup.
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
  const io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
  if (config.discord) process.stderr.write('DISCORD_TOKEN is set, but this build has only the local console.\n');
  return runCli(['console', ...process.argv.slice(2)], io);
}

main().then((code) => {
  process.exitCode = code;
});
