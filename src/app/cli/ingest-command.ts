import pg from 'pg';
import { type Config, cacheFileOf } from '../config.ts';
import { formatIssue } from '../../ingest/read/issues.ts';
import { ingest } from '../../service/postgres/ingest.ts';
import { progressReporter } from './progress.ts';
import type { Io } from './io.ts';

interface IngestGlobals {
  corpus?: string[];
  'no-cache'?: boolean;
  json?: boolean;
  quiet?: boolean;
}

/**
 * `dateline ingest`: reads the corpus into a new generation of the PostgreSQL archive ($DATABASE_URL),
 * makes it current, and drops the one it replaced once questions begun on it have finished.
 */
export async function runIngest(globals: IngestGlobals, config: Config, io: Io): Promise<number> {
  if (!config.database) {
    io.stderr.write('dateline: ingest writes to PostgreSQL: set DATABASE_URL (see README, "When one process is not enough")\n');
    return 2;
  }
  const corpusPaths = globals.corpus ?? config.corpusPaths;
  const progress = progressReporter(io.stderr, Boolean(globals.quiet));
  const pool = new pg.Pool({ connectionString: config.database.url, max: 2 });
  try {
    const { report, retired } = await ingest(pool, corpusPaths, {
      cacheFile: globals['no-cache'] ? null : cacheFileOf(config, corpusPaths),
      onProgress: progress,
      onWarning: (warning) => io.stderr.write(`warning: ${warning}\n`),
      retireAfterMs: config.database.retireAfterMs,
    });
    progress.stop();
    for (const issue of report.issues) io.stderr.write(`warning: ${formatIssue(issue)}\n`);
    if (globals.json) io.stdout.write(`${JSON.stringify(report)}\n`);
    else if (report.ok)
      io.stdout.write(
        `Ingested ${report.articles} articles in ${(report.tookMs / 1000).toFixed(1)} s (${report.added} added, ${report.removed} removed); they answer now.\n`,
      );
    if (!report.ok) {
      io.stderr.write(`dateline: ingest failed, the archive answers as before: ${report.error}\n`);
      return 1;
    }
    if (!globals.quiet) io.stderr.write('Dropping the previous generation once the questions begun on it have finished…\n');
    await retired;
    return 0;
  } finally {
    progress.stop();
    await pool.end();
  }
}
