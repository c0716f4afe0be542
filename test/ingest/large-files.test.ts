import { createWriteStream } from 'node:fs';
import { stat, unlink, writeFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { loadArticles, readListing, listCorpus } from '../../src/ingest/read/loader.ts';
import { folderWith } from '../helpers/files.ts';

const MB = 1024 * 1024;

async function writeJsonLines(file: string, bytes: number, text: string): Promise<number> {
  const out = createWriteStream(file);
  let written = 0;
  let n = 0;
  while (written < bytes) {
    const line = `${JSON.stringify({ id: 'story', date: '1987-03-01', title: `Story ${n}`, text })}\n`;
    if (!out.write(line)) await once(out, 'drain');
    written += line.length;
    n += 1;
  }
  out.end();
  await once(out, 'finish');
  return n;
}

describe('large and changing files', () => {
  it('streams a 200 MB JSON Lines file line by line, in bounded memory', async () => {
    const dir = await folderWith({});
    const file = path.join(dir, 'big.jsonl');
    const count = await writeJsonLines(file, 200 * MB, 'Wheat exports rose sharply in April, traders said. '.repeat(40));
    expect((await stat(file)).size).toBeGreaterThanOrEqual(200 * MB);
    const before = process.memoryUsage().heapUsed;
    let peak = 0;
    const result = await loadArticles([file], {
      onProgress: () => {
        peak = Math.max(peak, process.memoryUsage().heapUsed - before);
      },
    });
    // Every line is one story repeated under one id: all of them are read, one is kept.
    expect(result.articles).toHaveLength(1);
    expect(result.dropped.length).toBe(count - 1);
    // The file as one string would take 200 MB of heap by itself.
    expect(peak).toBeLessThan(100 * MB);
  }, 180_000);

  it('loads a JSON array of 50 MB', async () => {
    const dir = await folderWith({});
    const file = path.join(dir, 'export.json');
    const text = 'Coffee quotas were discussed again at length by the council. '.repeat(30);
    const items = Array.from({ length: Math.ceil((50 * MB) / text.length) + 100 }, (_, i) => ({
      link: `https://example.org/${i}`,
      title: `T${i}`,
      content: [`${text}(${i})`],
    }));
    await writeFile(file, JSON.stringify(items));
    expect((await stat(file)).size).toBeGreaterThanOrEqual(50 * MB);
    const result = await loadArticles([file]);
    expect(result.articles).toHaveLength(items.length);
    expect(result.articles.at(-1)!.origin.line).toBe(1);
  }, 120_000);

  it('reports a file that disappears during a load, and loads the rest', async () => {
    const dir = await folderWith({ 'a.jsonl': '{"id":"a","text":"A."}', 'b.jsonl': '{"id":"b","text":"B."}' });
    const listing = await listCorpus([dir]);
    await unlink(path.join(dir, 'a.jsonl'));
    const result = await readListing(listing);
    expect(result.articles.map((a) => a.id)).toEqual(['b']);
    expect(result.issues).toEqual([{ file: path.join(dir, 'a.jsonl'), message: 'cannot read file (it no longer exists)' }]);
  });

  it('reads a file that changed since it was listed as it is now, without failing', async () => {
    const dir = await folderWith({ 'a.jsonl': '{"id":"a","text":"A."}' });
    const listing = await listCorpus([dir]);
    await writeFile(path.join(dir, 'a.jsonl'), `${await readFile(path.join(dir, 'a.jsonl'), 'utf8')}\n{"id":"a2","text":"More."}`);
    const result = await readListing(listing);
    expect(result.articles.map((a) => a.id)).toEqual(['a', 'a2']);
  });
});
