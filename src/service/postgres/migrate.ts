import { readFile, readdir } from 'node:fs/promises';
import type { Pool } from 'pg';

const MIGRATIONS = new URL('./migrations/', import.meta.url);
/** Held while migrating, so that shards starting together migrate once. */
const MIGRATION_LOCK = 7_320_011;

/** A migration file: `NNN-what-it-does.sql`, applied once, in the order of its number. */
interface Migration {
  version: number;
  name: string;
  sql: string;
}

async function migrations(): Promise<Migration[]> {
  const files = (await readdir(MIGRATIONS)).filter((file) => /^\d+-.+\.sql$/.test(file));
  const read = await Promise.all(
    files.map(async (name) => ({ version: Number.parseInt(name, 10), name, sql: await readFile(new URL(name, MIGRATIONS), 'utf8') })),
  );
  return read.sort((a, b) => a.version - b.version);
}

/** Brings the database's schema up to date; returns the names of the migrations applied now. */
export async function migrate(pool: Pool): Promise<string[]> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS dateline_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const applied = new Set(
      (await client.query<{ version: number }>('SELECT version FROM dateline_migrations')).rows.map((r) => r.version),
    );
    const pending = (await migrations()).filter((m) => !applied.has(m.version));
    for (const migration of pending) {
      await client.query(migration.sql);
      await client.query('INSERT INTO dateline_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
    }
    await client.query('COMMIT');
    return pending.map((m) => m.name);
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
