import { createDatabase } from '../../scripts/embedded-postgres.ts';
import { inject } from 'vitest';
import { Archive, type ArchiveOptions } from '../../src/service/archive.ts';

/** The two places an archive is kept: every scenario that says `describe.each(BACKENDS)` runs on both. */
export const BACKENDS = ['memory', 'postgres'] as const;
export type Backend = (typeof BACKENDS)[number];

let databases = 0;

/** A fresh, empty database on the test server; its URL. */
export function freshDatabase(): Promise<string> {
  return createDatabase(inject('postgresUrl'), `test_${process.pid}_${++databases}`);
}

/** Archive options for a backend: a database of its own for PostgreSQL, where replaced generations go at once. */
export async function onBackend(backend: Backend, options: ArchiveOptions): Promise<ArchiveOptions> {
  if (backend === 'memory') return options;
  return { ...options, database: { url: await freshDatabase(), poolSize: 4, retireAfterMs: 0 } };
}

const opened: Archive[] = [];

/** Opens an archive on a backend; `closeArchives` (after each test file) lets go of their connections. */
export async function openOn(backend: Backend, options: ArchiveOptions): Promise<Archive> {
  const archive = await Archive.open(await onBackend(backend, options));
  opened.push(archive);
  return archive;
}

export async function closeArchives(): Promise<void> {
  await Promise.all(opened.splice(0).map((archive) => archive.close()));
}
