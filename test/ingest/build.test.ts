import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSnapshot } from '../../src/ingest/build.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/corpus');

describe('building a snapshot', () => {
  it('finds the same quotations and speakers on a second thread as on this one', async () => {
    const warnings: string[] = [];
    const progress: number[] = [];
    const here = await buildSnapshot([FIXTURES], { cacheFile: null, quoteThreadFrom: Infinity });
    const threaded = await buildSnapshot([FIXTURES], {
      cacheFile: null,
      quoteThreadFrom: 0,
      onWarning: (message) => warnings.push(message),
      onProgress: (phase, done) => phase === 'quotes' && progress.push(done),
    });
    expect(warnings).toEqual([]);
    expect(here.quotes.length).toBeGreaterThan(0);
    expect(threaded.quotes).toEqual(here.quotes);
    expect(threaded.speakers.toJSON()).toEqual(here.speakers.toJSON());
    expect(progress.at(-1)).toBe(here.articles.length);
  });
});
