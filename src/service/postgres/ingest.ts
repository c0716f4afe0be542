import { readFile } from 'node:fs/promises';
import type { Pool, PoolClient } from 'pg';
import { type BuildOptions, buildSnapshot } from '../../ingest/build.ts';
import type { LoadIssue } from '../../model/article.ts';
import type { MemorySnapshot } from '../../model/snapshot.ts';
import { type ReloadReport, failedReload } from '../store.ts';
import { migrate } from './migrate.ts';
import { writeGeneration } from './write-generation.ts';

/** What an ingest did, and the dropping of the generation it replaced, which follows after a grace period. */
export interface IngestResult {
  report: ReloadReport;
  retired: Promise<void>;
}

/** Why an ingest did not run: another one holds the lock (a process starting on an empty database waits for it). */
export const INGEST_RUNNING = 'another ingest is running; try again when it has finished';

/** Held by the one ingest that runs at a time, across every process sharing the database. */
const INGEST_LOCK = 7_320_012;
const TABLES = new URL('./generation-tables.sql', import.meta.url);
const INDEXES = new URL('./generation-indexes.sql', import.meta.url);

export interface IngestOptions extends BuildOptions {
  /**
   * How long the generation replaced stays after the new one is current: questions begun on it finish
   * there, and other processes see the switch, before its tables go (default 30 s).
   */
  retireAfterMs?: number;
}

const RETIRE_AFTER_MS = 30_000;

/**
 * The ingest job: reads the corpus (the same loaders and reports as in memory), writes a new generation,
 * makes it current in one transaction and drops the one it replaced. On failure the current one answers on.
 */
export async function ingest(pool: Pool, corpusPaths: readonly string[], options: IngestOptions): Promise<IngestResult> {
  const started = performance.now();
  let snapshot: MemorySnapshot;
  try {
    snapshot = await buildSnapshot(corpusPaths, options);
  } catch (error) {
    return { report: failedReload((error as Error).message, await currentArticles(pool), started), retired: Promise.resolve() };
  }
  return writeSnapshot(pool, snapshot, corpusPaths, options, started);
}

/** Writes a snapshot already built as the new current generation (the second half of `ingest`). */
export async function writeSnapshot(
  pool: Pool,
  snapshot: MemorySnapshot,
  corpusPaths: readonly string[],
  options: Pick<IngestOptions, 'retireAfterMs'> = {},
  started = performance.now(),
): Promise<IngestResult> {
  let before = 0;
  const failed = (error: string, issues: LoadIssue[] = []) => ({
    report: failedReload(error, before, started, issues),
    retired: Promise.resolve(),
  });
  try {
    await migrate(pool);
    before = await currentArticles(pool);
  } catch (error) {
    return failed(`the database could not be prepared: ${(error as Error).message}`);
  }
  if (snapshot.articles.length === 0 && before > 0)
    return failed('the new load found no articles; keeping the archive as it was', snapshot.summary.issues);
  const retireAfterMs = options.retireAfterMs ?? RETIRE_AFTER_MS;
  const client = await pool.connect();
  let previous: number | null;
  let report: ReloadReport;
  try {
    const locked = (await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [INGEST_LOCK])).rows[0]!.ok;
    if (!locked) return failed(INGEST_RUNNING);
    try {
      ({ previous, report } = await switchTo(client, snapshot, corpusPaths, retireAfterMs, started));
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [INGEST_LOCK]);
    }
  } catch (error) {
    return failed((error as Error).message);
  } finally {
    client.release();
  }
  return { report, retired: previous === null ? Promise.resolve() : retireLater(pool, previous, retireAfterMs) };
}

async function switchTo(
  client: PoolClient,
  snapshot: MemorySnapshot,
  corpusPaths: readonly string[],
  retireAfterMs: number,
  started: number,
): Promise<{ previous: number | null; report: ReloadReport }> {
  await dropGenerations(client, `state = 'building' OR retired_at < now() - interval '${Math.ceil(retireAfterMs)} milliseconds'`);
  const { id, schema } = await createGeneration(client, corpusPaths);
  try {
    const search = await inSchema(client, schema, async () => {
      const written = await writeGeneration(client, snapshot);
      await client.query(await readFile(INDEXES, 'utf8'));
      return written;
    });
    await recordGeneration(client, id, snapshot, search);
  } catch (error) {
    await dropGenerations(client, `id = ${id}`);
    throw error;
  }
  const previous = await makeCurrent(client, id);
  const changed = previous ? await changesBetween(client, previous.schema, schema) : { added: snapshot.articles.length, removed: 0 };
  const { issues, dropped, undatedArticles: undated } = snapshot.summary;
  const report = {
    ok: true,
    ...changed,
    articles: snapshot.articles.length,
    issues,
    dropped,
    undated,
    tookMs: performance.now() - started,
  };
  return { previous: previous?.id ?? null, report };
}

