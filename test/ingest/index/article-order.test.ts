import { describe, expect, it } from 'vitest';
import { firstOfArticle, idsOfArticle } from '../../../src/ingest/index/article-order.ts';

describe('items in article order', () => {
  const counts = [2, 1, 3, 0, 2];
  const items = counts.flatMap((count, article) => Array.from({ length: count }, () => ({ article })));

  it("finds every item of an article, and none of its neighbours'", () => {
    expect(idsOfArticle(items, 0)).toEqual([0, 1]);
    expect(idsOfArticle(items, 2)).toEqual([3, 4, 5]);
    expect(idsOfArticle(items, 3)).toEqual([]);
    expect(idsOfArticle(items, 4)).toEqual([6, 7]);
    expect(idsOfArticle(items, 9)).toEqual([]);
  });

  it("finds an article's first item, or where it would be", () => {
    expect(firstOfArticle(items, 1)).toBe(2);
    expect(firstOfArticle(items, 3)).toBe(6);
    expect(firstOfArticle(items, 9)).toBe(items.length);
  });
});
