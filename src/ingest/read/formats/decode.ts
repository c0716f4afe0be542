import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import iconv from 'iconv-lite';
import type { LoadIssue } from '../../../model/article.ts';

/** A file's text, and a notice when some of it was not UTF-8 and was read otherwise. */
export type Decoded = { text: string; notice?: LoadIssue } | { issue: LoadIssue };

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

/** Where a file stopped being UTF-8, and how it was read from there. */
export interface EncodingFallback {
  offset: number;
  readAs: 'windows-1252' | 'utf-8';
}

/**
 * Decodes UTF-8 chunk by chunk, and reads on when a file is not UTF-8. Archives saved by older tools are
 * often Windows-1252 (Latin-1, `£` as one byte): at the first byte that is not UTF-8, a file with no other
 * non-ASCII byte before it is read as Windows-1252, which reads the ASCII before it the same. A file that
 * was UTF-8 until then reads on as UTF-8, each byte that is not becoming U+FFFD.
 */
export class TextDecoding {
  private readonly strict = new TextDecoder('utf-8', { fatal: true });
  private lenient: ReturnType<typeof iconv.getDecoder> | null = null;
  private carry = new Uint8Array(0);
  private bytesDecoded = 0;
  private sawNonAscii = false;
  fallback: EncodingFallback | null = null;

  decode(chunk: Uint8Array, final: boolean): string {
    if (this.lenient) return this.readOn(this.lenient, chunk, final);
    const bytes = this.carry.length === 0 ? chunk : Buffer.concat([this.carry, chunk]);
    const end = final ? bytes.length : completeSequencesEnd(bytes);
    const whole = bytes.subarray(0, end);
    let text: string;
    try {
      text = this.strict.decode(whole);
    } catch {
      return this.fallBack(bytes, final);
    }
    this.sawNonAscii ||= text.length < whole.length;
    this.carry = bytes.slice(end);
    this.bytesDecoded += end;
    return text;
  }

  private fallBack(bytes: Uint8Array, final: boolean): string {
    const invalid = invalidUtf8At(bytes);
    const asciiBefore = !this.sawNonAscii && bytes.subarray(0, invalid).every((byte) => byte < 0x80);
    this.fallback = { offset: this.bytesDecoded + invalid, readAs: asciiBefore ? 'windows-1252' : 'utf-8' };
    this.lenient = iconv.getDecoder(this.fallback.readAs);
    this.carry = new Uint8Array(0);
    return this.readOn(this.lenient, bytes, final);
  }

  private readOn(decoder: ReturnType<typeof iconv.getDecoder>, bytes: Uint8Array, final: boolean): string {
    const text = decoder.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return final ? text + (decoder.end() ?? '') : text;
  }
}

/** The end of the last complete UTF-8 sequence: a sequence cut by the end of a chunk waits for the next. */
function completeSequencesEnd(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!;
    if (byte < 0x80) return bytes.length;
    if (byte >= 0xc0) return sequenceLength(byte) > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}

function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** The offset of the first byte that does not begin a well-formed UTF-8 sequence (the WHATWG ranges). */
export function invalidUtf8At(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes[i]!);
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const [low, high] = k === 1 ? secondByteRange(bytes[i]!) : [0x80, 0xbf];
      const byte = bytes[i + k];
      if (byte === undefined || byte < low || byte > high) return i;
    }
    i += length;
  }
  return i;
}

function secondByteRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

/** The load notice for a file read on past its first byte that is not UTF-8. */
function fallbackNotice(file: string, place: { line: number; column: number }, fallback: EncodingFallback): LoadIssue {
  const message =
    fallback.readAs === 'windows-1252'
      ? 'not UTF-8; read as Windows-1252 (Latin-1)'
      : 'not valid UTF-8 from here; each byte that is not reads as \uFFFD';
  return { file, ...place, message };
}

/** A file opened as a stream of text in its encoding; `bytesRead` tells how far into the file it is. */
export interface OpenedText {
  text: Readable;
  bytesRead: () => number;
  /** Once the text is read: the notice for a file that was not all UTF-8, if it was not. */
  notice: () => Promise<LoadIssue | undefined>;
}

/** Opens a file as a stream of text in its encoding. */
export async function openText(file: string): Promise<OpenedText | { issue: LoadIssue }> {
  const head = await readHead(file, 512);
  if ('issue' in head) return head;
  const found = encodingOf(file, head.bytes);
  if ('issue' in found) return found;
  const bytes = createReadStream(file);
  if (found.encoding !== 'utf-8') {
    const text = Readable.fromWeb(Readable.toWeb(bytes).pipeThrough(new TextDecoderStream(found.encoding)) as never);
    return { text, bytesRead: () => bytes.bytesRead, notice: async () => undefined };
  }
  const decoding = new TextDecoding();
  const text = bytes.pipe(
    new Transform({
      readableObjectMode: true,
      transform: (chunk: Buffer, _encoding, done) => done(null, decoding.decode(chunk, false)),
      flush: (done) => done(null, decoding.decode(new Uint8Array(0), true)),
    }),
  );
  bytes.on('error', (error) => text.destroy(error));
  const notice = async () => {
    const fallback = decoding.fallback;
    if (!fallback) return undefined;
    const before = await readHead(file, fallback.offset);
    return 'issue' in before ? before.issue : fallbackNotice(file, lineAndColumn(before.bytes, fallback.offset), fallback);
  };
  return { text, bytesRead: () => bytes.bytesRead, notice };
}

async function readHead(file: string, length: number): Promise<{ bytes: Uint8Array } | { issue: LoadIssue }> {
  try {
    const handle = await open(file);
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(length), 0, length, 0);
      return { bytes: buffer.subarray(0, bytesRead) };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { issue: { file, message: `cannot read file (${describeFsError(error)})` } };
  }
}

/** Reads a whole file as text (UTF-8, UTF-16 with its mark, or Windows-1252), refusing binary and empty files. */
export async function readText(file: string): Promise<Decoded> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { issue: { file, message: `cannot read file (${describeFsError(error)})` } };
  }
  return decodeText(file, bytes);
}

export function decodeText(file: string, bytes: Uint8Array): Decoded {
  const found = encodingOf(file, bytes);
  if ('issue' in found) return found;
  if (found.encoding !== 'utf-8') return nonEmpty(file, new TextDecoder(found.encoding).decode(bytes));
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { issue: { file, ...lineAndColumn(bytes, nul), message: 'binary file (contains a NUL byte)' } };
  const decoding = new TextDecoding();
  const decoded = nonEmpty(file, decoding.decode(bytes, true));
  const fallback = decoding.fallback;
  if ('issue' in decoded || !fallback) return decoded;
  return { ...decoded, notice: fallbackNotice(file, lineAndColumn(bytes, fallback.offset), fallback) };
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

/** The 1-based line and column of a byte offset, counting characters of the (UTF-8) text before it. */
function lineAndColumn(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const before = Buffer.from(bytes.subarray(0, offset)).toString('utf8');
  return locate(before, before.length);
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
