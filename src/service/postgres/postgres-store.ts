import pg from 'pg';
import type { Snapshot } from '../../model/snapshot.ts';
import type { ArchiveStore, LoadState, ReloadReport } from '../store.ts';
import { DatabaseSnapshot } from './database-snapshot.ts';
import { type Generation, currentGenerationId, loadGeneration } from './generation.ts';
import { INGEST_RUNNING, type IngestOptions, ingest } from './ingest.ts';
import { migrate } from './migrate.ts';
import { runIngestJob } from './ingest-job.ts';

export interface DatabaseOptions {
  /** Where ingest writes, and questions are answered unless `readUrl` is given. */
  url: string;
  /** A read replica that answers questions. */
  readUrl?: string | null;
  /** Connections per pool (default 10). */
  poolSize?: number;
  /** Where a reload's ingest runs: a process of its own (the default), or here (tests, tools). */
  ingest?: 'job' | 'here';
  /** How long a replaced generation stays for the questions begun on it (default 30 s). */
  retireAfterMs?: number;
}

/** How often a process looks for a new current generation (another process's ingest). */
const CHECK_EVERY_MS = 1000;
/** How often a process waits for another process's first ingest to finish. */
const WAIT_FOR_INGEST_MS = 500;
/** Articles read at a time when every one is wanted (exports). */
const WHOLE_BATCH = 2000;

/**
 * The archive in PostgreSQL: each request reads the current generation through a snapshot of its own, so
 * the process holds connections and the generation's statistics, not the archive. Several processes
 * (shards) share one database; any of them may run the ingest that replaces the generation.
 */
export class PostgresStore implements ArchiveStore {
  private generation: Generation | null = null;
  private checkedAt = 0;
  private refreshing: Promise<Generation | null> | null = null;
  private retiring: Promise<void> = Promise.resolve();

  constructor(
    private readonly write: pg.Pool,
    private readonly read: pg.Pool,
    private readonly corpusPaths: readonly string[],
    private readonly options: IngestOptions,
    private readonly ingestJob: ((corpusPaths: readonly string[], options: IngestOptions) => Promise<ReloadReport>) | null,
  ) {}

  static connect(database: DatabaseOptions, corpusPaths: readonly string[], options: IngestOptions): PostgresStore {
    const max = database.poolSize ?? 10;
    const write = new pg.Pool({ connectionString: database.url, max });
    const read = database.readUrl ? new pg.Pool({ connectionString: database.readUrl, max }) : write;
    for (const pool of new Set([write, read])) pool.on('error', (error) => options.onWarning?.(`database: ${error.message}`));
    const job = database.ingest === 'here' ? null : (paths: readonly string[], o: IngestOptions) => runIngestJob(database.url, paths, o);
    const ingestOptions = database.retireAfterMs === undefined ? options : { ...options, retireAfterMs: database.retireAfterMs };
    return new PostgresStore(write, read, corpusPaths, ingestOptions, job);
  }

  get ready(): boolean {
    return this.generation !== null;
  }

  /** Answers from the current generation; when the database has none yet, ingests the corpus (or waits for the process that does). */
  async open(): Promise<ReloadReport> {
    const started = performance.now();
    await migrate(this.write);
    for (;;) {
      const generation = await this.refresh();
      if (generation) return this.openedOn(generation, started);
      const report = await this.load();
      if (report.ok || report.error !== INGEST_RUNNING) return report;
      await new Promise((resolve) => setTimeout(resolve, WAIT_FOR_INGEST_MS));
    }
  }

  async view(): Promise<Snapshot> {
    const generation = Date.now() - this.checkedAt < CHECK_EVERY_MS ? this.generation : await this.refresh();
    if (!generation) throw new Error('the archive is still loading');
    return new DatabaseSnapshot(this.read, generation);
  }

  async whole(): Promise<Snapshot> {
    const snapshot = (await this.view()) as DatabaseSnapshot;
    const { rows } = await this.read.query<{ id: number }>(`SELECT id FROM ${snapshot.table('articles')} ORDER BY id`);
    for (let start = 0; start < rows.length; start += WHOLE_BATCH)
      await snapshot.hold(rows.slice(start, start + WHOLE_BATCH).map((r) => r.id));
    return snapshot;
  }

  isCurrent(snapshot: Snapshot): boolean {
    return snapshot instanceof DatabaseSnapshot && snapshot.generation === this.generation;
  }

  generationOf(snapshot: Snapshot): number {
    return snapshot instanceof DatabaseSnapshot ? snapshot.generation.id : -1;
  }

  /** Runs the ingest job; when it succeeds, this process answers from the new generation at once (others within a second). */
  async load(): Promise<ReloadReport> {
    let report: ReloadReport;
    if (this.ingestJob) report = await this.ingestJob(this.corpusPaths, this.options);
    else ({ report, retired: this.retiring } = await ingest(this.write, this.corpusPaths, this.options));
    if (report.ok) await this.refresh();
    return report;
  }

  state(): LoadState {
    const generation = this.generation;
    if (!generation) throw new Error('the archive is still loading');
    return {
      summary: generation.summary,
      quotes: generation.quotes,
      speakers: generation.speakers.size,
      loadedAt: generation.finishedAt,
      loadMs: generation.ingestMs,
      fromCache: false,
    };
  }

  /** Waits for a replaced generation to be dropped, then closes the connections. */
  async close(): Promise<void> {
    await this.retiring;
    await Promise.all([...new Set([this.write, this.read])].map((pool) => pool.end()));
  }

  private refresh(): Promise<Generation | null> {
    this.refreshing ??= this.readCurrent().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async readCurrent(): Promise<Generation | null> {
    const id = await currentGenerationId(this.read);
    this.checkedAt = Date.now();
    if (id !== null && id !== this.generation?.id) this.generation = (await loadGeneration(this.read, id)) ?? this.generation;
    return this.generation;
  }

  private openedOn(generation: Generation, started: number): ReloadReport {
    const { summary } = generation;
    const { issues, dropped, undatedArticles: undated } = summary;
    return { ok: true, added: 0, removed: 0, articles: summary.articles, issues, dropped, undated, tookMs: performance.now() - started };
  }
}
