import { describe, expect, it } from 'vitest';
import { markQuotedPassages } from '../../../src/ingest/quotes/quoted-passages.ts';

describe('quoted passages', () => {
  it('marks every passage a quotation lies in, including both halves of one cut across passages', () => {
    const passages = [
      { article: 0, paragraph: 0, start: 0, end: 50 },
      { article: 0, paragraph: 1, start: 0, end: 400 },
      { article: 0, paragraph: 1, start: 400, end: 800 },
      { article: 1, paragraph: 0, start: 0, end: 60 },
      { article: 2, paragraph: 0, start: 0, end: 60 },
    ];
    const quotes = [
      { article: 0, paragraph: 1, start: 350, end: 450 },
      { article: 2, paragraph: 0, start: 60, end: 90 },
    ];
    expect([...markQuotedPassages(passages, quotes)]).toEqual([0, 1, 1, 0, 0]);
  });
});
