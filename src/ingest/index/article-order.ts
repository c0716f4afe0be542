import type { InArticle } from '../../model/passage.ts';

/** The place of an article's first item (or of where it would be): a binary search over article order. */
export function firstOfArticle(items: readonly InArticle[], article: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (items[middle]!.article < article) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The ids (places) of an article's items; none for an article without any. */
export function idsOfArticle(items: readonly InArticle[], article: number): number[] {
  const ids: number[] = [];
  for (let id = firstOfArticle(items, article); id < items.length && items[id]!.article === article; id++) ids.push(id);
  return ids;
}
