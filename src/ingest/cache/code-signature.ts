import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';

const SOURCE_ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * The folders whose code turns files into a snapshot. The import rule lets ingest read only the layers
 * below it, so these three hold every line that shapes a cached index, and a file added to any of them
 * is hashed without anyone listing it.
 */
const INGEST_FOLDERS = ['model', 'text', 'ingest'];

/** The running code does not change under a process: its signature is read once, not on every reload. */
let signature: Promise<string> | null = null;

/** A hash of the ingest code: a cache built by other code (an upgrade, a changed setting) is rebuilt, never misread. */
export function ingestSignature(): Promise<string> {
  signature ??= hashFolders(INGEST_FOLDERS);
  return signature;
}

async function hashFolders(folders: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  const files = (await Promise.all(folders.map((folder) => sourceFiles(path.join(SOURCE_ROOT, folder))))).flat().sort();
  for (const file of files) hash.update(path.relative(SOURCE_ROOT, file)).update(await readFile(file));
  return hash.digest('hex');
}

async function sourceFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true });
  return entries.filter((name) => /\.(ts|mjs)$/.test(name)).map((name) => path.join(folder, name));
}
