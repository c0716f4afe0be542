import path from 'node:path';
import { cacheFileFor } from '../ingest/cache/cache-file.ts';
import type { DatabaseOptions } from '../service/postgres/postgres-store.ts';

/** Settings read once at start from the environment (and `.env`), checked, and typed. */
export interface Config {
  corpusPaths: string[];
  /** The folder of index caches, one per corpus (`cacheFileFor`); null when caching is off. */
  cacheFolder: string | null;
  discord: DiscordConfig | null;
  /** Commands and mentions a user may send per minute; 0 for no limit. */
  rateLimitPerMinute: number;
  /** The PostgreSQL archive; null to hold the archive in memory. */
  database: DatabaseOptions | null;
  /** How many shard processes the bot runs: a number, `auto` (as many as Discord recommends), or null for one process without a manager. */
  shards: number | 'auto' | null;
}

export interface DiscordConfig {
  token: string;
  clientId: string | null;
  guildId: string | null;
  moderatorRoleId: string | null;
  apiUrl: string | null;
  /** Whether the bot asks for the privileged Message Content intent, to read every message in the threads it opened. */
  messageContent: boolean;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export const DEFAULT_CORPUS = 'corpus';
/**
 * The heap of a process answering from PostgreSQL: it holds no archive, only connections, statistics and
 * what each request reads, and a bounded heap keeps its memory flat where V8 would grow the heap long before collecting.
 */
export const DATABASE_PROCESS_HEAP_MB = 200;
/**
 * The node flag every process that answers questions runs with (`npm start` gives it too): a larger young
 * generation. A question allocates some 15 MB that lives only while it is answered; with V8's default, far
 * smaller, that is collected mid-answer, and what is still in use is copied and promoted to the old generation.
 * With semi-spaces of 64 MB most of it dies young: in `npm run bench` at 1x, ask p50 fell by about a sixth, p99 too.
 */
export const ANSWERING_FLAG = '--max-semi-space-size=64';
export const DEFAULT_CACHE_FOLDER = '.cache';

const SNOWFLAKE = /^\d{17,20}$/;
const DEFAULT_RATE_LIMIT = 20;
const DEFAULT_POOL_SIZE = 10;
const DEFAULT_RETIRE_AFTER_SECONDS = 30;

type Env = Record<string, string | undefined>;

function optional(env: Env, name: string): string | null {
  const value = env[name]?.trim();
  return value ? value : null;
}

function snowflake(env: Env, name: string): string | null {
  const value = optional(env, name);
  if (value !== null && !SNOWFLAKE.test(value)) throw new ConfigError(`${name} must be a Discord id (17 to 20 digits), found "${value}"`);
  return value;
}

function wholeNumber(env: Env, name: string, fallback: number): number {
  const value = optional(env, name);
  if (value === null) return fallback;
  if (!/^\d+$/.test(value)) throw new ConfigError(`${name} must be a whole number, found "${value}"`);
  return Number(value);
}

function url(env: Env, name: string): string | null {
  const value = optional(env, name);
  if (value === null) return null;
  try {
    const parsed = new URL(value);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('not http');
  } catch {
    throw new ConfigError(`${name} must be an http(s) URL, found "${value}"`);
  }
  return value.replace(/\/+$/, '');
}

function postgresUrl(env: Env, name: string): string | null {
  const value = optional(env, name);
  if (value === null) return null;
  let parsed: URL | null = null;
  try {
    parsed = new URL(value);
  } catch {
    // reported below
  }
  if (parsed?.protocol !== 'postgres:' && parsed?.protocol !== 'postgresql:')
    throw new ConfigError(`${name} must be a PostgreSQL URL (postgresql://user:password@host:5432/database), found "${redacted(value)}"`);
  return value;
}

/** A URL as an error may show it: without its password. */
function redacted(value: string): string {
  return value.replace(/\/\/([^:/@]*):[^@]*@/, '//$1:***@');
}

function database(env: Env): DatabaseOptions | null {
  const url = postgresUrl(env, 'DATABASE_URL');
  const readUrl = postgresUrl(env, 'DATABASE_READ_URL');
  if (url === null) {
    if (readUrl !== null) throw new ConfigError('DATABASE_READ_URL is set without DATABASE_URL (where ingest writes)');
    return null;
  }
  return {
    url,
    readUrl,
    poolSize: wholeNumber(env, 'DATABASE_POOL_SIZE', DEFAULT_POOL_SIZE) || DEFAULT_POOL_SIZE,
    retireAfterMs: wholeNumber(env, 'DATABASE_RETIRE_AFTER', DEFAULT_RETIRE_AFTER_SECONDS) * 1000,
  };
}

function shards(env: Env): number | 'auto' | null {
  // In a shard process, the manager has set SHARDS to the shard's own id: this process is one bot.
  if (env.SHARDING_MANAGER === 'true') return null;
  const value = optional(env, 'SHARDS')?.toLowerCase() ?? null;
  if (value === null || value === 'auto') return value;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new ConfigError(`SHARDS must be auto or a whole number from 1, found "${value}"`);
  return Number(value);
}

function flag(env: Env, name: string): boolean {
  const value = optional(env, name)?.toLowerCase() ?? 'false';
  if (value !== 'true' && value !== 'false') throw new ConfigError(`${name} must be true or false, found "${value}"`);
  return value === 'true';
}

function cacheFolder(value: string | null): string | null {
  if (value === 'off') return null;
  if (value?.endsWith('.json')) {
    throw new ConfigError(`INDEX_CACHE names a folder, where one cache per corpus is kept; found a file name "${value}"`);
  }
  return value ?? DEFAULT_CACHE_FOLDER;
}

/** The index cache for a corpus under the configured folder; null when caching is off. */
export function cacheFileOf(config: Pick<Config, 'cacheFolder'>, corpusPaths: readonly string[]): string | null {
  return config.cacheFolder === null ? null : cacheFileFor(config.cacheFolder, corpusPaths);
}

/** Reads the configuration; throws a ConfigError that names the variable at fault. The token is never echoed. */
export function readConfig(env: Env = process.env): Config {
  const corpus = optional(env, 'CORPUS_DIR');
  const cache = optional(env, 'INDEX_CACHE');
  const token = optional(env, 'DISCORD_TOKEN');
  if (token !== null && /\s/.test(token))
    throw new ConfigError('DISCORD_TOKEN contains white space; copy the token again from the Developer Portal');
  const discord: DiscordConfig | null = token
    ? {
        token,
        clientId: snowflake(env, 'DISCORD_CLIENT_ID'),
        guildId: snowflake(env, 'DISCORD_GUILD_ID'),
        moderatorRoleId: snowflake(env, 'MODERATOR_ROLE_ID'),
        apiUrl: url(env, 'DISCORD_API_URL'),
        messageContent: flag(env, 'MESSAGE_CONTENT_INTENT'),
      }
    : null;
  return {
    rateLimitPerMinute: wholeNumber(env, 'RATE_LIMIT_PER_MINUTE', DEFAULT_RATE_LIMIT),
    corpusPaths: corpus ? corpus.split(path.delimiter).filter(Boolean) : [DEFAULT_CORPUS],
    cacheFolder: cacheFolder(cache),
    discord,
    database: database(env),
    shards: shards(env),
  };
}
