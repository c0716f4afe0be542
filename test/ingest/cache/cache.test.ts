import path from 'node:path';
import { readFile, readdir, writeFile, utimes, appendFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildSnapshot } from '../../../src/ingest/build.ts';
import { CACHES_KEPT, cacheFileFor, markUsed, readCache, removeStaleCaches, writeCache } from '../../../src/ingest/cache/cache-file.ts';
import { folderWith } from '../../helpers/files.ts';

const ARTICLE = 'date 2020-05-01\ntitle Grain\nWheat exports rose sharply in April, traders said.\n\nPrices fell.';

async function setup() {
  const dir = await folderWith({ 'corpus/a.txt': ARTICLE, 'corpus/b.jsonl': '{"id":"b","text":"Coffee quotas were discussed."}' });
  return { corpus: path.join(dir, 'corpus'), cacheFile: path.join(dir, 'cache', 'index.json') };
}

describe('the index cache', () => {
  it('is written on the first load and read on the next, answering the same', async () => {
    const { corpus, cacheFile } = await setup();
    const cold = await buildSnapshot([corpus], { cacheFile });
    const warm = await buildSnapshot([corpus], { cacheFile });
    expect(cold.fromCache).toBe(false);
    expect(warm.fromCache).toBe(true);
    expect(warm.articles).toEqual(cold.articles);
    expect(warm.passages).toEqual(cold.passages);
    expect(warm.sentences).toEqual(cold.sentences);
    expect(warm.summary).toEqual(cold.summary);
    expect(warm.index.search('wheat exports')).toEqual(cold.index.search('wheat exports'));
    expect(warm.terms.idf('wheat')).toBe(cold.terms.idf('wheat'));
  });

  it('is rebuilt when a corpus file changes', async () => {
    const { corpus, cacheFile } = await setup();
    await buildSnapshot([corpus], { cacheFile });
    await appendFile(path.join(corpus, 'b.jsonl'), '\n{"id":"c","text":"Cocoa arrivals."}');
    const after = await buildSnapshot([corpus], { cacheFile });
    expect(after.fromCache).toBe(false);
    expect(after.articles.map((a) => a.id)).toEqual(['a', 'b', 'c']);
  });

  it('is rebuilt when only a modification time changes', async () => {
    const { corpus, cacheFile } = await setup();
    await buildSnapshot([corpus], { cacheFile });
    await utimes(path.join(corpus, 'a.txt'), new Date(), new Date(Date.now() + 5000));
    expect((await buildSnapshot([corpus], { cacheFile })).fromCache).toBe(false);
  });

  it.each([
    ['truncated', (content: string) => content.slice(0, content.length - 100)],
    ['altered', (content: string) => content.replace('Wheat', 'Wheet')],
    ['garbage', () => 'not a cache at all'],
  ])('is reported and rebuilt when %s, never trusted', async (_, damage) => {
    const { corpus, cacheFile } = await setup();
    await buildSnapshot([corpus], { cacheFile });
    await writeFile(cacheFile, damage(await readFile(cacheFile, 'utf8')));
    const warnings: string[] = [];
    const snapshot = await buildSnapshot([corpus], { cacheFile, onWarning: (w) => warnings.push(w) });
    expect(snapshot.fromCache).toBe(false);
    expect(warnings).toEqual([expect.stringMatching(/^index cache .* is corrupt \(.+\); rebuilding it$/)]);
    expect((await buildSnapshot([corpus], { cacheFile })).fromCache).toBe(true);
  });

  it('is neither read nor written when turned off', async () => {
    const { corpus, cacheFile } = await setup();
    await buildSnapshot([corpus], { cacheFile: null });
    await expect(readFile(cacheFile)).rejects.toThrow();
  });
});

describe('cache sections', () => {
  it('reads back each section as written, newlines inside text included', async () => {
    const dir = await folderWith({});
    const file = path.join(dir, 'c.json');
    const sections: [{ text: string }, number[]] = [{ text: 'one line\nand another' }, [1, 2, 3]];
    await writeCache(file, 'f', sections);
    expect(await readCache<typeof sections>(file, 'f', 2)).toEqual({ hit: sections });
    expect(await readCache<typeof sections>(file, 'other', 2)).toEqual({ miss: 'stale' });
  });

  it('reports a cache with another number of sections as corrupt', async () => {
    const dir = await folderWith({});
    const file = path.join(dir, 'c.json');
    await writeCache(file, 'f', [{ only: 'one' }]);
    expect(await readCache<[unknown, unknown]>(file, 'f', 2)).toEqual({ corrupt: '1 section(s) instead of 2' });
  });
});

describe('one cache per corpus', () => {
  it('keeps each corpus in its own file, so loading another corpus leaves the first one cached', async () => {
    const dir = await folderWith({ 'one/a.txt': ARTICLE, 'two/b.txt': 'date 2021-01-01\nCocoa arrivals rose.' });
    const folder = path.join(dir, 'cache');
    const [one, two] = [[path.join(dir, 'one')], [path.join(dir, 'two')]];
    expect(cacheFileFor(folder, one)).not.toBe(cacheFileFor(folder, two));
    expect(cacheFileFor(folder, one)).toBe(cacheFileFor(folder, [`${path.join(dir, 'one')}/`]));
    await buildSnapshot(one, { cacheFile: cacheFileFor(folder, one) });
    await buildSnapshot(two, { cacheFile: cacheFileFor(folder, two) });
    expect((await buildSnapshot(one, { cacheFile: cacheFileFor(folder, one) })).fromCache).toBe(true);
  });

  it('keeps the most recently used caches, and leaves other files of the folder alone', async () => {
    const folder = await folderWith({ 'notes.txt': 'mine' });
    const corpora = Array.from({ length: CACHES_KEPT + 2 }, (_, i) => [`/archive/${i}`]);
    for (const [i, corpus] of corpora.entries()) {
      const file = cacheFileFor(folder, corpus);
      await writeFile(file, 'x');
      await utimes(file, new Date(1_000_000 * (i + 1)), new Date(1_000_000 * (i + 1)));
    }
    await markUsed(cacheFileFor(folder, corpora[0]!));
    const removed = await removeStaleCaches(folder);
    expect(removed.sort()).toEqual([cacheFileFor(folder, corpora[1]!), cacheFileFor(folder, corpora[2]!)].sort());
    expect((await readdir(folder)).sort()).toEqual(
      [...[0, 3, 4, 5].map((i) => path.basename(cacheFileFor(folder, corpora[i]!))), 'notes.txt'].sort(),
    );
  });
});
