import { locate, placesOf, readText } from './decode.ts';
import type { FormatReader, RecordSink } from './format.ts';
import { jsonErrorReason } from './jsonl.ts';

/** Keys under which exports keep their list of articles. */
const CONTAINER_KEYS = ['articles', 'items', 'data', 'results', 'documents', 'records', 'news'];

interface Span {
  start: number;
  end: number;
}

/**
 * A JSON array of articles, or an object holding one. Each article is parsed on its own, so one broken
 * record in a large export costs that record only, and every record is reported with its line.
 */
export const jsonReader: FormatReader = {
  extensions: ['.json'],
  singleArticle: false,
  async read(file, sink) {
    const decoded = await readText(file);
    if ('issue' in decoded) return sink.issue(decoded.issue);
    if (decoded.notice) sink.issue(decoded.notice);
    const text = decoded.text.replace(/^\uFEFF/, '');
    const whole = parseWhole(text);
    if ('error' in whole) {
      const position = errorPosition(whole.error, text);
      sink.issue({
        file,
        ...locate(text, position),
        message: `malformed JSON (${jsonErrorReason(whole.error)}); recovering the complete records`,
      });
      return emitSpans(text, elementSpans(text), sink, file);
    }
    const value = whole.value;
    const list = articleList(value);
    if (!list) return sink.record(value);
    const spans = elementSpans(text);
    if (spans.length === list.length) {
      const places = placesOf(
        text,
        spans.map((span) => span.start),
      );
      list.forEach((item, i) => sink.record(item, places[i]!.line));
    } else {
      for (const item of list) sink.record(item);
    }
  },
};

function parseWhole(text: string): { value: unknown } | { error: unknown } {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { error };
  }
}

function articleList(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, inner] of Object.entries(value)) {
    if (CONTAINER_KEYS.includes(key.toLowerCase()) && Array.isArray(inner)) return inner;
  }
  return null;
}

function emitSpans(text: string, spans: Span[], sink: RecordSink, file: string): void {
  const places = placesOf(
    text,
    spans.map((span) => span.start),
  );
  spans.forEach((span, i) => {
    const { line, column } = places[i]!;
    try {
      sink.record(JSON.parse(text.slice(span.start, span.end)), line);
    } catch (error) {
      sink.issue({ file, line, column, message: `malformed JSON record (${jsonErrorReason(error)})` });
    }
  });
}

/** Where JSON.parse stopped, from its message; the end of the text when it does not say. */
function errorPosition(error: unknown, text: string): number {
  const message = error instanceof Error ? error.message : '';
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) {
    const lines = text.split('\n').slice(0, Number(lineColumn[1]) - 1);
    return lines.reduce((sum, l) => sum + l.length + 1, 0) + Number(lineColumn[2]) - 1;
  }
  return text.length;
}

/**
 * The spans of the objects that are elements of the outermost array holding objects, found by a scan
 * that tracks strings and nesting without parsing values. An element cut off by the end of the text is left out.
 */
export function elementSpans(text: string): Span[] {
  const spans: Span[] = [];
  const stack: string[] = [];
  let elementDepth = -1;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') {
      i = skipString(text, i);
    } else if (char === '{' || char === '[') {
      if (char === '{' && stack.at(-1) === '[' && (elementDepth === -1 || elementDepth === stack.length)) {
        elementDepth = stack.length;
        start = i;
      }
      stack.push(char);
    } else if (char === '}' || char === ']') {
      const open = stack.pop();
      if (open === undefined) break;
      if ((open === '{') !== (char === '}')) {
        start = -1;
        continue;
      }
      if (char === '}' && stack.length === elementDepth && start !== -1) {
        spans.push({ start, end: i + 1 });
        start = -1;
      }
    }
  }
  return spans;
}

function skipString(text: string, openQuote: number): number {
  for (let i = openQuote + 1; i < text.length; i++) {
    const char = text[i];
    if (char === '\\') i += 1;
    else if (char === '"') return i;
    else if (char === '\n') return i - 1;
  }
  return text.length;
}
