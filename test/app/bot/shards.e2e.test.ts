import { afterEach, describe, expect, it } from 'vitest';
import { DiscordServer, type RecordedRequest, shardOf, snowflake } from '../../helpers/discord-server.ts';
import { FIXTURE_CORPUS } from '../../helpers/files.ts';
import { freshDatabase } from '../../helpers/backends.ts';
import { type Started, startMain, until } from '../../helpers/main-process.ts';

const TOKEN = 'MTIzNDU2.shards.test-token';
const reader = { id: snowflake(), username: 'reader', permissions: 1024n };

let running: Started | null = null;
let server: DiscordServer | null = null;
afterEach(async () => {
  // The manager stops its shards on SIGTERM; a process left behind by a failed test is killed with its group.
  if (running?.child.exitCode === null) running.child.kill('SIGTERM');
  await running?.exit;
  await server?.close();
  [running, server] = [null, null];
});

/** The message a command was answered with: its immediate reply, or the edit that follows a deferral. */
async function answerIn(channelId: string, question: string): Promise<any> {
  const token = server!.command(reader, 'ask', [{ name: 'question', value: question }], 2, channelId);
  const callback: RecordedRequest = await server!.waitFor((r) => r.path.includes(`/${token}/callback`), 60_000);
  if (callback.body.type !== 5) return callback.body.data;
  return (await server!.waitFor((r) => r.method === 'PATCH' && r.path.includes(`/${token}/messages/@original`), 60_000)).body;
}

describe('SHARDS: the bot as several processes', () => {
  it('spawns the shards Discord recommends, over one database, and each answers the guilds routed to it', async () => {
    server = new DiscordServer(TOKEN, 2);
    await server.start();
    running = startMain({
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: server.apiUrl,
      SHARDS: 'auto',
      DATABASE_URL: await freshDatabase(),
      DATABASE_RETIRE_AFTER: '0',
      CORPUS_DIR: FIXTURE_CORPUS,
    });
    await until(
      () => /archive ready/.test(running!.stderr()) && running!.stderr().match(/archive ready/g)!.length === 2,
      'two ready shards',
      90_000,
    );
    expect(server.identified.map((s) => s.join('/')).sort()).toEqual(['0/2', '1/2']);
    expect(server.guilds.map((guild) => shardOf(guild.id, 2))).toEqual([0, 1]);
    for (const guild of server.guilds) {
      const answer = await answerIn(guild.channelId, 'When will the Acme chip plant begin production?');
      expect(JSON.stringify(answer)).toContain('18 months');
    }
    expect(running.stderr()).not.toMatch(/each shard process loads its own copy/);
    running.child.kill('SIGTERM');
    expect(await running.exit).toBe(0);
    expect(running.stderr()).toContain('SIGTERM: stopping 2 shards');
  }, 120_000);

  it('warns that each shard loads its own archive when there is no database', async () => {
    server = new DiscordServer(TOKEN, 2);
    await server.start();
    running = startMain({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: server.apiUrl, SHARDS: '2', CORPUS_DIR: FIXTURE_CORPUS });
    await until(() => running!.stderr().match(/archive ready/g)?.length === 2, 'two ready shards', 90_000);
    expect(running.stderr()).toMatch(
      /warning: 2 shards without DATABASE_URL: each shard process loads its own copy of the archive in memory/,
    );
    const answer = await answerIn(server.guilds[1]!.channelId, 'Who said quotas only protect the big producers?');
    expect(JSON.stringify(answer)).toContain('Somchai Wong');
  }, 120_000);
});
