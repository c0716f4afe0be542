import path from 'node:path';
import { symlink } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '../../../src/ingest/read/loader.ts';
import { folderWith } from '../../helpers/files.ts';
import { formatIssue } from '../../../src/ingest/read/issues.ts';

const good = (id: string) => ({ id, title: `Title ${id}`, text: `Text of ${id}.` });

async function load(files: Record<string, string | Uint8Array>) {
  const dir = await folderWith(files);
  const result = await loadArticles([dir]);
  return {
    ...result,
    ids: result.articles.map((a) => a.id),
    reports: result.issues.map((i) => formatIssue({ ...i, file: path.relative(dir, i.file) })),
  };
}

describe('bad input is reported with its place, and the good articles around it still load', () => {
  it('malformed JSON: reports line and column, and recovers the complete records', async () => {
    const text = `[\n  ${JSON.stringify(good('a'))},\n  {"id": "b", "text": "broken" "x"},\n  ${JSON.stringify(good('c'))}\n]`;
    const { ids, reports } = await load({ 'export.json': text });
    expect(ids).toEqual(['a', 'c']);
    expect(reports[0]).toMatch(/^export\.json:3:\d+: malformed JSON/);
    expect(reports.some((r) => r.startsWith('export.json:3:3: malformed JSON record'))).toBe(true);
  });

  it('truncated JSON: the records before the cut still load', async () => {
    const text = JSON.stringify([good('a'), good('b'), good('c')], null, 1).slice(0, -30);
    const { ids, reports } = await load({ 'cut.json': text });
    expect(ids).toEqual(['a', 'b']);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatch(/^cut\.json:\d+:\d+: malformed JSON/);
  });

  it('a bad JSON Lines line is reported as file:line', async () => {
    const lines = [JSON.stringify(good('a')), '{"id": "b", text: oops}', JSON.stringify(good('c'))].join('\n');
    const { ids, reports } = await load({ 'wire.jsonl': lines });
    expect(ids).toEqual(['a', 'c']);
    expect(reports).toEqual([expect.stringMatching(/^wire\.jsonl:2: malformed JSON/)]);
  });

  it('a CSV row with the wrong number of fields is reported as file:line', async () => {
    const { ids, reports } = await load({ 'rows.csv': 'id,title,text\na,A,Alpha.\nb,B\nc,C,Gamma.\n' });
    expect(ids).toEqual(['a', 'c']);
    expect(reports).toEqual(['rows.csv:3: expected 3 fields as in the header, found 2']);
  });

  it('a CSV quote left open is reported at its line; the rows before it load', async () => {
    const { ids, reports } = await load({ 'open.csv': 'id,text\na,Alpha.\nb,"Beta\nc,Gamma.\n' });
    expect(ids).toEqual(['a']);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatch(/^open\.csv:3: malformed CSV/);
  });

  it('a stray quote mark inside a quoted CSV field is reported at its own line, and every row loads', async () => {
    const rows = Array.from({ length: 10 }, (_, i) =>
      i === 2 ? `r${i + 1},"Title ${i + 1}","Body with a stray "quote inside it."` : `r${i + 1},"Title ${i + 1}","Body ${i + 1}, fine."`,
    );
    const { ids, reports } = await load({ 'arts.csv': `id,title,text\n${rows.join('\n')}\n` });
    expect(ids).toEqual(rows.map((_, i) => `r${i + 1}`));
    expect(reports).toEqual(['arts.csv:4: a quote mark inside a field is not doubled; the row is read as written']);
  });

  it('a stray quote 3,000 rows into a CSV file is reported at that line, and the rows after it load', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => (i === 3000 ? `r${i},T,"A stray "quote."` : `r${i},T,"Row ${i}."`));
    const { ids, reports } = await load({ 'big.csv': `id,title,text\n${rows.join('\n')}\n` });
    expect(ids).toHaveLength(5000);
    expect(reports).toEqual([expect.stringMatching(/^big\.csv:3002: a quote mark inside a field is not doubled/)]);
  });

  it('a record without text, or that is not an object, is reported at its line', async () => {
    const lines = [JSON.stringify({ id: 'x', title: 'No text' }), JSON.stringify(good('a')), '42'].join('\n');
    const { ids, reports } = await load({ 'a.jsonl': lines });
    expect(ids).toEqual(['a']);
    expect(reports).toEqual([
      'a.jsonl:1: record has no text (expected one of: content, text, body, description)',
      'a.jsonl:3: expected an article object, found a number',
    ]);
  });

  it('binary and empty files are each reported once, and the good files beside them load', async () => {
    const { ids, reports } = await load({
      'good.txt': 'date 2020-01-01\nFine.',
      'binary.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
      'latin1.txt': new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e]),
      'empty.json': '',
      'blank.jsonl': '\n\n',
    });
    expect(ids.sort()).toEqual(['good', 'latin1']);
    expect(reports.sort()).toEqual([
      'binary.txt:1:5: binary file (contains a NUL byte)',
      'blank.jsonl: empty file',
      'empty.json: empty file',
      'latin1.txt:1:4: not UTF-8; read as Windows-1252 (Latin-1)',
    ]);
  });

  it('reads UTF-16 text that says so with a byte order mark, in every format', async () => {
    const utf16 = (text: string, order: 'le' | 'be') => {
      const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
      return order === 'le' ? le : Buffer.from(le.map((_, i) => le[i ^ 1]!));
    };
    const dir = await folderWith({
      'a.txt': utf16('title Grüße aus Köln\n\nThe mayor spoke.', 'le'),
      'b.jsonl': utf16(`${JSON.stringify({ id: 'b', text: 'Ça va, dit-il.' })}\n`, 'be'),
      'c.csv': utf16('id,text\nc,"Zürich, said he."\n', 'le'),
    });
    const result = await loadArticles([dir]);
    expect(result.issues).toEqual([]);
    expect(result.articles.map((a) => [a.id, a.paragraphs.at(-1)])).toEqual([
      ['a', 'The mayor spoke.'],
      ['b', 'Ça va, dit-il.'],
      ['c', 'Zürich, said he.'],
    ]);
    expect(result.articles[0]!.title).toBe('Grüße aus Köln');
  });

  it('names UTF-16 text without a byte order mark, rather than calling it binary', async () => {
    const { reports } = await load({
      'a.txt': Buffer.from('Plain words, in UTF-16.', 'utf16le'),
      'b.jsonl': Buffer.from('{"id":"b"}', 'utf16le'),
    });
    expect(reports).toEqual([
      'a.txt: UTF-16 text without a byte order mark; save it as UTF-8, or as UTF-16 with its mark',
      'b.jsonl: UTF-16 text without a byte order mark; save it as UTF-8, or as UTF-16 with its mark',
    ]);
  });

  it('a file that cannot be read is reported, not fatal', async () => {
    const dir = await folderWith({ 'good.txt': 'Fine.' });
    await symlink(path.join(dir, 'gone.txt'), path.join(dir, 'dangling.txt'));
    const result = await loadArticles([dir, path.join(dir, 'missing-folder')]);
    expect(result.articles.map((a) => a.id)).toEqual(['good']);
    expect(result.issues.map((i) => [path.basename(i.file), i.message])).toEqual([
      ['dangling.txt', 'cannot read file (it no longer exists)'],
      ['missing-folder', 'cannot read corpus path (it no longer exists)'],
    ]);
  });

  it('an explicitly named file in an unsupported format is reported', async () => {
    const dir = await folderWith({ 'a.pdf': 'x' });
    const result = await loadArticles([path.join(dir, 'a.pdf')]);
    expect(result.issues[0]!.message).toMatch(/^unsupported format \(expected one of \.txt, \.md, \.json/);
  });
});
