/**
 * `npm run bench:shapes [-- --corpus FILE] [--megabytes 2]`: ingest time for text of three shapes, each
 * the same number of megabytes cut from the Reuters collection — one paragraph without a full stop, one
 * article of ordinary sentences, and wire stories — beside plain MiniSearch indexing the same text by
 * paragraph in the same run. Ingest should cost the same per megabyte whatever the shape.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import MiniSearch from 'minisearch';
import { indexArticles } from '../src/ingest/build.ts';
import { loadArticles } from '../src/ingest/read/loader.ts';

const { values } = parseArgs({ options: { corpus: { type: 'string' }, megabytes: { type: 'string' } } });
const corpusFile = values.corpus ?? path.resolve(import.meta.dirname, '../../shared/corpora/reuters-21578/reuters-21578.jsonl');
const bytes = Number(values.megabytes ?? 2) * 1024 * 1024;

const records = (await readFile(corpusFile, 'utf8'))
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { text: string });
const prose = records.flatMap((r) => r.text.split(/\n\s*\n/)).join(' ');

function wire(): string {
  let out = '';
  for (const record of records) {
    if (out.length >= bytes) break;
    out += `${JSON.stringify(record)}\n`;
  }
  return out;
}

const SHAPES: [name: string, file: string, content: () => string][] = [
  ['one paragraph, no full stop', 'wall.txt', () => `title Wall\n\n${prose.replace(/[.!?;:]/g, '').slice(0, bytes)}`],
  ['one article of sentences', 'article.txt', () => `title Article\n\n${prose.slice(0, bytes)}`],
  ['wire stories', 'wire.jsonl', wire],
];

const dir = await mkdtemp(path.join(tmpdir(), 'dateline-shapes-'));
const rows: string[][] = [];
try {
  for (const [name, file, content] of SHAPES) {
    await writeFile(path.join(dir, file), content());
    const loaded = await loadArticles([path.join(dir, file)]);
    const started = performance.now();
    await indexArticles(loaded, { cacheFile: null });
    const ours = performance.now() - started;
    const baselineStarted = performance.now();
    const baseline = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
    baseline.addAll(loaded.articles.flatMap((a) => a.paragraphs).map((text, id) => ({ id, text })));
    const plain = performance.now() - baselineStarted;
    rows.push([name, `${loaded.articles.length}`, `${Math.round(ours)} ms`, `${Math.round(plain)} ms`, `${(ours / plain).toFixed(2)}x`]);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
const header = ['shape', 'articles', 'dateline ingest', 'plain MiniSearch', 'ratio'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
for (const row of [header, ...rows]) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
