import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { LoadIssue } from '../../../model/article.ts';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export type Decoded = { text: string } | { issue: LoadIssue };

/** The text encodings we read: UTF-8, and UTF-16 when a byte order mark says so. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/**
 * The encoding a file's first bytes declare: a UTF-16 byte order mark, else UTF-8. UTF-16 without a mark
 * (every other byte a NUL) is named for what it is rather than taken for binary.
 */
export function encodingOf(file: string, head: Uint8Array): { encoding: Encoding } | { issue: LoadIssue } {
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le' };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be' };
  if (looksLikeUtf16(head)) {
    return { issue: { file, message: 'UTF-16 text without a byte order mark; save it as UTF-8, or as UTF-16 with its mark' } };
  }
  return { encoding: 'utf-8' };
}

/** Mostly ASCII written as UTF-16: a NUL in (nearly) every even place (big-endian) or every odd one (little-endian). */
function looksLikeUtf16(head: Uint8Array): boolean {
  const sample = head.subarray(0, Math.min(head.length, 512) & ~1);
  if (sample.length < 4) return false;
  const nulsAt = (parity: number) => sample.filter((byte, i) => i % 2 === parity && byte === 0).length;
  const [even, odd, half] = [nulsAt(0), nulsAt(1), sample.length / 2];
  return (even >= 0.9 * half && odd === 0) || (odd >= 0.9 * half && even === 0);
}

/** Opens a file as a stream of text in its encoding; `bytesRead` tells how far into the file it is. */
export async function openText(file: string): Promise<{ text: Readable; bytesRead: () => number } | { issue: LoadIssue }> {
  const head = await readHead(file);
  if ('issue' in head) return head;
  const found = encodingOf(file, head.bytes);
  if ('issue' in found) return found;
  const bytes = createReadStream(file);
  const text =
    found.encoding === 'utf-8'
      ? bytes.setEncoding('utf8')
      : Readable.fromWeb(Readable.toWeb(bytes).pipeThrough(new TextDecoderStream(found.encoding)) as never);
  return { text, bytesRead: () => bytes.bytesRead };
}

async function readHead(file: string): Promise<{ bytes: Uint8Array } | { issue: LoadIssue }> {
  try {
    const handle = await open(file);
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(512), 0, 512, 0);
      return { bytes: buffer.subarray(0, bytesRead) };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { issue: { file, message: `cannot read file (${describeFsError(error)})` } };
  }
}

/** Reads a whole file as text (UTF-8, or UTF-16 with its mark), refusing binary, other and empty files with a reason. */
export async function readUtf8(file: string): Promise<Decoded> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { issue: { file, message: `cannot read file (${describeFsError(error)})` } };
  }
  return decodeUtf8(file, bytes);
}

export function decodeUtf8(file: string, bytes: Uint8Array): Decoded {
  const found = encodingOf(file, bytes);
  if ('issue' in found) return found;
  if (found.encoding !== 'utf-8') return nonEmpty(file, new TextDecoder(found.encoding).decode(bytes));
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { issue: { file, ...lineAndColumn(bytes, nul), message: 'binary file (contains a NUL byte)' } };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { issue: { file, ...firstInvalidUtf8(bytes), message: 'not valid UTF-8 text' } };
  }
  return nonEmpty(file, text);
}

function nonEmpty(file: string, text: string): Decoded {
  return text.trim() ? { text } : { issue: { file, message: 'empty file' } };
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'it no longer exists';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  return code ?? String(error);
}

/** The 1-based line and column of a byte offset, counting characters of the valid text before it. */
function lineAndColumn(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const before = Buffer.from(bytes.subarray(0, offset)).toString('utf8');
  return locate(before, before.length);
}

function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number } {
  // Binary search for the longest prefix that decodes; a multibyte sequence may straddle the cut, so allow 3 bytes.
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 4) {
    const middle = (good + bad) >>> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
      good = middle;
    } catch {
      bad = middle;
    }
  }
  return lineAndColumn(bytes, good);
}

/** The 1-based line and column of a character offset in a text. */
export function locate(text: string, offset: number): { line: number; column: number } {
  return placesOf(text, [offset])[0]!;
}

/** The 1-based line and column of ascending offsets, in one pass over the text. */
export function placesOf(text: string, offsets: readonly number[]): { line: number; column: number }[] {
  const places: { line: number; column: number }[] = [];
  let line = 1;
  let lineStart = 0;
  let newline = text.indexOf('\n');
  for (const offset of offsets) {
    while (newline !== -1 && newline < offset) {
      line += 1;
      lineStart = newline + 1;
      newline = text.indexOf('\n', lineStart);
    }
    places.push({ line, column: offset - lineStart + 1 });
  }
  return places;
}
