import { readFile } from 'node:fs/promises';
import type { LoadIssue } from '../../../model/article.ts';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export type Decoded = { text: string } | { issue: LoadIssue };

/** Reads a whole file as UTF-8 text, refusing binary, non-UTF-8 and empty files with a reason. */
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
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { issue: { file, ...lineAndColumn(bytes, nul), message: 'binary file (contains a NUL byte)' } };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { issue: { file, ...firstInvalidUtf8(bytes), message: 'not valid UTF-8 text' } };
  }
  if (!text.trim()) return { issue: { file, message: 'empty file' } };
  return { text };
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