async function createGeneration(client: PoolClient, corpusPaths: readonly string[]): Promise<{ id: number; schema: string }> {
  const { rows } = await client.query<{ id: number }>(
    `WITH next AS (SELECT nextval(pg_get_serial_sequence('dateline_generations', 'id'))::integer AS id)
     INSERT INTO dateline_generations (id, schema_name, state, corpus) SELECT id, 'dateline_g' || id, 'building', $1 FROM next
     RETURNING id`,
    [corpusPaths],
  );
  const id = rows[0]!.id;
  const schema = `dateline_g${id}`;
  await client.query(`CREATE SCHEMA ${schema}`);
  await inSchema(client, schema, async () => client.query(await readFile(TABLES, 'utf8')));
  return { id, schema };
}

/** Runs work with a generation's schema as the one unqualified names mean. */
async function inSchema<T>(client: PoolClient, schema: string, work: () => Promise<T>): Promise<T> {
  await client.query(`SET search_path TO ${schema}`);
  try {
    return await work();
  } finally {
    await client.query('RESET search_path');
  }
}

async function recordGeneration(client: PoolClient, id: number, snapshot: MemorySnapshot, search: unknown): Promise<void> {
  await client.query(
    `UPDATE dateline_generations SET finished_at = now(), articles = $2, quotes = $3, summary = $4, terms = $5, speakers = $6, search = $7
     WHERE id = $1`,
    [
      id,
      snapshot.articles.length,
      snapshot.quotes.length,
      JSON.stringify(snapshot.summary),
      JSON.stringify(snapshot.terms.toJSON()),
      JSON.stringify(snapshot.speakers.toJSON()),
      JSON.stringify(search),
    ],
  );
}

/** Makes a generation current in one transaction; returns the one it replaces. */
async function makeCurrent(client: PoolClient, id: number): Promise<{ id: number; schema: string } | null> {
  await client.query('BEGIN');
  const { rows } = await client.query<{ id: number; schema_name: string }>(
    "UPDATE dateline_generations SET state = 'retired', retired_at = now() WHERE state = 'current' RETURNING id, schema_name",
  );
  await client.query("UPDATE dateline_generations SET state = 'current' WHERE id = $1", [id]);
  await client.query('COMMIT');
  await client.query(`NOTIFY dateline_generation, '${id}'`);
  const previous = rows[0];
  return previous ? { id: previous.id, schema: previous.schema_name } : null;
}

async function changesBetween(client: PoolClient, before: string, after: string): Promise<{ added: number; removed: number }> {
  const count = async (from: string, to: string) =>
    Number(
      (
        await client.query<{ n: string }>(
          `SELECT count(*) AS n FROM ${from}.articles a WHERE NOT EXISTS (SELECT 1 FROM ${to}.articles b WHERE b.key = a.key)`,
        )
      ).rows[0]!.n,
    );
  return { added: await count(after, before), removed: await count(before, after) };
}

/** Drops a replaced generation once questions begun on it have finished; a later ingest drops it when this could not. */
async function retireLater(pool: Pool, id: number, afterMs: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, afterMs));
  const client = await pool.connect().catch(() => null);
  if (!client) return;
  try {
    await dropGenerations(client, `id = ${id}`);
  } catch {
    // The next ingest drops what is left.
  } finally {
    client.release();
  }
}

/** Drops the schemas and records of the generations a condition names (never the current one). */
async function dropGenerations(client: PoolClient, condition: string): Promise<void> {
  const { rows } = await client.query<{ id: number; schema_name: string }>(
    `SELECT id, schema_name FROM dateline_generations WHERE (${condition}) AND state <> 'current'`,
  );
  for (const { id, schema_name: schema } of rows) {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.query('DELETE FROM dateline_generations WHERE id = $1', [id]);
  }
}

async function currentArticles(pool: Pool): Promise<number> {
  try {
    const { rows } = await pool.query<{ articles: number }>("SELECT articles FROM dateline_generations WHERE state = 'current'");
    return rows[0]?.articles ?? 0;
  } catch {
    return 0;
  }
}
