import { afterEach, describe, expect, it } from 'vitest';
import { DiscordServer, snowflake } from '../../helpers/discord-server.ts';
import { folderWith } from '../../helpers/files.ts';
import { type Started, startMain, until } from '../../helpers/main-process.ts';

const TOKEN = 'MTIzNDU2.start-up.test-token';
const reader = { id: snowflake(), username: 'reader', permissions: 1024n };

let running: Started | null = null;
let server: DiscordServer | null = null;
afterEach(async () => {
  if (running?.child.exitCode === null) running.child.kill('SIGKILL');
  await server?.close();
  [running, server] = [null, null];
});

/** Enough wire stories that loading them takes a few seconds. */
async function largeCorpus(): Promise<string> {
  const lines = Array.from({ length: 12_000 }, (_, i) =>
    JSON.stringify({
      id: `w${i}`,
      date: '1987-04-01',
      title: `Market report ${i}`,
      text: `Traders said grain prices moved in session ${i}. "We expect calm," dealer Ann Lee said. Volume was ${i} lots.`,
    }),
  );
  return folderWith({ 'wire.jsonl': lines.join('\n') });
}

describe('npm start with a Discord token', () => {
  it('stops at once on a bad setting, naming it, and never prints the token', async () => {
    running = startMain({ DISCORD_TOKEN: TOKEN, RATE_LIMIT_PER_MINUTE: 'lots' });
    expect(await running.exit).toBe(2);
    expect(running.stderr()).toMatch(/configuration error: RATE_LIMIT_PER_MINUTE must be a whole number, found "lots"/);
    expect(running.stderr()).not.toContain(TOKEN);
  });

  it('exits with 1 and says why when Discord refuses the token', async () => {
    server = new DiscordServer('another.token.altogether');
    await server.start();
    running = startMain({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: server.apiUrl, CORPUS_DIR: await folderWith({ 'a.txt': 'Grain rose.' }) });
    expect(await running.exit).toBe(1);
    expect(running.stderr()).toMatch(/could not reach or log in to Discord \(check the network and DISCORD_TOKEN\)/);
    expect(running.stderr()).not.toContain(TOKEN);
  }, 60_000);

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'answers "still loading" while the archive loads, then answers, and stops cleanly on %s',
    async (signal) => {
      server = new DiscordServer(TOKEN);
      await server.start();
      running = startMain({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: server.apiUrl, CORPUS_DIR: await largeCorpus() });
      await until(() => /logged in as Dateline/.test(running!.stderr()), 'log-in');
      const early = server.command(reader, 'stats');
      const loading = await server.waitFor((r) => r.path.includes(`/${early}/callback`), 30_000);
      expect(loading.body.data.embeds[0].description).toMatch(/still loading/);
      await until(() => /archive ready: 12000 articles/.test(running!.stderr()), 'ready archive');
      const later = server.command(reader, 'stats');
      const answered = await server.waitFor((r) => r.path.includes(`/${later}/callback`), 30_000);
      expect(answered.body.data.embeds[0].title).toBe('Archive');
      running.child.kill(signal);
      expect(await running.exit).toBe(0);
      expect(running.stderr()).toContain(`${signal}: shutting down`);
    },
    120_000,
  );
});
