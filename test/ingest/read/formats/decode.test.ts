import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TextDecoding, invalidUtf8At } from '../../../../src/ingest/read/formats/decode.ts';
import { formatIssue } from '../../../../src/ingest/read/issues.ts';
import { loadArticles } from '../../../../src/ingest/read/loader.ts';
import { folderWith } from '../../../helpers/files.ts';

/** Text as Windows-1252 bytes: Latin-1, with the curly quotes and the euro sign where that code page puts them. */
const cp1252 = (text: string) => Buffer.from([...text].map((c) => CP1252_OF[c] ?? c.charCodeAt(0)));
const CP1252_OF: Record<string, number> = { '“': 0x93, '”': 0x94, '€': 0x80 };

async function load(files: Record<string, string | Uint8Array>) {
  const dir = await folderWith(files);
  const result = await loadArticles([dir]);
  const texts = Object.fromEntries(result.articles.map((a) => [a.id, a.paragraphs.join(' | ')]));
  return { texts, reports: result.issues.map((i) => formatIssue({ ...i, file: path.relative(dir, i.file) })) };
}

/** Decodes bytes handed over in chunks of the given size, as a file stream hands them. */
function decodeInChunks(bytes: Uint8Array, size: number): { text: string; decoding: TextDecoding } {
  const decoding = new TextDecoding();
  let text = '';
  for (let start = 0; start < bytes.length; start += size) text += decoding.decode(bytes.subarray(start, start + size), false);
  return { text: text + decoding.decode(new Uint8Array(0), true), decoding };
}

describe('files that are not UTF-8', () => {
  it('a Windows-1252 text file loads whole, with a notice at its first byte that is not UTF-8', async () => {
    const story = 'Ad sales boost profit\n\nProfits jumped to £600m, “a record”, the firm said.\n';
    const { texts, reports } = await load({ 'bbc.txt': cp1252(story) });
    expect(texts.bbc).toBe('Profits jumped to £600m, “a record”, the firm said.');
    expect(reports).toEqual(['bbc.txt:3:19: not UTF-8; read as Windows-1252 (Latin-1)']);
  });

  it('JSON Lines and CSV read as Windows-1252 after thousands of ASCII lines, the notice naming the line', async () => {
    const line = (i: number) => JSON.stringify({ id: `r${i}`, text: i === 2500 ? 'Costs rose to €5.' : `Row ${i}.` });
    const jsonl = Buffer.concat(Array.from({ length: 3000 }, (_, i) => cp1252(`${line(i)}\n`)));
    const csv = cp1252('id,text\nc1,"Plain."\nc2,"Été, £3."\n');
    const { texts, reports } = await load({ 'feed.jsonl': jsonl, 'sheet.csv': csv });
    expect(Object.keys(texts)).toHaveLength(3002);
    expect([texts.r2500, texts.c2]).toEqual(['Costs rose to €5.', 'Été, £3.']);
    expect(reports.sort()).toEqual([
      'feed.jsonl:2501:37: not UTF-8; read as Windows-1252 (Latin-1)',
      'sheet.csv:3:5: not UTF-8; read as Windows-1252 (Latin-1)',
    ]);
  });

  it('a UTF-8 file with a stray byte reads on as UTF-8, the byte as U+FFFD, and every record loads', async () => {
    const bytes = Buffer.concat([
      Buffer.from('{"id":"a","text":"Café."}\n{"id":"b","text":"A '),
      Buffer.from([0xa3]),
      Buffer.from('5 fee."}\n'),
    ]);
    const { texts, reports } = await load({ 'mixed.jsonl': bytes });
    expect(texts).toEqual({ a: 'Café.', b: 'A \uFFFD5 fee.' });
    expect(reports).toEqual(['mixed.jsonl:2:21: not valid UTF-8 from here; each byte that is not reads as \uFFFD']);
  });
});

describe('TextDecoding', () => {
  const text = 'Zürich — 東京 𝄞 plain ASCII at the end';
  const bytes = Buffer.from(text);

  it('decodes UTF-8 cut anywhere into chunks, characters split across chunks included', () => {
    for (const size of [1, 2, 3, 5, 7]) {
      const { text: decoded, decoding } = decodeInChunks(bytes, size);
      expect(decoded).toBe(text);
      expect(decoding.fallback).toBeNull();
    }
  });

  it('a sequence cut off at the end of the file is not UTF-8: it falls back there', () => {
    const { text: decoded, decoding } = decodeInChunks(Buffer.concat([Buffer.from('ok é'), Buffer.from([0xe6, 0x9d])]), 4);
    expect(decoded).toBe('ok é\uFFFD');
    expect(decoding.fallback).toEqual({ offset: 5, readAs: 'utf-8' });
  });

  it('finds the first byte that begins no well-formed sequence', () => {
    expect(invalidUtf8At(Buffer.from('abc'))).toBe(3);
    expect(invalidUtf8At(Buffer.from([0x61, 0xc3, 0xa9, 0xe9, 0x20]))).toBe(3);
    expect(invalidUtf8At(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(invalidUtf8At(Buffer.from([0xc0, 0x80]))).toBe(0);
    expect(invalidUtf8At(Buffer.from([0xf0, 0x9d, 0x84]))).toBe(0);
  });
});
