import { describe, expect, it } from 'vitest';
import { buildPassageIndex } from '../../src/search/index.ts';
import { TermStatistics } from '../../src/search/term-stats.ts';

const documents = [
  { id: 0, text: 'Cocoa prices rose; cocoa stocks fell.', title: 'COCOA MARKET' },
  { id: 1, text: '', title: 'EMPTY' },
  { id: 2, text: 'Acme <ACME> raised prices again.', title: 'ACME PRICES' },
];

describe('passage index build', () => {
  it('counts the same term statistics as a separate pass over the texts, and titles apart', async () => {
    const { index, terms } = await buildPassageIndex(documents);
    const counted = TermStatistics.count(documents.map((d) => d.text));
    expect(terms.toJSON().terms).toEqual(counted.toJSON().terms);
    expect(terms.passages).toBe(3);
    expect(terms.documentFrequency('price')).toBe(2);
    expect(terms.documentFrequency('market')).toBe(0);
    expect(terms.postings('price')).toBe(3);
    expect(terms.postings('market')).toBe(1);
    expect(index.search('acme').map((hit) => hit.id)).toEqual([2]);
  });
});
