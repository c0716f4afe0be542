import { type CsvError, parse } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import { describeFsError, openText } from './decode.ts';
import type { FormatReader, RecordSink } from './format.ts';

interface CsvRow {
  record: string[];
  raw: string;
  info: { lines: number };
}

/**
 * RFC 4180 CSV with a header row; each row is an article, reported by its line when it is malformed. A
 * stray quote mark inside a quoted field (a common export fault) is read as written, so the rows after it
 * are not swallowed; csv-parse skips a row it still cannot read and we report it, and carry on.
 */
export const csvReader: FormatReader = {
  extensions: ['.csv'],
  singleArticle: false,
  async read(file, sink) {
    const opened = await openText(file);
    if ('issue' in opened) return sink.issue(opened.issue);
    const parser = opened.text.pipe(
      parse({
        bom: true,
        relax_column_count: true,
        relax_quotes: true,
        skip_records_with_error: true,
        on_skip: (error, raw) => {
          if (error) sink.issue({ file, line: firstLineOf(error, raw), message: `malformed CSV row (${csvErrorReason(error)}); skipped` });
          return undefined;
        },
        skip_empty_lines: true,
        info: true,
        raw: true,
        record_delimiter: ['\r\n', '\n', '\r'],
      }),
    );
    let header: string[] | null = null;
    let line = 0;
    try {
      for await (const row of parser as AsyncIterable<CsvRow>) {
        const firstLine = line + 1;
        line = row.info.lines;
        if (header) emitRow(row, firstLine, header, file, sink);
        else header = row.record.map((name) => name.trim());
        sink.progress?.(opened.bytesRead());
      }
    } catch (error) {
      sink.issue({ file, line: line + 1, message: `malformed CSV (${csvErrorReason(error)}); the rows after it are not read` });
      opened.text.destroy();
    }
    const notice = await opened.notice();
    if (notice) sink.issue(notice);
    if (!header) sink.issue({ file, message: 'empty file' });
  },
};

/** A quote mark with text on both sides: neither a field's opening or closing mark, nor one of a doubled pair. */
const STRAY_QUOTE = /(?<=[^",\r\n])"(?=[^",\r\n])/;

/**
 * The row read again with its stray quote marks doubled, as the exporter should have written them: read
 * relaxed, a stray mark ends the quoting, and a comma after it would split the field.
 */
function withStrayQuotesDoubled(row: CsvRow): string[] {
  const [record] = parseSync(row.raw.replace(new RegExp(STRAY_QUOTE.source, 'g'), '""'), { relax_column_count: true, relax_quotes: true });
  return (record as string[] | undefined) ?? row.record;
}

function emitRow(row: CsvRow, line: number, header: string[], file: string, sink: RecordSink): void {
  const stray = STRAY_QUOTE.test(row.raw);
  const record = stray ? withStrayQuotesDoubled(row) : row.record;
  if (stray) sink.issue({ file, line, message: 'a quote mark inside a field is not doubled; the row is read as written' });
  const cells = record.join('');
  if (cells.includes('\u0000')) return sink.issue({ file, line: line, message: 'binary data (contains a NUL byte)' });
  if (cells.includes('\uFFFD')) return sink.issue({ file, line: line, message: 'not valid UTF-8 text' });
  if (record.length !== header.length) {
    return sink.issue({ file, line: line, message: `expected ${header.length} fields as in the header, found ${record.length}` });
  }
  sink.record(Object.fromEntries(header.map((name, i) => [name, record[i]])), line);
}

/** The line a skipped row starts on: csv-parse counts lines up to where it gave up, which may be further on. */
function firstLineOf(error: CsvError, raw: string | undefined): number {
  const lines = Number(error.lines);
  if (raw === undefined) return lines;
  return lines - (raw.replace(/\r?\n$/, '').match(/\r\n|\n|\r/g)?.length ?? 0);
}

function csvErrorReason(error: unknown): string {
  if ((error as NodeJS.ErrnoException | undefined)?.syscall) return describeFsError(error);
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^Invalid [^:]*:\s*/, '').replace(/\s*at line \d+.*$/s, '');
}
