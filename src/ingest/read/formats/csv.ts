import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { describeFsError } from './decode.ts';
import type { FormatReader, RecordSink } from './format.ts';

interface CsvRow {
  record: string[];
  info: { lines: number };
}

/** RFC 4180 CSV with a header row; each row is an article, reported by its line when it is malformed. */
export const csvReader: FormatReader = {
  extensions: ['.csv'],
  singleArticle: false,
  async read(file, sink) {
    const stream = createReadStream(file);
    const parser = stream.pipe(
      parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true, record_delimiter: ['\r\n', '\n', '\r'] }),
    );
    let header: string[] | null = null;
    let line = 0;
    try {
      for await (const row of parser as AsyncIterable<CsvRow>) {
        const firstLine = line + 1;
        line = row.info.lines;
        if (header) emitRow(row.record, firstLine, header, file, sink);
        else header = row.record.map((name) => name.trim());
        sink.progress?.(stream.bytesRead);
      }
    } catch (error) {
      sink.issue({ file, line: line + 1, message: `malformed CSV (${csvErrorReason(error)}); the rows after it are not read` });
      stream.destroy();
    }
    if (!header) sink.issue({ file, message: 'empty file' });
  },
};

function emitRow(record: string[], line: number, header: string[], file: string, sink: RecordSink): void {
  const cells = record.join('');
  if (cells.includes('\u0000')) return sink.issue({ file, line: line, message: 'binary data (contains a NUL byte)' });
  if (cells.includes('\uFFFD')) return sink.issue({ file, line: line, message: 'not valid UTF-8 text' });
  if (record.length !== header.length) {
    return sink.issue({ file, line: line, message: `expected ${header.length} fields as in the header, found ${record.length}` });
  }
  sink.record(Object.fromEntries(header.map((name, i) => [name, record[i]])), line);
}

function csvErrorReason(error: unknown): string {
  if ((error as NodeJS.ErrnoException | undefined)?.syscall) return describeFsError(error);
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^Invalid [^:]*:\s*/, '').replace(/\s*at line \d+.*$/s, '');
}
