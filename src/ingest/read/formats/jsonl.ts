import { createInterface } from 'node:readline';
import { describeFsError, openText } from './decode.ts';
import type { FormatReader } from './format.ts';

/** JSON Lines, read line by line so that a file of any size loads in bounded memory. */
export const jsonLinesReader: FormatReader = {
  extensions: ['.jsonl', '.ndjson'],
  singleArticle: false,
  async read(file, sink) {
    const opened = await openText(file);
    if ('issue' in opened) return sink.issue(opened.issue);
    const lines = createInterface({ input: opened.text, crlfDelay: Infinity });
    let line = 0;
    let sawContent = false;
    try {
      for await (const text of lines) {
        line += 1;
        const content = line === 1 ? text.replace(/^\uFEFF/, '') : text;
        if (content.trim()) {
          sawContent = true;
          parseLine(content);
        }
        if (line % 1000 === 0) sink.progress?.(opened.bytesRead());
      }
    } catch (error) {
      sink.issue({ file, ...(line > 0 && { line }), message: `cannot read file (${describeFsError(error)})` });
      return;
    }
    const notice = await opened.notice();
    if (notice) sink.issue(notice);
    if (!sawContent) sink.issue({ file, message: 'empty file' });

    function parseLine(text: string): void {
      if (text.includes('\u0000')) {
        return sink.issue({ file, line, message: 'binary data (contains a NUL byte)' });
      }
      try {
        sink.record(JSON.parse(text), line);
      } catch (error) {
        sink.issue({ file, line, message: `malformed JSON (${jsonErrorReason(error)})` });
      }
    }
  },
};

/** JSON.parse's message without the echo of the input it quotes. */
export function jsonErrorReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/,\s*".*" is not valid JSON$/s, '').replace(/ in JSON at position \d+.*$/s, '');
}
