import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/app/cli/cli.ts';
import { loadArticles } from '../../src/ingest/read/loader.ts';
import { captureIo } from '../helpers/io.ts';
import { SHARED, sharedAvailable } from '../helpers/shared.ts';

const CORPORA = path.join(SHARED, 'corpora');

describe.skipIf(!sharedAvailable)('the shared collections', () => {
  it('load as 18,786 articles: the 20 CSV rows and 278 repeated Reuters texts dropped as duplicates, no errors', async () => {
    const result = await loadArticles([CORPORA]);
    expect(result.issues).toEqual([]);
    expect(result.articles).toHaveLength(18_786);
    expect(result.dropped.filter((d) => d.sameBy === 'text')).toHaveLength(278);
    expect(result.dropped.filter((d) => d.sameBy !== 'text')).toHaveLength(20);
    expect(result.dropped).toContainEqual({
      id: 'reuters-16',
      file: expect.stringMatching(/reuters-21578\.jsonl$/),
      line: 16,
      keptAs: 'reuters-4',
      sameBy: 'text',
    });
    const counts = Object.fromEntries(['Reuters', 'TASS'].map((s) => [s, result.articles.filter((a) => a.source === s).length]));
    expect(counts).toEqual({ Reuters: 18_765, TASS: 21 });
    expect(result.articles.find((a) => a.id === 'reuters-1')).toMatchObject({ dateline: 'SALVADOR', date: '1987-02-26T15:01:01Z' });
  });

  it('are summed up by `stats --json`: sources, dates, no errors', async () => {
    const io = captureIo({ INDEX_CACHE: 'off' });
    const code = await runCli(['stats', '--json', '--quiet', '--corpus', CORPORA], io);
    expect(code).toBe(0);
    const stats = JSON.parse(io.out());
    expect(stats).toMatchObject({ articles: 18_786, duplicates: 298, undated: 0, undatedArticles: [], issues: [], files: 4 });
    expect(stats.dropped).toHaveLength(298);
    expect(stats.sources).toEqual([
      { name: 'Reuters', articles: 18_765 },
      { name: 'TASS', articles: 21 },
    ]);
    expect(stats.dateRange).toEqual({ from: '1987-02-26', to: '2024-12-26' });
  }, 120_000);
});
