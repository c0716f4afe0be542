import type { TestProject } from 'vitest/node';
import { startPostgres } from '../../scripts/embedded-postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL server's URL without a database name: tests create their own databases. */
    postgresUrl: string;
  }
}

/** Starts a real PostgreSQL once for the whole run (fsync off: nothing here needs to survive a crash), stops it after. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startPostgres(['fsync=off']);
  project.provide('postgresUrl', server.url);
  return () => server.stop();
}
