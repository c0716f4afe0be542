import { describe, expect, it } from 'vitest';
import { quoteIdsBySpeaker, speakerKey } from '../../../src/ingest/quotes/directory.ts';

describe('quotations by speaker', () => {
  it('lists each speaker’s quotations in archive order, under a key that folds case and accents', () => {
    const quotes = [{ speaker: 'Maria Zakharová' }, { speaker: null }, { speaker: 'Ana Ruiz' }, { speaker: 'maria zakharova' }];
    const ids = quoteIdsBySpeaker(quotes);
    expect(ids.get(speakerKey('Maria Zakharova'))).toEqual([0, 3]);
    expect(ids.get(speakerKey('Ana Ruiz'))).toEqual([2]);
    expect(ids.size).toBe(2);
  });
});
