import { readText } from './decode.ts';
import type { FormatReader } from './format.ts';
import { parseDateline } from '../dateline.ts';

const HEADER_KEYS = ['date', 'title', 'source', 'url', 'link'] as const;
const HEADER = new RegExp(`^\\s*(${HEADER_KEYS.join('|')})\\s*:?\\s+`, 'i');
const DATE_VALUE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?/;

/**
 * A headline line: the text's first paragraph, one short line that ends without a full stop, with more
 * text after it (`Ad sales boost Time Warner profit`), as archives of web stories are saved.
 */
const HEADLINE = /^[ \t]*([^\r\n]{1,120}?[^.!?:;,"'”’\s])[ \t]*(?:\r?\n[ \t]*){2,}(?=\S)/;

/**
 * Splits a plain-text article into its header fields and body. Header lines (`date 2021-11-17`,
 * `title …`, `source …`, `url …`) come first; a date may share its line with the first words of the text.
 * Without a title line, a headline opening the text is its title.
 */
export function parseTextArticle(text: string): Record<string, string> {
  const fields: Record<string, string> = {};
  let rest = text.replace(/^\uFEFF/, '');
  for (let match = HEADER.exec(rest); match; match = HEADER.exec(rest)) {
    const key = match[1]!.toLowerCase();
    const afterKey = rest.slice(match[0].length);
    if (key in fields) break;
    if (key === 'date') {
      const date = DATE_VALUE.exec(afterKey);
      if (!date) break;
      fields.date = date[0];
      rest = afterKey.slice(date[0].length).replace(/^[ \t]*\r?\n?/, '');
    } else {
      const end = afterKey.search(/\r?\n|$/);
      fields[key] = afterKey.slice(0, end).trim();
      rest = afterKey.slice(end).replace(/^\r?\n/, '');
    }
  }
  const headline = fields.title === undefined ? HEADLINE.exec(rest) : null;
  // A dateline on a line of its own (`MOSCOW, November 17`) opens the text: it gives the place.
  if (headline && !parseDateline(headline[1]!)) {
    fields.title = headline[1]!.trim();
    rest = rest.slice(headline[0].length);
  }
  fields.text = rest;
  return fields;
}

export const textReader: FormatReader = {
  extensions: ['.txt', '.md'],
  singleArticle: true,
  async read(file, sink) {
    const decoded = await readText(file);
    if ('issue' in decoded) return sink.issue(decoded.issue);
    if (decoded.notice) sink.issue(decoded.notice);
    sink.record(parseTextArticle(decoded.text));
  },
};
