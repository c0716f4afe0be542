import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach } from 'vitest';

const perTest: string[] = [];
const perSuite: string[] = [];
const remove = (dirs: string[]) => Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));

afterEach(() => remove(perTest));
afterAll(() => remove(perSuite));

/**
 * A temporary folder holding the given files (name → content); removed after the test, or after
 * the whole file's tests when made for the suite (in beforeAll).
 */
export async function folderWith(files: Record<string, string | Uint8Array>, lifetime: 'test' | 'suite' = 'test'): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dateline-test-'));
  (lifetime === 'test' ? perTest : perSuite).push(dir);
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
  return dir;
}

export const FIXTURE_CORPUS = path.resolve(import.meta.dirname, '../fixtures/corpus');
/** The archive the repository ships: the reference article. */
export const REFERENCE_CORPUS = path.resolve(import.meta.dirname, '../../corpus');
