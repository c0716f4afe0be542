import { PassThrough, Readable } from 'node:stream';
import type { Io } from '../../src/app/cli/io.ts';

export interface CapturedIo extends Io {
  out(): string;
  err(): string;
}

/** Standard streams for running the CLI in-process: input from the given lines, output captured. */
export function captureIo(env: Record<string, string | undefined> = {}, input: string[] = []): CapturedIo {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => (out += chunk));
  stderr.on('data', (chunk) => (err += chunk));
  const stdin = Readable.from(input.map((line) => `${line}\n`));
  return {
    stdin: stdin as unknown as NodeJS.ReadStream,
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
    env,
    out: () => out,
    err: () => err,
  };
}
