import { describe, expect, it } from 'vitest';
import { buildPassageIndex } from '../../../src/ingest/index/passage-index.ts';
import { buildTitleIndex } from '../../../src/ingest/index/titles.ts';
import { TermCounter, InMemoryTermStatistics } from '../../../src/ingest/index/term-stats.ts';

const documents = [
  { id: 0, text: 'Cocoa prices rose; cocoa stocks fell.' },
  { id: 1, text: '' },
  { id: 2, text: 'Acme <ACME> raised prices again.' },
];
const titles = [
  { title: 'COCOA MARKET', place: 'ACCRA' },
  { title: 'ACME PRICES', place: '' },
];

describe('search index build', () => {
  it('counts the same term statistics as a separate pass over the texts, and titles apart', async () => {
    const counter = new TermCounter();
    const index = await buildPassageIndex(documents, counter);
    const titleIndex = buildTitleIndex(titles, counter);
    const terms = counter.statistics();
    const counted = InMemoryTermStatistics.count(documents.map((d) => d.text));
    expect(terms.toJSON().terms).toEqual(counted.toJSON().terms);
    expect(terms.passages).toBe(3);
    expect(terms.documentFrequency('price')).toBe(2);
    expect(terms.documentFrequency('market')).toBe(0);
    expect(terms.postings('price')).toBe(3);
    expect(terms.postings('market')).toBe(1);
    expect(index.search('acme').map((hit) => hit.id)).toEqual([2]);
    expect(titleIndex.search('market').map((hit) => hit.id)).toEqual([0]);
  });

  it('does not count the words of searches as passages or titles', async () => {
    const statisticsAfter = async (search: boolean) => {
      const counter = new TermCounter();
      const index = await buildPassageIndex(documents, counter);
      const titleIndex = buildTitleIndex(titles, counter);
      if (search) {
        index.search('cocoa prices zinc');
        titleIndex.search('cocoa market zinc');
      }
      return JSON.stringify(counter.statistics());
    };
    expect(await statisticsAfter(true)).toBe(await statisticsAfter(false));
  });
});
