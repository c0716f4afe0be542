import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import type { CorpusFile } from '../read/files.ts';

const FORMAT = 'dateline-index-sections';

/** The first line of a cache file: what it was built from, and a checksum of the rest. */
interface CacheHeader {
  format: typeof FORMAT;
  fingerprint: string;
  checksum: string;
}

export type CacheRead<T> = { hit: T } | { miss: 'absent' | 'stale' } | { corrupt: string };

/** How many corpora keep an index cache in one folder: the least recently used beyond this are removed. */
export const CACHES_KEPT = 4;

const CACHE_NAME = /^index-[0-9a-f]{16}\.json$/;

/** A corpus's own cache file in a folder of caches, named by its resolved paths: another corpus never overwrites it. */
export function cacheFileFor(folder: string, corpusPaths: readonly string[]): string {
  const key = createHash('sha256')
    .update(corpusPaths.map((p) => path.resolve(p)).join('\0'))
    .digest('hex');
  return path.join(folder, `index-${key.slice(0, 16)}.json`);
}

/** Marks a cache as just used, so that it is among the last to be removed. */
export async function markUsed(file: string): Promise<void> {
  const now = new Date();
  await utimes(file, now, now).catch(() => undefined);
}

/** Removes the corpus caches of a folder beyond the most recently used `kept`; other files are left alone. */
export async function removeStaleCaches(folder: string, kept = CACHES_KEPT): Promise<string[]> {
  const names = (await readdir(folder).catch(() => [] as string[])).filter((name) => CACHE_NAME.test(name));
  const used = await Promise.all(
    names.map(async (name) => ({
      file: path.join(folder, name),
      at: (await stat(path.join(folder, name)).catch(() => null))?.mtimeMs ?? 0,
    })),
  );
  const stale = used.sort((a, b) => b.at - a.at).slice(kept);
  await Promise.all(stale.map(({ file }) => rm(file, { force: true })));
  return stale.map(({ file }) => file);
}

/** Identifies a corpus (each file's path, size and modification time) together with the code and settings that index it. */
export function corpusFingerprint(files: readonly CorpusFile[], codeSignature: string): string {
  const hash = createHash('sha256');
  hash.update(codeSignature);
  for (const file of files) hash.update(`\n${path.resolve(file.path)}\t${file.size}\t${file.modified}`);
  return hash.digest('hex');
}

/**
 * CRC-32 of the body's bytes: it catches truncation and damage (the cache is ours, not a security
 * boundary) at a tenth of SHA-256's cost over a 60 MB body, and needs no second encoding of the text.
 */
function checksumOf(body: Uint8Array): string {
  return crc32(body).toString(16).padStart(8, '0');
}

/**
 * Writes the cache next to its final place and renames it, so a reader never sees half a file. The body
 * is one line of JSON per section (JSON text holds no raw newline): sections decoded and parsed one by
 * one load faster than one text of all of them (50 MB on the Reuters collection).
 */
export async function writeCache(file: string, fingerprint: string, sections: readonly unknown[]): Promise<number> {
  const body = Buffer.from(sections.map((section) => JSON.stringify(section)).join('\n'));
  const header: CacheHeader = { format: FORMAT, fingerprint, checksum: checksumOf(body) };
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  const content = Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), body]);
  await writeFile(temporary, content);
  await rename(temporary, file);
  return content.length;
}

/**
 * Reads the sections of a cache built from the same corpus and settings; anything else is a miss, and a
 * damaged file is reported as corrupt.
 */
export async function readCache<Sections extends readonly unknown[]>(
  file: string,
  fingerprint: string,
  count: Sections['length'],
): Promise<CacheRead<Sections>> {
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch {
    return { miss: 'absent' };
  }
  const newline = content.indexOf('\n');
  const header = parseHeader((newline === -1 ? content : content.subarray(0, newline)).toString('utf8'));
  if (!header) return { corrupt: 'unrecognized header' };
  if (header.fingerprint !== fingerprint) return { miss: 'stale' };
  const body = content.subarray(newline + 1);
  if (checksumOf(body) !== header.checksum) return { corrupt: 'checksum mismatch (truncated or altered)' };
  const parts = linesOf(body);
  if (parts.length !== count) return { corrupt: `${parts.length} section(s) instead of ${count}` };
  const sections: unknown[] = [];
  for (const [i, part] of parts.entries()) {
    try {
      sections.push(JSON.parse(part.toString('utf8')));
    } catch {
      return { corrupt: `unreadable section ${i + 1}` };
    }
  }
  return { hit: sections as unknown as Sections };
}

function linesOf(body: Buffer): Buffer[] {
  const lines: Buffer[] = [];
  let start = 0;
  for (let end = body.indexOf('\n'); end !== -1; end = body.indexOf('\n', start)) {
    lines.push(body.subarray(start, end));
    start = end + 1;
  }
  lines.push(body.subarray(start));
  return lines;
}

function parseHeader(line: string): CacheHeader | null {
  try {
    const header = JSON.parse(line) as Partial<CacheHeader>;
    return header.format === FORMAT && typeof header.fingerprint === 'string' && typeof header.checksum === 'string'
      ? (header as CacheHeader)
      : null;
  } catch {
    return null;
  }
}
