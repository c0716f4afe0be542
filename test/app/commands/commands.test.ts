import { describe, expect, it } from 'vitest';
import { routeChat } from '../../../src/app/commands/chat.ts';
import { parseOptions } from '../../../src/app/commands/command-line.ts';
import { CommandLoadError, loadCommands } from '../../../src/app/commands/loader.ts';
import { definitionOf } from '../../../src/app/commands/contract.ts';
import { ConfigError, readConfig } from '../../../src/app/config.ts';
import { RateLimiter } from '../../../src/app/bot/rate-limit.ts';
import { createLogger } from '../../../src/app/bot/log.ts';
import { folderWith } from '../../helpers/files.ts';

/** The speakers these tests' archive quotes, by any word of their name. */
const SPEAKERS = ['maria zakharova', 'vladimir putin', 'alexander lukashenko', 'he kang'];
const isSpeaker = (name: string) =>
  Promise.resolve(
    SPEAKERS.some((speaker) =>
      name
        .toLowerCase()
        .split(' ')
        .every((word) => speaker.split(' ').includes(word)),
    ),
  );

describe('chat routing', () => {
  it.each([
    [
      '<@123456789012345678> who said "provocative and dangerous"?',
      { command: 'whosaid', options: { phrase: 'provocative and dangerous' } },
    ],
    ['What did Zakharova say about NATO?', { command: 'quotes', options: { speaker: 'Zakharova', about: 'NATO' } }],
    ['what has Putin said', { command: 'quotes', options: { speaker: 'Putin' } }],
    [
      '<@!123456789012345678> How much gas goes through Ukraine?',
      { command: 'ask', options: { question: 'How much gas goes through Ukraine?' } },
    ],
    ['@everyone what did lukashenko say', { command: 'quotes', options: { speaker: 'lukashenko' } }],
    ['hey <@123456789012345678>, who said the talks failed?', { command: 'whosaid', options: { phrase: 'the talks failed' } }],
    ['<@&123456789012345678> @here why did oil prices fall?', { command: 'ask', options: { question: 'why did oil prices fall?' } }],
    // A follow-up about the answer just given, which the question's conversation reads.
    ['<@123456789012345678> who said that?', { command: 'ask', options: { question: 'who said that?' } }],
    // No one the archive quotes by that name: a role, a pronoun (read in the conversation), a name it does not know.
    [
      'what did the mayor of shanghai say about soft loans?',
      { command: 'ask', options: { question: 'what did the mayor of shanghai say about soft loans?' } },
    ],
    ['what did he say about wall street?', { command: 'ask', options: { question: 'what did he say about wall street?' } }],
    ['what did Nobody Known say', { command: 'ask', options: { question: 'what did Nobody Known say' } }],
  ])('%j', async (text, route) => expect(await routeChat(text, isSpeaker)).toEqual(route));
});

describe('command modules', () => {
  it('loads every command in commands/, each with a definition and a handler', async () => {
    const commands = await loadCommands();
    expect([...commands.keys()].sort()).toEqual(['ask', 'help', 'quotes', 'reload', 'speakers', 'stats', 'timeline', 'whosaid']);
  });

  it('reports a module that does not fit the contract by its file name, never skipping it', async () => {
    const dir = await folderWith({ 'broken.ts': 'export default { data: 1 };', 'empty.ts': 'export const x = 1;' });
    const error = await loadCommands(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CommandLoadError);
    expect((error as CommandLoadError).problems).toEqual([
      'broken.ts: "data" is missing or is not a SlashCommandBuilder',
      'empty.ts: the default export is not an object',
    ]);
  });

  it('reads console options the way a slash command receives them', async () => {
    const ask = definitionOf((await loadCommands()).get('ask')!);
    expect(parseOptions(ask, ['who', 'said', 'it', 'source:TASS', '--from', '2021'])).toEqual({
      question: 'who said it',
      source: 'TASS',
      from: '2021',
    });
    expect(() => parseOptions(ask, ['--frm', '2021', 'q'])).toThrow('ask has no option "frm" (options: question, source, from, to, limit)');
  });

  it('checks a number option against the range its definition gives', async () => {
    const ask = definitionOf((await loadCommands()).get('ask')!);
    expect(parseOptions(ask, ['oil', 'limit:4'])).toEqual({ question: 'oil', limit: 4 });
    expect(() => parseOptions(ask, ['oil', 'limit:11'])).toThrow('limit: expected a whole number from 1 to 10, found "11"');
    expect(() => parseOptions(ask, ['oil', 'limit:2.5'])).toThrow('limit: expected a whole number from 1 to 10, found "2.5"');
  });
});

