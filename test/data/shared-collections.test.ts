import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/app/cli/cli.ts';
import { loadArticles } from '../../src/ingest/read/loader.ts';
import { captureIo } from '../helpers/io.ts';
import { SHARED, sharedAvailable } from '../helpers/shared.ts';

const CORPORA = path.join(SHARED, 'corpora');

describe.skipIf(!sharedAvailable)('the shared collections', () => {
  it('load as 19,064 unique articles, the 20 CSV rows dropped as duplicates of the JSON export, no errors', async () => {
    const result = await loadArticles([CORPORA]);
    expect(result.issues).toEqual([]);
    expect(result.articles).toHaveLength(19_064);
    expect(result.dropped).toHaveLength(20);
    expect(new Set(result.dropped.map((d) => `${d.sameBy} ${path.basename(d.file)}`))).toEqual(new Set(['id politics_20.csv']));
    const counts = Object.fromEntries(['Reuters', 'TASS'].map((s) => [s, result.articles.filter((a) => a.source === s).length]));
    expect(counts).toEqual({ Reuters: 19_043, TASS: 21 });
    expect(result.articles.find((a) => a.id === 'reuters-1')).toMatchObject({ dateline: 'SALVADOR', date: '1987-02-26T15:01:01Z' });
  });

  it('are summed up by `stats --json`: sources, dates, no errors', async () => {
    const io = captureIo({ INDEX_CACHE: 'off' });
    const code = await runCli(['stats', '--json', '--quiet', '--corpus', CORPORA], io);
    expect(code).toBe(0);
    const stats = JSON.parse(io.out());
    expect(stats).toMatchObject({ articles: 19_064, duplicates: 20, undated: 0, undatedArticles: [], issues: [], files: 4 });
    expect(stats.dropped).toHaveLength(20);
    expect(stats.sources).toEqual([
      { name: 'Reuters', articles: 19_043 },
      { name: 'TASS', articles: 21 },
    ]);
    expect(stats.dateRange).toEqual({ from: '1987-02-26', to: '2024-12-26' });
  }, 120_000);
});
