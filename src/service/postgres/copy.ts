import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** A value as COPY writes it: text (JSON already stringified), a number, a flag, an array of numbers or flags, or null. */
export type CopyValue = string | number | boolean | null | readonly number[] | readonly boolean[];

const LINES_PER_CHUNK = 2000;

/** Copies rows into a table with COPY … FROM STDIN (text format), streamed in chunks. */
export async function copyRows(client: PoolClient, table: string, columns: readonly string[], rows: Iterable<CopyValue[]>): Promise<void> {
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  await pipeline(Readable.from(chunks(rows)), stream);
}

function* chunks(rows: Iterable<CopyValue[]>): Generator<string> {
  let lines: string[] = [];
  for (const row of rows) {
    lines.push(`${row.map(field).join('\t')}\n`);
    if (lines.length >= LINES_PER_CHUNK) {
      yield lines.join('');
      lines = [];
    }
  }
  if (lines.length > 0) yield lines.join('');
}

function field(value: CopyValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'string') return escapeText(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  return `{${value.map((item) => (typeof item === 'boolean' ? (item ? 't' : 'f') : String(item))).join(',')}}`;
}

/** COPY's text format: backslash, tab, newline and carriage return escaped. */
function escapeText(text: string): string {
  return text.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}