describe('configuration', () => {
  it('defaults to the console over ./corpus with a cache in .cache', () => {
    expect(readConfig({})).toEqual({
      corpusPaths: ['corpus'],
      cacheFolder: '.cache',
      discord: null,
      rateLimitPerMinute: 20,
      database: null,
      shards: null,
    });
  });

  it('reads the PostgreSQL archive and the shards', () => {
    const url = 'postgresql://bot:pw@db:5432/news';
    expect(readConfig({ DATABASE_URL: url, DATABASE_READ_URL: 'postgres://replica/news', SHARDS: 'auto' })).toMatchObject({
      database: { url, readUrl: 'postgres://replica/news', poolSize: 10, retireAfterMs: 30_000 },
      shards: 'auto',
    });
    expect(readConfig({ DATABASE_URL: url, DATABASE_POOL_SIZE: '4', DATABASE_RETIRE_AFTER: '5', SHARDS: '3' })).toMatchObject({
      database: { poolSize: 4, retireAfterMs: 5000 },
      shards: 3,
    });
  });

  it.each([
    [{ DISCORD_TOKEN: 'abc.def', DISCORD_GUILD_ID: '12' }, 'DISCORD_GUILD_ID must be a Discord id (17 to 20 digits), found "12"'],
    [{ DISCORD_TOKEN: 'abc.def', DISCORD_API_URL: 'ftp://x' }, 'DISCORD_API_URL must be an http(s) URL, found "ftp://x"'],
    [{ RATE_LIMIT_PER_MINUTE: 'lots' }, 'RATE_LIMIT_PER_MINUTE must be a whole number, found "lots"'],
    [{ DISCORD_TOKEN: 'abc.def', MESSAGE_CONTENT_INTENT: 'yes' }, 'MESSAGE_CONTENT_INTENT must be true or false, found "yes"'],
    [{ DATABASE_READ_URL: 'postgresql://replica/news' }, 'DATABASE_READ_URL is set without DATABASE_URL (where ingest writes)'],
    [{ SHARDS: '0' }, 'SHARDS must be auto or a whole number from 1, found "0"'],
    [
      { INDEX_CACHE: '.cache/index.json' },
      'INDEX_CACHE names a folder, where one cache per corpus is kept; found a file name ".cache/index.json"',
    ],
  ])('names the variable at fault: %j', (env, message) => expect(() => readConfig(env)).toThrow(new ConfigError(message)));

  it('never echoes the token', () => {
    const token = 'MTIz.secret token';
    let thrown = '';
    try {
      readConfig({ DISCORD_TOKEN: token });
    } catch (error) {
      thrown = (error as Error).message;
    }
    expect(thrown).toMatch(/DISCORD_TOKEN contains white space/);
    expect(thrown).not.toContain('secret');
    const lines: string[] = [];
    createLogger(['abc.secret'], (line) => lines.push(line))('login failed with abc.secret', new Error('bad abc.secret'));
    expect(lines.join('')).not.toContain('abc.secret');
    expect(lines.join('')).toContain('[secret]');
  });
});

describe('rate limit', () => {
  it('allows N requests a window per user, then says how many seconds to wait', () => {
    let now = 0;
    const limiter = new RateLimiter(2, 60_000, () => now);
    expect([limiter.check('a'), limiter.check('a'), limiter.check('b')]).toEqual([0, 0, 0]);
    now = 15_000;
    expect(limiter.check('a')).toBe(45);
    now = 60_001;
    expect(limiter.check('a')).toBe(0);
  });
});
