/**
 * The ingest job as a process of its own, so that the process answering questions never holds the archive:
 * `node --import tsx ingest-main.ts '<job JSON>'` with DATABASE_URL set. It prints its report as one JSON
 * line when the new generation is current, then stays until the one it replaced is dropped.
 */
import pg from 'pg';
import { type IngestOptions, ingest } from './ingest.ts';

interface Job extends Pick<IngestOptions, 'cacheFile' | 'retireAfterMs' | 'quoteThreadFrom'> {
  corpusPaths: string[];
}

const job = JSON.parse(process.argv[2] ?? '{}') as Job;
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
const { report, retired } = await ingest(pool, job.corpusPaths, {
  ...job,
  onWarning: (warning) => process.stderr.write(`warning: ${warning}\n`),
});
process.stdout.write(`${JSON.stringify(report)}\n`);
await retired;
await pool.end();
