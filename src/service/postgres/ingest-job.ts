import { spawn } from 'node:child_process';
import { totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { type ReloadReport, failedReload } from '../store.ts';
import type { IngestOptions } from './ingest.ts';

const ENTRY = fileURLToPath(new URL('./ingest-main.ts', import.meta.url));
const JOB_MEMORY_SHARE = 0.75;

/**
 * Runs the ingest job in a process of its own and resolves to its report as soon as the new generation is
 * current (the job then drops the generation it replaced, on its own).
 */
export function runIngestJob(databaseUrl: string, corpusPaths: readonly string[], options: IngestOptions): Promise<ReloadReport> {
  const started = performance.now();
  const { cacheFile, retireAfterMs, quoteThreadFrom } = options;
  const job = JSON.stringify({ corpusPaths, cacheFile, retireAfterMs, quoteThreadFrom });
  // The job holds the whole archive once, while it indexes it: it may take most of the machine's memory.
  const heapMb = Math.floor((totalmem() / 2 ** 20) * JOB_MEMORY_SHARE);
  const child = spawn(process.execPath, [`--max-old-space-size=${heapMb}`, '--import', 'tsx', ENTRY, job], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let errors = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    errors += chunk;
    for (const line of chunk.split('\n')) if (line.startsWith('warning: ')) options.onWarning?.(line.slice('warning: '.length));
  });
  return new Promise((resolve) => {
    const reportOf = () => {
      const line = output.split('\n').find((l) => l.startsWith('{'));
      return line ? (JSON.parse(line) as ReloadReport) : null;
    };
    child.stdout.on('data', () => {
      const report = reportOf();
      if (report) resolve(report);
    });
    child.on('error', (error) => resolve(failedReload(`the ingest job could not start: ${error.message}`, 0, started)));
    child.on('exit', (code) => {
      const report = reportOf();
      resolve(report ?? failedReload(`the ingest job stopped (exit code ${code}): ${errors.trim().split('\n').at(-1) ?? ''}`, 0, started));
    });
  });
}
